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
const sources = import.meta.glob<string>('../graph-simulator/**/*.ts', { query: '?raw', import: 'default' });

/**
 * Finds the module that exports `startGraphSimulator` by its text, so files of the simulator
 * that are still being written are never imported; the sync tests skip until it exists.
 */
export async function loadSimulator(): Promise<StartFn | undefined> {
  for (const [path, readSource] of Object.entries(sources)) {
    if (path.includes('.test.')) continue;
    const text = await readSource();
    if (!/export\s+(async\s+)?function\s+startGraphSimulator|export\s*\{[^}]*\bstartGraphSimulator\b/.test(text)) continue;
    const load = modules[path];
    const mod = (await load?.()) as { startGraphSimulator?: StartFn } | undefined;
    if (typeof mod?.startGraphSimulator === 'function') return mod.startGraphSimulator;
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
