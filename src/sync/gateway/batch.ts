/**
 * JSON batching (`POST /$batch`, at most 20 requests each) with our own retry of throttled
 * items: Graph answers the batch 200 and puts 429/503/504 on single items with their own
 * Retry-After, which the SDK's RetryHandler never sees.
 *
 * Guarantees: every request gets exactly one result; nothing is dropped. Throttled items are
 * re-queued and sent again after the longest Retry-After among them (capped), or an
 * exponential back-off when none is given, for a bounded number of attempts. A 5xx (on an item
 * or on the batch) or a batch lost to the network may come after the write was done, so such
 * a request is sent again only when marked `idempotent` (reads, PATCH/DELETE, and event POSTs
 * carrying a transactionId); any other write gets an `outcomeUnknown` result, and the caller
 * re-reads before deciding (Planner creates). A 429 is refused before anything is done and is
 * always sent again.
 */
import { SyncError, syncErrorFromResponse, toSyncError, withOutcomeUnknown } from './errors';
import { graphRequest, type Graph, type HttpMethod } from './graphClient';
import type { Limiter } from './limiter';

export const MAX_BATCH_SIZE = 20;

export interface BatchRequest {
  /** Unique within one `executeBatch` call. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Relative to the version root: `/me/events`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Safe to send again when the response was lost. */
  readonly idempotent: boolean;
}

export interface BatchResult {
  readonly id: string;
  /** HTTP status of the item; 0 when no response was ever received. */
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly error?: SyncError;
  readonly attempts: number;
}

export interface BatchSettings {
  /** Attempts per item, counting the first (default 5). */
  readonly maxAttempts?: number;
  /** Upper bound for one wait in seconds, whatever Retry-After says (default 60). */
  readonly maxWaitSeconds?: number;
  /** First back-off in ms when no Retry-After is given; doubles per round (default 1000). */
  readonly backoffMs?: number;
  /** Items per batch (default and maximum 20). */
  readonly chunkSize?: number;
  /** Injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface BatchRunOptions extends BatchSettings {
  /** Scopes covering every request in the batch. */
  readonly scopes: readonly string[];
  readonly signal?: AbortSignal;
  /** Per mailbox; a batch takes all slots. */
  readonly limiter?: Limiter;
  /** Called once per request, when its final result is known. */
  readonly onResult?: (result: BatchResult) => void;
}

const RETRYABLE_ITEM_STATUS = new Set([429, 503, 504, 424]);

