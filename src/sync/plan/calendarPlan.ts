/**
 * The calendar diff: what we want (desired events) against what Graph says exists (events
 * carrying our key property). Pure.
 *
 * Tie-break when several events carry one key (a duplicate left by an older client or by a
 * create whose response was lost before transactionId existed): the oldest event
 * (createdDateTime, then id) is kept and the rest are deleted, so duplicates heal themselves.
 *
 * A July two school years share is one delivery under two keys (`DesiredEvent.twin`): the
 * event pushed for either year stands for both, so a deadline's candidates are the events with
 * its key and with its twin's, under the same tie-break. Planner does the same in a plan
 * several years share (see planPlanner).
 */
import type { Deadline, DeadlineKey } from '../../domain/model/entry';
import type { DesiredEvent } from './eventMapping';

/** An event of ours as read back from Graph. */
export interface ExistingEvent {
  readonly id: string;
  readonly key: string;
  /** Undefined when the hash property was missing (treated as changed). */
  readonly hash?: string;
  readonly createdDateTime?: string;
  readonly subject?: string;
  /** The first day (YYYY-MM-DD) as Graph gives the event's start; undefined when not read. */
  readonly startDate?: string;
}

export type CalendarPlanItem =
  | { readonly kind: 'create'; readonly key: DeadlineKey; readonly desired: DesiredEvent }
  | { readonly kind: 'update'; readonly key: DeadlineKey; readonly eventId: string; readonly desired: DesiredEvent }
  | {
      readonly kind: 'keep';
      readonly key: DeadlineKey;
      /** Undefined only when the event is the twin's, which this same push creates. */
      readonly eventId: string | undefined;
    }
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
  /**
   * The school year of the push. With the desired events' own years, the only years whose
   * events it plans for; of any other year it touches only the twins of desired events.
   */
  readonly schoolYear?: string;
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
  const years = [...new Set([...desired.map((d) => d.schoolYear), ...(options.schoolYear !== undefined ? [options.schoolYear] : [])])];
  const twins = new Set<string>(desired.flatMap((d) => (d.twin ? [d.twin] : [])));
  // Another year's events are that year's pushes' business: only a twin is this one's too.
  const inYears = (key: string) => years.length === 0 || years.some((year) => key.startsWith(`${year}/`));
  const byKey = groupByKey(existing.filter((event) => inYears(event.key) || twins.has(event.key)));
  const items: CalendarPlanItem[] = [];
  // Each deadline of this push as planned, with its day.
  const planned = new Map<string, { readonly item: CalendarPlanItem; readonly day: string }>();
  const claimed = new Set<string>();
  // Events planned for a deadline of this push: each once, also when a push holds both twins on
  // different days and one's event is a candidate of both.
  const taken = new Set<string>();

  for (const want of desired) {
    if (planned.has(want.key)) continue; // the same deadline selected twice counts once
    const day = want.fields.start.dateTime.slice(0, 10);
    const pair = want.twin ? planned.get(want.twin) : undefined;
    if (pair && pair.day === day) {
      // Both twins in one push, on one day: the one planned first has the event for both.
      const item = { kind: 'keep', key: want.key, eventId: pair.item.kind === 'create' ? undefined : pair.item.eventId } as const;
      planned.set(want.key, { item, day });
      items.push(item);
      continue;
    }
    claimed.add(want.key);
    if (want.twin) claimed.add(want.twin);
    // A twin's event stands for this deadline only on this deadline's day: if a year's data was
    // written with another date, that year's event is left as it is and this one gets its own.
    const twinEvents = want.twin ? (byKey.get(want.twin) ?? []).filter((e) => e.startDate === undefined || e.startDate === day) : [];
    const candidates = [...(byKey.get(want.key) ?? []), ...twinEvents].filter((e) => !taken.has(e.id)).sort(compareOldestFirst);
    for (const event of candidates) taken.add(event.id);
    const [kept, ...duplicates] = candidates;
    let item: CalendarPlanItem;
    if (!kept) {
      item = { kind: 'create', key: want.key, desired: want };
    } else if (kept.key !== want.key || kept.hash === want.hash) {
      // The twin's event is the other year's, on the same day: kept as it is, or the two years'
      // pushes would rewrite it back and forth.
      item = { kind: 'keep', key: want.key, eventId: kept.id };
    } else {
      item = { kind: 'update', key: want.key, eventId: kept.id, desired: want };
    }
    planned.set(want.key, { item, day });
    items.push(item);
    for (const dup of duplicates) {
      items.push({ kind: 'delete', key: want.key, eventId: dup.id, reason: 'duplicate' });
    }
  }

  for (const [key, events] of byKey) {
    // Not selected but still in the årshjul: not this push's business, so not in its report.
    // Nor is a twin's event, whose deadline is of another year.
    if (claimed.has(key) || options.current?.has(key)) continue;
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

/**
 * Plan for "remove from calendar": every event of ours (only ours: they carry our key), or
 * those of `deadlines`. The twin's event on a removed deadline's day stands for it too, so it
 * goes as well, reported as that deadline's. On another day it is the other year's own (see
 * planCalendar) and stays.
 */
export function planCalendarRemoval(existing: readonly ExistingEvent[], deadlines?: readonly Pick<Deadline, 'key' | 'twin' | 'start'>[]): CalendarPlanItem[] {
  const keys = deadlines && new Set<string>(deadlines.map((d) => d.key));
  const twins = new Map((deadlines ?? []).flatMap((d) => (d.twin ? [[d.twin as string, d] as const] : [])));
  return existing.flatMap((event) => {
    if (!keys || keys.has(event.key)) return [{ kind: 'delete', key: event.key as DeadlineKey, eventId: event.id, reason: 'removed' } as const];
    const twin = twins.get(event.key);
    if (!twin || (event.startDate !== undefined && event.startDate !== twin.start)) return [];
    return [{ kind: 'delete', key: twin.key, eventId: event.id, reason: 'removed' } as const];
  });
}

export function countPlan(items: readonly { readonly kind: 'create' | 'update' | 'keep' | 'delete' }[]): PlanCounts {
  const counts = { create: 0, update: 0, keep: 0, delete: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}
