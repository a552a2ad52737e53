/** Reading Planner back for assertions, through the same gateway the engine uses. */
import { getTaskDetails, listTasks, toExistingTask } from '../../src/sync/gateway/planner.graph';
import { taskKey, type ExistingTask } from '../../src/sync/plan/plannerPlan';
import type { Setup } from './harness';

export const DEMO_GROUP_NAME = 'VIGO Vestland – opplæring';

/** The demo seed's group. In the app its id comes from the Teams context (`team.groupId`). */
export async function demoGroupId(s: Setup): Promise<string> {
  const groups = Object.values(s.sim.state.data.groups);
  const group = groups.find((g) => g.displayName === DEMO_GROUP_NAME) ?? groups[0];
  if (!group) throw new Error('The demo seed has no group');
  return group.id;
}

export async function plannerTasks(s: Setup, planId: string): Promise<ExistingTask[]> {
  const raw = await listTasks(s.graph, planId);
  const out: ExistingTask[] = [];
  for (const task of raw) out.push(toExistingTask(task, await getTaskDetails(s.graph, task.id)));
  return out;
}

/** The deadline keys of our tasks in the plan, one entry per task (duplicates show twice). */
export async function plannerKeys(s: Setup, planId: string): Promise<string[]> {
  return (await plannerTasks(s, planId)).flatMap((t) => {
    const key = taskKey(t);
    return key ? [key] : [];
  });
}
