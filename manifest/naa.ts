/**
 * Token prefetching for Nested App Authentication: the manifest's
 * `webApplicationInfo.nestedAppAuthInfo` lets the host fetch an NAA token while the tab loads,
 * which the app's MSAL request then gets at once, but only when that request matches the
 * entry: client id, redirect URI, claims, and the scopes in the same order (schema v1.30:
 * "Order must match that of the proceeding NAA request in the app"; msteams-docs
 * `concepts/authentication/nested-authentication.md`, "Token prefetching").
 *
 * The app asks per action with short scope names (`src/hosts/auth/scopes.ts`), and MSAL passes
 * them to the host unchanged, joined by spaces (msal-browser 5.30,
 * `NestedAppAuthAdapter.toNaaTokenRequest`). So each entry here is one action's scopes, in the
 * same spelling, read from the same list; the manifest cannot drift from what the app asks.
 *
 * Unverified (no Microsoft page says, and we have not watched a host do it): whether the host
 * treats `Calendars.ReadWrite` and `https://graph.microsoft.com/Calendars.ReadWrite` as the
 * same request (we avoid the question by using the app's spelling); whether it fetches every
 * entry or only some; and that an entry whose scope lacks consent (Group.ReadWrite.All before
 * an administrator has granted it) fails silently rather than prompting.
 */
import { PREFETCHED_ACTIONS, SCOPES } from '../src/hosts/auth/scopes';

/** One list of scopes per prefetched token, each exactly as the app requests it. */
export const NAA_PREFETCH_SCOPES: readonly (readonly string[])[] = PREFETCHED_ACTIONS.map((action) => SCOPES[action]);

/**
 * The brokered SPA redirect URI for an app origin: `brk-multihub://<host>`.
 * One such URI covers Teams, Outlook and the Microsoft 365 app; it must be the
 * origin only, without a path (nested-authentication.md, "Add trusted brokers").
 */
export function brokerRedirectUri(appUrl: string): string {
  return `brk-multihub://${new URL(appUrl).host}`;
}
