/**
 * The calendar diff: what we want (desired events) against what Graph says exists (events
 * carrying our key property). Pure.
 *
 * Tie-break when several events carry one key (a duplicate left by an older client or by a
 * create whose response was lost before transactionId existed): the oldest event
 * (createdDateTime, then id) is kept and the rest are deleted, so duplicates heal themselves.
 */
import type { DeadlineKey } from '../../domain/model/entry';
import type { DesiredEvent } from './eventMapping';

/** An event of ours as read back from Graph. */
export interface ExistingEvent {
  readonly id: string;
  readonly key: string;
  /** Undefined when the hash property was missing (treated as changed). */
  readonly hash?: string;
  readonly createdDateTime?: string;
  readonly subject?: string;
}

export type CalendarPlanItem =
  | { readonly kind: 'create'; readonly key: DeadlineKey; readonly desired: DesiredEvent }
  | { readonly kind: 'update'; readonly key: DeadlineKey; readonly eventId: string; readonly desired: DesiredEvent }
  | { readonly kind: 'keep'; readonly key: DeadlineKey; readonly eventId: string }
  | {
      readonly kind: 'delete';
      readonly key: DeadlineKey;
      readonly eventId: string;
      /**
       * `duplicate`: a second event with a key we keep; `unselected`: the deadline is not in the
       * selection; `withdrawn`: the deadline is no longer in the årshjul; `removed`: asked for.
       */
      readonly reason: 'duplicate' | 'unselected' | 'withdrawn' | 'removed';
    };

export interface CalendarPlanOptions {
  /** Delete our events whose deadline is not in the selection (default true). */
  readonly prune?: boolean;
  /**
   * Every deadline key the årshjul has now. When given, pruning spares unselected deadlines that
   * are still in it and deletes only events of deadlines that were withdrawn: pushing a second
   * selection never takes away the first.
   */
  readonly current?: ReadonlySet<string>;
}

export interface PlanCounts {
  readonly create: number;
  readonly update: number;
  readonly keep: number;
  readonly delete: number;
}

export function compareOldestFirst(
  a: { readonly createdDateTime?: string; readonly id: string },
  b: { readonly createdDateTime?: string; readonly id: string },
): number {
  const ta = a.createdDateTime ? Date.parse(a.createdDateTime) : Number.POSITIVE_INFINITY;
  const tb = b.createdDateTime ? Date.parse(b.createdDateTime) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function groupByKey<T extends { readonly key: string; readonly id: string; readonly createdDateTime?: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.key);
    if (list) list.push(item);
    else groups.set(item.key, [item]);
  }
  for (const list of groups.values()) list.sort(compareOldestFirst);
  return groups;
}

export function planCalendar(
  desired: readonly DesiredEvent[],
  existing: readonly ExistingEvent[],
  options: CalendarPlanOptions = {},
): CalendarPlanItem[] {
  const prune = options.prune ?? true;
  const byKey = groupByKey(existing);
  const items: CalendarPlanItem[] = [];
  const wanted = new Set<string>();

  for (const want of desired) {
    if (wanted.has(want.key)) continue; // the same deadline selected twice counts once
    wanted.add(want.key);
    const [kept, ...duplicates] = byKey.get(want.key) ?? [];
    if (!kept) {
      items.push({ kind: 'create', key: want.key, desired: want });
    } else if (kept.hash === want.hash) {
      items.push({ kind: 'keep', key: want.key, eventId: kept.id });
    } else {
      items.push({ kind: 'update', key: want.key, eventId: kept.id, desired: want });
    }
    for (const dup of duplicates) {
      items.push({ kind: 'delete', key: want.key, eventId: dup.id, reason: 'duplicate' });
    }
  }

  for (const [key, events] of byKey) {
    // Not selected but still in the årshjul: not this push's business, so not in its report.
    if (wanted.has(key) || options.current?.has(key)) continue;
    const [first, ...rest] = events;
    if (!first) continue;
    if (prune) {
      const reason = options.current ? 'withdrawn' : 'unselected';
      for (const event of events) items.push({ kind: 'delete', key: key as DeadlineKey, eventId: event.id, reason });
    } else {
      items.push({ kind: 'keep', key: key as DeadlineKey, eventId: first.id });
      for (const dup of rest) items.push({ kind: 'delete', key: key as DeadlineKey, eventId: dup.id, reason: 'duplicate' });
    }
  }
  return items;
}

/** Plan for "remove from calendar": every event of ours (only ours: they carry our key). */
export function planCalendarRemoval(existing: readonly ExistingEvent[], keys?: ReadonlySet<string>): CalendarPlanItem[] {
  return existing
    .filter((event) => !keys || keys.has(event.key))
    .map((event) => ({ kind: 'delete', key: event.key as DeadlineKey, eventId: event.id, reason: 'removed' }) as const);
}

export function countPlan(items: readonly { readonly kind: 'create' | 'update' | 'keep' | 'delete' }[]): PlanCounts {
  const counts = { create: 0, update: 0, keep: 0, delete: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}
