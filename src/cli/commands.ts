/**
 * The CLI's commands as a function of their arguments and IO, so tests run them in-process.
 */
import { datasetForYear, builtInDatasets, DatasetError, loadDataset } from '../data/datasets';
import { datasetJsonSchema } from '../data/schema';
import { toDatasetFile } from '../data/serialize';
import { formatProblem, validateDataset } from '../data/validate';
import { toIcs } from '../domain/export/ics';
import { COUNTIES, isCountyKey, mapCountyName, type CountyKey } from '../domain/model/county';
import type { Dataset, DateMove, Deadline } from '../domain/model/entry';
import { filterDeadlines } from '../domain/filters/query';
import { resolveDataset } from '../domain/rules/resolve';
import { parseSchoolYear, type SchoolYear } from '../domain/time/schoolYear';

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  now(): Date;
}

export interface CliResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const USAGE = `Usage: npm run arshjul -- <command>
  validate <file>                                   check a data file; every problem on its own line
  resolve --year <YYYY-YYYY> [--county <name>] [--format json|ics] [--data <file>]
                                                    the deadlines of a school year with concrete dates
  roll-forward --from <YYYY-YYYY> --to <YYYY-YYYY> [--out <file>] [--data <file>]
                                                    a draft dataset for a later year; prints every moved date
  schema [--out <file>]                             the JSON Schema of a data file
`;

class UsageError extends Error {}

function parseArgs(args: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (inline === undefined) i++;
      options.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

function requireYear(options: Map<string, string>, name: string): SchoolYear {
  const text = options.get(name);
  if (!text) throw new UsageError(`--${name} is required (a school year such as 2026-2027)`);
  const year = parseSchoolYear(text);
  if (!year) throw new UsageError(`--${name} "${text}" is not a school year such as 2026-2027`);
  return year;
}

function readJson(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError(path, [{ path: '(file)', message: `is not JSON: ${(error as Error).message}` }]);
  }
}

function datasets(io: CliIo, options: Map<string, string>): readonly Dataset[] {
  const file = options.get('data');
  return file ? [loadDataset(readJson(io, file), file)] : builtInDatasets();
}

function countyOption(options: Map<string, string>): CountyKey | undefined {
  const name = options.get('county');
  if (name === undefined) return undefined;
  if (isCountyKey(name)) return name;
  const mapped = mapCountyName(name);
  if (!mapped || mapped.counties.length !== 1) {
    throw new UsageError(`--county "${name}" is not one of today's counties: ${COUNTIES.map((c) => c.name).join(', ')}`);
  }
  return mapped.counties[0];
}

export function describeMove(move: DateMove): string {
  const reason =
    move.reason.kind === 'holiday' ? `holiday (${move.reason.holiday})` : move.reason.kind === 'week-53' ? 'no ISO week 53 that year' : move.reason.kind;
  return `${move.field} ${move.from} → ${move.to}: ${reason}`;
}

function deadlineJson(d: Deadline) {
  return {
    key: d.key,
    id: d.entry.id,
    occurrence: d.occurrence,
    start: d.start,
    end: d.end,
    asWritten: d.entry.whenAsWritten,
    from: d.entry.from ?? null,
    title: d.entry.title,
    to: d.entry.to ?? null,
    comment: d.entry.comment ?? null,
    category: d.entry.category,
    counties: d.entry.counties,
    reportCodes: d.entry.reportCodes,
    moved: d.moves.map(describeMove),
  };
}

function resolve(io: CliIo, options: Map<string, string>): CliResult {
  const year = requireYear(options, 'year');
  const format = options.get('format') ?? 'json';
  if (format !== 'json' && format !== 'ics') throw new UsageError(`--format must be json or ics (got "${format}")`);
  const county = countyOption(options);
  const { dataset } = datasetForYear(year, datasets(io, options));
  const deadlines = filterDeadlines(resolveDataset(dataset), county ? { county } : {});
  if (format === 'ics') return { exitCode: 0, stdout: toIcs(deadlines, { timestamp: io.now() }), stderr: '' };
  const json = { schoolYear: year, county: county ?? null, count: deadlines.length, deadlines: deadlines.map(deadlineJson) };
  return { exitCode: 0, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '' };
}

