/**
 * One school-year plan, a team that reads the tab in nynorsk, English and bokmål: the plan
 * keeps the language it was made in, each month keeps one bucket, the labels are written
 * once, a re-push from another language writes nothing, and an empty start-date field leaves
 * the start dates an earlier push set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlannerSync, type PlannerSyncOptions } from '../../src/sync/PlannerSync';
import type { SyncReport } from '../../src/sync/outcome';
import { getPlanDetails, listBuckets } from '../../src/sync/gateway/planner.graph';
import { taskKey } from '../../src/sync/plan/plannerPlan';
import { categoryDescriptions } from '../../src/sync/plan/taskMapping';
import { osloDateAt } from '../../src/domain/time/plainDate';
import type { Deadline } from '../../src/domain/model/entry';
import { makeDeadline, TEST_LINK, YEAR } from './fixtures';
import { FAST_BATCH, setup, writesSince, type Setup } from './harness';
import { demoGroupId, plannerTasks } from './plannerHelpers';

const ssb = makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev', start: '2026-10-01', category: 'ssb-udir', from: 'Fylket', reportCodes: ['6A015'] });
const ot = makeDeadline({ id: 'ot-desember', title: 'Sluttere til OT', start: '2026-12-01', category: 'oppfolgingstjenesten', comment: 'Kjøres av IST' });
const inntak = makeDeadline({ id: 'inntak-desember', title: 'Søkere til inntak', start: '2026-12-15', category: 'udir-soker-inntak', from: 'Søkere', to: 'Inntakskontoret' });
const vigo = makeDeadline({ id: 'vigo-desember', title: 'Opprydding i VIGO', start: '2026-12-18', category: 'vigo-intern', comment: 'Kjøres av IST' });

function actions(report: SyncReport): Record<string, string> {
  return Object.fromEntries(report.outcomes.map((o) => [o.key, `${o.action}:${o.status}`]));
}

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

  it('an empty start-date field leaves the start dates of existing tasks; new tasks get none', async () => {
    const planId = await nynorskFirst();
    const options = { ...base, language: 'nb' as const };
    const selection: Deadline[] = [ssb, ot, vigo];
    const preview = await sync.preview(selection, options);
    expect(preview.counts).toEqual({ create: 1, update: 0, keep: 2, delete: 0 });

    const mark = s.sim.requestLog.length;
    const pushed = await sync.push(selection, options);
    expect(actions(pushed)).toEqual({ [ssb.key]: 'keep:done', [ot.key]: 'keep:done', [vigo.key]: 'create:done' });
    // The new task, its details; nothing written to the two that exist.
    expect(writesSince(s.sim, mark).map((w) => w.method)).toEqual(['POST', 'PATCH']);

    const tasks = await plannerTasks(s, planId);
    const start = (key: string) => {
      const t = tasks.find((task) => taskKey(task) === key);
      return t?.startDateTime ? osloDateAt(new Date(t.startDateTime)) : null;
    };
    expect(start(ssb.key)).toBe('2026-09-24');
    expect(start(ot.key)).toBe('2026-11-24');
    expect(start(vigo.key)).toBeNull();

    // "0 days before" is a choice: it takes the start date away.
    const zero = await sync.push(selection, { ...options, leadDays: 0 });
    expect(actions(zero)).toEqual({ [ssb.key]: 'update:done', [ot.key]: 'update:done', [vigo.key]: 'keep:done' });
    expect((await plannerTasks(s, planId)).map((t) => t.startDateTime ?? null)).toEqual([null, null, null]);
  });

  it('an empty field moves a kept start date only when the deadline moved before it (Planner refuses a start after the due date)', async () => {
    const planId = await nynorskFirst();
    const earlier = makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev', start: '2026-09-20', category: 'ssb-udir', from: 'Fylket', reportCodes: ['6A015'] });
    const preview = await sync.preview([earlier, ot], { ...base, language: 'en' });
    expect(preview.counts).toEqual({ create: 0, update: 1, keep: 1, delete: 0 });
    const pushed = await sync.push([earlier, ot], { ...base, language: 'en' });
    expect(actions(pushed)).toEqual({ [ssb.key]: 'update:done', [ot.key]: 'keep:done' });
    const tasks = await plannerTasks(s, planId);
    const moved = tasks.find((t) => taskKey(t) === ssb.key);
    expect(osloDateAt(new Date(moved?.dueDateTime ?? ''))).toBe('2026-09-20');
    expect(moved?.startDateTime ?? null).toBeNull();
    expect(osloDateAt(new Date(tasks.find((t) => taskKey(t) === ot.key)?.startDateTime ?? ''))).toBe('2026-11-24');
  });
});
