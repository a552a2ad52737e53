import { describe, expect, it } from 'vitest';
import type { DateRule, Dataset, Entry, EntryId, RollPolicy } from '../model/entry';
import { parsePlainDate, type PlainDate } from '../time/plainDate';
import { parseSchoolYear, type SchoolYear } from '../time/schoolYear';
import { resolveDataset, resolveRule } from './resolve';
import { rollDate, rollForward, shiftYearsInText } from './rollForward';
import { datesLeftInText, moveDatesInText } from './textDates';

const d = (s: string) => parsePlainDate(s) as PlainDate;
const y = (s: string) => parseSchoolYear(s) as SchoolYear;

function entry(id: string, when: DateRule, rollForwardPolicy: RollPolicy = 'next-working-day'): Entry {
  return {
    id: id as EntryId,
    when,
    whenAsWritten: id,
    rollForward: rollForwardPolicy,
    title: id,
    category: 'general',
    categoryInferred: true,
    counties: 'all',
    reportCodes: [],
    references: [],
    moves: [],
  };
}

const dataset = (schoolYear: string, entries: Entry[]): Dataset => ({
  schoolYear: y(schoolYear),
  source: { title: 't', version: 'v' },
  entries,
  notes: [],
});

describe('resolveRule', () => {
  it.each<[string, DateRule, Array<[string, string]>]>([
    ['a single date', { kind: 'date', date: d('2022-07-14') }, [['2022-07-14', '2022-07-14']]],
    ['a range, ends inclusive', { kind: 'range', start: d('2023-06-19'), end: d('2023-06-21') }, [['2023-06-19', '2023-06-21']]],
    ['uke 40: Monday to Friday', { kind: 'weeks', isoYear: 2022, weeks: [40] }, [['2022-10-03', '2022-10-07']]],
    ['Uke 31/32: two weeks', { kind: 'weeks', isoYear: 2023, weeks: [31, 32] }, [['2023-07-31', '2023-08-11']]],
    ['week 53 of 2026 runs into 2027', { kind: 'weeks', isoYear: 2026, weeks: [53] }, [['2026-12-28', '2027-01-01']]],
    ['week 1 of 2027 after a 53-week year', { kind: 'weeks', isoYear: 2027, weeks: [1] }, [['2027-01-04', '2027-01-08']]],
  ])('%s', (_name, rule, spans) => {
    expect(resolveRule(rule).map((s) => [s.start, s.end])).toEqual(spans);
  });

  it('resolves the monthly routine to the first working day of each month, September to June', () => {
    const spans = resolveRule({ kind: 'monthly', from: d('2026-09-01'), until: d('2027-06-30'), day: 1 });
    expect(spans.map((s) => s.start)).toEqual([
      '2026-09-01',
      '2026-10-01',
      '2026-11-02', // 1 November 2026 is a Sunday
      '2026-12-01',
      '2027-01-04', // New Year's Day, then a weekend
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-03', // Labour Day is a Saturday in 2027
      '2027-06-01',
    ]);
    expect(spans[2]!.moves).toEqual([{ field: 'occurrence', from: '2026-11-01', to: '2026-11-02', reason: { kind: 'weekend' } }]);
    expect(spans[4]!.moves[0]!.reason).toEqual({ kind: 'holiday', holiday: 'newYearsDay' });
  });
});

describe('resolveDataset', () => {
  it('gives each occurrence a stable key and sorts by date', () => {
    const deadlines = resolveDataset(
      dataset('2026-2027', [
        entry('late', { kind: 'date', date: d('2027-03-01') }),
        entry('routine', { kind: 'monthly', from: d('2026-09-01'), until: d('2026-10-31'), day: 1 }),
        entry('early', { kind: 'date', date: d('2026-08-15') }),
      ]),
    );
    expect(deadlines.map((x) => x.key)).toEqual([
      '2026-2027/early',
      '2026-2027/routine/1',
      '2026-2027/routine/2',
      '2026-2027/late',
    ]);
  });
});

