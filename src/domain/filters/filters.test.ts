import { describe, expect, it } from 'vitest';
import type { CategoryKey } from '../model/category';
import type { CountyKey } from '../model/county';
import type { Deadline, DeadlineKey, Entry, EntryId } from '../model/entry';
import { parsePlainDate, type PlainDate } from '../time/plainDate';
import type { SchoolYear } from '../time/schoolYear';
import { CATEGORIES } from '../model/category';
import { categoriesOf, deadlineByKey, filterDeadlines, inWindow, partiesOf, upcoming } from './query';
import { foldText, matchesQuery, norwegianOrder } from './text';

const d = (s: string) => parsePlainDate(s) as PlainDate;

function deadline(id: string, start: string, end: string, extra: Partial<Entry> = {}): Deadline {
  const entry: Entry = {
    id: id as EntryId,
    when: { kind: 'range', start: d(start), end: d(end) },
    whenAsWritten: start,
    rollForward: 'next-working-day',
    title: id,
    category: 'general' as CategoryKey,
    categoryInferred: true,
    counties: 'all',
    reportCodes: [],
    references: [],
    moves: [],
    ...extra,
  };
  return { key: `2026-2027/${id}` as DeadlineKey, schoolYear: '2026-2027' as SchoolYear, entry, occurrence: 1, occurrences: 1, start: d(start), end: d(end), moves: [] };
}

const all = [
  deadline('lanekassen', '2026-09-01', '2026-09-01', { from: 'VIGO (Inntakskontoret)', to: 'Lånekassen', title: 'Innsending av eksamensresultater', category: 'lanekassen' }),
  deadline('ramboll', '2026-09-27', '2026-09-27', { from: 'VIGO (IST)', to: 'Rambøll', title: 'Elevdata til Hjernen og Hjertet', category: 'ramboll-conexus', counties: ['agder', 'innlandet'] }),
  deadline('hostferie', '2026-10-05', '2026-10-09', { title: 'Høstferie', counties: ['oslo', 'agder'] as CountyKey[] }),
  deadline('ot', '2026-11-03', '2026-11-03', { from: 'VIGO (Inntak)', to: 'VIGO OT', title: 'Overføring til OT', comment: 'Rapport i VIGO: 6A015', reportCodes: ['6A015'], category: 'oppfolgingstjenesten' }),
];
const ids = (list: Deadline[]) => list.map((x) => x.entry.id);

