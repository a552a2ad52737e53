import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { datasetForYear } from '../../data/datasets';
import { validateDataset } from '../../data/validate';
import { resolveDataset } from '../rules/resolve';
import { rollForward } from '../rules/rollForward';
import { addDays } from '../time/plainDate';
import { parseSchoolYear, type SchoolYear } from '../time/schoolYear';
import { foldLines, icsUid, MAX_LINE_OCTETS, toIcs } from './ics';

function deadlines() {
  const raw = JSON.parse(readFileSync(new URL('../../../test/fixtures/mini-dataset.json', import.meta.url), 'utf8')) as unknown;
  const result = validateDataset(raw);
  if (!result.ok) throw new Error('fixture invalid');
  return resolveDataset(rollForward(result.dataset, parseSchoolYear('2026-2027') as SchoolYear).dataset);
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate && event.endDate.isDate,
      description: event.description,
      categories: vevent.getFirstPropertyValue('categories'),
    };
  });
}

describe('toIcs', () => {
  const timestamp = new Date('2026-11-28T12:00:00Z');

  it('writes all-day events that a strict parser reads back with the same dates and UIDs', () => {
    const list = deadlines();
    const events = parse(toIcs(list, { timestamp }));
    expect(events).toHaveLength(list.length);
    events.forEach((event, i) => {
      const d = list[i]!;
      expect(event.uid).toBe(icsUid(d));
      expect(event.isDate).toBe(true);
      expect(event.start).toBe(d.start);
      expect(event.summary).toBe(d.entry.title);
    });
    const range = events.find((e) => e.uid.includes('fellessensur'))!;
    // 19 June 2027 is a Saturday: rolled to Monday 21 – Wednesday 23, exclusive end on the 24th.
    expect([range.start, range.end]).toEqual(['2027-06-21', '2027-06-24']);
    const week = events.find((e) => e.uid.includes('hostferie'))!;
    expect([week.start, week.end]).toEqual(['2026-09-28', '2026-10-03']);
  });

  it('folds every line at 75 octets, never inside a character, and a parser reads the text back whole', () => {
    const list = deadlines();
    const long = { ...list[0]!, entry: { ...list[0]!.entry, title: `Søknadsfrist for høstens læreplasser i Møre og Romsdal og Trøndelag – æøå ÆØÅ 🎓 ${'ø'.repeat(60)}` } };
    const ics = toIcs([long, ...list], { timestamp });
    const physical = ics.split('\r\n').filter((line) => line !== '');
    for (const line of physical) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    // No character was cut: every line is whole UTF-8 on its own (a strict decoder throws on a
    // cut one), and the title comes back as it went in.
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) expect(strict.decode(new TextEncoder().encode(line))).toBe(line);
    expect(parse(ics)[0]!.summary).toBe(long.entry.title);
    // Unfolded and folded again, it is the same text.
    expect(foldLines(ics)).toBe(ics);
  });

  it('gives the same UID to the same deadline in every export, and distinct UIDs within one', () => {
    const first = parse(toIcs(deadlines(), { timestamp })).map((e) => e.uid);
    const second = parse(toIcs(deadlines(), { timestamp: new Date('2027-01-01T00:00:00Z') })).map((e) => e.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((uid) => uid.includes('sluttere-til-ot-manedlig'))).toHaveLength(10);
  });

  it('gives a July two school years share one UID in both years\' files, so importing both holds it once', () => {
    const of = (year: string) => resolveDataset(datasetForYear(year as SchoolYear).dataset);
    const [before, after] = [of('2026-2027'), of('2027-2028')];
    const july = (events: ReturnType<typeof parse>) => events.filter((e) => e.start.startsWith('2027-07'));
    const a = july(parse(toIcs(before, { timestamp })));
    const b = july(parse(toIcs(after, { timestamp })));
    const shared = b.filter((e) => a.some((other) => other.uid === e.uid));
    // The 9 July rows of 2027-2028 that repeat 2026-2027's, on the same day under the same UID.
    expect(shared).toHaveLength(9);
    for (const e of shared) expect(a.find((other) => other.uid === e.uid)!.start).toBe(e.start);
    for (const events of [parse(toIcs(before, { timestamp })), parse(toIcs(after, { timestamp }))]) expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('gives a July its own UID when the two years say different days, so importing both keeps both', () => {
    const of = (year: string) => resolveDataset(datasetForYear(year as SchoolYear).dataset);
    const before = of('2026-2027');
    // As if 2027-2028's file were written by hand with one July delivery a day later.
    const moved = of('2027-2028').map((d) => (d.twin && d.start.startsWith('2027-07') ? { ...d, start: addDays(d.start, 1), end: addDays(d.end, 1) } : d));
    const twin = moved.find((d) => d.twin && d.start.startsWith('2027-07'))!;
    const other = before.find((d) => d.key === twin.twin)!;
    expect(other.start).not.toBe(twin.start);
    expect(icsUid(twin)).not.toBe(icsUid(other));
  });

  it('carries category, parties, comment and report codes', () => {
    const event = parse(toIcs(deadlines(), { timestamp, language: 'en' })).find((e) => e.uid.includes('manedlig'))!;
    expect(event.categories).toBe('Follow-up service (OT)');
    expect(event.description).toContain('From: VIGO (Inntak)');
    expect(event.description).toContain('To: VIGO OT');
    expect(event.description).toContain('VIGO reports: 6A015');
  });
});
