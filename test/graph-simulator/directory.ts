/** The directory part the app reads: `/me`, `/users/{id}`, joined teams, a group and its members. */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { GraphHttpError, json, type HandlerContext, type SimRequest, type SimResponse } from './http.js';
import { applySelect, page, parseSelect } from './odata.js';
import type { DirectoryGroup, DirectoryUser } from './state.js';

const notFound = (id: string): GraphHttpError =>
  new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

/** Finds a user by object id, UPN or mail (UPN and mail case-insensitively, as the directory does). */
export function findUser(ctx: HandlerContext, idOrUpn: string): DirectoryUser | undefined {
  const byId = ctx.state.data.users[idOrUpn];
  if (byId) return byId;
  const lower = idOrUpn.toLowerCase();
  return Object.values(ctx.state.data.users).find((u) => u.userPrincipalName.toLowerCase() === lower || u.mail.toLowerCase() === lower);
}

export function renderUser(u: DirectoryUser): MicrosoftGraph.User & { '@odata.type'?: string } {
  return {
    id: u.id,
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle ?? null,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'nb-NO',
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
  };
}

export function getUser(ctx: HandlerContext, idOrUpn: string, req: SimRequest): SimResponse {
  const u = findUser(ctx, idOrUpn);
  if (!u) throw notFound(idOrUpn);
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users/$entity`, ...applySelect(renderUser(u), parseSelect(req.query.get('$select'))) });
}

function getGroupRecord(ctx: HandlerContext, id: string): DirectoryGroup {
  const g = ctx.state.data.groups[id];
  if (!g) throw notFound(id);
  return g;
}

/** `resourceProvisioningOptions` is a beta/v1.0 extra not in the typings; Teams-backed groups carry 'Team'. */
export function renderGroup(g: DirectoryGroup): MicrosoftGraph.Group & { resourceProvisioningOptions: string[] } {
  return {
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    mail: g.mail,
    mailNickname: g.mailNickname,
    mailEnabled: true,
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility: 'Private',
    resourceProvisioningOptions: g.isTeam ? ['Team'] : [],
  };
}

export function getGroup(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  return json(200, applySelect(renderGroup(getGroupRecord(ctx, id)), parseSelect(req.query.get('$select'))));
}

export function listGroupMembers(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const g = getGroupRecord(ctx, id);
  const select = parseSelect(req.query.get('$select'));
  const members = g.memberIds
    .map((m) => ctx.state.data.users[m])
    .filter((u): u is DirectoryUser => u !== undefined)
    .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...applySelect(renderUser(u), select) }));
  const { value, nextLink } = page(req, members, 100);
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#directoryObjects`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

/** `/me/joinedTeams` (chosen over `/me/memberOf`): the teams whose group has the user as member. */
export function listJoinedTeams(ctx: HandlerContext, userId: string, req: SimRequest): SimResponse {
  const value = Object.values(ctx.state.data.groups)
    .filter((g) => g.isTeam && g.memberIds.includes(userId))
    .map((g): MicrosoftGraph.Team => ({ id: g.id, displayName: g.displayName, description: g.description, isArchived: false, tenantId: ctx.state.data.tenant.id }));
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#teams`, '@odata.count': value.length, value });
}
