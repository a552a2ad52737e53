/**
 * The fault matrix: each cell injects one kind of failure into a real push over HTTP and ends
 * with every selected deadline present exactly once (after at most one more push) and every
 * item accounted for in the report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarSync, type CalendarSyncOptions } from '../../src/sync/CalendarSync';
import { PlannerSync, type PlannerSyncOptions } from '../../src/sync/PlannerSync';
import { findAppEvents } from '../../src/sync/gateway/calendar.graph';
import type { SyncReport } from '../../src/sync/outcome';
import type { Deadline } from '../../src/domain/model/entry';
import { manyDeadlines, TEST_LINK, YEAR } from './fixtures';
import { FAST_BATCH, setup, type Setup } from './harness';
import { demoGroupId, plannerKeys } from './plannerHelpers';
import type { FaultConfig, InjectOnceRule } from '../graph-simulator/types';
import { seededRandom } from '../graph-simulator/testkit';

/** Every kind of random fault at once, whole batches refused too; no Retry-After wait, to stay fast. */
const STORM: Partial<FaultConfig> = { rate429: 0.15, rate503: 0.05, resetRate: 0.02, batchRate429: 0.15, retryAfterSeconds: 0 };

const calendarOptions: CalendarSyncOptions = { target: { kind: 'my-calendar' }, schoolYear: YEAR, linkFor: TEST_LINK };
const EVENTS = /\/me\/calendar\/events$/;

/** A fresh demo tenant (every random draw 0.5) and a Planner push of `count` deadlines to the demo team's plan for the school year. */
async function plannerRun(count: number): Promise<{ s: Setup; groupId: string; deadlines: Deadline[]; sync: PlannerSync; options: PlannerSyncOptions }> {
  const s = await setup({ seed: 'demo', random: () => 0.5 });
  const groupId = await demoGroupId(s);
  const options: PlannerSyncOptions = { groupId, plan: { kind: 'school-year' }, schoolYear: YEAR, linkFor: TEST_LINK };
  return { s, groupId, deadlines: manyDeadlines(count), sync: new PlannerSync(s.graph, { batch: FAST_BATCH }), options };
}

function expectEveryKeyOnce(report: SyncReport, deadlines: readonly Deadline[]): void {
  const keys = report.outcomes.map((o) => o.key).sort();
  expect(keys).toEqual(deadlines.map((d) => d.key).sort());
  for (const o of report.outcomes) {
    if (o.status !== 'done') expect(o.error?.code, `${o.key} ${o.status}`).toBeDefined();
  }
}