describe('rollDate', () => {
  it.each<[string, string, number, RollPolicy, string, string[]]>([
    ['the document’s own example: 15 July 2023 is a Saturday', '2022-07-15', 1, 'next-working-day', '2023-07-17', ['weekend']],
    ['a working day stays', '2022-07-14', 1, 'next-working-day', '2023-07-14', []],
    ['a date kept by regulation stays on a Sunday', '2026-02-01', 1, 'keep', '2027-02-01', []],
    ['moving earlier instead', '2022-07-15', 1, 'previous-working-day', '2023-07-14', ['weekend']],
    ['Maundy Thursday 2023 moves past Easter', '2022-04-06', 1, 'next-working-day', '2023-04-11', ['holiday']],
    ['Ascension Day 2027', '2026-05-06', 1, 'next-working-day', '2027-05-07', ['holiday']],
    ['17 May and Whit Monday 2027', '2026-05-17', 1, 'next-working-day', '2027-05-18', ['holiday']],
    ['29 February into a common year, then a weekend', '2024-02-29', 1, 'next-working-day', '2025-03-03', ['leap-day', 'weekend']],
    ['29 February kept', '2024-02-29', 1, 'keep', '2025-03-01', ['leap-day']],
    ['into a leap year: 28 February stays 28 February', '2027-02-28', 1, 'next-working-day', '2028-02-28', []],
    ['four years on', '2022-07-15', 4, 'next-working-day', '2026-07-15', []],
  ])('%s', (_name, from, years, policy, expected, reasons) => {
    const rolled = rollDate(d(from), years, policy, 'date');
    expect(rolled.date).toBe(expected);
    expect(rolled.moves.map((m) => m.reason.kind)).toEqual(reasons);
  });
});

describe('rollForward', () => {
  const template = dataset('2022-2023', [
    entry('ssbresultat', { kind: 'date', date: d('2022-07-15') }),
    entry('fellessensur', { kind: 'range', start: d('2023-06-19'), end: d('2023-06-21') }),
    entry('hostferie', { kind: 'weeks', isoYear: 2022, weeks: [40] }),
    entry('soknadsfrist', { kind: 'date', date: d('2023-03-01') }, 'keep'),
    entry('sluttere', { kind: 'monthly', from: d('2022-09-01'), until: d('2023-06-30'), day: 1 }),
  ]);

  it('builds a later year, keeping weeks, range lengths and kept dates, flagging every move', () => {
    const { dataset: rolled, moves } = rollForward(template, y('2023-2024'));
    expect(rolled.schoolYear).toBe('2023-2024');
    expect(rolled.rolledForwardFrom).toBe('2022-2023');
    const when = Object.fromEntries(rolled.entries.map((e) => [e.id, e.when]));
    expect(when['ssbresultat']).toEqual({ kind: 'date', date: '2023-07-17' });
    // 19 June 2024 is a Wednesday: the three days stay three days.
    expect(when['fellessensur']).toEqual({ kind: 'range', start: '2024-06-19', end: '2024-06-21' });
    expect(when['hostferie']).toEqual({ kind: 'weeks', isoYear: 2023, weeks: [40] });
    // 1 March 2024 is a Friday anyway; kept dates are never moved.
    expect(when['soknadsfrist']).toEqual({ kind: 'date', date: '2024-03-01' });
    expect(when['sluttere']).toEqual({ kind: 'monthly', from: '2023-09-01', until: '2024-06-30', day: 1 });
    expect(moves.map((m) => `${m.entry.id} ${m.move.from}→${m.move.to}`)).toEqual(['ssbresultat 2023-07-15→2023-07-17']);
    expect(rolled.entries.find((e) => e.id === 'ssbresultat')!.moves).toHaveLength(1);
  });

  it('moves a range that starts on a weekend and keeps its length', () => {
    const { dataset: rolled } = rollForward(template, y('2026-2027'));
    // 19 June 2027 is a Saturday.
    expect(rolled.entries.find((e) => e.id === 'fellessensur')!.when).toEqual({ kind: 'range', start: '2027-06-21', end: '2027-06-23' });
  });

  it('maps week 53 to the last week of a 52-week year, flagged', () => {
    const from53 = dataset('2020-2021', [entry('uke53', { kind: 'weeks', isoYear: 2020, weeks: [53] })]);
    const { dataset: rolled, moves } = rollForward(from53, y('2021-2022'));
    expect(rolled.entries[0]!.when).toEqual({ kind: 'weeks', isoYear: 2021, weeks: [52] });
    expect(moves[0]!.move.reason).toEqual({ kind: 'week-53' });
    const back = rollForward(from53, y('2026-2027'));
    expect(back.dataset.entries[0]!.when).toEqual({ kind: 'weeks', isoYear: 2026, weeks: [53] });
    expect(back.moves).toHaveLength(0);
  });

  it('refuses to roll backwards', () => {
    expect(() => rollForward(template, y('2021-2022'))).toThrow(RangeError);
  });

  it('shifts the school years the texts speak of, and leaves years that are facts', () => {
    const row: Entry = {
      ...entry('rambøll', { kind: 'date', date: d('2022-08-11') }),
      title: 'Søkerdata til Rambøll. Søker gjelder skoleåret 2022-2023. Elev gjelder skoleåret 2021-2022.',
      comment: 'vilbli.no åpner informasjon om skoleåret 2023–2024; søkere fom 2008',
    };
    const withNote: Dataset = { ...dataset('2022-2023', [row]), notes: [{ id: 'vilbli' as Dataset['notes'][number]['id'], title: 'Vilbli', text: 'Skoleåret 2023-2024 blir valgt.' }] };
    const { dataset: rolled, textChanges } = rollForward(withNote, y('2026-2027'));
    expect(rolled.entries[0]!.title).toBe('Søkerdata til Rambøll. Søker gjelder skoleåret 2026-2027. Elev gjelder skoleåret 2025-2026.');
    expect(rolled.entries[0]!.comment).toBe('vilbli.no åpner informasjon om skoleåret 2027–2028; søkere fom 2008');
    expect(rolled.notes[0]!.text).toBe('Skoleåret 2027-2028 blir valgt.');
    expect(textChanges.map((c) => [c.id, c.field])).toEqual([
      ['rambøll', 'title'],
      ['rambøll', 'comment'],
      ['vilbli', 'note-text'],
    ]);
  });

  it.each([
    ['per 01.03.2022.', 'per 01.03.2026.'],
    ['prøve både høst 2021 og vår 2022', 'prøve både høst 2025 og vår 2026'],
    ['fom 2008', 'fom 2008'],
    ['5A2022 and 120225', '5A2022 and 120225'],
    ['2019 and 2026', '2023 and 2026'],
  ])('shiftYearsInText(%j) four years on from 2022', (before, after) => {
    expect(shiftYearsInText(before, 2022, 4)).toBe(after);
  });
});

