import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDatasetFile } from './serialize';
import { formatProblem, validateDataset } from './validate';

const fixture = () => JSON.parse(readFileSync(new URL('../../test/fixtures/mini-dataset.json', import.meta.url), 'utf8')) as {
  entries: Array<Record<string, unknown>>;
  notes: Array<Record<string, unknown>>;
  [key: string]: unknown;
};

function problemsOf(raw: unknown): string[] {
  const result = validateDataset(raw);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a valid file and maps its counties to today’s', () => {
    const result = validateDataset(fixture());
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const autumn = result.dataset.entries.find((e) => e.id === 'hostferie-uke-40')!;
    expect(autumn.counties).toEqual(['agder', 'oslo', 'ostfold', 'akershus', 'buskerud', 'troms', 'finnmark']);
    expect(autumn.countiesAsWritten).toEqual(['Agder', 'Oslo', 'Viken', 'Troms og Finnmark']);
    expect(result.dataset.entries.find((e) => e.id === 'soknadsfrist-ordinaer')!.rollForward).toBe('keep');
  });

  it('round-trips through the file format', () => {
    const result = validateDataset(fixture());
    if (!result.ok) throw new Error('fixture invalid');
    const again = validateDataset(JSON.parse(JSON.stringify(toDatasetFile(result.dataset))));
    expect(again.ok && again.dataset).toEqual(result.dataset);
  });

  type Mutation = (file: ReturnType<typeof fixture>) => void;
  it.each<[string, Mutation, string]>([
    ['an unknown category', (f) => ((f.entries[0]!['category'] as Record<string, unknown>)['key'] = 'skatt'), 'entry "ssbresultat-vgs-forste" (entries[0].category.key): Invalid option'],
    ['31 February', (f) => ((f.entries[1]!['when'] as Record<string, unknown>)['date'] = '2023-02-31'), 'entry "ssbresultat-vgs-endelig" (entries[1].when.date): 2023-02-31 is not a calendar date'],
    ['a date in Norwegian writing', (f) => ((f.entries[1]!['when'] as Record<string, unknown>)['date'] = '27.09.2022'), 'entry "ssbresultat-vgs-endelig" (entries[1].when.date): must be a date written YYYY-MM-DD'],
    ['an end before its start', (f) => ((f.entries[3]!['when'] as Record<string, unknown>)['end'] = '2023-06-18'), 'entry "fellessensur-grunnskole" (entries[3].when.end): ends 2023-06-18, before it starts 2023-06-19'],
    ['a missing title', (f) => delete f.entries[3]!['title'], 'entry "fellessensur-grunnskole" (entries[3].title):'],
    ['an empty title', (f) => (f.entries[3]!['title'] = '  '), 'entry "fellessensur-grunnskole" (entries[3].title): must not be empty'],
    ['a duplicate id', (f) => (f.entries[2]!['id'] = 'ssbresultat-vgs-forste'), 'entry "ssbresultat-vgs-forste" (entries[2].id): duplicate id: entries[0] has the same id'],
    ['a cross reference to nothing', (f) => (f.entries[0]!['references'] = [{ entry: 'finnes-ikke', text: 'Se også 1. mai' }]), 'entry "ssbresultat-vgs-forste" (entries[0].references[0].entry): refers to entry "finnes-ikke", which does not exist'],
    ['a reference to a missing note', (f) => (f.entries[4]!['references'] = [{ note: 'borte', text: 'Se info' }]), 'entry "sluttere-til-ot-manedlig" (entries[4].references[0].note): refers to note "borte", which does not exist'],
    ['an unknown county', (f) => (f.entries[2]!['counties'] = ['Oslo', 'Hordaland']), 'entry "hostferie-uke-40" (entries[2].counties[1]): "Hordaland" is not a Norwegian county'],
    ['a week the year does not have', (f) => ((f.entries[2]!['when'] as Record<string, unknown>)['weeks'] = [53]), 'entry "hostferie-uke-40" (entries[2].when.weeks[0]): 2022 has 52 ISO weeks, so there is no week 53'],
    ['a malformed report code', (f) => (f.entries[1]!['reportCodes'] = ['5a019']), 'entry "ssbresultat-vgs-endelig" (entries[1].reportCodes[0]): must look like 5A001'],
    ['an unknown field', (f) => (f.entries[1]!['farge'] = 'grønn'), 'entry "ssbresultat-vgs-endelig" (entries[1]): Unrecognized key: "farge"'],
    ['a school year that is not one', (f) => (f['schoolYear'] = '2022-2024'), 'schoolYear: "2022-2024" is not a school year like 2026-2027'],
  ])('reports %s, naming the entry and field', (_name, mutate, expected) => {
    const file = fixture();
    mutate(file);
    const problems = problemsOf(file);
    expect(problems.some((p) => p.startsWith(expected)), problems.join('\n')).toBe(true);
  });

  it('checks "repeatedBy": an entry that exists, not itself, one earlier entry each, no chains', () => {
    const file = fixture();
    file.entries[0]!['repeatedBy'] = 'finnes-ikke';
    file.entries[1]!['repeatedBy'] = file.entries[1]!['id'];
    file.entries[2]!['repeatedBy'] = file.entries[3]!['id'];
    file.entries[4]!['repeatedBy'] = file.entries[3]!['id'];
    file.entries[3]!['repeatedBy'] = file.entries[5]!['id'];
    const problems = problemsOf(file);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/entries\[0\]\.repeatedBy.*names entry "finnes-ikke", which does not exist/),
        expect.stringMatching(/entries\[1\]\.repeatedBy.*names the entry itself/),
        expect.stringMatching(new RegExp(`entries\\[2\\]\\.repeatedBy.*which is itself repeated by "${String(file.entries[5]!['id'])}"`)),
        expect.stringMatching(new RegExp(`entries\\[4\\]\\.repeatedBy.*which "${String(file.entries[2]!['id'])}" names too`)),
      ]),
    );
    // Naming itself is one problem, not also a chain through itself.
    expect(problems.filter((p) => p.includes('entries[1].repeatedBy'))).toHaveLength(1);
    const fine = fixture();
    fine.entries[0]!['repeatedBy'] = fine.entries[1]!['id'];
    expect(problemsOf(fine)).toEqual([]);
  });

  it('reports every problem at once, across entries', () => {
    const file = fixture();
    (file.entries[0]!['category'] as Record<string, unknown>)['key'] = 'skatt';
    (file.entries[1]!['when'] as Record<string, unknown>)['date'] = '2023-02-31';
    (file.entries[3]!['when'] as Record<string, unknown>)['end'] = '2023-06-01';
    delete file.entries[4]!['title'];
    file.entries[5]!['id'] = 'hostferie-uke-40';
    const problems = problemsOf(file);
    expect(problems).toHaveLength(5);
    expect(problems.map((p) => /entries\[(\d)\]/.exec(p)?.[1])).toEqual(['0', '4', '5', '1', '3']);
  });

  it.each([
    [null, '(file): must be a JSON object'],
    [[], '(file): must be a JSON object'],
    [{ schemaVersion: 2 }, 'schemaVersion: version 2 is newer than this app reads (1)'],
    [{ schemaVersion: 1, schoolYear: '2022-2023' }, 'source:'],
  ])('refuses a file that is not a dataset: %j', (raw, expected) => {
    expect(problemsOf(raw).join('\n')).toContain(expected);
  });
});
