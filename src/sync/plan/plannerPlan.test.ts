import { describe, expect, it } from 'vitest';
import type { DeadlineKey } from '../../domain/model/entry';
import type { PlainDate } from '../../domain/time/plainDate';
import type { SchoolYear } from '../../domain/time/schoolYear';
import { makeDeadline, TEST_LINK } from '../../../test/sync/fixtures';
import { bucketsByMonth, detailsPatchFor, missingBucketMonths, planPlanner, planPlannerRemoval, taskPatchFor, type ExistingTask } from './plannerPlan';
import { bucketName, encodeReferenceKey, toDesiredTask, type DesiredTask } from './taskMapping';

const map = (id: string, start: string, assignees: string[] = []) =>
  toDesiredTask(makeDeadline({ id, start, category: 'lanekassen' }), { language: 'nb', linkFor: TEST_LINK, assignees });

function existing(desired: DesiredTask, over: Partial<ExistingTask> = {}): ExistingTask {
  return {
    id: `t-${desired.key}`,
    etag: 'W/"1"',
    title: desired.fields.title,
    dueDateTime: desired.fields.dueDateTime.replace('Z', '+00:00'),
    startDateTime: null,
    appliedCategories: { ...desired.fields.appliedCategories },
    assignees: [...desired.assignees],
    percentComplete: 0,
    createdDateTime: '2026-09-01T00:00:00Z',
    details: { etag: 'W/"d1"', description: desired.details.description, referenceKeys: [encodeReferenceKey(desired.details.referenceUrl)] },
    ...over,
  };
}

