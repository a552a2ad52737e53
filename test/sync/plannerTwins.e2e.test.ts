/**
 * The July two school years share, in one Planner plan, end to end over HTTP against the
 * simulator with the shipped årshjul: a team that keeps one plan for every school year pushes
 * 2026–2027 and then 2027–2028 into it, and each July delivery must be there once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/domain/model/entry';
import type { SchoolYear } from '../../src/domain/time/schoolYear';
import { PlannerSync, type PlannerSyncOptions } from '../../src/sync/PlannerSync';
import { TEST_LINK } from './fixtures';
import { EARLIER, earlier, LATER, later, laterWithDayAfter, pairs } from './julyTwins';
import { FAST_BATCH, setup, writesSince, type Setup } from './harness';
import { demoGroupId, plannerKeys } from './plannerHelpers';

describe('the July two school years share, in one Planner plan', () => {
  let s: Setup;
  let sync: PlannerSync;
  let groupId: string;
  let planId: string;
  beforeEach(async () => {
    s = await setup({ seed: 'demo' });
    sync = new PlannerSync(s.graph, { batch: FAST_BATCH });
    groupId = await demoGroupId(s);
    // The team's one plan: made by the first push, then chosen for the next year.
    const first = await sync.push(earlier, optionsFor(EARLIER, earlier, { kind: 'school-year', title: 'Årshjul VIGO' }));
    expect(first.counts.failed).toBe(0);
    planId = first.planId;
  });
  afterEach(async () => {
    await s.sim.close();
  });

  /** The options the push dialog gives: the whole year as the årshjul has it now. */
  function optionsFor(year: SchoolYear, deadlines: readonly Deadline[], plan: PlannerSyncOptions['plan'] = { kind: 'existing', planId }): PlannerSyncOptions {
    return { groupId, plan, schoolYear: year, linkFor: TEST_LINK, current: new Set(deadlines.map((d) => d.key)) };
  }

  it('pushing the next year into the same plan leaves each July delivery there once, and a re-push writes nothing', async () => {
    expect(pairs).toHaveLength(9);
    const report = await sync.push(later, optionsFor(LATER, later));
    expect(report.counts).toEqual({ done: later.length, failed: 0, skipped: 0 });
    for (const { before } of pairs) expect(report.outcomes.filter((o) => o.key === before).map((o) => o.action), before).toEqual(['keep']);

    const keys = await plannerKeys(s, planId);
    for (const { before, after } of pairs) expect(keys.filter((k) => k === before || k === after), `${after} / ${before}`).toEqual([after]);
    expect(keys).toHaveLength(earlier.length + later.length - pairs.length);

    const mark = s.sim.requestLog.length;
    await sync.push(later, optionsFor(LATER, later));
    await sync.push(earlier, optionsFor(EARLIER, earlier));
    expect(writesSince(s.sim, mark)).toEqual([]);
  });

  it('gives a July deadline its own task when its year says another day, and leaves the other year’s task', async () => {
    const { before, after } = pairs[0]!;
    const moved = laterWithDayAfter(before);
    const report = await sync.push(moved, optionsFor(LATER, moved));
    expect(report.outcomes.filter((o) => o.key === before).map((o) => o.action)).toEqual(['create']);
    const keys = await plannerKeys(s, planId);
    expect(keys.filter((k) => k === before || k === after).sort()).toEqual([after, before].sort());
  });

  it('removing a July deadline of the next year removes the task both years share; removing that year leaves the other’s tasks', async () => {
    await sync.push(later, optionsFor(LATER, later));
    const { before, after } = pairs[0]!;
    const july = later.find((d) => d.key === before)!;
    const removed = await sync.remove({ groupId, plan: { kind: 'existing', planId }, schoolYear: LATER, deadlines: [july] });
    expect(removed.outcomes.map((o) => [o.key, o.action, o.status])).toEqual([[before, 'delete', 'done']]);
    expect((await plannerKeys(s, planId)).filter((k) => k === before || k === after)).toEqual([]);

    await sync.remove({ groupId, plan: { kind: 'existing', planId }, schoolYear: LATER });
    const left = await plannerKeys(s, planId);
    expect(left.every((k) => k.startsWith(`${EARLIER}/`))).toBe(true);
    expect(left).toHaveLength(earlier.length - 1);
  });
});
