/**
 * Typed errors of the sync layer. The UI maps `code` to nb/nn/en text; `message` is for
 * developers and logs. Graph's own error code and request-id are kept so a support case can
 * quote them.
 */

export type SyncErrorCode =
  | 'consent-required'
  | 'forbidden'
  | 'throttled'
  | 'network'
  | 'not-found'
  | 'conflict'
  | 'invalid-request'
  | 'cancelled'
  | 'unknown';

export interface SyncErrorDetails {
  /** HTTP status, when there was a response. */
  readonly status?: number;
  /** `error.code` from Graph's body (Planner often sends an empty string). */
  readonly graphCode?: string;
  readonly requestId?: string;
  /** True when a write may or may not have reached the service (the response was lost). */
  readonly outcomeUnknown?: boolean;
  readonly cause?: unknown;
}

export class SyncError extends Error {
  override readonly name = 'SyncError';
  readonly code: SyncErrorCode;
  readonly status?: number;
  readonly graphCode?: string;
  readonly requestId?: string;
  readonly outcomeUnknown: boolean;

  constructor(code: SyncErrorCode, message: string, details: SyncErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.graphCode = details.graphCode;
    this.requestId = details.requestId;
    this.outcomeUnknown = details.outcomeUnknown ?? false;
  }
}

export function isSyncError(value: unknown): value is SyncError {
  return value instanceof SyncError;
}

/** Maps an HTTP status (and Graph's code) to our code. */
export function codeForStatus(status: number, graphCode?: string): SyncErrorCode {
  if (status === 401) return 'consent-required';
  if (status === 403) {
    // Graph answers 403 both for a missing scope and for Planner's limits (MaximumTasksInProject …).
    return graphCode && /^Maximum/.test(graphCode) ? 'invalid-request' : 'forbidden';
  }
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status === 503 || status === 504 || status === 509) return 'throttled';
  if (status === 400 || status === 405 || status === 413 || status === 415 || status === 422) return 'invalid-request';
  return 'unknown';
}

interface GraphErrorBody {
  readonly error?: {
    readonly code?: unknown;
    readonly message?: unknown;
    readonly innerError?: Record<string, unknown>;
    readonly innererror?: Record<string, unknown>;
  };
}

/** Builds a SyncError from a Graph error response (a whole response or one `$batch` item). */
export function syncErrorFromResponse(
  status: number,
  body: unknown,
  headers: (name: string) => string | undefined,
): SyncError {
  const error = (body as GraphErrorBody | null | undefined)?.error;
  const graphCode = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const inner = error?.innerError ?? error?.innererror;
  const innerId = inner?.['request-id'];
  const requestId = headers('request-id') ?? (typeof innerId === 'string' ? innerId : undefined);
  return new SyncError(codeForStatus(status, graphCode), message, { status, graphCode, requestId });
}

/** Wraps anything thrown into a SyncError without losing it. */
export function toSyncError(value: unknown): SyncError {
  if (value instanceof SyncError) return value;
  if (isAbortError(value)) return new SyncError('cancelled', 'The operation was cancelled', { cause: value });
  if (value instanceof Error) return new SyncError('unknown', value.message, { cause: value });
  return new SyncError('unknown', String(value), { cause: value });
}

export function isAbortError(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    ((value as { name: unknown }).name === 'AbortError' || (value as { name: unknown }).name === 'TimeoutError')
  );
}

export function cancelledError(): SyncError {
  return new SyncError('cancelled', 'The operation was cancelled');
}

/**
 * `error` of a write that may have been carried out (a 5xx, or an answer lost), marked
 * `outcomeUnknown` so the caller looks before it writes again. A read is never marked.
 */
export function withOutcomeUnknown(error: SyncError, method: string): SyncError {
  if (method === 'GET' || error.outcomeUnknown) return error;
  return new SyncError(error.code, error.message, {
    status: error.status,
    graphCode: error.graphCode,
    requestId: error.requestId,
    outcomeUnknown: true,
    cause: error,
  });
}
