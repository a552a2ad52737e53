/** Shared helpers for the simulator's own tests: a seeded RNG and a small fetch wrapper. */
import { startGraphSimulator } from './server.js';
import type { RunningSimulator, SimulatorOptions } from './types.js';

/** mulberry32: small deterministic RNG so fault and shuffle tests repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const startTestSimulator = (opts: SimulatorOptions = {}): Promise<RunningSimulator> =>
  startGraphSimulator({ seed: 'demo', random: seededRandom(7), ...opts });

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // Tests read arbitrary Graph JSON; `any` keeps the assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export type Caller = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<CallResult>;

/** Calls `sim.graphBaseUrl + path` with a bearer token (all delegated scopes unless one is given). */
export function caller(sim: RunningSimulator, token: string | null = sim.issueToken()): Caller {
  return async (method, path, body, headers = {}) => {
    const res = await fetch(path.startsWith('http') ? path : `${sim.graphBaseUrl}${path}`, {
      method,
      headers: {
        ...(token !== null ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
  };
}

export const TAG_ID = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name SyncKey';

export function allDay(date: string, next: string, zone = 'W. Europe Standard Time'): Record<string, unknown> {
  return { isAllDay: true, start: { dateTime: `${date}T00:00:00`, timeZone: zone }, end: { dateTime: `${next}T00:00:00`, timeZone: zone } };
}

export const q = (s: string): string => encodeURIComponent(s);
