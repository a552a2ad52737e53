import { execFileSync, spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

// The command exactly as a maintainer runs it, read back by a different iCalendar library.
function resolveIcs(): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'resolve', '--year', '2026-2027', '--format', 'ics'], {
    encoding: 'utf8',
  });
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate, title: e.summary };
  });
}

describe('npm run arshjul -- resolve --year 2026-2027 --format ics', () => {
  it('writes a calendar a strict parser reads back, with the same UIDs on every run', () => {
    const first = events(resolveIcs());
    const json = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'resolve', '--year', '2026-2027'], { encoding: 'utf8' }),
    ) as { count: number; deadlines: Array<{ key: string; start: string; title: string }> };
    expect(first).toHaveLength(json.count);
    expect(first.every((e) => e.allDay && e.end > e.start)).toBe(true);
    expect(first.map((e) => [e.start, e.title])).toEqual(json.deadlines.map((d) => [d.start, d.title]));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    const second = events(resolveIcs());
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
  }, 60_000);
});

describe('npm run arshjul -- resolve, read by a reader that stops early', () => {
  it('ends quietly with its own exit code when the pipe closes, as under `| head -c 1`', () => {
    // More than a pipe holds (64 KiB), so the command is still writing when head has gone.
    const run = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts resolve --year 2026-2027 | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0');
  }, 60_000);
});
