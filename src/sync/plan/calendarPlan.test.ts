import { describe, expect, it } from 'vitest';
import type { DeadlineKey } from '../../domain/model/entry';
import type { SchoolYear } from '../../domain/time/schoolYear';
import { makeDeadline, TEST_LINK } from '../../../test/sync/fixtures';
import { countPlan, planCalendar, planCalendarRemoval, type ExistingEvent } from './calendarPlan';
import { toDesiredEvent } from './eventMapping';

const opts = { language: 'nb', reminder: 'none', showAs: 'free', linkFor: TEST_LINK, remindersSupported: true } as const;
const a = toDesiredEvent(makeDeadline({ id: 'a', start: '2027-03-01' }), opts);
const b = toDesiredEvent(makeDeadline({ id: 'b', start: '2027-03-02' }), opts);
const ev = (id: string, key: string, hash: string | undefined, created = '2026-09-01T10:00:00Z'): ExistingEvent => ({ id, key, hash, createdDateTime: created });

describe('planCalendar', () => {
  it('creates what is missing, keeps what is equal, updates what changed', () => {
    const items = planCalendar([a, b], [ev('e1', a.key, a.hash), ev('e2', b.key, 'old')]);
    expect(items).toEqual([
      { kind: 'keep', key: a.key, eventId: 'e1' },
      { kind: 'update', key: b.key, eventId: 'e2', desired: b },
    ]);
    expect(planCalendar([a], [])).toEqual([{ kind: 'create', key: a.key, desired: a }]);
  });

  it('a missing hash counts as changed', () => {
    expect(planCalendar([a], [ev('e1', a.key, undefined)])[0]?.kind).toBe('update');
  });

  it('keeps the oldest of duplicates and deletes the rest (tie on time → smaller id)', () => {
    const items = planCalendar(
      [a],
      [ev('z', a.key, a.hash, '2026-09-02T00:00:00Z'), ev('y', a.key, 'x', '2026-09-01T00:00:00Z'), ev('x', a.key, a.hash, '2026-09-02T00:00:00Z')],
    );
    expect(items).toEqual([
      { kind: 'update', key: a.key, eventId: 'y', desired: a },
      { kind: 'delete', key: a.key, eventId: 'x', reason: 'duplicate' },
      { kind: 'delete', key: a.key, eventId: 'z', reason: 'duplicate' },
    ]);
  });

  it('prunes unselected events of ours, or keeps them when prune is off', () => {
    expect(planCalendar([a], [ev('e1', a.key, a.hash), ev('e2', b.key, b.hash)])).toContainEqual({
      kind: 'delete',
      key: b.key,
      eventId: 'e2',
      reason: 'unselected',
    });
    expect(planCalendar([a], [ev('e1', a.key, a.hash), ev('e2', b.key, b.hash)], { prune: false })).toContainEqual({ kind: 'keep', key: b.key, eventId: 'e2' });
  });

  it('with the current keys, leaves unselected deadlines still in the årshjul out and deletes the withdrawn', () => {
    const withdrawn = ev('e3', `${a.key}-withdrawn`, 'h');
    const items = planCalendar([a], [ev('e1', a.key, a.hash), ev('e2', b.key, b.hash), withdrawn], { current: new Set([a.key, b.key]) });
    expect(items).toEqual([
      { kind: 'keep', key: a.key, eventId: 'e1' },
      { kind: 'delete', key: withdrawn.key, eventId: 'e3', reason: 'withdrawn' },
    ]);
  });

  it('counts one item per selected deadline even when selected twice', () => {
    expect(countPlan(planCalendar([a, a, b], []))).toEqual({ create: 2, update: 0, keep: 0, delete: 0 });
  });

  it('removal deletes only events carrying our key, optionally a subset', () => {
    const existing = [ev('e1', a.key, a.hash), ev('e2', b.key, b.hash)];
    expect(planCalendarRemoval(existing).map((i) => i.kind === 'delete' && i.eventId)).toEqual(['e1', 'e2']);
    expect(planCalendarRemoval(existing, [makeDeadline({ id: 'b', start: '2027-03-02' })])).toHaveLength(1);
  });
});

