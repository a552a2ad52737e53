import { describe, expect, it } from 'vitest';
import { localeFromPreferences, localeFromTag } from './locale';
import { themeFromTeams } from './theme';

describe('host language to UI language', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nn'],
    ['NN', 'nn'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['sv-SE', 'nb'],
    ['', 'nb'],
    [undefined, 'nb'],
  ] as const)('%s → %s', (tag, expected) => {
    expect(localeFromTag(tag)).toBe(expected);
  });

  it('takes the first preferred language we speak', () => {
    expect(localeFromPreferences(['de-DE', 'nn-NO', 'en'])).toBe('nn');
    expect(localeFromPreferences(['de-DE', 'fr'])).toBe('nb');
    expect(localeFromPreferences(['en-US', 'nb'])).toBe('en');
  });
});

describe('Teams theme to ours', () => {
  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['something-new', 'light'],
  ] as const)('%s → %s', (theme, expected) => {
    expect(themeFromTeams(theme)).toBe(expected);
  });
});
