import type { Browser, Page } from 'playwright-core';

/** One line of the benchmark table. Rows print; nothing asserts them. */
export interface BenchRow {
  readonly section: string;
  readonly metric: string;
  /** e.g. "≤ 230 KB"; empty when there is none. */
  readonly target: string;
  readonly measured: string;
  /** Met, missed, or no target / not measured. */
  readonly verdict: 'ok' | 'over' | '';
  readonly note?: string;
}

/** What every section gets: the production build served locally, and a browser. */
export interface BenchContext {
  /** Base URL of the served build, ending in `/`. */
  readonly baseUrl: string;
  /** The build's output directory. */
  readonly outDir: string;
  /** The HTML entries built, by name (`tab` only when the app has an index.html). */
  readonly entries: Readonly<Record<string, string>>;
  readonly browser: Browser;
  /** A fresh page in a fresh context (cold cache), with the CPU slowed down `cpuSlowdown` times. */
  newPage(cpuSlowdown?: number): Promise<Page>;
}

/** A section module in scripts/bench/sections exports this. */
export type BenchSection = (context: BenchContext) => Promise<BenchRow[]>;

/**
 * What a module in scripts/bench/sections exports. A section that measures without the build
 * or a browser (e.g. against the Graph simulator) says `needs = 'node'` and gets no context;
 * when every selected section says so, `npm run bench -- <name>` skips the build.
 */
export type BenchModule =
  | { readonly needs?: 'browser'; readonly default: BenchSection }
  | { readonly needs: 'node'; readonly default: () => Promise<BenchRow[]> };
