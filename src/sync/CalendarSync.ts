/**
 * "Add to Outlook", engine side: preview what a push would do, push with progress and
 * cancel, and remove. What exists is always read from Graph (our extended properties), never
 * remembered in the browser, so a push after a crash or in another tab sees the truth.
 */
import { schoolYearOfKey, type Deadline, type DeadlineKey } from '../domain/model/entry';
import type { SchoolYear } from '../domain/time/schoolYear';
import { executeBatch, type BatchRequest, type BatchSettings } from './gateway/batch';
import {
  createEventRequest,
  deleteEventRequest,
  findAppEvents,
  listCalendars,
  mailboxOf,
  scopesForTarget,
  targetId,
  updateEventRequest,
  type CalendarInfo,
  type CalendarTarget,
} from './gateway/calendar.graph';
import { cancelledError, SyncError, toSyncError } from './gateway/errors';
import type { Graph } from './gateway/graphClient';
import { MailboxLimiters } from './gateway/limiter';
import { countPlan, planCalendar, planCalendarRemoval, type CalendarPlanItem, type ExistingEvent, type PlanCounts } from './plan/calendarPlan';
import type { LinkFor } from './plan/deepLink';
import { eventCreatePayload, eventUpdatePayload, toDesiredEvent, type EventMappingOptions } from './plan/eventMapping';
import { SHOW_AS, type Reminder, type ShowAs } from './plan/eventChoices';
import { SYNC_LANGUAGES, type SyncLanguage } from './plan/labels';
import { OutcomeRecorder, type RunOptions, type SyncReport } from './outcome';

export type { CalendarTarget, CalendarInfo } from './gateway/calendar.graph';

export interface CalendarSyncOptions {
  readonly target: CalendarTarget;
  /** The school year whose events of ours are compared (and pruned). */
  readonly schoolYear: SchoolYear;
  /** @default 'nb' */
  readonly language?: SyncLanguage;
  /** @default 'none' */
  readonly reminder?: Reminder;
  /** @default 'free' */
  readonly showAs?: ShowAs;
  readonly linkFor?: LinkFor;
  /** Delete our events of the year that are not selected. @default true */
  readonly prune?: boolean;
  /** Every deadline key of the year as the årshjul has it now; pruning then spares those (see planCalendar). */
  readonly current?: ReadonlySet<string>;
}

export interface CalendarPreview {
  readonly target: CalendarTarget;
  readonly items: readonly CalendarPlanItem[];
  readonly counts: PlanCounts;
}

export interface CalendarSyncSettings {
  readonly batch?: BatchSettings;
  readonly limiters?: MailboxLimiters;
}

export class CalendarSync {
  private readonly limiters: MailboxLimiters;

  constructor(
    private readonly graph: Graph,
    private readonly settings: CalendarSyncSettings = {},
  ) {
    this.limiters = settings.limiters ?? new MailboxLimiters();
  }

  listCalendars(signal?: AbortSignal): Promise<CalendarInfo[]> {
    return listCalendars(this.graph, signal);
  }

  async preview(deadlines: readonly Deadline[], options: CalendarSyncOptions, signal?: AbortSignal): Promise<CalendarPreview> {
    const existing = await this.readExisting(options, deadlines, signal);
    const items = this.plan(deadlines, options, existing);
    return { target: options.target, items, counts: countPlan(items) };
  }

  async push(deadlines: readonly Deadline[], options: CalendarSyncOptions, run: RunOptions = {}): Promise<SyncReport> {
    if (run.signal?.aborted) throw cancelledError();
    const existing = await this.readExisting(options, deadlines, run.signal);
    return this.execute(options.target, this.plan(deadlines, options, existing), run);
  }

  /**
   * "Remove from calendar": deletes only events that carry our key property, of the given
   * deadlines, or all of the year's when none are given. A deadline of a July two school years
   * share takes its twin's event with it when that event is on the deadline's day: then it
   * stands for both (see planCalendar); on another day it is the other year's own.
   */
  async remove(
    options: { readonly target: CalendarTarget; readonly schoolYear: SchoolYear; readonly deadlines?: readonly Pick<Deadline, 'key' | 'twin' | 'start'>[] },
    run: RunOptions = {},
  ): Promise<SyncReport> {
    const existing = await findAppEvents(this.graph, options.target, options.schoolYear, run.signal);
    if (options.deadlines) existing.push(...(await this.readTwins(options.target, options.deadlines, [options.schoolYear], run.signal)));
    return this.execute(options.target, planCalendarRemoval(existing, options.deadlines), run);
  }

  private plan(deadlines: readonly Deadline[], options: CalendarSyncOptions, existing: readonly ExistingEvent[]): CalendarPlanItem[] {
    const mapping = {
      reminder: options.reminder ?? 'none',
      showAs: options.showAs ?? 'free',
      linkFor: options.linkFor,
      remindersSupported: options.target.kind !== 'group-calendar',
    } as const;
    const asked = options.language ?? 'nb';
    // The team's calendar is shared: it keeps the language its events are in, so colleagues who
    // read the tab in bokmål, nynorsk and English do not rewrite each other's events.
    const language = options.target.kind === 'group-calendar' ? sharedCalendarLanguage(deadlines, existing, mapping, asked) : asked;
    return planCalendar(
      deadlines.map((d) => toDesiredEvent(d, { ...mapping, language })),
      existing,
      { prune: options.prune, current: options.current, schoolYear: options.schoolYear },
    );
  }