interface BatchResponseItem {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** The back-off before attempt `attempt + 1` when no Retry-After is given: `backoffMs` (1 s), doubling. */
export function backoffDelayMs(settings: Pick<BatchSettings, 'backoffMs'> | undefined, attempt: number): number {
  return (settings?.backoffMs ?? 1000) * 2 ** (attempt - 1);
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SyncError('cancelled', 'The operation was cancelled'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncError('cancelled', 'The operation was cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function header(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** Retry-After in seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, (date - now) / 1000) : undefined;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toBatchItem(request: BatchRequest): Record<string, unknown> {
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  // Graph requires Content-Type on every item that has a body.
  if (request.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/json';
  }
  return {
    id: request.id,
    method: request.method,
    url: request.url,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
}

export async function executeBatch(graph: Graph, requests: readonly BatchRequest[], options: BatchRunOptions): Promise<Map<string, BatchResult>> {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxWaitMs = (options.maxWaitSeconds ?? 60) * 1000;
  const size = Math.min(MAX_BATCH_SIZE, Math.max(1, options.chunkSize ?? MAX_BATCH_SIZE));
  const sleep = options.sleep ?? abortableSleep;

  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id.toLowerCase())) throw new SyncError('invalid-request', `Duplicate batch id ${r.id}`);
    ids.add(r.id.toLowerCase()); // Graph compares ids case-insensitively
  }

  const results = new Map<string, BatchResult>();
  const attempts = new Map<string, number>(requests.map((r) => [r.id, 0]));
  const finish = (result: BatchResult) => {
    results.set(result.id, result);
    options.onResult?.(result);
  };
  const fail = (request: BatchRequest, error: SyncError, status = error.status ?? 0) =>
    finish({ id: request.id, status, ok: false, headers: {}, body: null, error, attempts: attempts.get(request.id) ?? 0 });

  let queue = [...requests];
  let round = 0;
  let refreshedToken = false;
  while (queue.length > 0) {
    round++;
    const again: BatchRequest[] = [];
    let waitMs = 0;
    let anyRetryAfter = false;

    for (const part of chunk(queue, size)) {
      if (options.signal?.aborted) {
        for (const request of part) fail(request, new SyncError('cancelled', 'The operation was cancelled'));
        continue;
      }
      for (const request of part) attempts.set(request.id, (attempts.get(request.id) ?? 0) + 1);
      let items: BatchResponseItem[];
      try {
        const send = () =>
          graphRequest<{ responses?: BatchResponseItem[] }>(graph, {
            method: 'POST',
            path: '/$batch',
            scopes: options.scopes,
            body: { requests: part.map(toBatchItem) },
            signal: options.signal,
            resendable: part.every((r) => r.idempotent),
          });
        const { body } = await (options.limiter ? options.limiter.run(send, options.limiter.capacity) : send());
        items = Array.isArray(body?.responses) ? body.responses : [];
      } catch (thrown) {
        const error = toSyncError(thrown);
        // Throttled: the envelope was refused before any item ran, so everything may be resent.
        // Network loss or a 5xx: items may have run; only idempotent ones are resent.
        const refused = error.code === 'throttled';
        const mayHaveRun = error.code === 'network' || (error.status ?? 0) >= 500;
        for (const request of part) {
          const n = attempts.get(request.id) ?? 0;
          if (error.code === 'cancelled') fail(request, withOutcome(error, request, true));
          else if (n >= maxAttempts || !(refused || mayHaveRun)) fail(request, withOutcome(error, request, mayHaveRun));
          else if (mayHaveRun && !request.idempotent) fail(request, withOutcome(error, request, true));
          else again.push(request);
        }
        continue;
      }

      const byId = new Map<string, BatchResponseItem>();
      for (const item of items) if (typeof item.id === 'string') byId.set(item.id.toLowerCase(), item);
      let unauthorized = false;
      for (const request of part) {
        const item = byId.get(request.id.toLowerCase());
        const n = attempts.get(request.id) ?? 0;
        if (!item || typeof item.status !== 'number') {
          // The batch answered without this item: treat like a lost response.
          if (request.idempotent && n < maxAttempts) again.push(request);
          else fail(request, withOutcome(new SyncError('network', `No response for batch item ${request.id}`), request, true));
          continue;
        }
        const status = item.status;
        if (status >= 200 && status < 300) {
          finish({ id: request.id, status, ok: true, headers: item.headers ?? {}, body: item.body ?? null, attempts: n });
          continue;
        }
        const error = syncErrorFromResponse(status, item.body, (name) => header(item.headers, name));
        // [unverified] whether a 503 only ever comes before the work is done: taken as a 504 is.
        const mayHaveRun = status >= 500;
        if (status === 401 && !refreshedToken && n < maxAttempts) {
          unauthorized = true;
          again.push(request);
        } else if (RETRYABLE_ITEM_STATUS.has(status) && n < maxAttempts && (request.idempotent || !mayHaveRun)) {
          const after = retryAfterSeconds(header(item.headers, 'Retry-After'));
          if (after !== undefined) {
            anyRetryAfter = true;
            waitMs = Math.max(waitMs, after * 1000);
          }
          again.push(request);
        } else {
          finish({ id: request.id, status, ok: false, headers: item.headers ?? {}, body: item.body ?? null, error: withOutcome(error, request, mayHaveRun), attempts: n });
        }
      }
      if (unauthorized) {
        // An item's token was rejected (expired mid-run): get a fresh one before the next round.
        refreshedToken = true;
        await graph.tokenProvider.getToken(options.scopes, { forceRefresh: true });
      }
    }

    queue = again;
    if (queue.length === 0) break;
    const backoff = anyRetryAfter ? waitMs : Math.max(waitMs, backoffDelayMs(options, round));
    try {
      await sleep(Math.min(backoff, maxWaitMs), options.signal);
    } catch (thrown) {
      const error = toSyncError(thrown);
      for (const request of queue) fail(request, error.code === 'cancelled' ? error : new SyncError('cancelled', error.message));
      queue = [];
    }
  }
  return results;
}

function withOutcome(error: SyncError, request: BatchRequest, mayHaveRun: boolean): SyncError {
  return mayHaveRun ? withOutcomeUnknown(error, request.method) : error;
}
