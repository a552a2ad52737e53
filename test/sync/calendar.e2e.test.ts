/**
 * Calendar push end to end: the real Graph client over HTTP against the simulator.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CalendarSync, type CalendarSyncOptions } from '../../src/sync/CalendarSync';
import { findAppEvents } from '../../src/sync/gateway/calendar.graph';
import { graphRequest } from '../../src/sync/gateway/graphClient';
import { SCOPES } from '../../src/hosts/auth/scopes';
import { hostileDeadline, makeDeadline, sampleDeadlines, TEST_LINK, YEAR } from './fixtures';
import { FAST_BATCH, setup, writesSince, type Setup } from './harness';
import { demoGroupId } from './plannerHelpers';

const options: CalendarSyncOptions = { target: { kind: 'my-calendar' }, schoolYear: YEAR, linkFor: TEST_LINK, reminder: '1w' };

describe('CalendarSync against the simulator', () => {
  let s: Setup;
  let sync: CalendarSync;
  beforeEach(async () => {
    s = await setup({ seed: 'demo' });
    sync = new CalendarSync(s.graph, { batch: FAST_BATCH });
  });
  afterEach(async () => {
    await s.sim.close();
  });

  it('first push creates one all-day event per deadline; re-push writes nothing; one change is one update; removal removes', async () => {
    const deadlines = sampleDeadlines();
    const preview = await sync.preview(deadlines, options);
    expect(preview.counts).toEqual({ create: 5, update: 0, keep: 0, delete: 0 });

    const progress: number[] = [];
    const first = await sync.push(deadlines, options, { onProgress: (p) => progress.push(p.done) });
    expect(first.counts).toEqual({ done: 5, failed: 0, skipped: 0 });
    expect(first.outcomes.map((o) => o.action)).toEqual(['create', 'create', 'create', 'create', 'create']);
    expect(progress).toEqual([1, 2, 3, 4, 5]);

    const events = await findAppEvents(s.graph, options.target, YEAR);
    expect(events.map((e) => e.key).sort()).toEqual(deadlines.map((d) => d.key).sort());

    // The all-day rule as Graph stores it: midnight to midnight, end exclusive.
    const lanekassen = events.find((e) => e.key.endsWith('lanekassen-resultat'));
    const { body } = await graphRequest<{ isAllDay: boolean; start: { dateTime: string }; end: { dateTime: string }; showAs: string; categories: string[]; reminderMinutesBeforeStart: number }>(
      s.graph,
      { method: 'GET', path: `/me/calendar/events/${lanekassen?.id}`, scopes: SCOPES.calendar, headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' } },
    );
    expect(body.isAllDay).toBe(true);
    expect(body.start.dateTime.startsWith('2027-06-21T00:00:00')).toBe(true);
    expect(body.end.dateTime.startsWith('2027-06-24T00:00:00')).toBe(true);
    expect(body.showAs).toBe('free');
    expect(body.categories).toEqual(['Lånekassen']);
    expect(body.reminderMinutesBeforeStart).toBe(7 * 24 * 60);

    let mark = s.sim.requestLog.length;
    const again = await sync.push(deadlines, options);
    expect(again.outcomes.every((o) => o.action === 'keep' && o.status === 'done')).toBe(true);
    expect(writesSince(s.sim, mark)).toEqual([]);
    expect(s.sim.requestLog.slice(mark).filter((e) => e.method !== 'GET')).toEqual([]);

    const changed = deadlines.map((d, i) => (i === 1 ? makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev (ny frist)', start: '2026-10-02', category: 'ssb-udir' }) : d));
    mark = s.sim.requestLog.length;
    const third = await sync.push(changed, options);
    expect(third.outcomes.filter((o) => o.action !== 'keep')).toEqual([expect.objectContaining({ key: '2026-2027/ssb-elev', action: 'update', status: 'done' })]);
    expect(writesSince(s.sim, mark).map((e) => e.method)).toEqual(['PATCH']);

    const removed = await sync.remove({ target: options.target, schoolYear: YEAR });
    expect(removed.counts).toEqual({ done: 5, failed: 0, skipped: 0 });
    expect(await findAppEvents(s.graph, options.target, YEAR)).toEqual([]);
  });

  it('leaves events it did not create alone when removing', async () => {
    await graphRequest(s.graph, {
      method: 'POST',
      path: '/me/calendar/events',
      scopes: SCOPES.calendar,
      body: { subject: 'Personlig', start: { dateTime: '2027-03-01T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2027-03-01T11:00:00', timeZone: 'UTC' } },
    });
    await sync.push(sampleDeadlines().slice(0, 2), options);
    await sync.remove({ target: options.target, schoolYear: YEAR });
    const { body } = await graphRequest<{ value: { subject: string }[] }>(s.graph, { method: 'GET', path: '/me/calendar/events?$top=100', scopes: SCOPES.calendar });
    expect(body.value.map((e) => e.subject)).toContain('Personlig');
  });

  it('pushes to another calendar of mine and to the group calendar', async () => {
    const calendars = await sync.listCalendars();
    const other = calendars.find((c) => !c.isDefaultCalendar);
    expect(other).toBeDefined();
    const mine = await sync.push(sampleDeadlines(), { ...options, target: { kind: 'my-other-calendar', calendarId: other?.id ?? '' } });
    expect(mine.counts.done).toBe(5);
    const groupId = await demoGroupId(s);
    const group = await sync.push(sampleDeadlines(), { ...options, target: { kind: 'group-calendar', groupId } });
    expect(group.counts.done).toBe(5);
    expect(await findAppEvents(s.graph, { kind: 'group-calendar', groupId }, YEAR)).toHaveLength(5);
  });

  it('the team calendar keeps the language its events are in when a colleague pushes in another', async () => {
    const groupId = await demoGroupId(s);
    const group = { ...options, target: { kind: 'group-calendar', groupId } } as const;
    const deadlines = sampleDeadlines();
    expect((await sync.push(deadlines.slice(0, 4), { ...group, language: 'nn' })).counts.done).toBe(4);

    // The same deadlines from an English reader: nothing to write, in the preview and the push.
    expect((await sync.preview(deadlines.slice(0, 4), { ...group, language: 'en' })).counts).toEqual({ create: 0, update: 0, keep: 4, delete: 0 });
    const mark = s.sim.requestLog.length;
    const again = await sync.push(deadlines.slice(0, 4), { ...group, language: 'en' });
    expect(again.outcomes.every((o) => o.action === 'keep')).toBe(true);
    expect(writesSince(s.sim, mark)).toEqual([]);

    // A colleague who shows them as busy changes that, not the language.
    await sync.push(deadlines.slice(0, 4), { ...group, language: 'en', showAs: 'busy' });
    expect((await sync.preview(deadlines.slice(0, 4), { ...group, language: 'en', showAs: 'busy' })).counts.keep).toBe(4);
    expect((await sync.preview(deadlines.slice(0, 4), { ...group, language: 'nn', showAs: 'busy' })).counts.keep).toBe(4);

    // A deadline new to the calendar is written in its language too.
    await sync.push(deadlines, { ...group, language: 'en' });
    const added = (await findAppEvents(s.graph, group.target, YEAR)).find((e) => e.key === deadlines[4]!.key)!;
    const { body } = await graphRequest<{ body: { content: string }; categories: string[] }>(s.graph, {
      method: 'GET',
      path: `/groups/${groupId}/calendar/events/${added.id}`,
      scopes: SCOPES['group-calendar'],
    });
    expect(body.body.content).toContain('Opne i Årshjul');
    expect(body.body.content).not.toContain('Open in Årshjul');

    // My own calendar follows my language: an English push rewrites my nynorsk events.
    await sync.push(deadlines, { ...options, language: 'nn' });
    expect((await sync.preview(deadlines, { ...options, language: 'en' })).counts.update).toBe(5);
  });

  it('injection payloads come out escaped in the stored body and within 255 characters in the subject', async () => {
    await sync.push([hostileDeadline()], options);
    const [event] = await findAppEvents(s.graph, options.target, YEAR);
    const { body } = await graphRequest<{ subject: string; body: { content: string } }>(s.graph, {
      method: 'GET',
      path: `/me/calendar/events/${event?.id}`,
      scopes: SCOPES.calendar,
    });
    expect(body.subject.length).toBeLessThanOrEqual(255);
    expect(body.body.content).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(body.body.content).toContain('&lt;script&gt;');
  });
});