function rollForwardCommand(io: CliIo, options: Map<string, string>): CliResult {
  const from = requireYear(options, 'from');
  const to = requireYear(options, 'to');
  const template = datasets(io, options).find((d) => d.schoolYear === from);
  if (!template) throw new UsageError(`there is no dataset for ${from}; pass one with --data <file>`);
  if (to <= from) throw new UsageError(`--to ${to} must be later than --from ${from}`);
  const { dataset, moves, textChanges } = datasetForYear(to, [template]);
  const kept = dataset.entries.filter((e) => e.datesAsWritten);
  const lines = [
    ...moves.map(({ entry, move }) => `${entry.id}: ${describeMove(move)}`),
    ...textChanges.map((c) => `${c.id}: ${c.field} shifted: "${c.before}" → "${c.after}"`),
    ...kept.map((e) => `${e.id}: dates in the text kept as written for ${from}: ${e.datesAsWritten!.dates.map((date) => `"${date}"`).join(', ')}`),
  ];
  const summary =
    `${dataset.entries.length} entries rolled from ${from} to ${to}; ${moves.length} dates moved, flagged for review; ` +
    `${textChanges.length} texts with years or dates shifted; ` +
    `${kept.length} entries with dates in the text kept as written, to check.\n`;
  const draft = `${JSON.stringify(toDatasetFile(dataset), null, 2)}\n`;
  const out = options.get('out');
  if (out) {
    io.writeFile(out, draft);
    return { exitCode: 0, stdout: `${lines.join('\n')}${lines.length ? '\n' : ''}${summary}Draft written to ${out}\n`, stderr: '' };
  }
  // Without --out the draft is the output; the moves go to stderr so the JSON stays clean.
  return { exitCode: 0, stdout: draft, stderr: `${lines.join('\n')}${lines.length ? '\n' : ''}${summary}` };
}

function validate(io: CliIo, positional: string[]): CliResult {
  const file = positional[1];
  if (!file) throw new UsageError('validate needs a file');
  const result = validateDataset(readJson(io, file));
  if (!result.ok) {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${file}: ${result.problems.length} problem(s)\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
    };
  }
  const { dataset } = result;
  return { exitCode: 0, stdout: `${file}: valid, ${dataset.entries.length} entries and ${dataset.notes.length} notes for ${dataset.schoolYear}\n`, stderr: '' };
}

function schema(io: CliIo, options: Map<string, string>): CliResult {
  const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  const out = options.get('out');
  if (!out) return { exitCode: 0, stdout: text, stderr: '' };
  io.writeFile(out, text);
  return { exitCode: 0, stdout: `Schema written to ${out}\n`, stderr: '' };
}

export function runCli(args: readonly string[], io: CliIo): CliResult {
  try {
    const { positional, options } = parseArgs(args);
    switch (positional[0]) {
      case 'validate':
        return validate(io, positional);
      case 'resolve':
        return resolve(io, options);
      case 'roll-forward':
        return rollForwardCommand(io, options);
      case 'schema':
        return schema(io, options);
      case undefined:
      case 'help':
      case '--help':
        return { exitCode: positional[0] ? 0 : 2, stdout: positional[0] ? USAGE : '', stderr: positional[0] ? '' : USAGE };
      default:
        throw new UsageError(`unknown command "${positional[0]}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, stdout: '', stderr: `arshjul: ${error.message}\n\n${USAGE}` };
    if (error instanceof DatasetError) return { exitCode: 1, stdout: '', stderr: `arshjul: ${error.message}\n` };
    throw error;
  }
}
