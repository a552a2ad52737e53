/** The signed-in user, the team's group and its members (for the assignee picker). */
import { norwegianOrder } from '../../domain/filters/text';
import { SCOPES } from '../../hosts/auth/scopes';
import { graphGetAll, graphRequest, type Graph } from './graphClient';

export interface Me {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName?: string;
}

export interface GroupInfo {
  readonly id: string;
  readonly displayName: string;
}

export interface GroupMember {
  readonly id: string;
  readonly displayName: string;
  readonly mail?: string;
  readonly userPrincipalName?: string;
}

/** User.Read. */
export async function getMe(graph: Graph, signal?: AbortSignal): Promise<Me> {
  const { body } = await graphRequest<{ id: string; displayName?: string; userPrincipalName?: string }>(graph, {
    method: 'GET',
    path: '/me?$select=id,displayName,userPrincipalName',
    scopes: SCOPES['sign-in'],
    signal,
  });
  return { id: body.id, displayName: body.displayName ?? '', userPrincipalName: body.userPrincipalName };
}

/** GroupMember.Read.All (admin consent); the least that reads a group by id. */
export async function getGroup(graph: Graph, groupId: string, signal?: AbortSignal): Promise<GroupInfo> {
  const { body } = await graphRequest<{ id: string; displayName?: string }>(graph, {
    method: 'GET',
    path: `/groups/${encodeURIComponent(groupId)}?$select=id,displayName`,
    scopes: SCOPES['people-picker'],
    signal,
  });
  return { id: body.id, displayName: body.displayName ?? '' };
}

/**
 * The team's members who can be assigned Planner tasks (users only; nested groups and
 * devices are skipped). GroupMember.Read.All, which needs admin consent.
 */
export async function listGroupMembers(graph: Graph, groupId: string, signal?: AbortSignal): Promise<GroupMember[]> {
  const rows = await graphGetAll<{ '@odata.type'?: string; id: string; displayName?: string; mail?: string | null; userPrincipalName?: string }>(graph, {
    path: `/groups/${encodeURIComponent(groupId)}/members?$select=id,displayName,mail,userPrincipalName&$top=100`,
    scopes: SCOPES['people-picker'],
    signal,
  });
  return rows
    .filter((r) => r['@odata.type'] === undefined || r['@odata.type'] === '#microsoft.graph.user')
    .map((r) => ({ id: r.id, displayName: r.displayName ?? '', mail: r.mail ?? undefined, userPrincipalName: r.userPrincipalName }))
    .sort((a, b) => norwegianOrder(a.displayName, b.displayName));
}
