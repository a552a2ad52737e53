/**
 * Public contract of the local Microsoft Graph simulator. Other parts of the project (dev server,
 * demo, sync tests) code against these names; keep them stable.
 */
import type { SimulatorState } from './state.js';

export interface FaultConfig {
  /** Share (0..1) of Graph requests answered 429 TooManyRequests. @default 0 */
  rate429: number;
  /** Share (0..1) answered 503 serviceNotAvailable. @default 0 */
  rate503: number;
  /** Share (0..1) answered 504 gatewayTimeout. @default 0 */
  rate504: number;
  /** Share (0..1) of requests whose socket is destroyed without an answer. @default 0 */
  resetRate: number;
  /**
   * Share (0..1) of `$batch` envelopes refused whole with 429 before any item runs. Graph
   * throttles a batch's items one by one as a rule; a whole batch can be refused too.
   * [unverified] how often that happens against real Graph. @default 0
   */
  batchRate429?: number;
  /** Delay added to every Graph request (and every `$batch` item). @default 0 */
  latencyMs: number;
  /** Retry-After sent with 429/503; `null` sends none. @default 1 */
  retryAfterSeconds: number | null;
  /** Only requests whose path matches this regular expression get random faults. */
  onlyPaths?: string;
}

/** Service limits; the defaults are the published numbers (platform-facts §D6, §F2), lowered in tests. */
export interface SimulatorLimits {
  tasksPerPlan: number;
  activeTasksPerPlan: number;
  bucketsPerPlan: number;
  assigneesPerTask: number;
  referencesPerTask: number;
  checklistItemsPerTask: number;
  /** Outlook: requests per app+mailbox per window. */
  mailboxRequestsPerWindow: number;
  mailboxWindowMs: number;
  /** Outlook: requests in flight per app+mailbox. */
  mailboxConcurrency: number;
}

export const DEFAULT_LIMITS: SimulatorLimits = {
  tasksPerPlan: 9000,
  activeTasksPerPlan: 3000,
  bucketsPerPlan: 200,
  assigneesPerTask: 20,
  referencesPerTask: 15,
  checklistItemsPerTask: 20,
  mailboxRequestsPerWindow: 10_000,
  mailboxWindowMs: 10 * 60_000,
  mailboxConcurrency: 4,
};

export interface SimulatorOptions {
  /** 0 = random free port. @default 0 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** JSON file the state is persisted to; omit to keep state in memory only. */
  stateFile?: string;
  faults?: Partial<FaultConfig>;
  /** @default 'demo' */
  seed?: 'demo' | 'empty';
  /** Seeded RNG for tests (faults, batch shuffle). @default Math.random */
  random?: () => number;
  /** Answer `$batch` items in a shuffled order, as Graph may. @default true */
  shuffleBatchResponses?: boolean;
  limits?: Partial<SimulatorLimits>;
  /** Clock for the throttling window and timestamps. @default Date.now */
  now?: () => number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  batchItem?: boolean;
}

/** What a scripted one-shot fault matches: method and/or a regular expression on the path (no query). */
export interface InjectMatch {
  method?: string;
  path?: RegExp;
}

/**
 * `afterCommit`: the request is carried out first and only its answer is replaced (a 504 after the
 * write went through, a connection lost on the way back): what a client must not take for "not done".
 */
export type InjectAction =
  | { status: number; retryAfter?: number; code?: string; message?: string; afterCommit?: boolean }
  | { reset: true; afterCommit?: boolean };

export interface InjectOnceRule {
  match: InjectMatch;
  action: InjectAction;
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:4321 */
  url: string;
  /** url + '/v1.0' */
  graphBaseUrl: string;
  close(): Promise<void>;
  setFaults(f: Partial<FaultConfig>): void;
  state: SimulatorState;
  requestLog: ReadonlyArray<RequestLogEntry>;
  issueToken(opts?: { scopes?: string[]; userId?: string; expiresInSeconds?: number }): string;
  /** The next request (top-level or `$batch` item) matching `rule.match` gets `rule.action`, once. */
  injectOnce(rule: InjectOnceRule): void;
  /** Writes pending state to the state file now. */
  flush(): Promise<void>;
}