describe('dates inside the texts of a rolled year', () => {
  const ref = (entryId: string, text: string): Entry['references'][number] => ({ kind: 'entry', entryId: entryId as EntryId, text });
  // 4 July 2026 and 27 September 2026 are Saturday and Sunday; 15 November 2026 is a Sunday.
  const template = dataset('2022-2023', [
    { ...entry('ramboll', { kind: 'date', date: d('2022-07-04') }), comment: 'Rambøll vil ha data senest 04. juli. Frist i VIGO er 1. juli.' },
    { ...entry('forste', { kind: 'date', date: d('2022-07-15') }), comment: 'Se også 27. september.', references: [ref('endelig', 'Se også 27. september.')] },
    { ...entry('endelig', { kind: 'date', date: d('2022-09-27') }), comment: 'Se også 15. juli.', references: [ref('forste', 'Se også 15. juli.')] },
    { ...entry('ot', { kind: 'date', date: d('2022-11-15') }), title: 'OT-data per 15. november, pr. 15. november, pr 15.11.' },
    { ...entry('hostferie', { kind: 'weeks', isoYear: 2022, weeks: [41] }), title: 'Høstferie, Nordland (12.-14.oktober)' },
    { ...entry('monthly', { kind: 'monthly', from: d('2022-09-01'), until: d('2023-06-30'), day: 1 }), title: 'Se 04. juli' },
  ]);
  const { dataset: rolled, textChanges } = rollForward(template, y('2026-2027'));
  const byId = (id: string) => rolled.entries.find((e) => e.id === id)!;

  it('moves a date of the entry itself with the entry, and leaves its other dates', () => {
    expect(byId('ramboll').when).toEqual({ kind: 'date', date: '2026-07-06' });
    expect(byId('ramboll').comment).toBe('Rambøll vil ha data senest 06. juli. Frist i VIGO er 1. juli.');
  });

  it('moves the date of an entry it refers to, in the text and in the link', () => {
    expect(byId('forste').comment).toBe('Se også 28. september.');
    expect(byId('forste').references[0]!.text).toBe('Se også 28. september.');
    // 15 July 2026 is a Wednesday: nothing moved, nothing changed.
    expect(byId('endelig').comment).toBe('Se også 15. juli.');
  });

  it('keeps as-of dates ("per", "pr") even on their own row', () => {
    expect(byId('ot').when).toEqual({ kind: 'date', date: '2026-11-16' });
    expect(byId('ot').title).toBe('OT-data per 15. november, pr. 15. november, pr 15.11.');
  });

  it('moves days inside a week row with the week', () => {
    // Week 41: 10–14 October 2022, 5–9 October 2026.
    expect(byId('hostferie').title).toBe('Høstferie, Nordland (7.-9.oktober)');
  });

  it('leaves texts of monthly routines, and reports every change', () => {
    expect(byId('monthly').title).toBe('Se 04. juli');
    expect(textChanges.map((c) => [c.id, c.field, c.after])).toEqual([
      ['ramboll', 'comment', 'Rambøll vil ha data senest 06. juli. Frist i VIGO er 1. juli.'],
      ['forste', 'comment', 'Se også 28. september.'],
      ['forste', 'reference', 'Se også 28. september.'],
      ['hostferie', 'title', 'Høstferie, Nordland (7.-9.oktober)'],
    ]);
  });

  it('says which dates stay as the template year wrote them, and only in a rolled year', () => {
    expect(byId('ramboll').datesAsWritten).toEqual({ schoolYear: '2022-2023', dates: ['1. juli'] });
    // Moved, as-of or a referred row's date: nothing stays as written.
    for (const id of ['forste', 'ot', 'hostferie']) expect(byId(id).datesAsWritten, id).toBeUndefined();
    expect(byId('monthly').datesAsWritten).toEqual({ schoolYear: '2022-2023', dates: ['04. juli'] });
    expect(byId('endelig').datesAsWritten).toBeUndefined();
    const same = rollForward(template, y('2022-2023')).dataset;
    expect(same.entries.some((e) => e.datesAsWritten)).toBe(false);
  });
});

