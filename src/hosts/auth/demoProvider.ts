/**
 * Local demo mode: tokens from the Graph simulator (`POST {simulatorUrl}/_sim/token`), so the
 * whole token path (scopes per action, expiry, refresh after a 401) runs without Entra.
 * Tokens live in memory only.
 */
import { AuthError, type TokenProvider, type TokenRequestOptions } from './tokenProvider';

export interface DemoProviderOptions {
  readonly simulatorUrl: string;
  /** Refresh this many seconds before expiry. @default 60 */
  readonly skewSeconds?: number;
  readonly fetch?: typeof fetch;
  /** Injectable clock (ms) for tests. */
  readonly now?: () => number;
}

interface Cached {
  readonly token: string;
  readonly expiresAt: number;
}

export class DemoTokenProvider implements TokenProvider {
  private readonly cache = new Map<string, Cached>();
  /** Tokens handed out, newest last; tests read it to see refreshes. */
  readonly issued: string[] = [];

  constructor(private readonly options: DemoProviderOptions) {}

  async getToken(scopes: readonly string[], request: TokenRequestOptions = {}): Promise<string> {
    const cacheKey = [...scopes].sort().join(' ');
    const now = (this.options.now ?? Date.now)();
    const cached = this.cache.get(cacheKey);
    if (cached && !request.forceRefresh && cached.expiresAt - (this.options.skewSeconds ?? 60) * 1000 > now) return cached.token;
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(`${this.options.simulatorUrl.replace(/\/+$/, '')}/_sim/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scopes }),
      });
    } catch (error) {
      throw new AuthError('network', 'The demo token endpoint could not be reached', scopes, error);
    }
    if (!response.ok) throw new AuthError('unknown', `Demo token endpoint answered HTTP ${response.status}`, scopes);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new AuthError('unknown', 'Demo token endpoint returned no access_token', scopes);
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    this.cache.set(cacheKey, { token: body.access_token, expiresAt: now + expiresIn * 1000 });
    this.issued.push(body.access_token);
    return body.access_token;
  }
}
