/**
 * Delegated Microsoft Graph permissions, the least each action needs. They are asked for when
 * the action is first used (incremental consent), never all at sign-in.
 */

export type AuthAction = 'sign-in' | 'calendar' | 'group-calendar' | 'planner' | 'people-picker';

export const SCOPES: Readonly<Record<AuthAction, readonly string[]>> = {
  // Reading the signed-in user's profile (`GET /me`).
  'sign-in': ['User.Read'],
  // Events in the user's own calendars (user-post-events, event-update, event-delete).
  calendar: ['Calendars.ReadWrite'],
  // Events in the team's group calendar. Delegated only; needs admin consent.
  'group-calendar': ['Group.ReadWrite.All'],
  // Planner plans, buckets, tasks and task details in the team's group.
  planner: ['Tasks.ReadWrite'],
  // Listing the team's members for the assignee picker. Needs admin consent.
  'people-picker': ['GroupMember.Read.All'],
};

/**
 * The actions whose token Teams may fetch while the tab loads, in the order the push dialog
 * asks for them: my calendars when it opens, Planner and the team's members on its Planner
 * tab, the team's group calendar when chosen. The manifest's `webApplicationInfo.nestedAppAuthInfo`
 * has one entry per action, with `SCOPES[action]` exactly as the app passes it to MSAL
 * (`manifest/naa.ts`), so this is the one list both read. `sign-in` is left out: no action asks
 * for it. The manifest allows at most five entries.
 */
export const PREFETCHED_ACTIONS: readonly AuthAction[] = ['calendar', 'planner', 'people-picker', 'group-calendar'];

/**
 * Scopes that an ordinary user cannot grant; a tenant administrator must consent once
 * (Entra admin center or the Teams admin center). The UI says so before asking.
 */
export const ADMIN_CONSENT_SCOPES: ReadonlySet<string> = new Set(['Group.ReadWrite.All', 'GroupMember.Read.All']);

export function scopesFor(action: AuthAction): readonly string[] {
  return SCOPES[action];
}

export function needsAdminConsent(scopes: readonly string[]): boolean {
  return scopes.some((scope) => ADMIN_CONSENT_SCOPES.has(scope));
}