describe('planCalendar, a July two school years share', () => {
  // 2027–2028's July before is 2026–2027's July after: one delivery, two keys, one event.
  const twinKey = '2026-2027/levering-sommerslutt' as DeadlineKey;
  const julyDeadline = { ...makeDeadline({ id: 'levering-sommerstart', start: '2027-07-19', schoolYear: '2027-2028' as SchoolYear }), twin: twinKey };
  const autumnDeadline = makeDeadline({ id: 'host', start: '2027-10-01', schoolYear: '2027-2028' as SchoolYear });
  const july = toDesiredEvent(julyDeadline, opts);
  const autumn = toDesiredEvent(autumnDeadline, opts);
  const current = new Set([july.key, autumn.key]);

  it('keeps the event pushed for the twin as it is, and reports the deadline kept', () => {
    expect(planCalendar([july, autumn], [ev('t1', twinKey, 'its-own-hash'), ev('e1', autumn.key, autumn.hash)], { current })).toEqual([
      { kind: 'keep', key: july.key, eventId: 't1' },
      { kind: 'keep', key: autumn.key, eventId: 'e1' },
    ]);
  });

  it('heals a July doubled by the two years: keeps the oldest, whichever key it has, and deletes the other', () => {
    const twinFirst = [ev('t1', twinKey, 'x', '2026-08-01T00:00:00Z'), ev('e1', july.key, july.hash, '2027-08-01T00:00:00Z')];
    expect(planCalendar([july], twinFirst, { current })).toEqual([
      { kind: 'keep', key: july.key, eventId: 't1' },
      { kind: 'delete', key: july.key, eventId: 'e1', reason: 'duplicate' },
    ]);
    const ownFirst = [ev('t1', twinKey, 'x', '2027-08-01T00:00:00Z'), ev('e1', july.key, 'old', '2026-08-01T00:00:00Z')];
    expect(planCalendar([july], ownFirst, { current })).toEqual([
      { kind: 'update', key: july.key, eventId: 'e1', desired: july },
      { kind: 'delete', key: july.key, eventId: 't1', reason: 'duplicate' },
    ]);
  });

  it('takes the twin’s event only on the deadline’s own day: one on another day is left alone and the deadline gets its own', () => {
    const sameDay = { ...ev('t1', twinKey, 'x'), startDate: '2027-07-19' };
    expect(planCalendar([july], [sameDay], { current })).toEqual([{ kind: 'keep', key: july.key, eventId: 't1' }]);
    const otherDay = { ...ev('t1', twinKey, 'x'), startDate: '2027-07-16' };
    for (const options of [{ current }, { current, schoolYear: '2027-2028' }, {}]) {
      expect(planCalendar([july], [otherDay], options)).toEqual([{ kind: 'create', key: july.key, desired: july }]);
    }
  });

  it('never prunes the twin’s event as unselected or withdrawn', () => {
    for (const options of [{}, { current }, { current: new Set([july.key]) }]) {
      expect(planCalendar([july], [ev('t1', twinKey, 'x')], options)).toEqual([{ kind: 'keep', key: july.key, eventId: 't1' }]);
    }
  });

  it('leaves an event of another school year that is not a twin alone', () => {
    const other = ev('o1', '2026-2027/host', 'h');
    expect(planCalendar([july], [other], { schoolYear: '2027-2028' })).toEqual([{ kind: 'create', key: july.key, desired: july }]);
    expect(planCalendar([july], [other], { schoolYear: '2027-2028', current })).toEqual([{ kind: 'create', key: july.key, desired: july }]);
    // The year's own events are still pruned.
    expect(planCalendar([july], [ev('e1', autumn.key, autumn.hash)], { schoolYear: '2027-2028' })).toContainEqual({
      kind: 'delete',
      key: autumn.key,
      eventId: 'e1',
      reason: 'unselected',
    });
  });

  it('writes one event when both twins are pushed at once', () => {
    const before = toDesiredEvent({ ...makeDeadline({ id: 'levering-sommerslutt', start: '2027-07-19' }), twin: july.key }, opts);
    expect(planCalendar([before, july], [])).toEqual([
      { kind: 'create', key: before.key, desired: before },
      { kind: 'keep', key: july.key, eventId: undefined },
    ]);
    expect(planCalendar([july, before], [ev('t1', twinKey, before.hash)])).toEqual([
      { kind: 'keep', key: july.key, eventId: 't1' },
      { kind: 'keep', key: before.key, eventId: 't1' },
    ]);
  });

  it('writes one event for each twin pushed at once when their years say different days', () => {
    const before = toDesiredEvent({ ...makeDeadline({ id: 'levering-sommerslutt', start: '2027-07-16' }), twin: july.key }, opts);
    expect(planCalendar([before, july], [])).toEqual([
      { kind: 'create', key: before.key, desired: before },
      { kind: 'create', key: july.key, desired: july },
    ]);
  });

  it('plans an event once when both twins are pushed at once and one’s event is on the other’s day', () => {
    // 2026–2027's delivery was pushed on the 19th; its year now says the 16th.
    const before = toDesiredEvent({ ...makeDeadline({ id: 'levering-sommerslutt', start: '2027-07-16' }), twin: july.key }, opts);
    const onThe19th = { ...ev('t1', twinKey, 'x'), startDate: '2027-07-19' };
    expect(planCalendar([july, before], [onThe19th])).toEqual([
      { kind: 'keep', key: july.key, eventId: 't1' },
      { kind: 'create', key: before.key, desired: before },
    ]);
  });

  it('removal takes the twin’s event with the deadline removed, reported as that deadline', () => {
    const existing = [ev('t1', twinKey, 'x'), ev('e1', autumn.key, autumn.hash)];
    expect(planCalendarRemoval(existing, [julyDeadline])).toEqual([{ kind: 'delete', key: july.key, eventId: 't1', reason: 'removed' }]);
    expect(planCalendarRemoval([{ ...ev('t1', twinKey, 'x'), startDate: '2027-07-19' }], [julyDeadline])).toHaveLength(1);
    // On another day the twin's event is the other year's own, as the push left it.
    expect(planCalendarRemoval([{ ...ev('t1', twinKey, 'x'), startDate: '2027-07-16' }], [julyDeadline])).toEqual([]);
    expect(planCalendarRemoval(existing, [autumnDeadline])).toEqual([{ kind: 'delete', key: autumn.key, eventId: 'e1', reason: 'removed' }]);
  });
});
