/**
 * Sign-in with MSAL.js nested app authentication (NAA): one code path for Teams, Outlook and
 * the Microsoft 365 app, where the host brokers the token, and a standard popup sign-in in a
 * plain browser. `createNestablePublicClientApplication` falls back to a standard public
 * client by itself when no NAA bridge is present; the bridge is installed by TeamsJS during
 * `app.initialize()`, hence TeamsJS first, MSAL second.
 *
 * Tokens stay in sessionStorage (or memory); never localStorage. Scopes are asked for per
 * action when the action is first used.
 */
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { needsAdminConsent } from './scopes';
import { AuthError, type AuthErrorCode, type TokenProvider, type TokenRequestOptions } from './tokenProvider';

/** What the host told us about the user (TeamsJS `app.getContext()`), used to pick the account. */
export interface HostIdentity {
  readonly host: 'teams' | 'outlook' | 'm365' | 'browser';
  readonly tenantId?: string;
  /** Entra object id of the user (TeamsJS `user.id`). */
  readonly userObjectId?: string;
  readonly loginHint?: string;
  /** TeamsJS `nestedAppAuth.isNAAChannelRecommended()`. */
  readonly naaRecommended?: boolean;
}

export interface MsalProviderConfig {
  readonly clientId: string;
  /** @default 'https://login.microsoftonline.com/organizations' */
  readonly authority?: string;
  /** For NAA the app registration has `brk-multihub://<origin>`; MSAL uses the page origin. */
  readonly redirectUri?: string;
  /** @default 'sessionStorage' */
  readonly cacheLocation?: 'sessionStorage' | 'memoryStorage';
}

/** The part of MSAL's client we use; a fake in tests. */
export type MsalClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'acquireTokenPopup' | 'getAllAccounts' | 'getActiveAccount' | 'setActiveAccount'
>;

interface MsalLikeError {
  readonly errorCode?: unknown;
  readonly errorMessage?: unknown;
  readonly subError?: unknown;
  readonly message?: unknown;
  readonly name?: unknown;
}

const INTERACTION_REQUIRED = new Set(['interaction_required', 'consent_required', 'login_required', 'no_tokens_found', 'no_account_error', 'refresh_token_expired', 'bad_token', 'interrupted_user']);

/** Entra error numbers that mean "this account is in the wrong tenant for the app or host". */
const WRONG_TENANT = ['AADSTS50020', 'AADSTS700016', 'AADSTS50177', 'AADSTS90072', 'AADSTS50194'];
/** Entra error numbers for consent that only an administrator can give. */
const ADMIN_CONSENT = ['AADSTS90094', 'AADSTS90008', 'AADSTS900941'];

