/**
 * The July two school years share, end to end over HTTP against the simulator, with the
 * shipped årshjul: a rolled year takes its July-before rows from the year before's July-after
 * rows, so the two years' pushes to one calendar must leave each July delivery there once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/domain/model/entry';
import { addDays, type PlainDate } from '../../src/domain/time/plainDate';
import type { SchoolYear } from '../../src/domain/time/schoolYear';
import { CalendarSync, type CalendarSyncOptions } from '../../src/sync/CalendarSync';
import { findAppEvents } from '../../src/sync/gateway/calendar.graph';
import type { ExistingEvent } from '../../src/sync/plan/calendarPlan';
import { TEST_LINK } from './fixtures';
import { EARLIER, earlier, LATER, later, laterWithDayAfter, pairs } from './julyTwins';
import { FAST_BATCH, setup, writesSince, type Setup } from './harness';

const target = { kind: 'my-calendar' } as const;

/** The options the push dialog gives: the whole year as the årshjul has it now. */
const optionsFor = (year: SchoolYear, deadlines: readonly Deadline[]): CalendarSyncOptions => ({
  target,
  schoolYear: year,
  linkFor: TEST_LINK,
  current: new Set(deadlines.map((d) => d.key)),
});

describe('the July two school years share, in one calendar', () => {
  let s: Setup;
  let sync: CalendarSync;
  beforeEach(async () => {
    s = await setup({ seed: 'demo' });
    sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
  });
  afterEach(async () => {
    await s.sim.close();
  });

  const events = async (): Promise<ExistingEvent[]> => [...(await findAppEvents(s.graph, target, EARLIER)), ...(await findAppEvents(s.graph, target, LATER))];

  const expectEachJulyOnce = async () => {
    const all = await events();
    expect(pairs).toHaveLength(9);
    for (const { before, after } of pairs) {
      expect(all.filter((e) => e.key === before || e.key === after), `${after} / ${before}`).toHaveLength(1);
    }
    expect(all).toHaveLength(earlier.length + later.length - pairs.length);
  };

  it('gives a July deadline its own event when its year says another day than the twin’s event, and leaves that event as it is', async () => {
    expect((await sync.push(earlier, optionsFor(EARLIER, earlier))).counts.failed).toBe(0);
    const { before, after } = pairs[0]!;
    const twinEvent = (await findAppEvents(s.graph, target, EARLIER)).find((e) => e.key === after)!;
    expect(twinEvent.startDate).toMatch(/^2027-07-\d\d$/);
    const moved = laterWithDayAfter(before);
    const report = await sync.push(moved, optionsFor(LATER, moved));
    expect(report.outcomes.filter((o) => o.key === before).map((o) => o.action)).toEqual(['create']);
    const all = await events();
    expect(all.filter((e) => e.key === after)).toEqual([twinEvent]);
    expect(all.filter((e) => e.key === before).map((e) => e.startDate)).toEqual([addDays(twinEvent.startDate as PlainDate, 1)]);
  });

  it('removing a July deadline whose year says another day than the twin’s event leaves that event, which is not this one’s', async () => {
    await sync.push(earlier, optionsFor(EARLIER, earlier));
    const { before, after } = pairs[0]!;
    const twinEvent = (await findAppEvents(s.graph, target, EARLIER)).find((e) => e.key === after)!;
    const moved = laterWithDayAfter(before);
    await sync.push(moved, optionsFor(LATER, moved));
    const july = moved.find((d) => d.key === before)!;

    const report = await sync.remove({ target, schoolYear: LATER, deadlines: [july] });
    expect(report.outcomes.map((o) => [o.key, o.action, o.status])).toEqual([[before, 'delete', 'done']]);
    const all = await events();
    expect(all.filter((e) => e.key === before)).toEqual([]);
    expect(all.filter((e) => e.key === after)).toEqual([twinEvent]);
  });

  it('pushing 2026–2027 and then 2027–2028 leaves each July 2027 delivery once, and pushing either again writes nothing', async () => {
    expect((await sync.push(earlier, optionsFor(EARLIER, earlier))).counts.failed).toBe(0);
    const report = await sync.push(later, optionsFor(LATER, later));
    await expectEachJulyOnce();
    expect(report.counts).toEqual({ done: later.length, failed: 0, skipped: 0 });
    // The July before is there already, as 2026–2027 pushed it: kept, as it is.
    for (const { before } of pairs) expect(report.outcomes.filter((o) => o.key === before).map((o) => o.action)).toEqual(['keep']);

    const mark = s.sim.requestLog.length;
    expect((await sync.push(later, optionsFor(LATER, later))).outcomes.every((o) => o.action === 'keep')).toBe(true);
    expect((await sync.push(earlier, optionsFor(EARLIER, earlier))).outcomes.every((o) => o.action === 'keep')).toBe(true);
    expect(writesSince(s.sim, mark)).toEqual([]);
    await expectEachJulyOnce();
  });

  it('pushing 2027–2028 first and then 2026–2027 does the same', async () => {
    expect((await sync.push(later, optionsFor(LATER, later))).counts.failed).toBe(0);
    const report = await sync.push(earlier, optionsFor(EARLIER, earlier));
    await expectEachJulyOnce();
    expect(report.counts).toEqual({ done: earlier.length, failed: 0, skipped: 0 });
    for (const { after } of pairs) expect(report.outcomes.filter((o) => o.key === after).map((o) => o.action)).toEqual(['keep']);

    const mark = s.sim.requestLog.length;
    await sync.push(earlier, optionsFor(EARLIER, earlier));
    await sync.push(later, optionsFor(LATER, later));
    expect(writesSince(s.sim, mark)).toEqual([]);
    await expectEachJulyOnce();
  });

  it('a push of only the July before, pruning the rest, keeps the twins’ events and touches nothing else of 2026–2027', async () => {
    await sync.push(earlier, optionsFor(EARLIER, earlier));
    const before = await findAppEvents(s.graph, target, EARLIER);
    const july = later.filter((d) => pairs.some((p) => p.before === d.key));
    expect(july).toHaveLength(9);

    const mark = s.sim.requestLog.length;
    // No `current`: every event of ours of 2027–2028 not selected would go.
    const report = await sync.push(july, { target, schoolYear: LATER, linkFor: TEST_LINK });
    expect(report.outcomes.map((o) => [o.key, o.action])).toEqual(july.map((d) => [d.key, 'keep']));
    expect(writesSince(s.sim, mark)).toEqual([]);
    expect(await findAppEvents(s.graph, target, EARLIER)).toEqual(before);
  });

  it('heals a calendar where both years already put each July delivery', async () => {
    // As a push that knew no twins left it.
    const withoutTwins = (deadlines: readonly Deadline[]) => deadlines.map(({ twin: _twin, ...d }) => d);
    await sync.push(withoutTwins(earlier), optionsFor(EARLIER, earlier));
    await sync.push(withoutTwins(later), optionsFor(LATER, later));
    expect(await events()).toHaveLength(earlier.length + later.length);

    const report = await sync.push(later, optionsFor(LATER, later));
    expect(report.counts.failed).toBe(0);
    expect(report.outcomes.filter((o) => o.action === 'delete')).toHaveLength(9);
    expect(report.outcomes.filter((o) => o.action === 'delete').every((o) => pairs.some((p) => p.before === o.key))).toBe(true);
    await expectEachJulyOnce();
    const mark = s.sim.requestLog.length;
    await sync.push(earlier, optionsFor(EARLIER, earlier));
    expect(writesSince(s.sim, mark)).toEqual([]);
  });

  it('removing a July deadline of 2027–2028 removes the event 2026–2027 pushed for it, and nothing else', async () => {
    await sync.push(earlier, optionsFor(EARLIER, earlier));
    await sync.push(later, optionsFor(LATER, later));
    const [pair] = pairs;
    const july = later.find((d) => d.key === pair!.before)!;

    const report = await sync.remove({ target, schoolYear: LATER, deadlines: [july] });
    expect(report.outcomes).toEqual([expect.objectContaining({ key: july.key, action: 'delete', status: 'done' })]);
    const all = await events();
    expect(all.filter((e) => e.key === pair!.before || e.key === pair!.after)).toEqual([]);
    expect(all).toHaveLength(earlier.length + later.length - pairs.length - 1);
  });
});
