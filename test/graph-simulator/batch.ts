/**
 * JSON batching (platform-facts §E, §I.9): at most 20 requests, ids unique case-insensitively, outer
 * 200, items answered in any order, `dependsOn` with 424 for dependents of a failed item, per-item
 * errors (429 with `Retry-After` in the item headers), item header key exactly `Content-Type`, 204 items
 * with `body: null`, and Outlook items at most 4 in parallel.
 */
import { ConnectionReset, GraphHttpError, badRequest, errorResponse, isRecord, type SimRequest, type SimResponse } from './http.js';

export const MAX_BATCH_REQUESTS = 20;
export const OUTLOOK_BATCH_PARALLELISM = 4;

export interface BatchItemRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface BatchDeps {
  /** Runs one item through the same pipeline as a top-level request (faults, throttling, handler). */
  execute(req: SimRequest): Promise<SimResponse>;
  isOutlook(path: string): boolean;
  shuffle: boolean;
  random: () => number;
  /** Template for item requests: ids, base URL. */
  makeRequest(parts: { method: string; path: string; query: URLSearchParams; headers: Record<string, string>; body: unknown }): SimRequest;
}

const invalid = (why: string): GraphHttpError => badRequest('BadRequest', `Invalid batch payload format. ${why}`);

function parseItems(body: unknown): BatchItemRequest[] {
  if (!isRecord(body) || !Array.isArray(body.requests)) throw invalid('The body needs a "requests" array.');
  const items = body.requests as unknown[];
  if (items.length === 0) throw invalid('The "requests" array is empty.');
  if (items.length > MAX_BATCH_REQUESTS) throw badRequest('BadRequest', `The number of batch requests exceeds the maximum of ${MAX_BATCH_REQUESTS}.`);
  const seen = new Set<string>();
  const parsed = items.map((raw): BatchItemRequest => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '' || typeof raw.method !== 'string' || typeof raw.url !== 'string') {
      throw invalid('Every request needs string id, method and url.');
    }
    // Ids are case-insensitive: "A" and "a" collide (platform-facts §E).
    const key = raw.id.toLowerCase();
    if (seen.has(key)) throw badRequest('BadRequest', `Batch request ids must be unique; '${raw.id}' is used more than once.`);
    seen.add(key);
    if (raw.dependsOn !== undefined && (!Array.isArray(raw.dependsOn) || !raw.dependsOn.every((d) => typeof d === 'string'))) {
      throw invalid(`dependsOn of '${raw.id}' must be an array of ids.`);
    }
    if (raw.headers !== undefined && !isRecord(raw.headers)) throw invalid(`headers of '${raw.id}' must be an object.`);
    return {
      id: raw.id, method: raw.method.toUpperCase(), url: raw.url,
      ...(raw.headers !== undefined ? { headers: Object.fromEntries(Object.entries(raw.headers).map(([k, v]) => [k, String(v)])) } : {}),
      ...('body' in raw ? { body: raw.body } : {}),
      ...(raw.dependsOn !== undefined ? { dependsOn: raw.dependsOn as string[] } : {}),
    };
  });
  const byId = new Map(parsed.map((p) => [p.id.toLowerCase(), p]));
  for (const p of parsed) {
    for (const d of p.dependsOn ?? []) if (!byId.has(d.toLowerCase())) throw invalid(`'${p.id}' depends on unknown id '${d}'.`);
  }
  // Reject cycles up front; they would never finish.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): void => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') throw invalid(`dependsOn forms a cycle through '${id}'.`);
    state.set(id, 'visiting');
    for (const d of byId.get(id)?.dependsOn ?? []) visit(d.toLowerCase());
    state.set(id, 'done');
  };
  for (const p of parsed) visit(p.id.toLowerCase());
  return parsed;
}

class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

