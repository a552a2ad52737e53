/**
 * Issue 4's push figures, measured with the real sync engine and the app's Graph client against
 * the Graph simulator over real HTTP (scripts/bench/push): every deadline of the 2022–2023
 * dataset (resolved as `npm run arshjul -- resolve --year 2022-2023` does) pushed to the demo
 * user's default calendar and to a plan in the demo team's group.
 *
 * - HTTP requests of a first push, counted at the simulator (a `$batch` is one), against one
 *   request per operation (every write and read on its own).
 * - Writes of a second, unchanged push (should be none).
 * - Time of a push with 20% of requests answered 429 + Retry-After, and whether each deadline
 *   then exists exactly once.
 *
 * Needs neither the build nor a browser.
 */
import { datasetForYear } from '../../../src/data/datasets';
import type { Deadline } from '../../../src/domain/model/entry';
import { filterDeadlines } from '../../../src/domain/filters/query';
import { resolveDataset } from '../../../src/domain/rules/resolve';
import { parseSchoolYear, type SchoolYear } from '../../../src/domain/time/schoolYear';
import { CalendarSync, type CalendarSyncOptions } from '../../../src/sync/CalendarSync';
import { PlannerSync, type PlannerSyncOptions } from '../../../src/sync/PlannerSync';
import { webAppLink } from '../../../src/sync/plan/deepLink';
import type { SyncReport } from '../../../src/sync/outcome';
import { DEMO_GROUP_ID } from '../../../test/graph-simulator/index';
import { measure, startRig, type Traffic } from '../push/harness';
import { calendarOnce, plannerOnce, type OnceCheck } from '../push/verify';
import type { BenchRow } from '../types';

export const needs = 'node';

const SECTION = 'push';
const YEAR_TEXT = '2022-2023';
const BATCH_SIZE = 20;
const RATE_429 = 0.2;
/** Whole seconds, as Graph sends them; also the simulator's default. */
const RETRY_AFTER_SECONDS = 1;
/** Throttled runs, each with its own seed for the simulator's draws; the median is reported. */
const THROTTLED_SEEDS = [401, 402, 403];

const linkFor = webAppLink('https://arshjul.example.no/');

function schoolYear(): SchoolYear {
  const year = parseSchoolYear(YEAR_TEXT);
  if (!year) throw new Error(`${YEAR_TEXT} is not a school year`);
  return year;
}

function deadlinesOf(year: SchoolYear): Deadline[] {
  return filterDeadlines(resolveDataset(datasetForYear(year).dataset), {});
}

const calendarOptions = (year: SchoolYear): CalendarSyncOptions => ({ target: { kind: 'my-calendar' }, schoolYear: year, language: 'nb', linkFor });

