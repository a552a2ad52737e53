import { describe, expect, it } from 'vitest';
import { wheelStrings, type WheelStrings } from './Wheel.strings';

const locales = ['nb', 'nn', 'en'] as const;
const keys = Object.keys(wheelStrings.nb) as Array<keyof WheelStrings>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('wheel strings', () => {
  it.each(locales)('has every key, non-empty, in %s', (locale) => {
    const strings = wheelStrings[locale];
    expect(Object.keys(strings).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const value = strings[key];
      if (Array.isArray(value)) {
        expect(value, key).toHaveLength(12);
        for (const name of value) expect(name.trim(), key).not.toBe('');
      } else {
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });

  it.each(locales)('uses the same placeholders in %s as in bokmål', (locale) => {
    for (const key of keys) {
      const value = wheelStrings[locale][key];
      if (typeof value === 'string') expect(placeholders(value), key).toEqual(placeholders(wheelStrings.nb[key] as string));
    }
  });
});
