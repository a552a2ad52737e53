/**
 * Starts the Graph simulator (test/graph-simulator) and builds the real Graph client against
 * it, with tokens from the simulator's token endpoint. Retry settings are small so fault
 * tests run in seconds.
 */
import { DemoTokenProvider } from '../../src/hosts/auth/demoProvider';
import { createGraph, type Graph } from '../../src/sync/gateway/graphClient';
import type { BatchSettings } from '../../src/sync/gateway/batch';

import type { RequestLogEntry, RunningSimulator, SimulatorOptions } from '../graph-simulator/types';

export type Simulator = RunningSimulator;
export type SimRequestLogEntry = RequestLogEntry;

type StartFn = (options?: SimulatorOptions) => Promise<Simulator>;

const modules = import.meta.glob('../graph-simulator/**/*.ts');

export async function loadSimulator(): Promise<StartFn | undefined> {
  const candidates = Object.keys(modules)
    .filter((p) => !p.includes('.test.'))
    .sort((a, b) => (a.endsWith('/index.ts') ? -1 : b.endsWith('/index.ts') ? 1 : a.localeCompare(b)));
  for (const path of candidates) {
    const load = modules[path];
    if (!load) continue;
    const mod = (await load()) as { startGraphSimulator?: StartFn };
    if (typeof mod.startGraphSimulator === 'function') return mod.startGraphSimulator;
  }
  return undefined;
}

export const simulatorStart = await loadSimulator();

/** Fast settings for tests: Retry-After is honoured as given (tests inject 1 s). */
export const FAST_BATCH: BatchSettings = { maxAttempts: 6, maxWaitSeconds: 2, backoffMs: 50 };

export interface Setup {
  readonly sim: Simulator;
  readonly graph: Graph;
  readonly tokens: DemoTokenProvider;
}

export async function setup(options: SimulatorOptions = {}): Promise<Setup> {
  if (!simulatorStart) throw new Error('Graph simulator not available');
  const sim = await simulatorStart({ seed: 'demo', ...options });
  const tokens = new DemoTokenProvider({ simulatorUrl: sim.url });
  const graph = createGraph({ tokenProvider: tokens, baseUrl: sim.url, retry: { delaySeconds: 0, maxRetries: 3 } });
  return { sim, graph, tokens };
}

/** Writes (POST/PATCH/DELETE, top level or inside a batch) logged since `mark`; the `$batch` envelope itself is not one. */
export function writesSince(sim: Simulator, mark: number): SimRequestLogEntry[] {
  return sim.requestLog.slice(mark).filter((e) => e.method !== 'GET' && !/\/\$batch$/.test(e.path) && !e.path.includes('/_sim/'));
}