function countByKey(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

async function expectCalendarExactlyOnce(s: Setup, deadlines: readonly Deadline[]): Promise<void> {
  const events = await findAppEvents(s.graph, calendarOptions.target, YEAR);
  const counts = countByKey(events.map((e) => e.key));
  expect([...counts.keys()].sort()).toEqual(deadlines.map((d) => d.key).sort());
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}

interface CalendarCell {
  readonly name: string;
  readonly inject: InjectOnceRule[];
  /** Expected to be complete after the first push (no failures). */
  readonly completeFirstTime: boolean;
}

const times = (n: number, rule: InjectOnceRule) => Array.from({ length: n }, () => rule);

const calendarCells: CalendarCell[] = [
  { name: '429 with Retry-After on batch items', inject: times(3, { match: { method: 'POST', path: EVENTS }, action: { status: 429, retryAfter: 1 } }), completeFirstTime: true },
  { name: '429 without Retry-After on batch items', inject: times(3, { match: { method: 'POST', path: EVENTS }, action: { status: 429 } }), completeFirstTime: true },
  { name: '503 with Retry-After on batch items', inject: times(2, { match: { method: 'POST', path: EVENTS }, action: { status: 503, retryAfter: 1 } }), completeFirstTime: true },
  { name: '503 without Retry-After on batch items', inject: times(2, { match: { method: 'POST', path: EVENTS }, action: { status: 503 } }), completeFirstTime: true },
  { name: '429 on the whole $batch (SDK RetryHandler)', inject: [{ match: { method: 'POST', path: /\/\$batch$/ }, action: { status: 429, retryAfter: 1 } }], completeFirstTime: true },
  { name: 'connection reset in the middle of a batch', inject: [{ match: { method: 'POST', path: EVENTS }, action: { reset: true } }], completeFirstTime: true },
  { name: '401 then a fresh token', inject: [{ match: { method: 'POST', path: /\/\$batch$/ }, action: { status: 401, code: 'InvalidAuthenticationToken' } }], completeFirstTime: true },
  { name: 'partial batch failure (one item 500)', inject: [{ match: { method: 'POST', path: EVENTS }, action: { status: 500, code: 'generalException' } }], completeFirstTime: false },
];

describe('fault matrix: calendar', () => {
  let s: Setup | undefined;
  afterEach(async () => {
    await s?.sim.close();
    s = undefined;
  });

  it.each(calendarCells)('$name', async (cell) => {
    s = await setup({ seed: 'demo', random: () => 0.5, shuffleBatchResponses: true });
    const deadlines = manyDeadlines(25);
    const sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
    const issuedBefore = s.tokens.issued.length;
    for (const rule of cell.inject) s.sim.injectOnce(rule);

    const first = await sync.push(deadlines, calendarOptions);
    expectEveryKeyOnce(first, deadlines);
    if (cell.completeFirstTime) {
      expect(first.counts).toEqual({ done: 25, failed: 0, skipped: 0 });
    } else {
      expect(first.counts.failed).toBe(1);
      const failed = first.outcomes.find((o) => o.status === 'failed');
      expect(failed?.error).toMatchObject({ status: 500, graphCode: 'generalException' });
      const second = await sync.push(deadlines, calendarOptions);
      expectEveryKeyOnce(second, deadlines);
      expect(second.outcomes.filter((o) => o.action === 'create').map((o) => o.key)).toEqual([failed?.key]);
    }
    if (cell.name.startsWith('401')) expect(s.tokens.issued.length).toBeGreaterThan(issuedBefore + 1);
    await expectCalendarExactlyOnce(s, deadlines);
    // And a push after that changes nothing.
    const settled = await sync.push(deadlines, calendarOptions);
    expect(settled.outcomes.every((o) => o.action === 'keep')).toBe(true);
  });

  it('throttled beyond the attempt limit: reported per item as throttled, completed by the next push', async () => {
    s = await setup({ seed: 'demo' });
    // One deadline, throttled on both of its two allowed attempts.
    const deadlines = manyDeadlines(1);
    const sync = new CalendarSync(s.graph, { batch: { ...FAST_BATCH, maxAttempts: 2 } });
    for (const rule of times(2, { match: { method: 'POST', path: EVENTS }, action: { status: 429, retryAfter: 1 } })) s.sim.injectOnce(rule);
    const first = await sync.push(deadlines, calendarOptions);
    expectEveryKeyOnce(first, deadlines);
    expect(first.outcomes).toEqual([expect.objectContaining({ action: 'create', status: 'failed', error: expect.objectContaining({ code: 'throttled', status: 429 }) })]);
    await sync.push(deadlines, calendarOptions);
    await expectCalendarExactlyOnce(s, deadlines);
  });

  it('stops at once when cancelled while Graph has asked it to wait a minute, and writes nothing after', async () => {
    s = await setup({ seed: 'demo' });
    const deadlines = manyDeadlines(5);
    const sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
    // The whole $batch is throttled: the Graph client's own retry sleeps through Retry-After.
    s.sim.injectOnce({ match: { method: 'POST', path: /\/\$batch$/ }, action: { status: 429, retryAfter: 60 } });
    const controller = new AbortController();
    const throttled = () => s!.sim.requestLog.some((e) => e.status === 429);
    const watch = setInterval(() => {
      if (throttled()) controller.abort();
    }, 5);
    const started = Date.now();
    const pushed = sync.push(deadlines, calendarOptions, { signal: controller.signal }).finally(() => clearInterval(watch));
    const outcome = await pushed.then(
      (report) => ({ report, error: undefined }),
      (error: unknown) => ({ report: undefined, error }),
    );
    // Well inside the minute Graph asked for (a functional bound, not a timing budget).
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(controller.signal.aborted).toBe(true);
    if (outcome.report) expect(outcome.report.outcomes.every((o) => o.status === 'skipped' && o.error?.code === 'cancelled')).toBe(true);
    else expect(outcome.error).toMatchObject({ code: 'cancelled' });
    const mark = s.sim.requestLog.length;
    await new Promise((done) => setTimeout(done, 300));
    expect(s.sim.requestLog.slice(mark)).toEqual([]);
    expect(await findAppEvents(s.graph, calendarOptions.target, YEAR)).toEqual([]);
  }, 40_000);

  it('stopped half way with an AbortSignal, then run again: each deadline exactly once', async () => {
    s = await setup({ seed: 'demo', faults: { latencyMs: 20 } });
    const deadlines = manyDeadlines(45);
    const sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
    const controller = new AbortController();
    const first = await sync.push(deadlines, calendarOptions, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 20) controller.abort();
      },
    });
    expectEveryKeyOnce(first, deadlines);
    expect(first.counts.skipped).toBeGreaterThan(0);
    expect(first.outcomes.filter((o) => o.status === 'skipped').every((o) => o.error?.code === 'cancelled')).toBe(true);
    s.sim.setFaults({ latencyMs: 0 });
    const second = await sync.push(deadlines, calendarOptions);
    expect(second.counts.failed).toBe(0);
    await expectCalendarExactlyOnce(s, deadlines);
  });
});

