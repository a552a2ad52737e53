import { describe, expect, it } from 'vitest';
import { AUTH_REMEDY, AuthError } from '../../../hosts/auth/tokenProvider';
import { LOCALES } from '../../strings/define';
import { pushStrings } from '../../strings/push';
import { parseLeadDays, toShownError } from './usePushDialog';

const SYNC_CODES = ['consent-required', 'forbidden', 'throttled', 'network', 'not-found', 'conflict', 'invalid-request', 'cancelled', 'unknown'];

describe('push dialog errors', () => {
  it('has text for every sync and auth error code and every auth remedy, in every language', () => {
    for (const locale of LOCALES) {
      const table = pushStrings[locale] as Readonly<Record<string, string>>;
      for (const code of [...SYNC_CODES, ...Object.keys(AUTH_REMEDY)]) expect(table[`error.${code}`], `${locale} error.${code}`).toBeTruthy();
      for (const remedy of new Set(Object.values(AUTH_REMEDY))) expect(table[`remedy.${remedy}`], `${locale} remedy.${remedy}`).toBeTruthy();
    }
  });

  it('keeps the remedy of an auth error', () => {
    expect(toShownError(new AuthError('admin-consent-required', 'no'))).toEqual({ code: 'admin-consent-required', remedy: 'ask-admin', message: 'no' });
    expect(toShownError(new Error('x')).code).toBe('unknown');
  });
});

describe('the start date field', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['0', 0],
    ['7', 7],
    [' 14 ', 14],
    ['365', 365],
    ['366', 'invalid'],
    ['-5', 'invalid'],
    ['2.5', 'invalid'],
    ['1e2', 'invalid'],
    ['sju', 'invalid'],
  ] as const)('%j is %j', (text, days) => {
    expect(parseLeadDays(text)).toBe(days);
  });
});
