/**
 * One school-year plan, a team that reads the tab in nynorsk, English and bokmål: each month
 * keeps one bucket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlannerSync, type PlannerSyncOptions } from '../../src/sync/PlannerSync';
import { listBuckets } from '../../src/sync/gateway/planner.graph';
import { taskKey } from '../../src/sync/plan/plannerPlan';
import { makeDeadline, TEST_LINK, YEAR } from './fixtures';
import { FAST_BATCH, setup, type Setup } from './harness';
import { demoGroupId, plannerTasks } from './plannerHelpers';

const ssb = makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev', start: '2026-10-01', category: 'ssb-udir', from: 'Fylket', reportCodes: ['6A015'] });
const ot = makeDeadline({ id: 'ot-desember', title: 'Sluttere til OT', start: '2026-12-01', category: 'oppfolgingstjenesten', comment: 'Kjøres av IST' });
const inntak = makeDeadline({ id: 'inntak-desember', title: 'Søkere til inntak', start: '2026-12-15', category: 'udir-soker-inntak', to: 'Inntakskontoret' });
const vigo = makeDeadline({ id: 'vigo-desember', title: 'Opprydding i VIGO', start: '2026-12-18', category: 'vigo-intern' });

describe('a shared plan pushed to from nn, en and nb', () => {
  let s: Setup;
  let sync: PlannerSync;
  let base: PlannerSyncOptions;
  beforeEach(async () => {
    s = await setup({ seed: 'demo' });
    sync = new PlannerSync(s.graph, { batch: FAST_BATCH });
    base = { groupId: await demoGroupId(s), plan: { kind: 'school-year' }, schoolYear: YEAR, linkFor: TEST_LINK };
  });
  afterEach(async () => {
    await s.sim.close();
  });

  /** The nynorsk user makes the plan, with a start date a week before each deadline. */
  async function nynorskFirst(): Promise<string> {
    const first = await sync.push([ssb, ot], { ...base, language: 'nn', leadDays: 7 });
    expect(first.counts).toEqual({ done: 2, failed: 0, skipped: 0 });
    return first.planId;
  }

  it('keeps one bucket per month, named in the plan’s language', async () => {
    const planId = await nynorskFirst();
    const english = { ...base, language: 'en' as const, leadDays: 7 };
    expect((await sync.preview([ssb, ot, inntak], english)).bucketsToCreate).toEqual([]);
    await sync.push([ssb, ot, inntak], english);
    await sync.push([ssb, ot, inntak, vigo], { ...base, language: 'nb' });

    const buckets = await listBuckets(s.graph, planId);
    expect(buckets.map((b) => b.name).sort()).toEqual(['desember 2026', 'oktober 2026']);
    const december = buckets.find((b) => b.name === 'desember 2026')?.id;
    const tasks = await plannerTasks(s, planId);
    expect(tasks.filter((t) => taskKey(t)?.includes('desember')).map((t) => t.bucketId)).toEqual([december, december, december]);
  });
});
