import { describe, expect, it } from 'vitest';
import { hostileDeadline, makeDeadline, TEST_LINK } from '../../../test/sync/fixtures';
import { osloDateAt, type PlainDate } from '../../domain/time/plainDate';
import {
  bucketMonth,
  bucketName,
  categoryDescriptions,
  categorySlot,
  decodeReferenceKey,
  encodeReferenceKey,
  markerKeyOf,
  plannerDateInstant,
  PLANNER_TITLE_MAX,
  planTitle,
  taskDescription,
  toDesiredTask,
} from './taskMapping';
import type { SchoolYear } from '../../domain/time/schoolYear';
import type { Deadline } from '../../domain/model/entry';
import { eventBodyHtml } from './eventMapping';

describe('Planner dates: noon in Oslo', () => {
  it.each([
    ['winter (CET, UTC+1)', '2027-01-15', '2027-01-15T11:00:00Z'],
    ['summer (CEST, UTC+2)', '2027-06-21', '2027-06-21T10:00:00Z'],
    ['first day of summer time', '2027-03-28', '2027-03-28T10:00:00Z'],
    ['last day of summer time', '2026-10-25', '2026-10-25T11:00:00Z'],
  ])('%s', (_name, date, instant) => {
    expect(plannerDateInstant(date as PlainDate)).toBe(instant);
    // Shown as D in Norway, and as D for a UTC reader too.
    expect(osloDateAt(new Date(instant))).toBe(date);
    expect(instant.slice(0, 10)).toBe(date);
  });
});

describe('toDesiredTask', () => {
  const d = makeDeadline({ id: 'a', title: 'Levere ssbElev', start: '2026-10-01', category: 'ssb-udir', reportCodes: ['6A015'], from: 'Fylket' });

  it('maps title, due date, label, month and marker link', () => {
    const t = toDesiredTask(d, { language: 'nb', linkFor: TEST_LINK, assignees: ['u2', 'u1', 'u2'] });
    expect(t.fields).toEqual({ title: 'Levere ssbElev', dueDateTime: '2026-10-01T10:00:00Z', appliedCategories: { category9: true } });
    expect(t.month).toBe('2026-10');
    expect(t.assignees).toEqual(['u1', 'u2']);
    expect(t.details.description).toBe('Når: 1. oktober 2026\nI årshjulet står det: 2026-10-01\nFra: Fylket\nRapporter i VIGO: 6A015');
    expect(markerKeyOf(encodeReferenceKey(t.details.referenceUrl))).toBe('2026-2027/a');
  });

  it('says the date it is due, the words of the document and every move with its reason', () => {
    const moved: Deadline = {
      ...makeDeadline({ id: 'every', start: '2026-12-07', whenAsWritten: '05.des' }),
      moves: [{ field: 'date', from: '2026-12-05' as PlainDate, to: '2026-12-07' as PlainDate, reason: { kind: 'weekend' } }],
    };
    expect(taskDescription(moved, 'nb')).toBe('Når: 7. desember 2026\nI årshjulet står det: 05.des\nFlyttet fra: 5. desember 2026 (helg)');
    expect(taskDescription(moved, 'en')).toBe('When: 7 December 2026\nThe annual wheel says: 05.des\nMoved from: 5 December 2026 (weekend)');
    const range = makeDeadline({ id: 'r', start: '2027-06-21', end: '2027-06-23', whenAsWritten: '19.jun til 21.jun' });
    expect(taskDescription(range, 'nn').split('\n')[0]).toBe('Når: 21. juni 2027 – 23. juni 2027');
    expect(eventBodyHtml(moved, 'nb')).toContain('<p><b>Når:</b> 7. desember 2026</p><p><b>I årshjulet står det:</b> 05.des</p><p><b>Flyttet fra:</b> 5. desember 2026 (helg)</p>');
  });

  it('names the dates in the text that stay as the template year wrote them', () => {
    const base = makeDeadline({ id: 'kept', start: '2026-09-28', whenAsWritten: '27.sep' });
    const kept: Deadline = { ...base, entry: { ...base.entry, datesAsWritten: { schoolYear: '2022-2023' as SchoolYear, dates: ['26. september', '1. oktober'] } } };
    expect(taskDescription(kept, 'nb').split('\n')).toContain('Datoer i teksten, som i årshjulet for 2022–2023: 26. september, 1. oktober');
    expect(taskDescription(kept, 'en').split('\n')).toContain('Dates in the text, as in the annual wheel for 2022–2023: 26. september, 1. oktober');
    expect(eventBodyHtml(kept, 'nn')).toContain('<p><b>Datoar i teksten, som i årshjulet for 2022–2023:</b> 26. september, 1. oktober</p>');
    expect(taskDescription(base, 'nb')).not.toContain('Datoer i teksten');
  });

  it('start date: lead days before the first day; a range starts on its first day', () => {
    expect(toDesiredTask(d, { language: 'nb', linkFor: TEST_LINK, leadDays: 14 }).fields.startDateTime).toBe('2026-09-17T10:00:00Z');
    const range = makeDeadline({ id: 'r', start: '2027-06-21', end: '2027-06-23' });
    const t = toDesiredTask(range, { language: 'nb', linkFor: TEST_LINK });
    expect(t.fields.startDateTime).toBe('2027-06-21T10:00:00Z');
    expect(t.fields.dueDateTime).toBe('2027-06-23T10:00:00Z');
  });

  it('start date: no lead days chosen keeps the start date of a task that exists; 0 or more is a choice', () => {
    expect(toDesiredTask(d, { language: 'nb', linkFor: TEST_LINK }).keepStart).toBe(true);
    const zero = toDesiredTask(d, { language: 'nb', linkFor: TEST_LINK, leadDays: 0 });
    expect(zero.keepStart).toBe(false);
    expect(zero.fields.startDateTime).toBeUndefined();
    expect(toDesiredTask(d, { language: 'nb', linkFor: TEST_LINK, leadDays: 7 }).keepStart).toBe(false);
  });

  it('title within the chosen limit, one line', () => {
    const t = toDesiredTask(hostileDeadline(), { language: 'nb', linkFor: TEST_LINK });
    expect(t.fields.title.length).toBeLessThanOrEqual(PLANNER_TITLE_MAX);
    expect(t.fields.title.endsWith('…')).toBe(true);
    expect(t.fields.title).not.toMatch(/\n/);
  });

  it('description is plain text with the values as written', () => {
    expect(taskDescription(hostileDeadline(), 'en')).toContain('From: "><img src=x onerror=alert(1)>');
  });
});

