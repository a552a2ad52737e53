/**
 * "Each deadline exactly once", read back after a push with faults switched off: our events or
 * tasks by their key (through the gateway, as the engine reads them), cross-checked against
 * the simulator's store so that an unmarked extra event or task would show too.
 */
import type { Deadline } from '../../../src/domain/model/entry';
import { findAppEvents } from '../../../src/sync/gateway/calendar.graph';
import { getTaskDetails, listTasks, toExistingTask } from '../../../src/sync/gateway/planner.graph';
import { taskKey } from '../../../src/sync/plan/plannerPlan';
import type { SchoolYear } from '../../../src/domain/time/schoolYear';
import { DEMO_CALENDAR_IDS } from '../../../test/graph-simulator/index';
import type { Rig } from './harness';

export interface OnceCheck {
  readonly ok: boolean;
  /** e.g. "124 events, each key once" or what is wrong. */
  readonly summary: string;
}

function compare(found: readonly string[], deadlines: readonly Deadline[], stored: number, noun: string): OnceCheck {
  const counts = new Map<string, number>();
  for (const key of found) counts.set(key, (counts.get(key) ?? 0) + 1);
  const wanted = new Set<string>(deadlines.map((d) => d.key));
  const missing = [...wanted].filter((k) => !counts.has(k)).length;
  const twice = [...counts.values()].filter((n) => n > 1).length;
  const foreign = [...counts.keys()].filter((k) => !wanted.has(k)).length;
  const unmarked = stored - found.length;
  const ok = missing === 0 && twice === 0 && foreign === 0 && unmarked === 0;
  const summary = ok
    ? `yes: ${stored} ${noun}, each of the ${wanted.size} keys once`
    : `no: ${missing} missing, ${twice} duplicated, ${foreign} unexpected, ${unmarked} without a key (${stored} ${noun})`;
  return { ok, summary };
}

export async function calendarOnce(rig: Rig, deadlines: readonly Deadline[], schoolYear: SchoolYear): Promise<OnceCheck> {
  rig.sim.setFaults({ rate429: 0 });
  const events = await findAppEvents(rig.graph, { kind: 'my-calendar' }, schoolYear);
  const stored = Object.values(rig.sim.state.data.events).filter((e) => e.calendarId === DEMO_CALENDAR_IDS.kariDefault).length;
  return compare(
    events.map((e) => e.key),
    deadlines,
    stored,
    'events',
  );
}

export async function plannerOnce(rig: Rig, planId: string, deadlines: readonly Deadline[]): Promise<OnceCheck> {
  rig.sim.setFaults({ rate429: 0 });
  const keys: string[] = [];
  for (const raw of await listTasks(rig.graph, planId)) {
    const key = taskKey(toExistingTask(raw, await getTaskDetails(rig.graph, raw.id)));
    if (key) keys.push(key);
  }
  const stored = Object.values(rig.sim.state.data.tasks).filter((t) => t.planId === planId).length;
  return compare(keys, deadlines, stored, 'tasks');
}