function itemRequest(item: BatchItemRequest, deps: BatchDeps): SimRequest | GraphHttpError {
  if (/^[a-z]+:\/\//i.test(item.url)) return badRequest('BadRequest', 'Batch request urls must be relative to the version, e.g. /me/events.');
  // Relative URLs are accepted with or without the leading slash.
  let rel = item.url.startsWith('/') ? item.url : `/${item.url}`;
  // graph-client's BatchRequestContent strips the version only for Graph hosts, so pointed at the
  // simulator it sends "/v1.0/me/events"; accept that prefix here (Graph itself gets "/me/events").
  if (/^\/v1\.0(\/|$)/i.test(rel)) rel = rel.slice('/v1.0'.length) || '/';
  const q = rel.indexOf('?');
  const rawPath = q < 0 ? rel : rel.slice(0, q);
  let path: string;
  try {
    path = rawPath.split('/').map((s) => decodeURIComponent(s)).join('/');
  } catch {
    return badRequest('BadRequest', `Invalid url '${item.url}'.`);
  }
  const headers = Object.fromEntries(Object.entries(item.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  let body: unknown = item.body;
  if (body !== undefined) {
    const type = headers['content-type'];
    // [unverified] which level fails: a body without Content-Type fails that item, not the batch.
    if (type === undefined) return badRequest('BadRequest', 'A request with a body must carry a Content-Type header.');
    if (typeof body === 'string' && /json/i.test(type)) {
      try {
        body = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
      } catch {
        return badRequest('BadRequest', 'The request body is neither JSON nor base64-encoded JSON.');
      }
    }
  }
  return deps.makeRequest({ method: item.method, path, query: new URLSearchParams(q < 0 ? '' : rel.slice(q + 1)), headers, body });
}

function toItem(id: string, res: SimResponse): BatchItemResponse {
  const headers: Record<string, string> = { ...res.headers };
  if (res.status === 204 || res.body === undefined) {
    // graph-client's BatchResponseContent builds `new Response(body)`: a 204 must have body null and
    // no JSON Content-Type, or it would serialise "null" and the Response constructor throws.
    return { id, status: res.status, headers, body: null };
  }
  headers['Content-Type'] = 'application/json';
  return { id, status: res.status, headers, body: res.body };
}

/** Returns the outer response body; throws GraphHttpError (outer 400) or ConnectionReset. */
export async function runBatch(body: unknown, outer: Pick<SimRequest, 'requestId' | 'clientRequestId'>, deps: BatchDeps): Promise<{ responses: BatchItemResponse[] }> {
  const items = parseItems(body);
  const outlook = new Semaphore(OUTLOOK_BATCH_PARALLELISM);
  const results = new Map<string, Promise<BatchItemResponse>>();
  let reset: ConnectionReset | undefined;

  const runItem = async (item: BatchItemRequest): Promise<BatchItemResponse> => {
    const before = await Promise.all((item.dependsOn ?? []).map((d) => results.get(d.toLowerCase())));
    if (before.some((r) => r === undefined || r.status >= 400)) {
      const err = new GraphHttpError(424, 'FailedDependency', 'The request depends on a request that failed.');
      return toItem(item.id, errorResponse(err, outer));
    }
    const req = itemRequest(item, deps);
    if (req instanceof GraphHttpError) return toItem(item.id, errorResponse(req, outer));
    const exec = (): Promise<SimResponse> => deps.execute(req);
    try {
      const res = deps.isOutlook(req.path) ? await outlook.run(exec) : await exec();
      return toItem(item.id, res);
    } catch (e) {
      if (e instanceof ConnectionReset) {
        reset = e;
        return toItem(item.id, { status: 500, headers: {} });
      }
      throw e;
    }
  };

  // Every item is scheduled before any runs, so dependsOn can look up its predecessors.
  const deferred = new Map<string, (v: BatchItemResponse) => void>();
  for (const item of items) {
    results.set(item.id.toLowerCase(), new Promise((resolve) => deferred.set(item.id.toLowerCase(), resolve)));
  }
  await Promise.all(items.map(async (item) => {
    const res = await runItem(item);
    deferred.get(item.id.toLowerCase())?.(res);
  }));
  if (reset) throw reset;

  const responses = await Promise.all(items.map((i) => results.get(i.id.toLowerCase()) as Promise<BatchItemResponse>));
  if (deps.shuffle) {
    for (let i = responses.length - 1; i > 0; i--) {
      const j = Math.floor(deps.random() * (i + 1));
      const a = responses[i];
      const b = responses[j];
      if (a && b) { responses[i] = b; responses[j] = a; }
    }
  }
  return { responses };
}
