import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { mapMsalError, MsalTokenProvider, selectAccount, type MsalClient } from './msalProvider';
import { AuthError } from './tokenProvider';
import { SCOPES } from './scopes';

const account = (oid: string, tid: string, username: string): AccountInfo =>
  ({ homeAccountId: `${oid}.${tid}`, localAccountId: oid, tenantId: tid, username, environment: 'login.microsoftonline.com' }) as AccountInfo;

const kari = account('oid-kari', 'tid-vestland', 'kari@vlfk.no');
const other = account('oid-ola', 'tid-other', 'ola@other.no');

describe('mapMsalError', () => {
  it.each([
    [{ errorCode: 'popup_window_error' }, SCOPES.calendar, 'popup-blocked', 'allow-popups'],
    [{ errorCode: 'empty_window_error' }, SCOPES.calendar, 'popup-blocked', 'allow-popups'],
    [{ errorCode: 'user_cancelled' }, SCOPES.calendar, 'user-cancelled', 'retry-interactive'],
    [{ errorCode: 'interaction_in_progress' }, SCOPES.calendar, 'interaction-in-progress', 'retry'],
    [{ errorCode: 'consent_required', errorMessage: 'AADSTS65001: The user or administrator has not consented' }, SCOPES.calendar, 'consent-required', 'retry-interactive'],
    [{ errorCode: 'consent_required', errorMessage: 'AADSTS65001' }, SCOPES['group-calendar'], 'admin-consent-required', 'ask-admin'],
    [{ errorCode: 'invalid_grant', errorMessage: 'AADSTS90094: An administrator of … must grant permission' }, SCOPES.planner, 'admin-consent-required', 'ask-admin'],
    [{ errorCode: 'invalid_request', errorMessage: "AADSTS50020: User account from identity provider does not exist in tenant" }, SCOPES.calendar, 'wrong-tenant', 'switch-account'],
    [{ errorCode: 'unauthorized_client', errorMessage: 'AADSTS700016: Application not found in the directory' }, SCOPES.calendar, 'wrong-tenant', 'switch-account'],
    [{ errorCode: 'no_network_connectivity' }, SCOPES.calendar, 'network', 'retry'],
    [{ errorCode: 'login_required' }, SCOPES.calendar, 'login-required', 'retry-interactive'],
    [new Error('boom'), SCOPES.calendar, 'unknown', 'none'],
  ] as const)('%j → %s', (error, scopes, code, remedy) => {
    const mapped = mapMsalError(error, scopes);
    expect(mapped).toBeInstanceOf(AuthError);
    expect(mapped.code).toBe(code);
    expect(mapped.remedy).toBe(remedy);
    expect(mapped.scopes).toEqual(scopes);
  });
});

describe('selectAccount', () => {
  it('prefers the active account in the host tenant', () => {
    expect(selectAccount([other, kari], kari, { host: 'teams', tenantId: 'tid-vestland' })).toBe(kari);
  });
  it('ignores an active account from another tenant and matches the host user', () => {
    expect(selectAccount([other, kari], other, { host: 'teams', tenantId: 'tid-vestland', userObjectId: 'oid-kari' })).toBe(kari);
  });
  it('matches the login hint', () => {
    expect(selectAccount([kari, account('x', 'tid-vestland', 'per@vlfk.no')], null, { host: 'outlook', tenantId: 'tid-vestland', loginHint: 'KARI@vlfk.no' })).toBe(kari);
  });
  it('gives none when it cannot tell (a popup will ask)', () => {
    expect(selectAccount([kari, account('x', 'tid-vestland', 'per@vlfk.no')], null, { host: 'browser' })).toBeUndefined();
  });
});

class FakeMsal implements MsalClient {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  silent: (req: { scopes: string[]; forceRefresh?: boolean }) => Promise<AuthenticationResult> = () =>
    Promise.reject(Object.assign(new Error('x'), { name: 'InteractionRequiredAuthError', errorCode: 'interaction_required' }));
  popup: (req: { scopes: string[] }) => Promise<AuthenticationResult> = (req) => Promise.resolve(result(kari, req.scopes, 'popup-token'));
  calls: string[] = [];
  getAllAccounts = () => this.accounts;
  getActiveAccount = () => this.active;
  setActiveAccount = (a: AccountInfo | null) => {
    this.active = a;
  };
  acquireTokenSilent = ((req: { scopes: string[]; forceRefresh?: boolean }) => {
    this.calls.push(`silent:${req.scopes.join(',')}:${req.forceRefresh === true}`);
    return this.silent(req);
  }) as MsalClient['acquireTokenSilent'];
  acquireTokenPopup = ((req: { scopes: string[] }) => {
    this.calls.push(`popup:${req.scopes.join(',')}`);
    return this.popup(req);
  }) as MsalClient['acquireTokenPopup'];
}

function result(acc: AccountInfo, scopes: string[], token: string): AuthenticationResult {
  return { accessToken: token, account: acc, scopes } as unknown as AuthenticationResult;
}

describe('MsalTokenProvider', () => {
  it('silent first; popup only when interaction is required; remembers the account', async () => {
    const msal = new FakeMsal();
    msal.accounts = [kari];
    const provider = new MsalTokenProvider(msal, { host: 'teams', tenantId: 'tid-vestland', userObjectId: 'oid-kari' });
    expect(await provider.getToken(SCOPES.calendar)).toBe('popup-token');
    expect(msal.calls).toEqual(['silent:Calendars.ReadWrite:false', 'popup:Calendars.ReadWrite']);
    expect(msal.active).toBe(kari);
    msal.silent = (req) => Promise.resolve(result(kari, req.scopes, 'silent-token'));
    expect(await provider.getToken(SCOPES.calendar, { forceRefresh: true })).toBe('silent-token');
    expect(msal.calls.at(-1)).toBe('silent:Calendars.ReadWrite:true');
  });

  it('rejects a token for another tenant than the host', async () => {
    const msal = new FakeMsal();
    msal.popup = (req) => Promise.resolve(result(other, req.scopes, 't'));
    const provider = new MsalTokenProvider(msal, { host: 'teams', tenantId: 'tid-vestland' });
    await expect(provider.getToken(SCOPES.calendar)).rejects.toMatchObject({ code: 'wrong-tenant' });
  });

  it('maps a blocked popup to a code with a way forward', async () => {
    const msal = new FakeMsal();
    msal.popup = () => Promise.reject(Object.assign(new Error('blocked'), { errorCode: 'popup_window_error' }));
    const provider = new MsalTokenProvider(msal, { host: 'browser' });
    await expect(provider.getToken(SCOPES.planner)).rejects.toMatchObject({ code: 'popup-blocked', remedy: 'allow-popups' });
  });

  it('does not fall back to a popup for errors that a popup cannot fix', async () => {
    const msal = new FakeMsal();
    msal.accounts = [kari];
    msal.silent = () => Promise.reject(Object.assign(new Error('net'), { errorCode: 'no_network_connectivity' }));
    const provider = new MsalTokenProvider(msal, { host: 'browser' });
    await expect(provider.getToken(SCOPES.calendar)).rejects.toMatchObject({ code: 'network' });
    expect(msal.calls.some((c) => c.startsWith('popup'))).toBe(false);
  });
});
