/** Reading Planner back for assertions, through the same gateway the engine uses. */
import { SCOPES } from '../../src/hosts/auth/scopes';
import { graphRequest } from '../../src/sync/gateway/graphClient';
import { getTaskDetails, listTasks, toExistingTask } from '../../src/sync/gateway/planner.graph';
import { taskKey, type ExistingTask } from '../../src/sync/plan/plannerPlan';
import type { Setup } from './harness';

export const DEMO_GROUP_NAME = 'VIGO Vestland – opplæring';

/** The demo seed's group, found by name the way an admin would (`GET /groups`). */
export async function demoGroupId(s: Setup): Promise<string> {
  const { body } = await graphRequest<{ value: { id: string; displayName: string }[] }>(s.graph, {
    method: 'GET',
    path: '/me/memberOf?$select=id,displayName',
    scopes: SCOPES['people-picker'],
  });
  const group = body.value.find((g) => g.displayName === DEMO_GROUP_NAME) ?? body.value[0];
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
