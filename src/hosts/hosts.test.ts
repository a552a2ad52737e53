import { describe, expect, it } from 'vitest';
import { localeFromPreferences, localeFromTag } from './locale';
import { themeFromTeams } from './theme';
import { teamsDeepLink } from './teams/deepLink';

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

describe('Teams deep links', () => {
  it('carries the deadline key as subEntityId', () => {
    const link = new URL(teamsDeepLink('6f1304a9-bcb7-4599-a188-07c9e19e7c6e', 'arshjul', '2026-2027/a-b/2'));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/entity/6f1304a9-bcb7-4599-a188-07c9e19e7c6e/arshjul');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: '2026-2027/a-b/2' });
  });

  it('adds the channel in a channel tab', () => {
    const link = new URL(teamsDeepLink('app', 'arshjul-vestland', '2026-2027/x', '19:abc@thread.tacv2'));
    expect(link.pathname).toBe('/l/entity/app/arshjul-vestland');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: '2026-2027/x', channelId: '19:abc@thread.tacv2' });
  });
});
