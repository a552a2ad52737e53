import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTY_SPELLINGS, partiesOf } from '../domain/filters/query';
import { layoutWheel, NARROW_DIMENSIONS } from '../domain/geometry/layout';
import { underBadges } from '../domain/geometry/testDeadlines';
import { wheelPeriod } from '../domain/geometry/wheelPeriod';
import { YEAR_ZOOM, type WheelZoom } from '../domain/geometry/zoom';
import { resolveDataset } from '../domain/rules/resolve';
import { parseSchoolYear, type SchoolYear } from '../domain/time/schoolYear';
import { builtInDatasets, datasetForYear } from './datasets';
import { datasetJsonSchema } from './schema';

const raw = readFileSync(new URL('./arshjul-2022-2023.json', import.meta.url), 'utf8');
const [dataset] = builtInDatasets();
const byId = (id: string) => {
  const entry = dataset!.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('the national årshjul 2022–2023', () => {
  it('holds every row of the document: 115 rows and the two end notes', () => {
    expect(dataset!.entries).toHaveLength(115);
    expect(dataset!.notes).toHaveLength(2);
  });

  it('keeps the document’s spellings of a party, and the party picker shows each party once', () => {
    const parties = new Set(dataset!.entries.flatMap((e) => [e.from, e.to]));
    // Each spelling the filter knows is one the document uses; none is stale.
    for (const group of PARTY_SPELLINGS) for (const spelling of group) expect(parties).toContain(spelling);
    const shown = partiesOf(dataset!.entries);
    for (const [usual, ...others] of PARTY_SPELLINGS) {
      expect(shown).toContain(usual);
      for (const other of others) expect(shown).not.toContain(other);
    }
  });

  it('pairs each row of the July before with its twin of the July after, so one July has one date in every later year', () => {
    const pairs = dataset!.entries.filter((e) => e.repeatedBy).map((e) => [e.id, e.repeatedBy!] as const);
    expect(pairs).toHaveLength(9);
    for (let first = 2023; first <= 2030; first++) {
      const now = resolveDataset(datasetForYear(`${first}-${first + 1}` as SchoolYear).dataset);
      const before = resolveDataset(datasetForYear(`${first - 1}-${first}` as SchoolYear).dataset);
      for (const [early, late] of pairs) {
        const a = now.find((d) => d.entry.id === early)!;
        const b = before.find((d) => d.entry.id === late)!;
        expect([a.start, a.end, a.entry.title], `${first} ${early}`).toEqual([b.start, b.end, b.entry.title]);
      }
    }
  });

  it('gives each deadline of a shared July its twin of the other year, the same day, both ways', () => {
    const pairs = dataset!.entries.filter((e) => e.repeatedBy).map((e) => [e.id, e.repeatedBy!] as const);
    expect(pairs).toHaveLength(9);
    const resolved = new Map<string, ReturnType<typeof resolveDataset>>();
    const deadlines = (first: number) => {
      const year = `${first}-${first + 1}`;
      if (!resolved.has(year)) resolved.set(year, resolveDataset(datasetForYear(year as SchoolYear).dataset));
      return resolved.get(year)!;
    };
    const find = (first: number, key: string) => deadlines(first).find((d) => d.key === key);
    for (let first = 2025; first <= 2028; first++) {
      const year = `${first}-${first + 1}`;
      for (const [early, late] of pairs) {
        const before = find(first, `${year}/${early}`)!;
        const after = find(first, `${year}/${late}`)!;
        expect(before.twin, `${year} ${early}`).toBe(`${first - 1}-${first}/${late}`);
        expect(after.twin, `${year} ${late}`).toBe(`${first + 1}-${first + 2}/${early}`);
        // Each twin names this one back, on the same days.
        for (const [own, other] of [[before, find(first - 1, before.twin!)], [after, find(first + 1, after.twin!)]] as const) {
          expect(other?.twin, own.key).toBe(own.key);
          expect([other?.start, other?.end], own.key).toEqual([own.start, own.end]);
        }
      }
      // Only the shared July has twins.
      expect(deadlines(first).filter((d) => d.twin)).toHaveLength(2 * pairs.length);
    }
  });

  it('has a category for every row, each marked as inferred', () => {
    expect(dataset!.entries.every((e) => e.categoryInferred)).toBe(true);
    const counts = new Map<string, number>();
    for (const e of dataset!.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    expect(counts.size).toBe(11);
  });

  it('lists every report code the text mentions', () => {
    for (const e of dataset!.entries) {
      const text = [e.from, e.title, e.to, e.comment].join(' ');
      const mentioned = [...new Set(text.match(/\b\d[A-Z]\d{3}\b/g) ?? [])];
      expect([...e.reportCodes].sort(), e.id).toEqual(mentioned.sort());
    }
  });

  it.each<[string, Record<string, unknown>]>([
    ['stopp-sluttere-sas-sommerstart', { when: { kind: 'date', date: '2022-07-03' }, from: 'VIGO (Inntakskontoret)', category: 'vigo-intern', counties: ['trondelag', 'nordland'] }],
    ['fellessensur-grunnskole', { when: { kind: 'range', start: '2023-06-19', end: '2023-06-21' }, from: 'Fylkesmennene', category: 'general' }],
    ['hostferie-uke-40', { when: { kind: 'weeks', isoYear: 2022, weeks: [40] }, counties: ['oslo', 'ostfold', 'akershus', 'buskerud', 'agder', 'troms', 'finnmark'] }],
    // "En gang pr. måned etter 1.sept": after 1 September, so the first is on 1 October.
    ['sluttere-til-ot-manedlig', { when: { kind: 'monthly', from: '2022-09-02', until: '2023-06-30', day: 1 }, to: 'VIGO OT', category: 'oppfolgingstjenesten' }],
    ['soknadsfrist-ordinaer', { when: { kind: 'date', date: '2023-03-01' }, rollForward: 'keep', category: 'general' }],
  ])('%s', (id, expected) => {
    const entry = byId(id);
    const { when, from, to, category, counties, rollForward } = entry;
    const picked = { when, from, to, category, counties: Array.isArray(counties) ? [...counties].sort() : counties, rollForward };
    const want = { ...expected, ...(Array.isArray(expected['counties']) ? { counties: [...(expected['counties'] as string[])].sort() } : {}) };
    expect(picked).toMatchObject(want);
  });

  it('links cross references to entries and notes that exist', () => {
    const refs = dataset!.entries.flatMap((e) => e.references);
    expect(refs.some((r) => r.kind === 'entry')).toBe(true);
    expect(refs.some((r) => r.kind === 'note')).toBe(true);
  });

  it('resolves 2026–2027 by rolling forward, moving weekend dates and flagging them', () => {
    const { dataset: year, moves } = datasetForYear(parseSchoolYear('2026-2027') as SchoolYear);
    expect(year.entries).toHaveLength(115);
    expect(moves.length).toBeGreaterThan(0);
    for (const { move } of moves) expect(move.to >= move.from).toBe(true);
    const deadlines = resolveDataset(year);
    expect(deadlines[0]!.start >= '2026-07-01').toBe(true);
    expect(deadlines.at(-1)!.end <= '2027-08-31').toBe(true);
    // 1 March 2027 is a Monday; the application deadline never moves anyway.
    expect(deadlines.find((d) => d.entry.id === 'soknadsfrist-ordinaer')!.start).toBe('2027-03-01');
  });

  it('has a committed JSON Schema that matches the validator', () => {
    const committed = JSON.parse(readFileSync(new URL('./arshjul.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
    expect(JSON.parse(raw)).toHaveProperty('$schema', './arshjul.schema.json');
  });
});

describe('the years we ship, on the wheel', () => {
  it('show every deadline clear of the rings’ numbers, in every view of every year, on a wide and a narrow wheel', () => {
    const zooms: WheelZoom[] = [YEAR_ZOOM, ...[0, 1, 2, 3].map((index) => ({ level: 'quarter' as const, index })), ...Array.from({ length: 12 }, (_, index) => ({ level: 'month' as const, index }))];
    let checked = 0;
    for (const year of ['2025-2026', '2026-2027', '2027-2028', '2028-2029'] as SchoolYear[]) {
      const deadlines = resolveDataset(datasetForYear(year).dataset);
      for (const [zoom, dimensions] of zooms.flatMap((z) => [[z, {}] as const, [z, NARROW_DIMENSIONS] as const])) {
        const layout = layoutWheel({ deadlines, period: wheelPeriod(year), today: deadlines[0]!.start, zoom, dimensions });
        const found = underBadges(layout);
        expect(found.under, `${year} ${JSON.stringify(zoom)} ${JSON.stringify(dimensions)}`).toEqual([]);
        checked += found.checked;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
