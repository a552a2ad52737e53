/**
 * The Microsoft Graph scopes the app asks for through Nested App Authentication,
 * in the order it asks for them.
 *
 * The manifest's `webApplicationInfo.nestedAppAuthInfo` lets Teams prefetch a
 * token while the tab loads, but only when the client id, scopes (content and
 * order), redirect URI and claims match the app's runtime MSAL request exactly
 * (msteams-docs, concepts/authentication/nested-authentication.md, "Token
 * prefetching"). The app's auth code should therefore request exactly this list.
 */
export const NAA_GRAPH_SCOPES = [
  'https://graph.microsoft.com/Calendars.ReadWrite',
  'https://graph.microsoft.com/Tasks.ReadWrite',
  'https://graph.microsoft.com/GroupMember.Read.All',
] as const;

/**
 * The brokered SPA redirect URI for an app origin: `brk-multihub://<host>`.
 * One such URI covers Teams, Outlook and the Microsoft 365 app; it must be the
 * origin only, without a path (nested-authentication.md, "Add trusted brokers").
 */
export function brokerRedirectUri(appUrl: string): string {
  return `brk-multihub://${new URL(appUrl).host}`;
}
