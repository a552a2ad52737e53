/**
 * The request/response model shared by top-level requests and `$batch` items, and the Graph error
 * body (platform-facts §F4): `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 */

export interface SimRequest {
  method: string;
  /** Path below `/v1.0`, starting with '/', percent-decoded per segment, no query. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: unknown;
  requestId: string;
  clientRequestId: string;
  /** Absolute base for `@odata.nextLink`, e.g. http://127.0.0.1:4000/v1.0 */
  baseUrl: string;
  batchItem: boolean;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  /** `undefined` = no body (204). */
  body?: unknown;
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

/** Thrown by handlers; turned into a Graph error response by the pipeline. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** Thrown when the connection must be dropped without an answer (fault injection). */
export class ConnectionReset extends Error {
  constructor() {
    super('connection reset by fault injection');
    this.name = 'ConnectionReset';
  }
}

export function errorResponse(err: GraphHttpError, req: Pick<SimRequest, 'requestId' | 'clientRequestId'>): SimResponse {
  const body: GraphErrorBody = {
    error: {
      code: err.code,
      message: err.message,
      innerError: {
        // Graph's innerError.date has no fractional seconds and no zone suffix.
        date: new Date().toISOString().slice(0, 19),
        'request-id': req.requestId,
        'client-request-id': req.clientRequestId,
      },
    },
  };
  return { status: err.status, headers: { ...err.headers }, body };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers, body };
}

export function noContent(headers: Record<string, string> = {}): SimResponse {
  return { status: 204, headers };
}

export const badRequest = (code: string, message: string): GraphHttpError => new GraphHttpError(400, code, message);

/** OData's answer to a property the type does not define. */
export function unknownProperty(prop: string, typeName: string): GraphHttpError {
  return new GraphHttpError(
    400,
    'RequestBodyRead',
    `The property '${prop}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`,
  );
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses `Prefer` into a lower-cased key → raw value map (`return=representation`, `outlook.timezone="…"`). */
export function parsePrefer(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(',')) {
    const m = /^\s*([^=\s]+)\s*(?:=\s*(.*?))?\s*$/.exec(part);
    if (!m || m[1] === undefined) continue;
    const raw = m[2] ?? '';
    out.set(m[1].toLowerCase(), raw.replace(/^"(.*)"$/, '$1'));
  }
  return out;
}

import type { SimulatorState } from './state.js';
import type { SimulatorLimits } from './types.js';

/** What a resource handler may use: the store, the signed-in user, the clock and the limits. */
export interface HandlerContext {
  state: SimulatorState;
  /** oid of the token's user. */
  userId: string;
  now(): number;
  limits: SimulatorLimits;
}