/** MSAL/Entra error → our code. Pure; the UI maps the code to text and a way forward. */
export function mapMsalError(error: unknown, scopes: readonly string[]): AuthError {
  if (error instanceof AuthError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as MsalLikeError;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const text = [e.errorMessage, e.message, e.subError].filter((x): x is string => typeof x === 'string').join(' ');
  const make = (c: AuthErrorCode, why: string) => new AuthError(c, `${why}${text ? `: ${text}` : ''}`, scopes, error);
  if (code === 'popup_window_error' || code === 'empty_window_error' || code === 'block_nested_popups') return make('popup-blocked', 'The sign-in popup was blocked');
  if (code === 'user_cancelled') return make('user-cancelled', 'Sign-in was cancelled');
  if (code === 'interaction_in_progress') return make('interaction-in-progress', 'Another sign-in is in progress');
  if (code === 'no_network_connectivity' || code === 'post_request_failed' || code === 'get_request_failed') return make('network', 'No connection to the sign-in service');
  if (WRONG_TENANT.some((n) => text.includes(n))) return make('wrong-tenant', 'The account belongs to another tenant');
  if (ADMIN_CONSENT.some((n) => text.includes(n))) return make('admin-consent-required', 'An administrator must consent');
  if (code === 'consent_required' || text.includes('AADSTS65001')) {
    return make(needsAdminConsent(scopes) ? 'admin-consent-required' : 'consent-required', 'Consent is missing');
  }
  if (INTERACTION_REQUIRED.has(code)) return make('login-required', 'Sign-in is needed');
  return make('unknown', 'Sign-in failed');
}

export function isInteractionRequired(error: unknown): boolean {
  const e = (typeof error === 'object' && error !== null ? error : {}) as MsalLikeError;
  return e.name === 'InteractionRequiredAuthError' || (typeof e.errorCode === 'string' && INTERACTION_REQUIRED.has(e.errorCode));
}

/**
 * The account to use silently: MSAL's active account, else the one matching the host's
 * user (homeAccountId `<oid>.<tid>`, then tenant + login hint), else none (a popup asks).
 */
export function selectAccount(accounts: readonly AccountInfo[], active: AccountInfo | null, host: HostIdentity): AccountInfo | undefined {
  if (active && (!host.tenantId || active.tenantId === host.tenantId)) return active;
  const inTenant = accounts.filter((a) => !host.tenantId || a.tenantId === host.tenantId);
  if (host.userObjectId && host.tenantId) {
    const exact = inTenant.find((a) => a.homeAccountId === `${host.userObjectId}.${host.tenantId}` || a.localAccountId === host.userObjectId);
    if (exact) return exact;
  }
  if (host.loginHint) {
    const hint = host.loginHint.toLowerCase();
    const byHint = inTenant.find((a) => a.username.toLowerCase() === hint);
    if (byHint) return byHint;
  }
  return inTenant.length === 1 ? inTenant[0] : undefined;
}

export class MsalTokenProvider implements TokenProvider {
  private interactive: Promise<AuthenticationResult> | undefined;

  constructor(
    private readonly msal: MsalClient,
    private readonly host: HostIdentity,
  ) {}

  async getToken(scopes: readonly string[], options: TokenRequestOptions = {}): Promise<string> {
    const account = selectAccount(this.msal.getAllAccounts(), this.msal.getActiveAccount(), this.host);
    if (account) {
      try {
        const result = await this.msal.acquireTokenSilent({ scopes: [...scopes], account, forceRefresh: options.forceRefresh === true });
        return this.accept(result, scopes);
      } catch (error) {
        if (!isInteractionRequired(error)) throw mapMsalError(error, scopes);
      }
    }
    return this.accept(await this.popup(scopes), scopes);
  }

  /** One interactive prompt at a time; concurrent callers wait for it. */
  private async popup(scopes: readonly string[]): Promise<AuthenticationResult> {
    if (this.interactive) {
      const previous = await this.interactive.catch((error: unknown) => {
        throw mapMsalError(error, scopes);
      });
      if (scopes.every((s) => previous.scopes.some((g) => g.toLowerCase() === s.toLowerCase()))) return previous;
    }
    this.interactive = this.msal.acquireTokenPopup({ scopes: [...scopes], ...(this.host.loginHint ? { loginHint: this.host.loginHint } : {}) });
    try {
      return await this.interactive;
    } catch (error) {
      throw mapMsalError(error, scopes);
    } finally {
      this.interactive = undefined;
    }
  }

  private accept(result: AuthenticationResult, scopes: readonly string[]): string {
    if (this.host.tenantId && result.account && result.account.tenantId && result.account.tenantId !== this.host.tenantId) {
      throw new AuthError('wrong-tenant', `Signed in to tenant ${result.account.tenantId}, the host is in ${this.host.tenantId}`, scopes);
    }
    if (result.account) this.msal.setActiveAccount(result.account);
    return result.accessToken;
  }
}

/**
 * Builds the provider: TeamsJS is already initialised by the host adapter (its `initialize()`
 * installs the NAA bridge); then MSAL. In a plain browser the same call yields a standard
 * public client and popups.
 */
export async function createMsalTokenProvider(config: MsalProviderConfig, host: HostIdentity): Promise<MsalTokenProvider> {
  const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority ?? 'https://login.microsoftonline.com/organizations',
      ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
    },
    cache: { cacheLocation: config.cacheLocation ?? 'sessionStorage' },
  });
  return new MsalTokenProvider(pca, host);
}

/**
 * Reads the host identity with TeamsJS: initialise (with a timeout: framed by a non-host page
 * it would wait for ever), then the context. Outside any host it resolves to `browser`.
 */
export async function readHostIdentity(timeoutMs = 5000): Promise<HostIdentity> {
  const teams = await import('@microsoft/teams-js');
  try {
    await Promise.race([
      teams.app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('TeamsJS initialize timed out')), timeoutMs)),
    ]);
  } catch (error) {
    // Not framed by Teams, Outlook or the Microsoft 365 app: a plain browser. Nothing to report.
    void error;
    return { host: 'browser' };
  }
  const context = await teams.app.getContext();
  const name = String(context.app.host.name);
  const host: HostIdentity['host'] = name.startsWith('Teams') ? 'teams' : name.startsWith('Outlook') ? 'outlook' : 'm365';
  return {
    host,
    tenantId: context.user?.tenant?.id,
    userObjectId: context.user?.id,
    loginHint: context.user?.loginHint,
    naaRecommended: teams.nestedAppAuth.isNAAChannelRecommended(),
  };
}
