import { describe, expect, it } from 'vitest';
import { datasetForYear } from '../../data/datasets';
import type { Deadline } from '../../domain/model/entry';
import { resolveDataset } from '../../domain/rules/resolve';
import { osloInstant } from '../../domain/time/plainDate';
import type { SchoolYear } from '../../domain/time/schoolYear';
import { webAppLink } from '../../sync/plan/deepLink';
import { eventSubject } from '../../sync/plan/eventMapping';
import { appointmentFields } from './appointmentFields';

const all = resolveDataset(datasetForYear('2026-2027' as SchoolYear).dataset);
const linkFor = webAppLink('https://arshjul.example.no/');

describe('a deadline as appointment fields', () => {
  const single = all.find((x) => x.occurrences === 1 && x.start === x.end && x.entry.comment && x.entry.reportCodes.length > 0 && x.entry.from && x.entry.to)!;
  const span = all.find((x) => x.start !== x.end)!;

  it('spans whole days in Norway, the end being the midnight after the last day', () => {
    const f = appointmentFields(single, { language: 'nb', linkFor });
    expect(f.start.toISOString()).toBe(osloInstant(single.start).toISOString());
    expect(f.end.getTime() - f.start.getTime()).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(f.end.getTime() - f.start.getTime()).toBeLessThanOrEqual(25 * 3600_000);
    const s = appointmentFields(span, { language: 'nb', linkFor });
    const days = Math.round((s.end.getTime() - s.start.getTime()) / 86_400_000);
    expect(days).toBe(Math.round((Date.parse(span.end) - Date.parse(span.start)) / 86_400_000) + 1);
  });

  it('has the title as subject and from, to, comment, report codes and a link back in the body', () => {
    const f = appointmentFields(single, { language: 'nb', linkFor });
    expect(f.subject).toBe(eventSubject(single));
    expect(f.subject.length).toBeLessThanOrEqual(255);
    for (const part of ['<b>Fra:</b>', '<b>Til:</b>', '<b>Kommentar:</b>', '<b>Rapporter i VIGO:</b>', single.entry.reportCodes[0]!]) expect(f.html).toContain(part);
    expect(f.html).toContain(`href="https://arshjul.example.no/?deadline=${encodeURIComponent(single.key)}"`);
    expect(f.text).toContain(`Fra: ${single.entry.from}`);
    expect(f.text).toContain(`Åpne i Årshjul: ${linkFor(single)}`);
    expect(appointmentFields(single, { language: 'en', linkFor }).html).toContain('<b>From:</b>');
  });

  it('escapes every value it puts into the HTML body', () => {
    const hostile: Deadline = {
      ...single,
      entry: { ...single.entry, title: 'A <b>bold</b> & "quoted" title', from: '<script>alert(1)</script>', to: "O'Neil & co", comment: '<img src=x onerror=alert(1)>', reportCodes: ['5A001<i>'] },
    };
    const f = appointmentFields(hostile, { language: 'nb', linkFor });
    expect(f.html).not.toMatch(/<script|<img|<i>/);
    expect(f.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(f.html).toContain('O&#39;Neil &amp; co');
    expect(f.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(f.html).toContain('5A001&lt;i&gt;');
    // The subject is text, not HTML: Outlook shows it as it is.
    expect(f.subject).toBe('A <b>bold</b> & "quoted" title');
  });

  it('drops a link that is not http(s)', () => {
    const f = appointmentFields(single, { language: 'nb', linkFor: () => 'javascript:alert(1)' });
    expect(f.html).not.toContain('javascript:');
    expect(f.text).not.toContain('javascript:');
  });
});
