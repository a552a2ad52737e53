import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './commands';

const FIXTURE = 'test/fixtures/mini-dataset.json';

function io(files: Record<string, string> = {}) {
  const written: Record<string, string> = {};
  const fake: CliIo = {
    readFile: (path) => {
      if (path in files) return files[path]!;
      return readFileSync(path, 'utf8');
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    now: () => new Date('2026-11-28T12:00:00Z'),
  };
  return { fake, written };
}

describe('arshjul CLI', () => {
  it('validates a good file', () => {
    const result = runCli(['validate', FIXTURE], io().fake);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('valid, 6 entries and 1 notes for 2022-2023');
  });

  it('lists every problem of a bad file on stderr and exits 1', () => {
    const bad = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { entries: Array<Record<string, unknown>> };
    bad.entries[0]!['title'] = '';
    (bad.entries[1]!['when'] as Record<string, unknown>)['date'] = '2023-02-31';
    const result = runCli(['validate', 'bad.json'], io({ 'bad.json': JSON.stringify(bad) }).fake);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.json: 2 problem(s)');
    expect(result.stderr).toContain('entry "ssbresultat-vgs-forste" (entries[0].title): must not be empty');
    expect(result.stderr).toContain('entry "ssbresultat-vgs-endelig" (entries[1].when.date): 2023-02-31 is not a calendar date');
  });

  it('says where a file is not JSON', () => {
    const result = runCli(['validate', 'x.json'], io({ 'x.json': '{ "schemaVersion": 1,' }).fake);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/x\.json .*\(file\): is not JSON/s);
  });

  it.each([
    [['resolve'], '--year is required'],
    [['resolve', '--year', '2026/27'], '--year "2026/27" is not a school year'],
    [['resolve', '--year', '2026-2027', '--format', 'pdf'], '--format must be json or ics'],
    [['resolve', '--year', '2026-2027', '--county', 'Viken'], '--county "Viken" is not one of today\'s counties'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['validate', 'missing.json'], 'cannot read missing.json'],
  ])('refuses %j with exit code 2', (args, message) => {
    const result = runCli(args, io().fake);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('resolves a year as JSON with ISO dates, for one county', () => {
    const result = runCli(['resolve', '--year', '2026-2027', '--county', 'Telemark', '--data', FIXTURE], io().fake);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as { county: string; deadlines: Array<{ id: string; start: string; end: string; moved: string[] }> };
    expect(json.county).toBe('telemark');
    // The autumn holiday of uke 40 is not Telemark's.
    expect(json.deadlines.map((d) => d.id)).not.toContain('hostferie-uke-40');
    const range = json.deadlines.find((d) => d.id === 'fellessensur-grunnskole')!;
    expect([range.start, range.end]).toEqual(['2027-06-21', '2027-06-23']);
    expect(range.moved).toEqual(['start 2027-06-19 → 2027-06-21: weekend']);
  });

  it('rolls forward to a draft file and prints every moved date', () => {
    const { fake, written } = io();
    const result = runCli(['roll-forward', '--from', '2022-2023', '--to', '2023-2024', '--out', 'draft.json', '--data', FIXTURE], fake);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('ssbresultat-vgs-forste: date 2023-07-15 → 2023-07-17: weekend');
    const draftResult = runCli(['validate', 'draft.json'], io({ 'draft.json': written['draft.json']! }).fake);
    expect(draftResult.exitCode).toBe(0);
    const draft = JSON.parse(written['draft.json']!) as { schoolYear: string; rolledForwardFrom: string };
    expect(draft).toMatchObject({ schoolYear: '2023-2024', rolledForwardFrom: '2022-2023' });
  });

  it('lists the dates in the texts that no row carries, kept as written, for a maintainer to check', () => {
    const { fake, written } = io();
    const result = runCli(['roll-forward', '--from', '2022-2023', '--to', '2026-2027', '--out', 'draft.json'], fake);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('ssbresultat-vgs-endelig-levering: dates in the text kept as written for 2022-2023: "26. september"');
    expect(result.stdout).toContain('privatskoler-oppdatert-ssbelev: dates in the text kept as written for 2022-2023: "1. oktober", "11. november"');
    expect(result.stdout).toMatch(/; 35 entries with dates in the text kept as written, to check\.\n/);
    // A moved date carries a review flag in the draft; a shifted text is listed only.
    const { entries } = JSON.parse(written['draft.json']!) as { entries: Array<{ id: string; review?: Array<{ field: string }> }> };
    const flagged = entries.flatMap((e) => e.review ?? []).length;
    expect(result.stdout).toContain(`; ${flagged} dates moved, flagged for review; `);
    expect(entries.find((e) => e.id === 'ramboll-soker-elev-fag-skolestart')?.review).toBeUndefined();
    expect(result.stdout).toContain('ramboll-soker-elev-fag-skolestart: title shifted: ');
    // The draft a maintainer edits is a written dataset: the list is output, not data.
    expect(written['draft.json']).not.toContain('datesAsWritten');
  });
});
