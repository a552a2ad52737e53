/**
 * One school-year plan, a team that reads the tab in nynorsk, English and bokmål: the plan
 * keeps the language it was made in, each month keeps one bucket, the labels are written
 * once, and a re-push from another language writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlannerSync, type PlannerSyncOptions } from '../../src/sync/PlannerSync';
import { getPlanDetails, listBuckets } from '../../src/sync/gateway/planner.graph';
import { taskKey } from '../../src/sync/plan/plannerPlan';
import { categoryDescriptions } from '../../src/sync/plan/taskMapping';
import { makeDeadline, TEST_LINK, YEAR } from './fixtures';
import { FAST_BATCH, setup, writesSince, type Setup } from './harness';
import { demoGroupId, plannerTasks } from './plannerHelpers';

const ssb = makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev', start: '2026-10-01', category: 'ssb-udir', from: 'Fylket', reportCodes: ['6A015'] });
const ot = makeDeadline({ id: 'ot-desember', title: 'Sluttere til OT', start: '2026-12-01', category: 'oppfolgingstjenesten', comment: 'Kjøres av IST' });
const inntak = makeDeadline({ id: 'inntak-desember', title: 'Søkere til inntak', start: '2026-12-15', category: 'udir-soker-inntak', from: 'Søkere', to: 'Inntakskontoret' });
const vigo = makeDeadline({ id: 'vigo-desember', title: 'Opprydding i VIGO', start: '2026-12-18', category: 'vigo-intern', comment: 'Kjøres av IST' });

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

  it('writes the plan’s labels once and never renames them to the pusher’s language', async () => {
    const planId = await nynorskFirst();
    const nynorsk = categoryDescriptions('nn');
    expect((await getPlanDetails(s.graph, planId)).categoryDescriptions).toMatchObject(nynorsk);

    for (const language of ['en', 'nb'] as const) {
      const mark = s.sim.requestLog.length;
      await sync.push([ssb, ot, inntak], { ...base, language, leadDays: 7 });
      expect(writesSince(s.sim, mark).filter((w) => /\/planner\/plans\/[^/]+\/details$/.test(w.path)), language).toEqual([]);
      expect((await getPlanDetails(s.graph, planId)).categoryDescriptions, language).toMatchObject(nynorsk);
    }
  });

  it('a re-push from another language is 0 writes, and new tasks are written in the plan’s language', async () => {
    const planId = await nynorskFirst();
    for (const language of ['en', 'nb'] as const) {
      const options = { ...base, language, leadDays: 7 };
      const preview = await sync.preview([ssb, ot], options);
      expect(preview.counts, language).toEqual({ create: 0, update: 0, keep: 2, delete: 0 });
      expect(preview.plan).toMatchObject({ id: planId, language: 'nn', willCreate: false });
      const mark = s.sim.requestLog.length;
      const again = await sync.push([ssb, ot], options);
      expect(again.outcomes.map((o) => o.action), language).toEqual(['keep', 'keep']);
      expect(writesSince(s.sim, mark), language).toEqual([]);
    }

    await sync.push([ssb, ot, inntak], { ...base, language: 'en', leadDays: 7 });
    await sync.push([ssb, ot, inntak, vigo], { ...base, language: 'nb', leadDays: 7 });
    const description = async (key: string) => (await plannerTasks(s, planId)).find((t) => taskKey(t) === key)?.details?.description;
    expect(await description(inntak.key)).toBe('Når: 15. desember 2026\nI årshjulet står det: 2026-12-15\nFrå: Søkere\nTil: Inntakskontoret');
    expect(await description(vigo.key)).toBe('Når: 18. desember 2026\nI årshjulet står det: 2026-12-18\nMerknad: Kjøres av IST');
  });
});