describe('the July a document covers twice', () => {
  const ref = (entryId: string, text: string): Entry['references'][number] => ({ kind: 'entry', entryId: entryId as EntryId, text });
  // The document's July before (2022) and July after (2023); the later rows repeat the earlier.
  const template = dataset('2022-2023', [
    { ...entry('levering-start', { kind: 'date', date: d('2022-07-15') }), title: 'Levering (skoleåret 2021-2022)', repeatedBy: 'levering-slutt' as EntryId },
    { ...entry('svar-start', { kind: 'date', date: d('2022-07-18') }), title: 'Svar på levering', repeatedBy: 'svar-slutt' as EntryId },
    { ...entry('levering-slutt', { kind: 'date', date: d('2023-07-17') }), title: 'Levering (skoleåret 2022-2023)', comment: 'Se 19. juli.', references: [ref('svar-slutt', 'Se 19. juli.')] },
    { ...entry('svar-slutt', { kind: 'date', date: d('2023-07-19') }), title: 'Svar på levering' },
    { ...entry('host', { kind: 'date', date: d('2022-09-27') }), comment: 'Se også 15. juli.', references: [ref('levering-start', 'Se også 15. juli.')] },
  ]);
  const rolled = (year: string) => rollForward(template, y(year)).dataset;
  const byId = (year: string, id: string) => rolled(year).entries.find((e) => e.id === id)!;

  it('takes the July before a later year from the July after the year before, so one July has one date', () => {
    for (const year of ['2023-2024', '2024-2025', '2026-2027', '2030-2031']) {
      const previous = `${Number(year.slice(0, 4)) - 1}-${year.slice(0, 4)}`;
      for (const [early, late] of [['levering-start', 'levering-slutt'], ['svar-start', 'svar-slutt']]) {
        const now = byId(year, early!);
        const then = byId(previous, late!);
        expect(now.when, `${year} ${early}`).toEqual(then.when);
        expect(now.title).toBe(then.title);
        expect(now.repeatedBy).toBe(late);
      }
    }
    // In the document's own year both Julys stay as written.
    expect(byId('2022-2023', 'levering-start').when).toEqual({ kind: 'date', date: '2022-07-15' });
    // 2026: 17 July 2023 → Friday 17 July 2026, and the school year of the text with it.
    expect(byId('2026-2027', 'levering-start')).toMatchObject({ when: { kind: 'date', date: '2026-07-17' }, title: 'Levering (skoleåret 2025-2026)' });
  });

  it('reports the July before as changed from its own words, from the first year on', () => {
    const changes = (year: string) => rollForward(template, y(year)).textChanges.filter((c) => c.id === 'levering-start');
    expect(changes('2023-2024')).toEqual([
      { id: 'levering-start', field: 'title', before: 'Levering (skoleåret 2021-2022)', after: 'Levering (skoleåret 2022-2023)' },
      { id: 'levering-start', field: 'comment', before: '', after: 'Se 19. juli.' },
      { id: 'levering-start', field: 'reference', before: '', after: 'Se 19. juli.' },
    ]);
    expect(changes('2026-2027').map((c) => [c.field, c.after])).toEqual([
      ['title', 'Levering (skoleåret 2025-2026)'],
      ['comment', 'Se 20. juli.'],
      ['reference', 'Se 20. juli.'],
    ]);
    expect(rollForward(template, y('2022-2023')).textChanges).toEqual([]);
  });

  it('links the July before to its own twins, and moves the dates of texts that point at it', () => {
    const early = byId('2026-2027', 'levering-start');
    // 19 July 2026 is a Sunday: the reply moves to Monday 20 July, and the text that names it too.
    expect(early.references).toEqual([ref('svar-start', 'Se 20. juli.')]);
    expect(early.comment).toBe('Se 20. juli.');
    expect(byId('2026-2027', 'svar-start').when).toEqual({ kind: 'date', date: '2026-07-20' });
    expect(byId('2026-2027', 'host').comment).toBe('Se også 17. juli.');
  });

  it('gives the deadlines of a shared July their twins in the year before and after, and no other deadline one', () => {
    const twins = Object.fromEntries(resolveDataset(rolled('2026-2027')).map((dl) => [dl.key, dl.twin]));
    expect(twins).toEqual({
      '2026-2027/levering-start': '2025-2026/levering-slutt',
      '2026-2027/svar-start': '2025-2026/svar-slutt',
      '2026-2027/levering-slutt': '2027-2028/levering-start',
      '2026-2027/svar-slutt': '2027-2028/svar-start',
      '2026-2027/host': undefined,
    });
    expect(resolveDataset(rolled('2026-2027')).find((dl) => dl.key === '2026-2027/host')).not.toHaveProperty('twin');
  });

  it('pairs the occurrences of a shared routine one by one, as the later year takes the same rule', () => {
    const monthly = { kind: 'monthly', from: d('2023-07-01'), until: d('2023-07-31'), day: 1 } as const;
    const routine = dataset('2022-2023', [
      { ...entry('rutine-start', { ...monthly, from: d('2022-07-01'), until: d('2022-08-31') }), repeatedBy: 'rutine-slutt' as EntryId },
      { ...entry('rutine-slutt', { ...monthly, until: d('2023-08-31') }) },
    ]);
    expect(resolveDataset(routine).map((dl) => [dl.key, dl.twin])).toEqual([
      ['2022-2023/rutine-start/1', '2021-2022/rutine-slutt/1'],
      ['2022-2023/rutine-start/2', '2021-2022/rutine-slutt/2'],
      ['2022-2023/rutine-slutt/1', '2023-2024/rutine-start/1'],
      ['2022-2023/rutine-slutt/2', '2023-2024/rutine-start/2'],
    ]);
  });
});