/** The storm did blow: items and whole batches were refused, and some connections were lost. */
function expectStormHit(s: Setup): void {
  const log = s.sim.requestLog;
  expect(log.filter((e) => e.batchItem && e.status === 429).length, 'throttled items').toBeGreaterThan(0);
  expect(log.filter((e) => !e.batchItem && /\/\$batch$/.test(e.path) && e.status === 429).length, 'refused batches').toBeGreaterThan(0);
  expect(log.filter((e) => e.status === 503).length, '503s').toBeGreaterThan(0);
}

describe('a storm of random faults, whole batches refused too', () => {
  let s: Setup | undefined;
  afterEach(async () => {
    await s?.sim.close();
    s = undefined;
  });

  it.each([1, 2, 3])('calendar, seed %i: every deadline exactly once within three pushes', async (seed) => {
    s = await setup({ seed: 'demo', random: seededRandom(seed), faults: STORM });
    const deadlines = manyDeadlines(60);
    const sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
    let report = await sync.push(deadlines, calendarOptions);
    expectEveryKeyOnce(report, deadlines);
    for (let push = 1; push < 3 && report.counts.failed + report.counts.skipped > 0; push++) report = await sync.push(deadlines, calendarOptions);
    expect(report.counts.failed + report.counts.skipped).toBe(0);
    s.sim.setFaults({ rate429: 0, rate503: 0, resetRate: 0, batchRate429: 0 });
    expectStormHit(s);
    await expectCalendarExactlyOnce(s, deadlines);
    expect((await sync.push(deadlines, calendarOptions)).outcomes.every((o) => o.action === 'keep')).toBe(true);
  });

  it.each([1, 2])('Planner, seed %i: every deadline exactly once within three pushes', async (seed) => {
    s = await setup({ seed: 'demo', random: seededRandom(seed) });
    const groupId = await demoGroupId(s);
    s.sim.setFaults(STORM);
    const deadlines = manyDeadlines(30);
    const sync = new PlannerSync(s.graph, { batch: FAST_BATCH });
    const options: PlannerSyncOptions = { groupId, plan: { kind: 'school-year' }, schoolYear: YEAR, linkFor: TEST_LINK };
    const attempt = () => sync.push(deadlines, options).catch((error: unknown) => error);
    let report = await attempt();
    for (let push = 1; push < 3 && (!('counts' in (report as object)) || (report as SyncReport).counts.failed + (report as SyncReport).counts.skipped > 0); push++) report = await attempt();
    expect(report).toHaveProperty('counts');
    const done = report as SyncReport & { planId: string };
    expectEveryKeyOnce(done, deadlines);
    expect(done.counts.failed + done.counts.skipped).toBe(0);
    s.sim.setFaults({ rate429: 0, rate503: 0, resetRate: 0, batchRate429: 0 });
    expectStormHit(s);
    const counts = countByKey(await plannerKeys(s, done.planId));
    expect([...counts.keys()].sort()).toEqual(deadlines.map((d) => d.key).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('fault matrix: Planner', () => {
  let s: Setup | undefined;
  afterEach(async () => {
    await s?.sim.close();
    s = undefined;
  });

  const plannerCells: { name: string; inject: InjectOnceRule[] }[] = [
    { name: '412 on task details', inject: [{ match: { method: 'PATCH', path: /\/planner\/tasks\/[^/]+\/details$/ }, action: { status: 412, code: '' } }] },
    { name: '429 with Retry-After on task creates', inject: times(3, { match: { method: 'POST', path: /\/planner\/tasks$/ }, action: { status: 429, retryAfter: 1 } }) },
    { name: '503 without Retry-After on details reads', inject: times(2, { match: { method: 'GET', path: /\/details$/ }, action: { status: 503 } }) },
    { name: 'connection reset during task creation (re-read, no duplicate)', inject: [{ match: { method: 'POST', path: /\/planner\/tasks$/ }, action: { reset: true } }] },
    { name: '401 then a fresh token', inject: [{ match: { method: 'POST', path: /\/\$batch$/ }, action: { status: 401, code: 'InvalidAuthenticationToken' } }] },
  ];

  it.each(plannerCells)('$name', async (cell) => {
    const run = await plannerRun(22);
    s = run.s;
    const { deadlines, sync, options } = run;
    for (const rule of cell.inject) s.sim.injectOnce(rule);
    const first = await sync.push(deadlines, options);
    expectEveryKeyOnce(first, deadlines);
    if (first.counts.failed > 0) await sync.push(deadlines, options);
    const counts = countByKey(await plannerKeys(s, first.planId));
    expect([...counts.keys()].sort()).toEqual(deadlines.map((d) => d.key).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const settled = await sync.push(deadlines, options);
    expect(settled.outcomes.every((o) => o.action === 'keep')).toBe(true);
  });

  it('stopped half way with an AbortSignal, then run again: each deadline exactly once', async () => {
    s = await setup({ seed: 'demo', faults: { latencyMs: 15 } });
    const groupId = await demoGroupId(s);
    const deadlines = manyDeadlines(30);
    const sync = new PlannerSync(s.graph, { batch: { ...FAST_BATCH, chunkSize: 5 } });
    const options: PlannerSyncOptions = { groupId, plan: { kind: 'school-year' }, schoolYear: YEAR, linkFor: TEST_LINK };
    const controller = new AbortController();
    // Stopped once the simulator has seen the first task creates, not by a clock: a timer could
    // fire before the first write on a slow machine, where a push cancelled that early rejects
    // instead of reporting.
    const creates = () => s!.sim.requestLog.filter((e) => e.method === 'POST' && /\/planner\/tasks$/.test(e.path)).length;
    const watch = setInterval(() => {
      if (creates() >= 5) controller.abort();
    }, 2);
    const first = await sync.push(deadlines, options, { signal: controller.signal }).finally(() => clearInterval(watch));
    expect(controller.signal.aborted).toBe(true);
    expectEveryKeyOnce(first, deadlines);
    s.sim.setFaults({ latencyMs: 0 });
    const second = await sync.push(deadlines, options);
    expect(second.counts.failed).toBe(0);
    const counts = countByKey(await plannerKeys(s, second.planId));
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});

/**
 * Creates the service carried out but did not confirm: a 504 Gateway Timeout or a dropped
 * connection after the write (the simulator's `afterCommit`). A Planner create has no
 * transactionId, so sending it again makes a second task, plan or bucket; the engine must look
 * before it creates again. Events carry a transactionId and may be sent again.
 */
describe('a create carried out but answered with a failure', () => {
  let s: Setup | undefined;
  afterEach(async () => {
    await s?.sim.close();
    s = undefined;
  });

  const TASKS = /\/planner\/tasks$/;
  const BATCH = /\/\$batch$/;

  /** Every task in the plan, ours or not: a copy left without our marker counts too. */
  async function expectPlanExactlyOnce(s: Setup, planId: string, deadlines: readonly Deadline[]): Promise<void> {
    const all = Object.values(s.sim.state.data.tasks).filter((t) => t.planId === planId);
    expect(all.map((t) => t.title).sort()).toEqual(deadlines.map((d) => d.entry.title).sort());
    const counts = countByKey(await plannerKeys(s, planId));
    expect([...counts.keys()].sort()).toEqual(deadlines.map((d) => d.key).sort());
  }

  const plannerCells: { name: string; inject: InjectOnceRule }[] = [
    { name: 'one task create answered 504 after it was made', inject: { match: { method: 'POST', path: TASKS }, action: { status: 504, afterCommit: true } } },
    { name: 'one task create answered 503 after it was made', inject: { match: { method: 'POST', path: TASKS }, action: { status: 503, afterCommit: true } } },
    { name: 'one task create answered 500 after it was made', inject: { match: { method: 'POST', path: TASKS }, action: { status: 500, afterCommit: true } } },
    { name: 'the $batch of task creates answered 504 after every item ran', inject: { match: { method: 'POST', path: BATCH }, action: { status: 504, afterCommit: true } } },
    { name: 'the $batch of task creates answered 503 after every item ran', inject: { match: { method: 'POST', path: BATCH }, action: { status: 503, afterCommit: true } } },
    { name: 'the $batch of task creates lost after every item ran', inject: { match: { method: 'POST', path: BATCH }, action: { reset: true, afterCommit: true } } },
  ];

  it.each(plannerCells)('Planner: $name', async (cell) => {
    const run = await plannerRun(22);
    s = run.s;
    const { deadlines, sync, options } = run;
    s.sim.injectOnce(cell.inject);
    const first = await sync.push(deadlines, options);
    expectEveryKeyOnce(first, deadlines);
    if (first.counts.failed + first.counts.skipped > 0) await sync.push(deadlines, options);
    await expectPlanExactlyOnce(s, first.planId, deadlines);
    const settled = await sync.push(deadlines, options);
    expect(settled.outcomes.every((o) => o.action === 'keep')).toBe(true);
  });

  it.each([
    ['answered 504', { status: 504, afterCommit: true }],
    ['lost', { reset: true, afterCommit: true }],
  ] as const)('Planner: the plan create %s after it was made: one plan', async (_name, action) => {
    const run = await plannerRun(3);
    s = run.s;
    const { groupId, deadlines, sync, options } = run;
    s.sim.injectOnce({ match: { method: 'POST', path: /\/planner\/plans$/ }, action });
    const first = await sync.push(deadlines, options).catch((error: unknown) => error);
    if (!('counts' in (first as object)) || (first as SyncReport).counts.done < 3) await sync.push(deadlines, options);
    const plans = Object.values(s.sim.state.data.plans).filter((p) => p.groupId === groupId && p.title === 'Årshjul VIGO 2026–2027');
    expect(plans).toHaveLength(1);
    await expectPlanExactlyOnce(s, plans[0]!.id, deadlines);
  });

  it('Planner: a bucket create answered 504 after it was made: one bucket for the month', async () => {
    const run = await plannerRun(3);
    s = run.s;
    const { deadlines, sync, options } = run;
    s.sim.injectOnce({ match: { method: 'POST', path: /\/planner\/buckets$/ }, action: { status: 504, afterCommit: true } });
    const first = await sync.push(deadlines, options);
    if (first.counts.done < 3) await sync.push(deadlines, options);
    const buckets = Object.values(s.sim.state.data.buckets).filter((b) => b.planId === first.planId);
    expect(buckets.map((b) => b.name)).toEqual(['september 2026']);
    await expectPlanExactlyOnce(s, first.planId, deadlines);
  });

  it.each([
    ['one event create answered 504', { match: { method: 'POST', path: EVENTS }, action: { status: 504, afterCommit: true } }],
    ['the $batch of event creates answered 504', { match: { method: 'POST', path: BATCH }, action: { status: 504, afterCommit: true } }],
  ] as const)('calendar: %s after it was made: the transactionId keeps it one event', async (_name, rule) => {
    s = await setup({ seed: 'demo', random: () => 0.5 });
    const deadlines = manyDeadlines(25);
    const sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
    const before = Object.keys(s.sim.state.data.events).length;
    s.sim.injectOnce(rule);
    const first = await sync.push(deadlines, calendarOptions);
    expectEveryKeyOnce(first, deadlines);
    if (first.counts.failed > 0) await sync.push(deadlines, calendarOptions);
    await expectCalendarExactlyOnce(s, deadlines);
    expect(Object.keys(s.sim.state.data.events).length - before).toBe(25);
  });
});

/** Planner answers a stale or conflicting etag with 412, or with 409 (platform-facts §D5): both mean re-read and retry. */
describe('Planner: an etag conflict answered 409', () => {
  let s: Setup | undefined;
  afterEach(async () => {
    await s?.sim.close();
    s = undefined;
  });

  it.each([
    ['the task', /\/planner\/tasks\/[^/]+$/],
    ['its details', /\/planner\/tasks\/[^/]+\/details$/],
  ] as const)('an update of %s is read again and done', async (_name, path) => {
    const run = await plannerRun(3);
    s = run.s;
    const { deadlines, sync, options } = run;
    await sync.push(deadlines, options);
    const changed = deadlines.map((d, i) => (i === 0 ? { ...d, entry: { ...d.entry, title: 'Ny tittel', comment: 'Ny kommentar' } } : d));
    s.sim.injectOnce({ match: { method: 'PATCH', path }, action: { status: 409, code: '' } });
    const report = await sync.push(changed, options);
    expect(report.outcomes.filter((o) => o.action === 'update')).toEqual([expect.objectContaining({ key: deadlines[0]!.key, status: 'done' })]);
    expect((await sync.push(changed, options)).outcomes.every((o) => o.action === 'keep')).toBe(true);
  });

  it('a delete is read again and done', async () => {
    const run = await plannerRun(3);
    s = run.s;
    const { deadlines, sync, options } = run;
    const first = await sync.push(deadlines, options);
    s.sim.injectOnce({ match: { method: 'DELETE', path: /\/planner\/tasks\/[^/]+$/ }, action: { status: 409, code: '' } });
    const report = await sync.push(deadlines.slice(1), options);
    expect(report.outcomes.filter((o) => o.action === 'delete')).toEqual([expect.objectContaining({ key: deadlines[0]!.key, status: 'done' })]);
    expect((await plannerKeys(s, first.planId)).sort()).toEqual(deadlines.slice(1).map((d) => d.key).sort());
  });

  it('a task of a withdrawn deadline completed after the push read it stays: the delete answered 412 reads it again', async () => {
    const run = await plannerRun(3);
    const sim = (s = run.s).sim;
    const { deadlines, sync } = run;
    // As the dialog pushes: with every deadline still in the årshjul, so a prune is a 'withdrawn'.
    const options = { ...run.options, current: new Set<string>(deadlines.map((d) => d.key)) };
    const first = await sync.push(deadlines, options);
    const taskId = first.outcomes.find((o) => o.key === deadlines[0]!.key)!.id!;
    let completed = false;
    // Someone completes it in Planner between the push's read and its delete (the keeps come first).
    const onProgress = () => {
      if (completed) return;
      completed = true;
      const task = sim.state.data.tasks[taskId]!;
      task.percentComplete = 100;
      task.version += 1;
      task.history.push({ version: task.version, fields: ['percentComplete'] });
    };
    const rest = deadlines.slice(1);
    await sync.push(rest, { ...options, current: new Set<string>(rest.map((d) => d.key)) }, { onProgress });
    expect(completed).toBe(true);
    expect((await plannerKeys(run.s, first.planId)).sort()).toEqual(deadlines.map((d) => d.key).sort());
  });

  it('a delete answered 412 of a task someone has deleted since is done, not failed', async () => {
    const run = await plannerRun(3);
    s = run.s;
    const { groupId, deadlines, sync, options } = run;
    await sync.push(deadlines, options);
    // What the engine sees: 412 (changed since it read), then the task gone when it reads again.
    s.sim.injectOnce({ match: { method: 'DELETE', path: /\/planner\/tasks\/[^/]+$/ }, action: { status: 412, code: '', afterCommit: true } });
    const report = await sync.remove({ groupId, plan: options.plan, schoolYear: YEAR, deadlines: [deadlines[0]!] });
    expect(report.outcomes).toEqual([expect.objectContaining({ key: deadlines[0]!.key, action: 'delete', status: 'done' })]);
  });
});
