/**
 * The one place a Graph client is built: `Client.initWithMiddleware` with an explicit chain
 *
 *   BearerAuthMiddleware (ours) → RetryHandler (the SDK's) → HTTPMessageHandler (fetch)
 *
 * Why our own auth middleware: the SDK's AuthenticationHandler only attaches a token when the
 * URL is an https Graph host (or a `customHosts` entry) and strips it otherwise, so the local
 * simulator on http://127.0.0.1 would see no token and the token path (scopes, expiry, the
 * 401-then-refresh replay) would go untested. Ours attaches the bearer to exactly the
 * configured Graph root, asks for the scopes each call names, and on a 401 asks the provider
 * once for a fresh token and replays.
 *
 * Every call names its scopes (`ScopesOption`); a call without scopes is a programming error.
 */
import {
  Client,
  HTTPMessageHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
  type MiddlewareOptions,
} from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../hosts/auth/tokenProvider';
import { cancelledError, isAbortError, SyncError, syncErrorFromResponse, toSyncError, withOutcomeUnknown } from './errors';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** The scopes a request needs; read by the auth middleware. */
export class ScopesOption implements MiddlewareOptions {
  constructor(readonly scopes: readonly string[]) {}
}

/**
 * Per call, beside the request: failures of the token provider, carried past the SDK (which would
 * flatten them into a GraphError), and whether the SDK's RetryHandler may send the call again.
 */
interface CallHolder {
  tokenError?: unknown;
  resendable?: boolean;
}

function holderOf(options: unknown): CallHolder | undefined {
  return (options as { arshjulCall?: CallHolder } | undefined)?.arshjulCall;
}

/**
 * The SDK's RetryHandler resends 429, 503 and 504. A 429 is refused before anything is done; a
 * 504 can come after the service did the write, and so, as far as platform-facts knows, can a
 * 503 [unverified]. So a call that is not safe to repeat (a Planner create, a `$batch` holding
 * one) is resent on 429 only, and a 5xx reaches the caller, which looks before it creates again.
 */
function sdkMayResend(_delay: number, _attempt: number, _request: RequestInfo, options: unknown, response: Response): boolean {
  return response.status === 429 || holderOf(options)?.resendable !== false;
}

type HeaderBag = Record<string, string>;

function setHeader(context: Context, name: string, value: string | undefined): void {
  if (typeof context.request !== 'string') {
    if (value === undefined) context.request.headers.delete(name);
    else context.request.headers.set(name, value);
    return;
  }
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) {
    if (value === undefined) headers.delete(name);
    else headers.set(name, value);
    return;
  }
  const bag: HeaderBag = { ...((headers as HeaderBag | undefined) ?? {}) };
  for (const key of Object.keys(bag)) if (key.toLowerCase() === name.toLowerCase()) delete bag[key];
  if (value !== undefined) bag[name] = value;
  options.headers = bag;
}

function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export class BearerAuthMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly graphRoot: string,
    private readonly tokens: TokenProvider,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('BearerAuthMiddleware has no next middleware');
    if (!requestUrl(context).startsWith(`${this.graphRoot}/`)) {
      // Never send a Graph token anywhere else (nextLinks are checked against the root too).
      setHeader(context, 'Authorization', undefined);
      await this.next.execute(context);
      return;
    }
    const option = context.middlewareControl?.getMiddlewareOptions(ScopesOption) as ScopesOption | undefined;
    if (!option || option.scopes.length === 0) {
      throw new SyncError('invalid-request', `Graph call without scopes: ${requestUrl(context)}`);
    }
    const holder = holderOf(context.options);
    const token = await this.token(option.scopes, false, holder);
    setHeader(context, 'Authorization', `Bearer ${token}`);
    await this.next.execute(context);
    if (context.response?.status === 401) {
      // Expired or revoked between issue and use: one fresh token, one replay.
      const fresh = await this.token(option.scopes, true, holder);
      setHeader(context, 'Authorization', `Bearer ${fresh}`);
      await this.next.execute(context);
    }
  }

  private async token(scopes: readonly string[], forceRefresh: boolean, holder: CallHolder | undefined): Promise<string> {
    try {
      return await this.tokens.getToken(scopes, { forceRefresh });
    } catch (error) {
      if (holder) holder.tokenError = error;
      throw error;
    }
  }
}

export interface RetrySettings {
  /** Seconds the SDK waits when a 429/503/504 has no Retry-After (SDK default 3). */
  readonly delaySeconds?: number;
  /** SDK default 3, at most 10. */
  readonly maxRetries?: number;
}

export interface GraphConfig {
  readonly tokenProvider: TokenProvider;
  /** Origin of Graph; the simulator's URL in tests and the local demo. */
  readonly baseUrl?: string;
  readonly version?: 'v1.0' | 'beta';
  readonly retry?: RetrySettings;
}

