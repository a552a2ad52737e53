/**
 * The push bench's rig: the Graph simulator in this process on a random port, and the app's
 * own Graph client against it over real HTTP (`createGraph` with the app's default retry
 * settings, tokens from the simulator's token endpoint, as in the demo). Requests are counted
 * where they arrive: the simulator's request log has one entry per inbound HTTP request to
 * `/v1.0` and one per `$batch` item (marked), so a batch is one HTTP request. Token requests
 * (`/_sim/token`) are not Graph traffic and are not logged.
 */
import { DemoTokenProvider } from '../../../src/hosts/auth/demoProvider';
import { createGraph, type Graph } from '../../../src/sync/gateway/graphClient';
import { startGraphSimulator, type FaultConfig, type RequestLogEntry, type RunningSimulator } from '../../../test/graph-simulator/index';
import { seededRandom } from '../../../test/graph-simulator/testkit';

export interface Rig {
  readonly sim: RunningSimulator;
  readonly graph: Graph;
  close(): Promise<void>;
}

export async function startRig(options: { readonly seed: number; readonly faults?: Partial<FaultConfig> }): Promise<Rig> {
  const sim = await startGraphSimulator({ seed: 'demo', random: seededRandom(options.seed), shuffleBatchResponses: true, faults: options.faults });
  // As src/app/graphServices.ts builds it in the demo: origin only, the client adds /v1.0.
  const graph = createGraph({ tokenProvider: new DemoTokenProvider({ simulatorUrl: sim.url }), baseUrl: sim.url });
  return { sim, graph, close: () => sim.close() };
}

export interface Traffic {
  /** Inbound HTTP requests to Graph; a `$batch` is one. */
  readonly http: number;
  readonly batches: number;
  /** POST/PATCH/DELETE operations, top level or inside a batch (the `$batch` envelope is not one). */
  readonly writes: number;
  /** GET operations, top level or inside a batch. */
  readonly reads: number;
  /** Answers with status 429, top level or batch item. */
  readonly throttled: number;
}

const isBatchEnvelope = (e: RequestLogEntry) => !e.batchItem && /^\/\$batch$/i.test(e.path);

export function trafficSince(sim: RunningSimulator, mark: number): Traffic {
  const log = sim.requestLog.slice(mark);
  const operations = log.filter((e) => !isBatchEnvelope(e));
  return {
    http: log.filter((e) => !e.batchItem).length,
    batches: log.filter(isBatchEnvelope).length,
    writes: operations.filter((e) => e.method !== 'GET').length,
    reads: operations.filter((e) => e.method === 'GET').length,
    throttled: log.filter((e) => e.status === 429).length,
  };
}

/** The HTTP requests by method and path (ids as `{id}`), most frequent first: "21× POST /$batch, …". */
export function describeHttp(log: readonly RequestLogEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of log) {
    if (e.batchItem) continue;
    const key = `${e.method} ${e.path.replace(/\/[A-Za-z0-9_-]{20,}/g, '/{id}')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${n}× ${key}`)
    .join(', ');
}

/** Runs `work`, returning its result, its wall time and the Graph traffic it caused. */
export async function measure<T>(sim: RunningSimulator, work: () => Promise<T>): Promise<{ result: T; ms: number; traffic: Traffic; http: string }> {
  const mark = sim.requestLog.length;
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  return { result, ms, traffic: trafficSince(sim, mark), http: describeHttp(sim.requestLog.slice(mark)) };
}
