/**
 * The maintainers' command line, over the same domain code as the app:
 *   npm run arshjul -- validate <file>
 *   npm run arshjul -- resolve --year 2026-2027 [--county <name>] [--format json|ics]
 *   npm run arshjul -- roll-forward --from 2022-2023 --to 2027-2028 [--out <file>]
 *   npm run arshjul -- schema [--out <file>]
 * Exit codes: 0 done, 1 invalid data, 2 wrong usage or unreadable file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './commands';

const result = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  now: () => new Date(),
});
// A reader that stops early (`| head`) closes the pipe: the end of the output, not a fault.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(result.exitCode);
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
