import { describe, expect, it } from 'vitest';
import { hostileDeadline, INJECTION, makeDeadline, TEST_LINK } from '../../../test/sync/fixtures';
import { deterministicGuid } from './hash';
import {
  allDaySpan,
  eventBodyHtml,
  eventCreatePayload,
  eventSubject,
  EVENT_PROPERTY,
  parseKeyPropertyValue,
  SUBJECT_MAX,
  toDesiredEvent,
  type EventMappingOptions,
} from './eventMapping';
import type { PlainDate } from '../../domain/time/plainDate';
import { escapeHtml, safeHttpUrl, truncate } from './text';

const options: EventMappingOptions = { language: 'nb', reminder: 'none', showAs: 'free', linkFor: TEST_LINK, remindersSupported: true };

describe('all-day span', () => {
  it.each([
    ['single day', '2027-03-01', '2027-03-01', '2027-03-02'],
    ['range, end inclusive in the model, exclusive in Graph', '2027-06-21', '2027-06-23', '2027-06-24'],
    ['month end', '2027-02-28', '2027-02-28', '2027-03-01'],
    ['year end', '2026-12-31', '2026-12-31', '2027-01-01'],
    ['across the DST change (midnight still midnight)', '2027-03-27', '2027-03-28', '2027-03-29'],
  ])('%s', (_name, start, end, exclusiveEnd) => {
    const span = allDaySpan(start as PlainDate, end as PlainDate, 'W. Europe Standard Time');
    expect(span.start).toEqual({ dateTime: `${start}T00:00:00`, timeZone: 'W. Europe Standard Time' });
    expect(span.end).toEqual({ dateTime: `${exclusiveEnd}T00:00:00`, timeZone: 'W. Europe Standard Time' });
  });
});

describe('toDesiredEvent', () => {
  it('maps a deadline to an all-day, free, categorised event with our properties', () => {
    const d = makeDeadline({ id: 'a', title: 'Søknadsfrist', start: '2027-03-01', category: 'lanekassen' });
    const desired = toDesiredEvent(d, options);
    expect(desired.fields).toMatchObject({
      subject: 'Søknadsfrist',
      isAllDay: true,
      showAs: 'free',
      isReminderOn: false,
      categories: ['Lånekassen'],
      start: { dateTime: '2027-03-01T00:00:00' },
      end: { dateTime: '2027-03-02T00:00:00' },
    });
    const payload = eventCreatePayload('me/calendar', desired);
    expect(payload.singleValueExtendedProperties).toEqual([
      { id: EVENT_PROPERTY.key, value: `2026-2027/a#${desired.hash}` },
      { id: EVENT_PROPERTY.year, value: '2026-2027' },
    ]);
    expect(parseKeyPropertyValue(`2026-2027/a#${desired.hash}`)).toEqual({ key: '2026-2027/a', hash: desired.hash });
    expect(parseKeyPropertyValue('2026-2027/a/3')).toEqual({ key: '2026-2027/a/3' });
    expect(EVENT_PROPERTY.key).toBe('String {59f5afb9-5484-454b-a5ca-e43a0cd358e6} Name ArshjulKey');
    expect(payload.transactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it.each([
    ['1d', 1440],
    ['1w', 10080],
    ['2w', 20160],
  ] as const)('reminder %s is %i minutes before midnight of the first day', (reminder, minutes) => {
    const desired = toDesiredEvent(makeDeadline({ id: 'r', start: '2027-03-01' }), { ...options, reminder });
    expect(desired.fields).toMatchObject({ isReminderOn: true, reminderMinutesBeforeStart: minutes });
  });

  it('writes no reminder fields for group calendars (Outlook has none there)', () => {
    const desired = toDesiredEvent(makeDeadline({ id: 'g', start: '2027-03-01' }), { ...options, reminder: '1w', remindersSupported: false });
    expect(desired.fields).not.toHaveProperty('isReminderOn');
    expect(desired.fields).not.toHaveProperty('reminderMinutesBeforeStart');
  });

  it('hash changes with content and options, not otherwise', () => {
    const d = makeDeadline({ id: 'h', start: '2027-03-01' });
    const a = toDesiredEvent(d, options).hash;
    expect(toDesiredEvent(d, options).hash).toBe(a);
    expect(toDesiredEvent(makeDeadline({ id: 'h', start: '2027-03-02' }), options).hash).not.toBe(a);
    expect(toDesiredEvent(makeDeadline({ id: 'h', start: '2027-03-01', comment: 'ny' }), options).hash).not.toBe(a);
    expect(toDesiredEvent(d, { ...options, showAs: 'busy' }).hash).not.toBe(a);
    expect(toDesiredEvent(d, { ...options, reminder: '1d' }).hash).not.toBe(a);
  });

  it('transactionId is deterministic per target, key and content', () => {
    const desired = toDesiredEvent(makeDeadline({ id: 't', start: '2027-03-01' }), options);
    expect(eventCreatePayload('me/calendar', desired).transactionId).toBe(eventCreatePayload('me/calendar', desired).transactionId);
    expect(eventCreatePayload('groups/x/calendar', desired).transactionId).not.toBe(eventCreatePayload('me/calendar', desired).transactionId);
    expect(deterministicGuid('a')).not.toBe(deterministicGuid('b'));
  });
});

describe('injection and limits', () => {
  const d = hostileDeadline();
  const body = eventBodyHtml(d, 'nb', TEST_LINK);

  it('escapes every text value in the body', () => {
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<i>');
    expect(body).not.toContain('<b>5A001');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('Rambøll &amp; Conexus');
    expect(body).toContain('🎓📅');
    // Only our own tags remain.
    const tags = [...body.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['div', 'p', 'b', 'a']));
  });

  it('keeps the link but only http(s)', () => {
    expect(body).toContain('href="https://arshjul.example.no/tab?deadline=2026-2027%2Fhostile"');
    expect(eventBodyHtml(d, 'nb', () => 'javascript:alert(1)')).not.toContain('href');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('keeps the subject one line within 255 characters, ending with …, not splitting an emoji', () => {
    const subject = eventSubject(d);
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(subject).toContain(INJECTION.script); // a subject is plain text: Outlook shows it as written
  });

  it('keeps the occurrence suffix when truncating', () => {
    const routine = makeDeadline({ id: 'm', title: 'x'.repeat(400), start: '2026-09-01', occurrence: 3, occurrences: 10 });
    const subject = eventSubject(routine);
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(subject.endsWith('… (3/10)')).toBe(true);
  });

  it('truncate and escapeHtml edge cases', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(truncate('a🎓🎓', 3)).toBe('a…');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
