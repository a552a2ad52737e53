/**
 * The HTTP front: CORS, auth, the `/v1.0` pipeline shared with `$batch` items (scripted faults → random
 * faults → route → scope → Outlook throttling → latency → handler), the Graph response headers, the
 * `/_sim/` admin routes and state persistence.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALL_DELEGATED_SCOPES, checkScopes, issueToken, verifyAuthorization, type TokenClaims } from './auth.js';
import { runBatch } from './batch.js';
import { FaultInjector, MailboxThrottle } from './faults.js';
import {
  ConnectionReset, GraphHttpError, badRequest, errorResponse, isRecord, json,
  type HandlerContext, type SimRequest, type SimResponse,
} from './http.js';
import { isOutlookPath, resolveRoute } from './router.js';
import { seedState } from './seed.js';
import { SimulatorState, loadStateFile, saveStateFile } from './state.js';
import { DEFAULT_LIMITS, type FaultConfig, type RequestLogEntry, type RunningSimulator, type SimulatorOptions } from './types.js';
import { renderView } from './view.js';

const EXPOSED_HEADERS = 'ETag, Location, Preference-Applied, Content-Range, request-id, client-request-id, Retry-After';
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-Match, Prefer, client-request-id, Retry-Attempt, SdkVersion, ConsistencyLevel';
const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function decodePath(raw: string): string {
  try {
    return raw.split('/').map((s) => decodeURIComponent(s)).join('/');
  } catch {
    throw badRequest('BadRequest', `Invalid path '${raw}'.`);
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

function validateFaults(body: unknown): Partial<FaultConfig> {
  if (!isRecord(body)) throw badRequest('BadRequest', 'Send a JSON object with FaultConfig fields.');
  const out: Partial<FaultConfig> = {};
  for (const key of ['rate429', 'rate503', 'rate504', 'resetRate', 'batchRate429'] as const) {
    if (key in body) {
      const v = body[key];
      if (typeof v !== 'number' || v < 0 || v > 1) throw badRequest('BadRequest', `${key} must be a number from 0 to 1.`);
      out[key] = v;
    }
  }
  if ('latencyMs' in body) {
    if (typeof body.latencyMs !== 'number' || body.latencyMs < 0) throw badRequest('BadRequest', 'latencyMs must be a non-negative number.');
    out.latencyMs = body.latencyMs;
  }
  if ('retryAfterSeconds' in body) {
    const v = body.retryAfterSeconds;
    if (v !== null && (typeof v !== 'number' || v < 0)) throw badRequest('BadRequest', 'retryAfterSeconds must be a non-negative number or null.');
    out.retryAfterSeconds = v as number | null;
  }
  if ('onlyPaths' in body) {
    if (typeof body.onlyPaths !== 'string') throw badRequest('BadRequest', 'onlyPaths must be a regular expression string.');
    new RegExp(body.onlyPaths);
    out.onlyPaths = body.onlyPaths;
  }
  return out;
}

export async function startGraphSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const seedKind = options.seed ?? 'demo';
  const stateFile = options.stateFile;
  const shuffle = options.shuffleBatchResponses ?? true;

  const loaded = stateFile ? await loadStateFile(stateFile) : undefined;
  const state = new SimulatorState(loaded ?? seedState(seedKind));
  const faults = new FaultInjector(options.faults, random);
  const throttle = new MailboxThrottle(() => limits, now, () => faults.config.retryAfterSeconds);
  const requestLog: RequestLogEntry[] = [];

  // ------------------------------------------------------------ persistence
  let dirty = !loaded && stateFile !== undefined;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = undefined; }
    if (!stateFile) return;
    saving = saving.then(async () => {
      if (!dirty) return;
      dirty = false;
      await saveStateFile(stateFile, state.data);
    }).catch((e: unknown) => {
      dirty = true;
      console.error(`graph-simulator: could not write ${stateFile}: ${(e as Error).message}`);
    });
    await saving;
  };
  const markDirty = (): void => {
    if (!stateFile) return;
    dirty = true;
    timer ??= setTimeout(() => { timer = undefined; void flush(); }, 50);
  };
  if (dirty) await flush();

  const tokenFor = (opts: { scopes?: string[]; userId?: string; expiresInSeconds?: number } = {}): string =>
    issueToken({
      oid: opts.userId ?? state.data.demoUserId,
      scp: (opts.scopes ?? ALL_DELEGATED_SCOPES).join(' '),
      exp: Math.floor(now() / 1000) + (opts.expiresInSeconds ?? 3600),
      tid: state.data.tenant.id,
    });

  // ------------------------------------------------------------ the Graph pipeline
  async function executeGraph(req: SimRequest, claims: TokenClaims): Promise<SimResponse> {
    const ctx: HandlerContext = { state, userId: claims.oid, now, limits };
    try {
      const afterCommit = faults.apply(req.method, req.path, { randomStatuses: true });
      const route = resolveRoute(ctx, req.method, req.path);
      checkScopes(req.method, route.path, claims);
      if (route.mailboxKey) throttle.acquire(route.mailboxKey);
      try {
        // Latency is spent while the request counts as in flight, so the concurrency limit is observable.
        if (faults.config.latencyMs > 0) await sleep(faults.config.latencyMs);
        const res = route.handler(ctx, req, route.params);
        if (req.method !== 'GET') markDirty();
        // A scripted `afterCommit` fault: the write is done, the client hears otherwise.
        if (afterCommit) afterCommit();
        return res;
      } finally {
        if (route.mailboxKey) throttle.release(route.mailboxKey);
      }
    } catch (e) {
      if (e instanceof GraphHttpError) return errorResponse(e, req);
      throw e;
    }
  }

  async function handleGraph(req: IncomingMessage, url: URL, base: Omit<SimRequest, 'method' | 'path' | 'query' | 'headers' | 'body' | 'batchItem'>): Promise<SimResponse> {
    const path = decodePath(url.pathname.slice('/v1.0'.length)) || '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const log = (status: number): void => { requestLog.push({ method, path, status }); };
    let claims: TokenClaims;
    try {
      claims = verifyAuthorization(req.headers.authorization, now());
      if (!state.data.users[claims.oid]) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'The token belongs to a user this tenant does not know.');
    } catch (e) {
      if (!(e instanceof GraphHttpError)) throw e;
      const res = errorResponse(e, base);
      log(res.status);
      return res;
    }
    let body: unknown;
    try {
      body = await readBody(req);
    } catch (e) {
      const res = errorResponse(e as GraphHttpError, base);
      log(res.status);
      return res;
    }
    const simReq: SimRequest = { ...base, method, path, query: url.searchParams, headers, body, batchItem: false };
    try {
      if (path.toLowerCase() === '/$batch') {
        if (method !== 'POST') throw new GraphHttpError(405, 'Request_BadRequest', 'Use POST for $batch.');
        // Scripted faults, resets and `batchRate429` hit the batch itself; other statuses are drawn per item (as Dev Proxy does).
        const afterCommit = faults.apply(method, path, { randomStatuses: false, batchEnvelope: true });
        const out = await runBatch(body, base, {
          shuffle,
          random,
          isOutlook: isOutlookPath,
          makeRequest: (parts) => ({ ...base, ...parts, batchItem: true }),
          execute: async (item) => {
            try {
              const res = await executeGraph(item, claims);
              requestLog.push({ method: item.method, path: item.path, status: res.status, batchItem: true });
              return res;
            } catch (e) {
              requestLog.push({ method: item.method, path: item.path, status: 0, batchItem: true });
              throw e;
            }
          },
        });
        if (afterCommit) afterCommit();
        log(200);
        return json(200, out);
      }
      const res = await executeGraph(simReq, claims);
      log(res.status);
      return res;
    } catch (e) {
      if (e instanceof ConnectionReset) log(0);
      if (e instanceof GraphHttpError) {
        const res = errorResponse(e, base);
        log(res.status);
        return res;
      }
      throw e;
    }
  }

  async function handleAdmin(req: IncomingMessage, url: URL): Promise<SimResponse | { html: string }> {
    const method = (req.method ?? 'GET').toUpperCase();
    const route = url.pathname.replace(/\/+$/, '');
    if (method === 'GET' && route === '/_sim') return { html: renderView(state.data) };
    if (method === 'GET' && route === '/_sim/state') return json(200, state.snapshot());
    if (method === 'GET' && route === '/_sim/faults') return json(200, faults.config);
    const body = await readBody(req);
    if (method === 'POST' && route === '/_sim/reset') {
      state.data = seedState(seedKind);
      throttle.reset();
      markDirty();
      return json(200, { reset: true, seed: seedKind });
    }
    if (method === 'POST' && route === '/_sim/faults') {
      faults.set(validateFaults(body ?? {}));
      return json(200, faults.config);
    }
    if (method === 'POST' && route === '/_sim/token') {
      if (!state.data.demoUserId) throw new GraphHttpError(409, 'NoDemoUser', 'The empty seed has no demo user.');
      const scopes = isRecord(body) && Array.isArray(body.scopes) ? body.scopes.filter((s): s is string => typeof s === 'string') : undefined;
      const expiresIn = 3600;
      return json(200, { token_type: 'Bearer', access_token: tokenFor({ ...(scopes ? { scopes } : {}), expiresInSeconds: expiresIn }), expires_in: expiresIn, scope: (scopes ?? ALL_DELEGATED_SCOPES).join(' ') });
    }
    throw new GraphHttpError(404, 'NotFound', `No simulator admin route ${method} ${url.pathname}.`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    const origin = req.headers.origin;
    const cors: Record<string, string> = {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS,
      ...(origin ? { Vary: 'Origin' } : {}),
    };
    if (req.method === 'OPTIONS') {
      const requested = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': requested ? `${ALLOWED_HEADERS}, ${requested}` : ALLOWED_HEADERS,
        'Access-Control-Max-Age': '86400',
      });
      res.end();
      return;
    }
    const requestId = randomUUID();
    const clientHeader = req.headers['client-request-id'];
    // Graph echoes the client's id, or reuses its own request-id when none was sent.
    const clientRequestId = typeof clientHeader === 'string' && clientHeader !== '' ? clientHeader : requestId;
    const base = { requestId, clientRequestId, baseUrl: `${sim.url}/v1.0` };
    let out: SimResponse | { html: string };
    try {
      if (url.pathname === '/_sim' || url.pathname.startsWith('/_sim/')) out = await handleAdmin(req, url);
      else if (url.pathname === '/v1.0' || url.pathname.startsWith('/v1.0/')) out = await handleGraph(req, url, base);
      else out = errorResponse(new GraphHttpError(400, 'BadRequest', `Invalid version: use /v1.0 (got ${url.pathname}).`), base);
    } catch (e) {
      if (e instanceof ConnectionReset) {
        req.socket.destroy();
        return;
      }
      if (e instanceof GraphHttpError) out = errorResponse(e, base);
      else {
        console.error('graph-simulator: unexpected error', e);
        out = errorResponse(new GraphHttpError(500, 'generalException', `Simulator error: ${(e as Error).message}`), base);
      }
    }
    const headers: Record<string, string> = {
      ...cors,
      'request-id': requestId,
      'client-request-id': clientRequestId,
      Date: new Date().toUTCString(),
      'Cache-Control': 'no-store',
    };
    if ('html' in out) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(out.html);
      return;
    }
    Object.assign(headers, out.headers);
    if (out.body === undefined || out.status === 204) {
      res.writeHead(out.status, headers);
      res.end();
      return;
    }
    res.writeHead(out.status, { ...headers, 'Content-Type': GRAPH_JSON });
    res.end(JSON.stringify(out.body));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('graph-simulator: request failed', e);
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const sim: RunningSimulator = {
    url: `http://${host}:${address.port}`,
    graphBaseUrl: `http://${host}:${address.port}/v1.0`,
    state,
    requestLog,
    setFaults: (f) => faults.set(f),
    issueToken: tokenFor,
    injectOnce: (rule) => faults.injectOnce(rule),
    flush,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await flush();
    },
  };
  return sim;
}
