/**
 * Starts the Graph simulator (test/graph-simulator) and builds the real Graph client against
 * it, with tokens from the simulator's token endpoint. Retry settings are small so fault
 * tests run in seconds.
 */
import { DemoTokenProvider } from '../../src/hosts/auth/demoProvider';
import { createGraph, type Graph } from '../../src/sync/gateway/graphClient';
import type { BatchSettings } from '../../src/sync/gateway/batch';

import { startGraphSimulator } from '../graph-simulator/index';
import type { RequestLogEntry, RunningSimulator, SimulatorOptions } from '../graph-simulator/types';

export type Simulator = RunningSimulator;
export type SimRequestLogEntry = RequestLogEntry;

/** Fast settings for tests: Retry-After is honoured as given (tests inject 1 s). */
export const FAST_BATCH: BatchSettings = { maxAttempts: 6, maxWaitSeconds: 2, backoffMs: 50 };

export interface Setup {
  readonly sim: Simulator;
  readonly graph: Graph;
  readonly tokens: DemoTokenProvider;
}

export async function setup(options: SimulatorOptions = {}): Promise<Setup> {
  const sim = await startGraphSimulator({ seed: 'demo', ...options });
  const tokens = new DemoTokenProvider({ simulatorUrl: sim.url });
  const graph = createGraph({ tokenProvider: tokens, baseUrl: sim.url, retry: { delaySeconds: 0, maxRetries: 3 } });
  return { sim, graph, tokens };
}

/** Writes (POST/PATCH/DELETE, top level or inside a batch) logged since `mark`; the `$batch` envelope itself is not one. */
export function writesSince(sim: Simulator, mark: number): SimRequestLogEntry[] {
  return sim.requestLog.slice(mark).filter((e) => e.method !== 'GET' && !/\/\$batch$/.test(e.path) && !e.path.includes('/_sim/'));
}