/** Two of the team's members on every task, as the dialog's people picker would give. */
async function plannerOptions(sync: PlannerSync, year: SchoolYear): Promise<PlannerSyncOptions> {
  const members = await sync.listGroupMembers(DEMO_GROUP_ID);
  return { groupId: DEMO_GROUP_ID, plan: { kind: 'school-year' }, schoolYear: year, language: 'nb', linkFor, assignees: members.slice(0, 2).map((m) => m.id) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const outcomes = (report: SyncReport) => `${report.counts.done} done, ${report.counts.failed} failed, ${report.counts.skipped} skipped`;

/** The row for a first push's HTTP requests; target: writes in batches of 20, each read on its own. */
function requestsRow(what: string, traffic: Traffic, http: string): BenchRow {
  const oneEach = traffic.writes + traffic.reads;
  const limit = Math.ceil(traffic.writes / BATCH_SIZE) + traffic.reads;
  const line = `${traffic.http} HTTP requests for ${traffic.writes} writes (one per write: ${traffic.writes}+${traffic.reads} reads = ${oneEach})`;
  console.log(`  ${what}: ${line}`);
  return {
    section: SECTION,
    metric: `${what}: HTTP requests`,
    target: `≤ ${limit} (⌈${traffic.writes}/20⌉+${traffic.reads})`,
    measured: `${line}; ${traffic.batches} of them $batch`,
    verdict: traffic.http <= limit ? 'ok' : 'over',
    note: `${http}. Target: writes in batches of ${BATCH_SIZE}, every read counted as its own request.`,
  };
}

function repushRow(what: string, traffic: Traffic, report: SyncReport): BenchRow {
  console.log(`  ${what} re-push: ${traffic.writes} writes in ${traffic.http} HTTP requests`);
  return {
    section: SECTION,
    metric: `${what} re-push, unchanged: writes`,
    target: '0',
    measured: `${traffic.writes} writes (${traffic.http} HTTP requests, ${traffic.reads} reads; ${report.outcomes.filter((o) => o.action === 'keep').length} kept)`,
    verdict: traffic.writes === 0 ? 'ok' : 'over',
  };
}

interface ThrottledRun {
  readonly ms: number;
  readonly traffic: Traffic;
  readonly report: string;
  readonly once: OnceCheck;
}

function throttledRows(what: string, runs: readonly ThrottledRun[], faultFreeMs: number, deadlines: number): BenchRow[] {
  const times = runs.map((r) => r.ms);
  const allOnce = runs.every((r) => r.once.ok);
  return [
    {
      section: SECTION,
      metric: `${what} with ${RATE_429 * 100}% 429 (Retry-After ${RETRY_AFTER_SECONDS} s): time`,
      target: '',
      measured: `median ${seconds(median(times))} of ${runs.length} (${times.map(seconds).join(', ')}); without faults ${seconds(faultFreeMs)}`,
      verdict: '',
      note:
        `per run: ${runs.map((r) => `${r.traffic.throttled}×429 in ${r.traffic.http} HTTP requests, ${r.report}`).join('; ')}. ` +
        'No target in the issue. Random 429s hit top-level requests and each $batch item, never the envelope; a batch round waits the ' +
        'longest Retry-After of its throttled items, a throttled top-level request (e.g. a bucket create) waits its own.',
    },
    {
      section: SECTION,
      metric: `${what} after the throttled push: each deadline exactly once`,
      target: `all ${deadlines} once`,
      measured: allOnce ? `${runs[0]?.once.summary ?? ''} (${runs.length}/${runs.length} runs)` : runs.map((r) => r.once.summary).join(' | '),
      verdict: allOnce ? 'ok' : 'over',
    },
  ];
}

async function throttledRun(seed: number, deadlines: readonly Deadline[], year: SchoolYear): Promise<{ calendar: ThrottledRun; planner: ThrottledRun }> {
  const rig = await startRig({ seed, faults: { retryAfterSeconds: RETRY_AFTER_SECONDS } });
  try {
    const faults = { rate429: RATE_429 };
    const calendar = new CalendarSync(rig.graph);
    rig.sim.setFaults(faults);
    const cal = await measure(rig.sim, () => calendar.push(deadlines, calendarOptions(year)));
    const calOnce = await calendarOnce(rig, deadlines, year);

    const planner = new PlannerSync(rig.graph);
    const options = await plannerOptions(planner, year);
    rig.sim.setFaults(faults);
    const plan = await measure(rig.sim, () => planner.push(deadlines, options));
    const planOnce = await plannerOnce(rig, plan.result.planId, deadlines);
    return {
      calendar: { ms: cal.ms, traffic: cal.traffic, report: outcomes(cal.result), once: calOnce },
      planner: { ms: plan.ms, traffic: plan.traffic, report: outcomes(plan.result), once: planOnce },
    };
  } finally {
    await rig.close();
  }
}

export default async function push(): Promise<BenchRow[]> {
  const year = schoolYear();
  const deadlines = deadlinesOf(year);
  const rows: BenchRow[] = [];
  const what = { calendar: `calendar push, ${deadlines.length} deadlines`, planner: `Planner push, ${deadlines.length} deadlines` };

  const rig = await startRig({ seed: 1 });
  let faultFree: { calendar: number; planner: number };
  try {
    const calendar = new CalendarSync(rig.graph);
    const first = await measure(rig.sim, () => calendar.push(deadlines, calendarOptions(year)));
    if (first.result.counts.done !== deadlines.length) throw new Error(`calendar push without faults: ${outcomes(first.result)}`);
    rows.push(requestsRow(what.calendar, first.traffic, first.http));
    const again = await measure(rig.sim, () => calendar.push(deadlines, calendarOptions(year)));
    rows.push(repushRow('calendar', again.traffic, again.result));

    const planner = new PlannerSync(rig.graph);
    const options = await plannerOptions(planner, year);
    const planned = await measure(rig.sim, () => planner.push(deadlines, options));
    if (planned.result.counts.done !== deadlines.length) throw new Error(`Planner push without faults: ${outcomes(planned.result)}`);
    // Buckets are created one by one on purpose (each placed after the previous): they are most of the single requests.
    rows.push(requestsRow(what.planner, planned.traffic, planned.http));
    const plannedAgain = await measure(rig.sim, () => planner.push(deadlines, options));
    rows.push(repushRow('Planner', plannedAgain.traffic, plannedAgain.result));
    faultFree = { calendar: first.ms, planner: planned.ms };
  } finally {
    await rig.close();
  }

  const runs = [];
  for (const seed of THROTTLED_SEEDS) {
    console.log(`  throttled run, seed ${seed} …`);
    runs.push(await throttledRun(seed, deadlines, year));
  }
  rows.push(...throttledRows(what.calendar, runs.map((r) => r.calendar), faultFree.calendar, deadlines.length));
  rows.push(...throttledRows(what.planner, runs.map((r) => r.planner), faultFree.planner, deadlines.length));
  return rows;
}