  private async readExisting(options: CalendarSyncOptions, deadlines: readonly Deadline[], signal?: AbortSignal): Promise<ExistingEvent[]> {
    const years = [...new Set([options.schoolYear, ...deadlines.map((d) => d.schoolYear)])].sort();
    const out: ExistingEvent[] = [];
    for (const year of years) out.push(...(await findAppEvents(this.graph, options.target, year, signal)));
    out.push(...(await this.readTwins(options.target, deadlines, years, signal)));
    return out;
  }

  /**
   * The events of the deadlines' twins, from the years not `read` already: only those, so that
   * nothing else of another school year can be pruned or touched. Plans are one per school year,
   * so Planner has no counterpart.
   */
  private async readTwins(
    target: CalendarTarget,
    deadlines: readonly Pick<Deadline, 'twin'>[],
    read: readonly string[],
    signal?: AbortSignal,
  ): Promise<ExistingEvent[]> {
    const twins = new Set<DeadlineKey>(deadlines.flatMap((d) => (d.twin ? [d.twin] : [])));
    const years = [...new Set([...twins].map(schoolYearOfKey))].filter((year) => !read.includes(year)).sort();
    const out: ExistingEvent[] = [];
    for (const year of years) out.push(...(await findAppEvents(this.graph, target, year, signal)).filter((e) => twins.has(e.key as DeadlineKey)));
    return out;
  }

  private async execute(target: CalendarTarget, items: readonly CalendarPlanItem[], run: RunOptions): Promise<SyncReport> {
    const recorder = new OutcomeRecorder(items.length, run);
    const requests: BatchRequest[] = [];
    const bySlot = new Map<string, CalendarPlanItem>();
    const tid = targetId(target);
    items.forEach((item, index) => {
      const slot = `${item.kind.charAt(0)}${index}`;
      bySlot.set(slot, item);
      switch (item.kind) {
        case 'keep':
          recorder.record({ key: item.key, action: 'keep', status: 'done', id: item.eventId }, slot);
          break;
        case 'create':
          requests.push(createEventRequest(slot, target, eventCreatePayload(tid, item.desired)));
          break;
        case 'update':
          requests.push(updateEventRequest(slot, target, item.eventId, eventUpdatePayload(item.desired)));
          break;
        case 'delete':
          requests.push(deleteEventRequest(slot, target, item.eventId));
          break;
      }
    });
    const pending = () =>
      [...bySlot.entries()].map(([slot, item]) => ({ slot, key: item.key, action: item.kind, id: item.kind === 'create' ? undefined : item.eventId }));
    try {
      await executeBatch(this.graph, requests, {
        ...this.settings.batch,
        scopes: scopesForTarget(target),
        signal: run.signal,
        limiter: this.limiters.for(mailboxOf(target)),
        onResult: (result) => {
          const item = bySlot.get(result.id);
          if (!item) return;
          const id = item.kind === 'create' ? (result.body as { id?: string } | null)?.id : item.eventId;
          // A delete of an event someone already deleted is done: the state is what we wanted.
          const gone = item.kind === 'delete' && result.status === 404;
          if (result.ok || gone) recorder.record({ key: item.key, action: item.kind, status: 'done', id }, result.id);
          else if (result.error?.code === 'cancelled') recorder.record({ key: item.key, action: item.kind, status: 'skipped', error: result.error, id }, result.id);
          else recorder.record({ key: item.key, action: item.kind, status: 'failed', error: result.error ?? new SyncError('unknown', `HTTP ${result.status}`), id }, result.id);
        },
      });
    } catch (error) {
      // executeBatch only throws before sending (e.g. duplicate ids); nothing was written.
      recorder.skipRest(pending(), toSyncError(error));
    }
    recorder.skipRest(pending());
    return recorder.report();
  }
}

/**
 * The language a shared calendar's events of ours are in: the one in which most of the
 * selected deadlines' events are exactly as this push would write them, whatever "show as" they
 * were written with (a colleague may choose another). `asked` (the pusher's) when none is, or
 * when it is among the most. An event whose deadline has changed since matches no language and
 * does not count; a calendar where every one has changed is written in `asked`.
 */
function sharedCalendarLanguage(
  deadlines: readonly Deadline[],
  existing: readonly ExistingEvent[],
  mapping: Omit<EventMappingOptions, 'language'>,
  asked: SyncLanguage,
): SyncLanguage {
  const hashes = new Map(existing.map((e) => [e.key, e.hash]));
  const present = deadlines.filter((d) => hashes.get(d.key) !== undefined);
  if (present.length === 0) return asked;
  // Each event's mapping is worked out anew per language and "show as": the pusher's choices first.
  const showAsInOrder = [mapping.showAs, ...SHOW_AS.filter((showAs) => showAs !== mapping.showAs)];
  const matches = (language: SyncLanguage) =>
    present.filter((d) => showAsInOrder.some((showAs) => toDesiredEvent(d, { ...mapping, showAs, language }).hash === hashes.get(d.key))).length;
  const own = matches(asked);
  // Every event already as the pusher would write it (the usual push): no language can count more.
  if (own === present.length) return asked;
  const counts = SYNC_LANGUAGES.map((language) => [language, language === asked ? own : matches(language)] as const);
  const best = Math.max(...counts.map(([, n]) => n));
  if (best === 0) return asked;
  return counts.find(([language, n]) => language === asked && n === best)?.[0] ?? counts.find(([, n]) => n === best)![0];
}