describe('labels, buckets, plan title', () => {
  it('maps 11 categories to category1..11 by legend order', () => {
    expect(categorySlot('fpvs')).toBe('category1');
    expect(categorySlot('vilbli')).toBe('category10');
    expect(categorySlot('general')).toBe('category11');
    const names = categoryDescriptions('nb');
    expect(Object.keys(names)).toHaveLength(11);
    expect(names.category6).toBe('Lånekassen');
  });

  it('names buckets and the plan', () => {
    expect(bucketName('2027-03', 'nb')).toBe('mars 2027');
    expect(bucketName('2027-03', 'en')).toBe('March 2027');
    expect(planTitle('2026-2027' as SchoolYear, 'nb')).toBe('Årshjul VIGO 2026–2027');
  });

  it.each([
    ['desember 2026', '2026-12'],
    ['December 2026', '2026-12'],
    ['mai 2027', '2027-05'],
    ['May 2027', '2027-05'],
    ['  august   2026 ', '2026-08'],
    ['DESEMBER 2026', '2026-12'],
    ['Desember', undefined],
    ['des. 2026', undefined],
    ['desember 2026 (ferdig)', undefined],
    ['Til godkjenning', undefined],
  ])('the bucket %j is for the month %j', (name, month) => {
    expect(bucketMonth(name)).toBe(month);
  });

  it('reads back the month of every bucket name it writes, in every language', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      for (let m = 1; m <= 12; m++) {
        const month = `2027-${String(m).padStart(2, '0')}`;
        expect(bucketMonth(bucketName(month, language)), `${language} ${month}`).toBe(month);
      }
    }
  });
});

describe('reference keys', () => {
  it('encodes characters OData forbids in property names and decodes back', () => {
    const url = 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%222026-2027%2Fa%22%7D&arshjulKey=2026-2027%2Fa';
    const key = encodeReferenceKey(url);
    expect(key).not.toMatch(/[.:@#]/);
    expect(decodeReferenceKey(key)).toBe(url);
    expect(markerKeyOf(key)).toBe('2026-2027/a');
    expect(markerKeyOf(encodeReferenceKey('https://contoso.sharepoint.com/doc.docx'))).toBeUndefined();
    expect(markerKeyOf('not a url %')).toBeUndefined();
  });
});