/** A Graph client with what the gateway functions need around it. */
export interface Graph {
  readonly client: Client;
  /** `<origin>/<version>`, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly root: string;
  readonly tokenProvider: TokenProvider;
}

export function createGraph(config: GraphConfig): Graph {
  const origin = (config.baseUrl ?? GRAPH_ORIGIN).replace(/\/+$/, '');
  const version = config.version ?? 'v1.0';
  const root = `${origin}/${version}`;
  const auth = new BearerAuthMiddleware(root, config.tokenProvider);
  const retry = new RetryHandler(new RetryHandlerOptions(config.retry?.delaySeconds ?? 3, config.retry?.maxRetries ?? 3, sdkMayResend));
  const http = new HTTPMessageHandler();
  const client = Client.initWithMiddleware({
    baseUrl: origin,
    defaultVersion: version,
    middleware: [auth, retry, http],
  });
  return { client, root, tokenProvider: config.tokenProvider };
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphCall {
  readonly method: HttpMethod;
  /** Relative to the version root (`/me/events?…`), or a full `@odata.nextLink`. */
  readonly path: string;
  readonly scopes: readonly string[];
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /**
   * Safe to send again after a 5xx or a lost answer, which may follow a write that was done:
   * reads, PATCH, DELETE, and POSTs the service deduplicates (events with a transactionId).
   * @default true for every method but POST
   */
  readonly resendable?: boolean;
}

export interface GraphResult<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** A path the SDK can take: links on our root lose the root (the SDK only parses https URLs). */
export function relativePath(graph: Graph, path: string): string {
  if (path.startsWith(`${graph.root}/`)) return path.slice(graph.root.length);
  if (/^https?:\/\//i.test(path)) throw new SyncError('invalid-request', `Link outside the Graph root: ${path}`);
  return path.startsWith('/') ? path : `/${path}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      throw new SyncError('unknown', `Unreadable JSON from Graph (HTTP ${response.status})`, { status: response.status, cause: error });
    }
    return text;
  }
}

/**
 * `sending`, or a 'cancelled' SyncError as soon as `signal` aborts. The SDK's RetryHandler sleeps
 * through a throttled request's Retry-After (up to 180 s) without looking at the signal; the
 * request it then sends carries the aborted signal, so fetch refuses it and nothing goes out.
 */
function untilCancelled<T>(sending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return sending;
  let onAbort = (): void => {};
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancelledError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  // Whichever loses the race settles unobserved; neither may become an unhandled rejection.
  sending.catch(() => undefined);
  cancelled.catch(() => undefined);
  return Promise.race([sending, cancelled]).finally(() => signal.removeEventListener('abort', onAbort));
}

/**
 * Sends one request; resolves for 2xx, throws a SyncError otherwise. A network failure or a
 * 5xx of a write is marked `outcomeUnknown` (it may have been applied).
 */
export async function graphRequest<T = unknown>(graph: Graph, call: GraphCall): Promise<GraphResult<T>> {
  if (call.signal?.aborted) throw cancelledError();
  const resendable = call.resendable ?? call.method !== 'POST';
  const holder: CallHolder = { resendable };
  let request = graph.client
    .api(relativePath(graph, call.path))
    .middlewareOptions([new ScopesOption(call.scopes)])
    .responseType(ResponseType.RAW)
    .option('arshjulCall', holder);
  if (call.signal) request = request.option('signal', call.signal);
  if (call.headers) request = request.headers({ ...call.headers });
  let response: Response;
  const sent = (): Promise<Response> => {
    switch (call.method) {
      case 'GET':
        return request.get() as Promise<Response>;
      case 'POST':
        return request.post(call.body ?? {}) as Promise<Response>;
      case 'PATCH':
        return request.patch(call.body ?? {}) as Promise<Response>;
      case 'DELETE':
        return request.delete() as Promise<Response>;
    }
  };
  try {
    response = await untilCancelled(sent(), call.signal);
  } catch (error) {
    if (holder.tokenError !== undefined) throw holder.tokenError;
    if (error instanceof SyncError) throw error;
    if (isAbortError(error) || (error as { code?: unknown }).code === 'AbortError' || call.signal?.aborted) {
      throw new SyncError('cancelled', 'The operation was cancelled', { cause: error });
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    if (status === -1 || status === undefined) {
      throw new SyncError('network', `Network failure: ${(error as Error).message ?? String(error)}`, {
        outcomeUnknown: call.method !== 'GET',
        cause: error,
      });
    }
    throw toSyncError(error);
  }
  const body = await readBody(response);
  if (!response.ok) {
    const error = syncErrorFromResponse(response.status, body, (name) => response.headers.get(name) ?? undefined);
    // A 5xx may follow a write that was done (see sdkMayResend).
    throw response.status >= 500 ? withOutcomeUnknown(error, call.method) : error;
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

interface Page<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
}

/** GET a collection and follow `@odata.nextLink` to the end. */
export async function graphGetAll<T>(
  graph: Graph,
  call: Omit<GraphCall, 'method' | 'body'>,
  options: { readonly maxPages?: number } = {},
): Promise<T[]> {
  const out: T[] = [];
  let path: string | undefined = call.path;
  let pages = 0;
  while (path) {
    if (++pages > (options.maxPages ?? 500)) throw new SyncError('unknown', `Too many pages at ${call.path}`);
    const { body }: GraphResult<Page<T>> = await graphRequest<Page<T>>(graph, { ...call, method: 'GET', path });
    out.push(...(body?.value ?? []));
    path = body?.['@odata.nextLink'];
  }
  return out;
}
