/**
 * Every string table in this folder, in every language: same keys as bokmål, nothing empty,
 * the same `{placeholders}`. New tables are found by file, so a feature only adds its file.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, isStringTable, placeholdersOf, type StringTable } from './define';
import { formatDateSpan, formatMonthHeading, formatPlainDate, plural } from './dates';
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

  it('formats inclusive spans and single days', () => {
    expect(formatDateSpan(d('2026-10-05'), d('2026-10-05'), 'nb')).toBe('5. oktober 2026');
    expect(formatDateSpan(d('2026-10-05'), d('2026-10-09'), 'nb')).toMatch(/^5\.\s?[–-]\s?9\. oktober 2026$/);
  });

  it('capitalises month headings', () => {
    expect(formatMonthHeading('2026-11', 'nb')).toBe('November 2026');
    expect(formatMonthHeading('2027-01', 'en')).toBe('January 2027');
  });

  it('picks plural forms', () => {
    const forms = { one: 'én', other: 'flere' };
    expect(plural('nb', 1, forms)).toBe('én');
    expect(plural('nn', 0, forms)).toBe('flere');
    expect(plural('en', 2, forms)).toBe('flere');
  });
});
