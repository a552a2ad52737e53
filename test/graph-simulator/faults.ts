/**
 * Fault injection and the Outlook throttling model (platform-facts §F, §G):
 * - random faults from FaultConfig, drawn from the injected RNG (one draw per request);
 * - a queue of scripted one-shot faults for tests;
 * - per app+mailbox: at most 4 requests in flight and 10,000 requests per 10 minutes.
 */
import { ConnectionReset, GraphHttpError } from './http.js';
import type { FaultConfig, InjectOnceRule, SimulatorLimits } from './types.js';

export const DEFAULT_FAULTS: FaultConfig = {
  rate429: 0, rate503: 0, rate504: 0, resetRate: 0, latencyMs: 0, retryAfterSeconds: 1,
};

const retryHeaders = (seconds: number | null | undefined): Record<string, string> =>
  seconds === null || seconds === undefined ? {} : { 'Retry-After': String(seconds) };

/** The error a status becomes when injected; Planner keeps its empty codes. */
export function injectedError(status: number, path: string, retryAfter: number | null | undefined, code?: string, message?: string): GraphHttpError {
  const planner = /^\/(planner|groups\/[^/]+\/planner)\//i.test(path);
  const table: Record<number, [string, string]> = {
    400: ['BadRequest', 'Bad request.'],
    401: ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'],
    403: [planner ? '' : 'ErrorAccessDenied', planner ? 'You do not have the required permissions to access this item.' : 'Access is denied. Check credentials and try again.'],
    404: [planner ? '' : 'ErrorItemNotFound', planner ? 'The requested item is not found.' : 'The specified object was not found in the store.'],
    409: [planner ? '' : 'ErrorIrresolvableConflict', 'The request conflicts with the current state of the item.'],
    412: [planner ? '' : 'ErrorIrresolvableConflict', planner ? 'The If-Match header contains an invalid value.' : 'The change key does not match the current change key for the item.'],
    429: ['TooManyRequests', 'Please retry again later.'],
    500: ['generalException', 'An unexpected error occurred.'],
    502: ['BadGateway', 'Bad gateway.'],
    503: ['serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.'],
    504: ['gatewayTimeout', 'The request timed out.'],
    507: ['quotaLimitReached', 'Insufficient storage.'],
  };
  const [defCode, defMessage] = table[status] ?? ['UnknownError', `Injected status ${status}.`];
  const withRetry = status === 429 || status === 503;
  return new GraphHttpError(status, code ?? defCode, message ?? defMessage, withRetry ? retryHeaders(retryAfter) : {});
}

export class FaultInjector {
  config: FaultConfig;
  private readonly queue: InjectOnceRule[] = [];

  constructor(initial: Partial<FaultConfig> | undefined, private readonly random: () => number) {
    this.config = { ...DEFAULT_FAULTS, ...initial };
  }

  set(f: Partial<FaultConfig>): void {
    this.config = { ...this.config, ...f };
  }

  injectOnce(rule: InjectOnceRule): void {
    this.queue.push(rule);
  }

  /**
   * Scripted faults first, then random ones. Throws the fault; returns when the request may proceed,
   * with the fault to raise once it has been carried out when the scripted one is `afterCommit`.
   */
  apply(method: string, path: string, opts: { randomStatuses: boolean; batchEnvelope?: boolean }): (() => never) | undefined {
    const i = this.queue.findIndex((q) => (!q.match.method || q.match.method.toUpperCase() === method) && (!q.match.path || q.match.path.test(path)));
    if (i >= 0) {
      const [rule] = this.queue.splice(i, 1);
      if (rule) {
        const action = rule.action;
        const raise = (): never => {
          if ('reset' in action) throw new ConnectionReset();
          throw injectedError(action.status, path, action.retryAfter ?? this.config.retryAfterSeconds, action.code, action.message);
        };
        if (action.afterCommit) return raise;
        raise();
      }
    }
    const c = this.config;
    // A whole batch refused: its own draw, made only when the share is set (seeded runs keep their sequence).
    if (opts.batchEnvelope && (c.batchRate429 ?? 0) > 0 && this.random() < (c.batchRate429 ?? 0)) throw injectedError(429, path, c.retryAfterSeconds);
    if (c.onlyPaths !== undefined && c.onlyPaths !== '' && !new RegExp(c.onlyPaths).test(path)) return undefined;
    if (c.resetRate + c.rate429 + c.rate503 + c.rate504 <= 0) return undefined;
    const x = this.random();
    // One draw decides: [0, reset) resets, then the 429, 503 and 504 bands follow one another.
    const resetEdge = c.resetRate;
    if (x < resetEdge) throw new ConnectionReset();
    if (!opts.randomStatuses) return undefined;
    const edge429 = resetEdge + c.rate429;
    const edge503 = edge429 + c.rate503;
    const edge504 = edge503 + c.rate504;
    if (x < edge429) throw injectedError(429, path, c.retryAfterSeconds);
    if (x < edge503) throw injectedError(503, path, c.retryAfterSeconds);
    if (x < edge504) throw injectedError(504, path, c.retryAfterSeconds);
    return undefined;
  }
}

export class MailboxThrottle {
  private readonly inFlight = new Map<string, number>();
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly limits: () => SimulatorLimits, private readonly now: () => number, private readonly retryAfter: () => number | null) {}

  /** Counts the request against the mailbox; throws 429 ApplicationThrottled when over a limit. */
  acquire(mailboxKey: string): void {
    const l = this.limits();
    const t = this.now();
    const stamps = (this.windows.get(mailboxKey) ?? []).filter((s) => s > t - l.mailboxWindowMs);
    this.windows.set(mailboxKey, stamps);
    if (stamps.length >= l.mailboxRequestsPerWindow) {
      const wait = Math.max(1, Math.ceil(((stamps[0] ?? t) + l.mailboxWindowMs - t) / 1000));
      // [unverified] message for the request budget; the concurrency message below is observed (§F1).
      throw new GraphHttpError(429, 'ApplicationThrottled', 'Application is over its MailboxRequests limit.', { 'Retry-After': String(wait) });
    }
    stamps.push(t);
    const busy = this.inFlight.get(mailboxKey) ?? 0;
    if (busy >= l.mailboxConcurrency) {
      const ra = this.retryAfter();
      throw new GraphHttpError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', ra === null ? {} : { 'Retry-After': String(ra) });
    }
    this.inFlight.set(mailboxKey, busy + 1);
  }

  release(mailboxKey: string): void {
    const busy = this.inFlight.get(mailboxKey) ?? 0;
    if (busy <= 1) this.inFlight.delete(mailboxKey);
    else this.inFlight.set(mailboxKey, busy - 1);
  }

  reset(): void {
    this.inFlight.clear();
    this.windows.clear();
  }
}
