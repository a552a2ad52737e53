/**
 * Planner push end to end: plan, buckets, labels, tasks, details, assignees; re-push writes
 * nothing; a completed task stays completed; removal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlannerSync, type PlannerSyncOptions } from '../../src/sync/PlannerSync';
import { graphRequest } from '../../src/sync/gateway/graphClient';
import { getPlanDetails, getTask, getTaskDetails, listBuckets } from '../../src/sync/gateway/planner.graph';
import { SCOPES } from '../../src/hosts/auth/scopes';
import { osloDateAt } from '../../src/domain/time/plainDate';
import { PLANNER_TITLE_MAX } from '../../src/sync/plan/taskMapping';
import { taskKey } from '../../src/sync/plan/plannerPlan';
import { hostileDeadline, makeDeadline, sampleDeadlines, TEST_LINK, YEAR } from './fixtures';
import { FAST_BATCH, setup, writesSince, type Setup } from './harness';
import { demoGroupId, plannerKeys, plannerTasks } from './plannerHelpers';

describe('PlannerSync against the simulator', () => {
  let s: Setup;
  let sync: PlannerSync;
  let options: PlannerSyncOptions;
  beforeEach(async () => {
    s = await setup({ seed: 'demo' });
    sync = new PlannerSync(s.graph, { batch: FAST_BATCH });
    const groupId = await demoGroupId(s);
    const members = await sync.listGroupMembers(groupId);
    expect(members.length).toBe(6);
    options = {
      groupId,
      plan: { kind: 'school-year' },
      schoolYear: YEAR,
      linkFor: TEST_LINK,
      leadDays: 7,
      assignees: [members[0]?.id ?? '', members[1]?.id ?? ''],
    };
  });
  afterEach(async () => {
    await s.sim.close();
  });

  it('first push builds plan, labels, buckets, tasks and details; re-push writes nothing; change, completion, removal', async () => {
    const deadlines = sampleDeadlines();
    const preview = await sync.preview(deadlines, options);
    expect(preview.plan).toMatchObject({ title: 'Årshjul VIGO 2026–2027', willCreate: true });
    expect(preview.counts).toEqual({ create: 5, update: 0, keep: 0, delete: 0 });
    expect(preview.bucketsToCreate).toEqual(['august 2026', 'oktober 2026', 'november 2026', 'mars 2027', 'juni 2027']);

    const first = await sync.push(deadlines, options);
    expect(first.counts).toEqual({ done: 5, failed: 0, skipped: 0 });

    const details = await getPlanDetails(s.graph, first.planId);
    expect(details.categoryDescriptions.category6).toBe('Lånekassen');
    expect(details.categoryDescriptions.category11).toBe('Generelt');
    const buckets = await listBuckets(s.graph, first.planId);
    expect(buckets.map((b) => b.name).sort()).toEqual(['august 2026', 'juni 2027', 'mars 2027', 'november 2026', 'oktober 2026']);

    const tasks = await plannerTasks(s, first.planId);
    expect(tasks.map((t) => taskKey(t)).sort()).toEqual(deadlines.map((d) => d.key).sort());
    const soknad = tasks.find((t) => taskKey(t)?.endsWith('soknadsfrist-ordinaer'));
    expect(soknad?.title).toBe('Søknadsfrist ordinært inntak');
    expect(soknad?.appliedCategories.category5).toBe(true);
    expect([...(soknad?.assignees ?? [])].sort()).toEqual([...(options.assignees as string[])].sort());
    expect(osloDateAt(new Date(soknad?.dueDateTime ?? ''))).toBe('2027-03-01');
    expect(osloDateAt(new Date(soknad?.startDateTime ?? ''))).toBe('2027-02-22');
    expect(soknad?.details?.description).toContain('Fra: Søkere');

    let mark = s.sim.requestLog.length;
    const again = await sync.push(deadlines, options);
    expect(again.outcomes.every((o) => o.action === 'keep' && o.status === 'done')).toBe(true);
    expect(writesSince(s.sim, mark)).toEqual([]);

    // Someone completes a task in Planner; then one deadline changes.
    const done = tasks.find((t) => taskKey(t)?.endsWith('ssb-elev'));
    const fresh = await getTask(s.graph, done?.id ?? '');
    await graphRequest(s.graph, {
      method: 'PATCH',
      path: `/planner/tasks/${done?.id}`,
      scopes: SCOPES.planner,
      headers: { 'If-Match': fresh['@odata.etag'] ?? '' },
      body: { percentComplete: 100 },
    });
    const changed = deadlines.map((d) =>
      d.entry.id === 'ssb-elev' ? makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev – ny tekst', start: '2026-10-01', category: 'ssb-udir', reportCodes: ['6A015'] }) : d,
    );
    mark = s.sim.requestLog.length;
    const third = await sync.push(changed, options);
    expect(third.outcomes.filter((o) => o.action !== 'keep')).toEqual([expect.objectContaining({ key: '2026-2027/ssb-elev', action: 'update', status: 'done' })]);
    expect(writesSince(s.sim, mark).map((e) => e.method)).toEqual(['PATCH']);
    const after = await getTask(s.graph, done?.id ?? '');
    expect(after.title).toBe('Levere ssbElev – ny tekst');
    expect(after.percentComplete).toBe(100);

    // Unselecting a completed task does not delete it.
    const fewer = await sync.push(changed.filter((d) => d.entry.id !== 'ssb-elev' && d.entry.id !== 'ot-sluttere'), options);
    expect(fewer.outcomes.filter((o) => o.action === 'delete').map((o) => o.key)).toEqual(['2026-2027/ot-sluttere']);
    expect((await plannerKeys(s, first.planId)).sort()).toContain('2026-2027/ssb-elev');

    const removed = await sync.remove({ groupId: options.groupId, plan: options.plan, schoolYear: YEAR });
    expect(removed.counts.failed).toBe(0);
    expect(await plannerKeys(s, first.planId)).toEqual([]);
  });

  it('uses a chosen existing plan and reuses the school-year plan instead of making a second one', async () => {
    const first = await sync.push(sampleDeadlines().slice(0, 2), options);
    const again = await sync.push(sampleDeadlines().slice(0, 2), { ...options, plan: { kind: 'existing', planId: first.planId } });
    expect(again.planId).toBe(first.planId);
    const plans = await sync.listPlans(options.groupId);
    expect(plans.filter((p) => p.title === 'Årshjul VIGO 2026–2027')).toHaveLength(1);
  });

  it('finds the school-year plan made in another language instead of making a second one', async () => {
    const first = await sync.push(sampleDeadlines().slice(0, 2), { ...options, language: 'nb' });
    const english = await sync.push(sampleDeadlines().slice(0, 3), { ...options, language: 'en' });
    expect(english.planId).toBe(first.planId);
    expect(english.outcomes.filter((o) => o.action === 'create').map((o) => o.key)).toEqual([sampleDeadlines()[2]!.key]);
    const plans = await sync.listPlans(options.groupId);
    expect(plans.map((p) => p.title)).toEqual(['Årshjul VIGO 2026–2027']);
    const again = await sync.push(sampleDeadlines().slice(0, 3), { ...options, language: 'en' });
    expect(again.outcomes.filter((o) => o.action === 'create')).toEqual([]);
  });

  it('keeps hostile text as plain text and the title within the limit', async () => {
    const result = await sync.push([hostileDeadline()], options);
    expect(result.counts.done).toBe(1);
    const [task] = await plannerTasks(s, result.planId);
    expect(task?.title.length).toBeLessThanOrEqual(PLANNER_TITLE_MAX);
    const details = await getTaskDetails(s.graph, task?.id ?? '');
    expect(details.description).toContain('<script>alert(1)</script>');
  });
});
