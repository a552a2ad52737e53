/** What a push or a removal reports: one outcome per plan item, none dropped. */
import type { DeadlineKey } from '../domain/model/entry';
import { cancelledError, type SyncError } from './gateway/errors';

export type SyncAction = 'create' | 'update' | 'delete' | 'keep';

export interface SyncOutcome {
  readonly key: DeadlineKey;
  readonly action: SyncAction;
  /** `skipped`: not attempted (cancelled before it was sent). */
  readonly status: 'done' | 'failed' | 'skipped';
  readonly error?: SyncError;
  /** The event or task id, when known. */
  readonly id?: string;
}

export interface SyncProgress {
  readonly done: number;
  readonly total: number;
  readonly outcome: SyncOutcome;
}

export interface RunOptions {
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly signal?: AbortSignal;
}

export interface SyncReport {
  readonly outcomes: readonly SyncOutcome[];
  readonly counts: { readonly done: number; readonly failed: number; readonly skipped: number };
}

/** Collects outcomes, reports progress, and refuses to record one key/action twice. */
export class OutcomeRecorder {
  private readonly outcomes: SyncOutcome[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly total: number,
    private readonly run: RunOptions,
  ) {}

  record(outcome: SyncOutcome, slot: string): void {
    if (this.seen.has(slot)) return;
    this.seen.add(slot);
    this.outcomes.push(outcome);
    this.run.onProgress?.({ done: this.outcomes.length, total: this.total, outcome });
  }

  has(slot: string): boolean {
    return this.seen.has(slot);
  }

  /** Items not reached because the run was cancelled (or stopped by an earlier failure). */
  skipRest(items: readonly { readonly slot: string; readonly key: DeadlineKey; readonly action: SyncAction; readonly id?: string }[], error: SyncError = cancelledError()): void {
    for (const item of items) if (!this.seen.has(item.slot)) this.record({ key: item.key, action: item.action, status: 'skipped', error, id: item.id }, item.slot);
  }

  report(): SyncReport {
    const counts = { done: 0, failed: 0, skipped: 0 };
    for (const o of this.outcomes) counts[o.status]++;
    return { outcomes: [...this.outcomes], counts };
  }
}