describe('moveDatesInText', () => {
  const anchor = (from: string, to: string, rolledFrom: string) => ({ from: d(from), to: d(to), rolledFrom: d(rolledFrom) });

  it.each([
    ['senest 30. juli og 03. juli', ['03. juli']],
    ['28.-30. juli', []],
    ['30. juli-2. august', ['2. august']],
    ['29.-31. juli, 30.-31. august', ['30.-31. august']],
    ['per 03. juli, pr. 03. juli', []],
    ['ingen dato', []],
  ])('%j leaves %j as written with 28–31 July moved', (text, left) => {
    expect(datesLeftInText(text, [anchor('2022-07-28', '2022-07-31', '2026-07-31')])).toEqual(left);
  });

  it.each([
    ['senest 30. juli', 'senest 2. august'],
    ['senest 03. juli', 'senest 03. juli'],
    ['Senest 30. Juli', 'Senest 2. August'],
    ['30.-31. juli', '2.-3. august'],
    ['29. – 31. juli', '1. – 3. august'],
    // A range the move carries over the month's end names both months.
    ['28.-30. juli', '31. juli-2. august'],
    ['30. juni', '30. juni'],
    ['10 30. juli', '10 2. august'],
    ['pr. 30. juli', 'pr. 30. juli'],
    ['super 30. juli', 'super 2. august'],
  ])('%j with 28–31 July moved to 31 July–3 August', (before, after) => {
    expect(moveDatesInText(before, [anchor('2022-07-28', '2022-07-31', '2026-07-31')])).toBe(after);
  });
});
