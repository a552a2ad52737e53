import { describe, expect, it } from 'vitest';
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
    expect(planCalendarRemoval(existing, new Set([b.key]))).toHaveLength(1);
  });
});
