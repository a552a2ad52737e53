/**
 * Every string table in this folder, in every language: same keys as bokmål, nothing empty,
 * the same `{placeholders}`. New tables are found by file, so a feature only adds its file.
 */
import { describe, expect, it } from 'vitest';
import { INTL_LOCALE, LOCALES, isStringTable, placeholdersOf, type StringTable } from './define';
import { DATE_NAMES, formatDateSpan, formatList, formatMonthHeading, formatPlainDate, plural } from './dates';
import type { PlainDate } from '../../domain/time/plainDate';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });
const tables: StringTable<Record<string, string>>[] = Object.values(modules).flatMap((m) => Object.values(m).filter(isStringTable));

describe('string tables', () => {
  it('finds the tables of the tab', () => {
    const names = tables.map((t) => t.name);
    for (const name of ['app', 'filters', 'list', 'details', 'holidays', 'county', 'export']) expect(names).toContain(name);
  });

  for (const table of tables) {
    it(`${table.name}: nn and en have every bokmål key, none empty, same placeholders`, () => {
      const keys = Object.keys(table.nb).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(table[locale]).sort(), `${table.name}.${locale} keys`).toEqual(keys);
        for (const key of keys) {
          const text = table[locale][key]!;
          expect(text.trim(), `${table.name}.${locale}.${key} is empty`).not.toBe('');
          expect(placeholdersOf(text), `${table.name}.${locale}.${key} placeholders`).toEqual(placeholdersOf(table.nb[key]!));
        }
      }
    });
  }
});

describe('dates for people', () => {
  const d = (s: string) => s as PlainDate;
  it.each([
    ['2027-03-01', 'nb', '1. mars 2027'],
    ['2027-03-01', 'nn', '1. mars 2027'],
    ['2027-03-01', 'en', '1 March 2027'],
    ['2026-12-31', 'nb', '31. desember 2026'],
    // Around the change to and from summer time: still the same calendar day.
    ['2027-03-28', 'nb', '28. mars 2027'],
    ['2026-10-25', 'nb', '25. oktober 2026'],
  ] as const)('%s in %s is %s', (date, locale, expected) => {
    expect(formatPlainDate(d(date), locale)).toBe(expected);
  });

  it.each([
    // One day; a span within a month, across months, across a new year.
    ['nb', 'long', ['5. oktober 2026', '5.–9. oktober 2026', '28. september–2. oktober 2026', '21. desember 2026–1. januar 2027']],
    ['nb', 'short', ['man. 5. okt. 2026', 'man. 5.–fre. 9. okt. 2026', 'man. 28. sep.–fre. 2. okt. 2026', 'man. 21. des. 2026–fre. 1. jan. 2027']],
    ['nb', 'full', ['mandag 5. oktober 2026', 'mandag 5.–fredag 9. oktober 2026', 'mandag 28. september–fredag 2. oktober 2026', 'mandag 21. desember 2026–fredag 1. januar 2027']],
    ['nn', 'short', ['må. 5. okt. 2026', 'må. 5.–fr. 9. okt. 2026', 'må. 28. sep.–fr. 2. okt. 2026', 'må. 21. des. 2026–fr. 1. jan. 2027']],
    ['nn', 'full', ['måndag 5. oktober 2026', 'måndag 5.–fredag 9. oktober 2026', 'måndag 28. september–fredag 2. oktober 2026', 'måndag 21. desember 2026–fredag 1. januar 2027']],
    ['en', 'long', ['5 October 2026', '5 – 9 October 2026', '28 September – 2 October 2026', '21 December 2026 – 1 January 2027']],
    // No comma after the weekday, in a single day as in a span, and a month named once as in Norwegian.
    ['en', 'short', ['Mon 5 Oct 2026', 'Mon 5 – Fri 9 Oct 2026', 'Mon 28 Sept – Fri 2 Oct 2026', 'Mon 21 Dec 2026 – Fri 1 Jan 2027']],
    ['en', 'full', ['Monday 5 October 2026', 'Monday 5 – Friday 9 October 2026', 'Monday 28 September – Friday 2 October 2026', 'Monday 21 December 2026 – Friday 1 January 2027']],
  ] as const)('writes single days and inclusive spans in %s, %s', (locale, style, expected) => {
    const spans = [
      ['2026-10-05', '2026-10-05'],
      ['2026-10-05', '2026-10-09'],
      ['2026-09-28', '2026-10-02'],
      ['2026-12-21', '2027-01-01'],
    ] as const;
    expect(spans.map(([start, end]) => formatDateSpan(d(start), d(end), locale, style))).toEqual(expected);
  });

  it('joins a list and picks a plural form as CLDR does for each language, without the browser’s data', () => {
    for (const locale of LOCALES) {
      const and = locale === 'en' ? 'and' : 'og';
      expect(formatList(['a', 'b', 'c'], locale)).toBe(new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nb', { type: 'conjunction' }).format(['a', 'b', 'c']));
      expect(formatList(['a', 'b'], locale)).toBe(`a ${and} b`);
      expect(formatList(['a'], locale)).toBe('a');
      for (const count of [0, 1, 2, 5, 21, 101]) {
        const rule = new Intl.PluralRules(locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn' : 'nb').select(count);
        expect(plural(locale, count, { one: 'one', other: 'other' }), `${locale} ${count}`).toBe(rule === 'one' ? 'one' : 'other');
      }
    }
  });

  it('uses the names CLDR gives each language (as Node, with all its locale data, has them)', () => {
    const part = (locale: (typeof LOCALES)[number], options: Intl.DateTimeFormatOptions, date: Date, type: Intl.DateTimeFormatPartTypes) =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options }).formatToParts(date).find((p) => p.type === type)!.value;
    for (const locale of LOCALES) {
      const names = DATE_NAMES[locale];
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2026, m, 15, 12));
        expect(names.months[m], `${locale} month ${m + 1}`).toBe(part(locale, { day: 'numeric', month: 'long' }, date, 'month'));
        expect(names.monthsShort[m], `${locale} short month ${m + 1}`).toBe(part(locale, { weekday: 'short', day: 'numeric', month: 'short' }, date, 'month'));
      }
      // 30 November 2026 is a Monday.
      for (let i = 0; i < 7; i++) {
        const date = new Date(Date.UTC(2026, 10, 30 + i, 12));
        expect(names.weekdays[i], `${locale} weekday ${i + 1}`).toBe(part(locale, { weekday: 'long', day: 'numeric', month: 'long' }, date, 'weekday'));
        expect(names.weekdaysShort[i], `${locale} short weekday ${i + 1}`).toBe(part(locale, { weekday: 'short', day: 'numeric', month: 'short' }, date, 'weekday'));
      }
    }
  });

  it('capitalises month headings', () => {
    expect(formatMonthHeading('2026-11', 'nb')).toBe('November 2026');
    expect(formatMonthHeading('2026-11', 'nn')).toBe('November 2026');
    expect(formatMonthHeading('2027-01', 'en')).toBe('January 2027');
  });

  it('picks plural forms', () => {
    const forms = { one: 'én', other: 'flere' };
    expect(plural('nb', 1, forms)).toBe('én');
    expect(plural('nn', 0, forms)).toBe('flere');
    expect(plural('en', 2, forms)).toBe('flere');
  });
});
