/**
 * What the Graph layer needs from sign-in: an access token for some scopes. Implemented by
 * MSAL (nested app authentication, popup fallback) and by the local demo against the simulator.
 */

export interface TokenRequestOptions {
  /** Skip any cached token; used once after Graph answered 401. */
  readonly forceRefresh?: boolean;
}

export interface TokenProvider {
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}

export type AuthErrorCode =
  /** The user (or, for admin-consent scopes, an administrator) has not consented yet. */
  | 'consent-required'
  /** Consent to an admin-only scope is missing; only an administrator can fix it. */
  | 'admin-consent-required'
  /** The signed-in account belongs to another tenant than the app or the host. */
  | 'wrong-tenant'
  /** The browser blocked the sign-in popup; retry from a click. */
  | 'popup-blocked'
  /** The user closed the sign-in window. */
  | 'user-cancelled'
  /** Another sign-in is already open. */
  | 'interaction-in-progress'
  /** No account could be chosen; interactive sign-in is needed. */
  | 'login-required'
  | 'network'
  | 'unknown';

/** The way forward the UI offers for each code. */
export type AuthRemedy = 'retry-interactive' | 'ask-admin' | 'switch-account' | 'allow-popups' | 'retry' | 'none';

export const AUTH_REMEDY: Readonly<Record<AuthErrorCode, AuthRemedy>> = {
  'consent-required': 'retry-interactive',
  'admin-consent-required': 'ask-admin',
  'wrong-tenant': 'switch-account',
  'popup-blocked': 'allow-popups',
  'user-cancelled': 'retry-interactive',
  'interaction-in-progress': 'retry',
  'login-required': 'retry-interactive',
  network: 'retry',
  unknown: 'none',
};

export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly code: AuthErrorCode;
  readonly remedy: AuthRemedy;
  /** The scopes the failed request asked for (lets the UI name the missing permission). */
  readonly scopes: readonly string[];

  constructor(code: AuthErrorCode, message: string, scopes: readonly string[] = [], cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.remedy = AUTH_REMEDY[code];
    this.scopes = scopes;
  }
}