describe('text folding', () => {
  it.each([
    ['Lånekassen', 'lanekassen'],
    ['RAMBØLL', 'ramboll'],
    ['Særskilt  prøve', 'saerskilt prove'],
    ['Café', 'cafe'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('matches every word, in any case and accent', () => {
    expect(matchesQuery('Elevdata til Rambøll', 'RAMBOLL elev')).toBe(true);
    expect(matchesQuery('Elevdata til Rambøll', 'rambøll søker')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });

  it('sorts in Norwegian order: Æ, Ø and Å after Z', () => {
    expect(['Østfold', 'Agder', 'Åsnes', 'Zeta', 'Ærø', 'agder'].sort(norwegianOrder)).toEqual(['agder', 'Agder', 'Zeta', 'Ærø', 'Østfold', 'Åsnes']);
  });
});

describe('deadlineByKey', () => {
  const routine = ['2026-09-01', '2026-10-01', '2026-11-01'].map((date, i) => ({
    ...deadline('routine', date, date),
    key: `2026-2027/routine/${i + 1}` as DeadlineKey,
    occurrence: i + 1,
    occurrences: 3,
  }));
  const list = [...all, ...routine];

  it('finds a deadline by its key', () => {
    expect(deadlineByKey(list, '2026-2027/ramboll' as DeadlineKey, d('2026-09-01'))?.entry.id).toBe('ramboll');
    expect(deadlineByKey(list, '2026-2027/routine/2' as DeadlineKey, d('2026-09-01'))?.start).toBe('2026-10-01');
  });

  it('takes a routine without its occurrence to the next one not over, or the last', () => {
    expect(deadlineByKey(list, '2026-2027/routine' as DeadlineKey, d('2026-09-02'))?.key).toBe('2026-2027/routine/2');
    expect(deadlineByKey(list, '2026-2027/routine' as DeadlineKey, d('2026-08-15'))?.key).toBe('2026-2027/routine/1');
    expect(deadlineByKey(list, '2026-2027/routine' as DeadlineKey, d('2027-01-01'))?.key).toBe('2026-2027/routine/3');
    expect(deadlineByKey(list, '2026-2027/rout' as DeadlineKey, d('2026-09-02'))).toBeUndefined();
  });
});

describe('queries', () => {
  it('finds deadlines overlapping a window', () => {
    expect(ids(inWindow(all, d('2026-10-07'), d('2026-11-02')))).toEqual(['hostferie']);
  });

  it('finds what is due in the next 14 days, including what is under way', () => {
    expect(ids(upcoming(all, d('2026-10-06'), 14))).toEqual(['hostferie']);
    expect(ids(upcoming(all, d('2026-09-20'), 14))).toEqual(['ramboll']);
  });

  it.each<[string, Parameters<typeof filterDeadlines>[1], string[]]>([
    ['no filter', {}, ['lanekassen', 'ramboll', 'hostferie', 'ot']],
    ['by category', { categories: ['lanekassen', 'oppfolgingstjenesten'] }, ['lanekassen', 'ot']],
    ['by county: national plus the county’s own', { county: 'oslo' }, ['lanekassen', 'hostferie', 'ot']],
    ['by receiving party, accent-insensitive', { party: 'lanekassen', partyRole: 'to' }, ['lanekassen']],
    ['by sending party', { party: 'ist', partyRole: 'from' }, ['ramboll']],
    ['party in either column', { party: 'vigo ot' }, ['ot']],
    ['free text over report codes', { text: '6a015' }, ['ot']],
    ['free text over titles', { text: 'hostferie' }, ['hostferie']],
    ['only upcoming', { upcomingFrom: d('2026-10-09') }, ['hostferie', 'ot']],
    ['combined', { county: 'agder', categories: ['general'], text: 'høst' }, ['hostferie']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filterDeadlines(all, filter))).toEqual(expected);
  });

  it('lists the parties once each, in Norwegian order', () => {
    expect(partiesOf(all.map((x) => x.entry), 'to')).toEqual(['Lånekassen', 'Rambøll', 'VIGO OT']);
    const spacing = [deadline('a', '2026-09-01', '2026-09-01', { to: 'Udir (inkl SSB)' }), deadline('b', '2026-09-02', '2026-09-02', { to: 'Udir(inkl SSB)' })];
    expect(partiesOf(spacing.map((x) => x.entry), 'to')).toEqual(['Udir (inkl SSB)']);
    expect(filterDeadlines(spacing, { party: 'Udir (inkl SSB)', partyRole: 'to' }).map((x) => x.entry.id)).toEqual(['a', 'b']);
  });

  it('treats the document’s two spellings of a party as one, and keeps each row’s own', () => {
    const rows = [
      deadline('a', '2026-09-01', '2026-09-01', { to: 'Every' }),
      deadline('b', '2026-09-02', '2026-09-02', { to: 'Evry' }),
      deadline('c', '2026-09-03', '2026-09-03', { from: 'VIGO (Inntrak)' }),
      deadline('d', '2026-09-04', '2026-09-04', { from: 'VIGO (Inntak)' }),
    ];
    const entries = rows.map((x) => x.entry);
    expect(partiesOf(entries, 'to')).toEqual(['Every']);
    expect(partiesOf(entries, 'from')).toEqual(['VIGO (Inntak)']);
    expect(ids(filterDeadlines(rows, { party: 'Every', partyRole: 'to' }))).toEqual(['a', 'b']);
    expect(ids(filterDeadlines(rows, { party: 'Evry', partyRole: 'to' }))).toEqual(['a', 'b']);
    expect(ids(filterDeadlines(rows, { party: 'VIGO (Inntak)', partyRole: 'from' }))).toEqual(['c', 'd']);
    expect(ids(filterDeadlines(rows, { text: 'evry' }))).toEqual(['a', 'b']);
    expect(rows[1]!.entry.to).toBe('Evry');
  });

  it('lists the categories present once each, in the legend order', () => {
    const present = categoriesOf(all);
    expect(new Set(present)).toEqual(new Set(all.map((x) => x.entry.category)));
    expect(present).toEqual(CATEGORIES.map((c) => c.key).filter((k) => present.includes(k)));
  });
});