describe('planPlanner', () => {
  const a = map('a', '2027-03-01', ['u1']);
  const b = map('b', '2027-04-01');

  it('keeps equal tasks (instants compared, not strings), creates the missing', () => {
    expect(planPlanner([a, b], [existing(a)])).toEqual([
      { kind: 'keep', key: a.key, taskId: `t-${a.key}`, completed: false },
      { kind: 'create', key: b.key, desired: b },
    ]);
  });

  it('updates a changed title but never writes percentComplete; a completed task stays completed', () => {
    const done = existing(a, { title: 'gammel', percentComplete: 100 });
    const items = planPlanner([a], [done]);
    expect(items).toEqual([{ kind: 'update', key: a.key, taskId: done.id, desired: a, adopted: false }]);
    const patch = taskPatchFor(a, done);
    expect(patch).toEqual({ title: a.fields.title });
    expect(patch).not.toHaveProperty('percentComplete');
  });

  it('adds missing assignees and never removes others; manages only our label slots', () => {
    const t = existing(a, { assignees: ['u9'], appliedCategories: { category6: false, category2: true, category20: true } });
    expect(taskPatchFor(a, t)).toEqual({
      appliedCategories: { category6: true, category2: false },
      assignments: { u1: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
    });
  });

  describe('start date', () => {
    const deadline = makeDeadline({ id: 'a', start: '2027-03-01', category: 'lanekassen' });
    const withLead = (leadDays?: number) => toDesiredTask(deadline, { language: 'nb', linkFor: TEST_LINK, ...(leadDays === undefined ? {} : { leadDays }) });
    const weekBefore = existing(withLead(7), { startDateTime: '2027-02-22T11:00:00+00:00' });

    it('no start date asked for: a task that exists keeps the one it has (0 writes)', () => {
      expect(taskPatchFor(withLead(), weekBefore)).toBeUndefined();
      expect(planPlanner([withLead()], [weekBefore])).toEqual([{ kind: 'keep', key: deadline.key, taskId: weekBefore.id, completed: false }]);
      expect(taskPatchFor(withLead(), { ...weekBefore, startDateTime: null })).toBeUndefined();
    });

    it('0 days is a choice: the start date goes', () => {
      expect(taskPatchFor(withLead(0), weekBefore)).toEqual({ startDateTime: null });
      expect(planPlanner([withLead(0)], [weekBefore])[0]?.kind).toBe('update');
    });

    it('another number of days moves it', () => {
      expect(taskPatchFor(withLead(14), weekBefore)).toEqual({ startDateTime: '2027-02-15T11:00:00Z' });
    });

    it('kept only while it is not after the due date, which Planner refuses: then it is what a new task gets', () => {
      const earlier = toDesiredTask(makeDeadline({ id: 'a', start: '2027-02-20', category: 'lanekassen' }), { language: 'nb', linkFor: TEST_LINK });
      expect(taskPatchFor(earlier, weekBefore)).toEqual({ dueDateTime: '2027-02-20T11:00:00Z', startDateTime: null });
      const range = toDesiredTask(makeDeadline({ id: 'a', start: '2027-02-18', end: '2027-02-20', category: 'lanekassen' }), { language: 'nb', linkFor: TEST_LINK });
      expect(taskPatchFor(range, weekBefore)).toEqual({ dueDateTime: '2027-02-20T11:00:00Z', startDateTime: '2027-02-18T11:00:00Z' });
      const later = toDesiredTask(makeDeadline({ id: 'a', start: '2027-03-08', category: 'lanekassen' }), { language: 'nb', linkFor: TEST_LINK });
      expect(taskPatchFor(later, weekBefore)).toEqual({ dueDateTime: '2027-03-08T11:00:00Z' });
    });
  });

  it('details: writes description and marker, replaces a stale marker, leaves other references', () => {
    const other = encodeReferenceKey('https://contoso.sharepoint.com/a.docx');
    const stale = encodeReferenceKey(`https://old.example.no/?arshjulKey=${encodeURIComponent(a.key)}`);
    const patch = detailsPatchFor(a, { etag: 'e', description: 'edited', referenceKeys: [other, stale] });
    expect(patch).toEqual({
      description: a.details.description,
      references: {
        [encodeReferenceKey(a.details.referenceUrl)]: { '@odata.type': 'microsoft.graph.plannerExternalReference', alias: 'Åpne i Årshjul', type: 'Other' },
        [stale]: null,
      },
    });
    expect(detailsPatchFor(a, existing(a).details)).toBeUndefined();
  });

  it('heals duplicates: a completed one wins, then the oldest', () => {
    const older = existing(a, { id: 'old', createdDateTime: '2026-01-01T00:00:00Z' });
    const completed = existing(a, { id: 'done', percentComplete: 100, createdDateTime: '2026-05-01T00:00:00Z' });
    const items = planPlanner([a], [older, completed]);
    expect(items).toEqual([
      { kind: 'keep', key: a.key, taskId: 'done', completed: true },
      { kind: 'delete', key: a.key, taskId: 'old', reason: 'duplicate' },
    ]);
  });

  it('adopts an unmarked task with our title and due date (a push stopped before the details)', () => {
    const orphan = existing(a, { id: 'orphan', details: { etag: 'e', description: '', referenceKeys: [] } });
    expect(planPlanner([a], [orphan])).toEqual([{ kind: 'update', key: a.key, taskId: 'orphan', desired: a, adopted: true }]);
    // An unmarked task with another title is left alone.
    expect(planPlanner([a], [{ ...orphan, title: 'Noe annet' }])[0]?.kind).toBe('create');
  });

  it('prunes unselected tasks of the year but never completed ones, and leaves other years out', () => {
    const bDone = existing(b, { percentComplete: 100 });
    const lastYear = map('c', '2026-03-01');
    const oldYear = existing({ ...lastYear, key: '2025-2026/c' as DesiredTask['key'], details: { ...lastYear.details, referenceUrl: `https://arshjul.example.no/tab?arshjulKey=2025-2026%2Fc` } });
    const items = planPlanner([], [existing(a), bDone, oldYear], { schoolYear: '2026-2027' });
    expect(items).toContainEqual({ kind: 'delete', key: a.key, taskId: `t-${a.key}`, reason: 'unselected' });
    expect(items).toContainEqual({ kind: 'keep', key: b.key, taskId: `t-${b.key}`, completed: true });
    expect(items.find((i) => i.key === '2025-2026/c')).toBeUndefined();
  });

  it('with the current keys, leaves unselected tasks still in the årshjul out and deletes only the withdrawn', () => {
    const items = planPlanner([], [existing(a), existing(b)], { schoolYear: '2026-2027', current: new Set([a.key]) });
    expect(items).toEqual([{ kind: 'delete', key: b.key, taskId: `t-${b.key}`, reason: 'withdrawn' }]);
  });

  it('removal touches only tasks with our marker', () => {
    const foreign = existing(a, { id: 'foreign', details: { etag: 'e', description: '', referenceKeys: [] } });
    expect(planPlannerRemoval([existing(a), foreign], { schoolYear: '2026-2027' }).map((i) => i.key)).toEqual([a.key]);
  });

  it('lists the months that need a bucket, in order', () => {
    expect(missingBucketMonths([b, a, a], [{ id: 'x', name: 'mars 2027' }])).toEqual(['2027-04']);
  });

  it('finds a month’s bucket whatever language its name is in, so no month gets a second one', () => {
    expect(missingBucketMonths([a, b], [{ id: 'x', name: 'March 2027' }, { id: 'y', name: 'april 2027' }])).toEqual([]);
    expect(missingBucketMonths([a], [{ id: 'x', name: 'mars 2026' }, { id: 'y', name: 'Mars' }])).toEqual(['2027-03']);
  });
});

describe('planPlanner: a July two school years share, in one plan', () => {
  // 2027–2028's delivery in the July before it is 2026–2027's in the July after: one delivery.
  const deadline = { ...makeDeadline({ id: 'levering-sommerstart', start: '2027-07-19', schoolYear: '2027-2028' as SchoolYear }), twin: '2026-2027/levering-sommerslutt' as DeadlineKey };
  const july = toDesiredTask(deadline, { language: 'nb', linkFor: TEST_LINK });
  const twinDeadline = makeDeadline({ id: 'levering-sommerslutt', start: '2027-07-19', title: 'Levering (skoleåret før)' });
  const twinOn = (day: string, over: Partial<ExistingTask> = {}) =>
    existing(toDesiredTask({ ...twinDeadline, start: day as PlainDate, end: day as PlainDate }, { language: 'nb', linkFor: TEST_LINK }), over);
  const autumn = map('b', '2027-04-01');

  it('carries the twin in the desired task', () => {
    expect(july.twin).toBe('2026-2027/levering-sommerslutt');
    expect(autumn.twin).toBeUndefined();
  });

  it('keeps the task the other year made, due on the same day, as it is: no second task', () => {
    const twin = twinOn('2027-07-19');
    expect(twin.title).not.toBe(july.fields.title);
    expect(planPlanner([july], [twin], { schoolYear: '2027-2028' })).toEqual([{ kind: 'keep', key: july.key, taskId: twin.id, completed: false }]);
  });

  it('heals a July made twice by the same rule as duplicates: completed first, then the oldest', () => {
    const own = existing(july, { id: 'own', createdDateTime: '2027-08-01T00:00:00Z' });
    const older = twinOn('2027-07-19', { id: 'twin', createdDateTime: '2026-08-01T00:00:00Z' });
    expect(planPlanner([july], [own, older], { schoolYear: '2027-2028' })).toEqual([
      { kind: 'keep', key: july.key, taskId: 'twin', completed: false },
      { kind: 'delete', key: july.key, taskId: 'own', reason: 'duplicate' },
    ]);
    const ownDone = { ...own, percentComplete: 100 };
    expect(planPlanner([july], [ownDone, older], { schoolYear: '2027-2028' })).toEqual([
      { kind: 'keep', key: july.key, taskId: 'own', completed: true },
      { kind: 'delete', key: july.key, taskId: 'twin', reason: 'duplicate' },
    ]);
  });

  it('leaves the twin’s task due on another day to its own year, and gives the deadline its own', () => {
    const otherDay = twinOn('2027-07-16');
    expect(planPlanner([july], [otherDay], { schoolYear: '2027-2028' })).toEqual([
      { kind: 'create', key: july.key, desired: july },
    ]);
  });

  it('compares due days in Oslo, not instants: a task due at another hour of that day is the same day', () => {
    const midnight = twinOn('2027-07-19', { dueDateTime: '2027-07-18T22:00:00Z' });
    expect(planPlanner([july], [midnight], { schoolYear: '2027-2028' })).toEqual([{ kind: 'keep', key: july.key, taskId: midnight.id, completed: false }]);
  });

  it('removing the deadline removes the twin’s task due that day, reported as the deadline’s; one due on another day stays', () => {
    const sameDay = twinOn('2027-07-19', { id: 'same' });
    const otherDay = twinOn('2027-07-16', { id: 'other' });
    expect(planPlannerRemoval([sameDay], { deadlines: [deadline] })).toEqual([{ kind: 'delete', key: july.key, taskId: 'same', reason: 'removed' }]);
    expect(planPlannerRemoval([otherDay], { deadlines: [deadline] })).toEqual([]);
  });

  it('with both twins in one push (two years), plans their task once: never kept for one and deleted or made again for the other', () => {
    const twinDesired = toDesiredTask({ ...twinDeadline, twin: july.key }, { language: 'nb', linkFor: TEST_LINK });
    const own = existing(july, { id: 'own', createdDateTime: '2026-08-01T00:00:00Z' });
    const twin = twinOn('2027-07-19', { id: 'twin', createdDateTime: '2027-08-01T00:00:00Z' });
    // As planCalendar: the one planned first has the task, the other keeps it.
    expect(planPlanner([july, twinDesired], [own, twin], { schoolYear: '2027-2028' })).toEqual([
      { kind: 'keep', key: july.key, taskId: 'own', completed: false },
      { kind: 'delete', key: july.key, taskId: 'twin', reason: 'duplicate' },
      { kind: 'keep', key: twinDesired.key, taskId: 'own', completed: false },
    ]);
    expect(planPlanner([july, twinDesired], [own], { schoolYear: '2027-2028' })).toEqual([
      { kind: 'keep', key: july.key, taskId: 'own', completed: false },
      { kind: 'keep', key: twinDesired.key, taskId: 'own', completed: false },
    ]);
    // Neither has one yet: one create, for the first.
    expect(planPlanner([july, twinDesired], [], { schoolYear: '2027-2028' })).toEqual([
      { kind: 'create', key: july.key, desired: july },
      { kind: 'keep', key: twinDesired.key, taskId: undefined, completed: false },
    ]);
  });

  it('with both twins in one push on different days, a task is planned for one of them only', () => {
    const moved = { ...twinDeadline, start: '2027-07-16' as PlainDate, end: '2027-07-16' as PlainDate, twin: july.key };
    const twinDesired = toDesiredTask(moved, { language: 'nb', linkFor: TEST_LINK });
    // The other year's task, still on the 19th: it stands for this year's deadline on that day.
    const stale = twinOn('2027-07-19', { id: 'stale' });
    const items = planPlanner([july, twinDesired], [stale], { schoolYear: '2027-2028' });
    expect(items.filter((i) => 'taskId' in i && i.taskId === 'stale')).toEqual([{ kind: 'keep', key: july.key, taskId: 'stale', completed: false }]);
    expect(items).toContainEqual({ kind: 'create', key: twinDesired.key, desired: twinDesired });
  });

  it('removing a whole year leaves the other years’ tasks in a shared plan', () => {
    const twin = twinOn('2027-07-19', { id: 'twin' });
    const own = existing(july, { id: 'own' });
    expect(planPlannerRemoval([twin, own], { schoolYear: '2027-2028' })).toEqual([{ kind: 'delete', key: july.key, taskId: 'own', reason: 'removed' }]);
  });
});

describe('bucketsByMonth', () => {
  const nb = (month: string) => bucketName(month, 'nb');

  it('maps each bucket to its month and skips buckets people named otherwise', () => {
    const buckets = [
      { id: 'dec', name: 'December 2026', orderHint: '3' },
      { id: 'mar', name: 'mars 2027', orderHint: '2' },
      { id: 'own', name: 'Til godkjenning', orderHint: '1' },
    ];
    expect(Object.fromEntries([...bucketsByMonth(buckets, nb)].map(([m, bucket]) => [m, bucket.id]))).toEqual({ '2026-12': 'dec', '2027-03': 'mar' });
  });

  it('a month with two buckets uses the one named in the plan’s language, else the first in the plan’s order', () => {
    const twins = [
      { id: 'en', name: 'December 2026', orderHint: '1' },
      { id: 'nb', name: 'desember 2026', orderHint: '2' },
    ];
    expect(bucketsByMonth(twins, nb).get('2026-12')?.id).toBe('nb');
    expect(bucketsByMonth([...twins].reverse(), nb).get('2026-12')?.id).toBe('nb');
    expect(bucketsByMonth(twins, (m) => bucketName(m, 'en')).get('2026-12')?.id).toBe('en');
    expect(bucketsByMonth(twins, () => 'Desember').get('2026-12')?.id).toBe('en');
  });
});
