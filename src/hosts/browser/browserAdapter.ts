/**
 * The tab as a plain web page: the same features, with the theme and language from the
 * browser (or `?theme=light|dark|contrast` and `?lang=nb|nn|en`), links that are page URLs
 * and the browser's clipboard.
 */
import { isCountyKey } from '../../domain/model/county';
import type { DeadlineKey } from '../../domain/model/entry';
import { isLocale } from '../../ui/strings/define';
import { HostError, type HostAdapter, type HostTheme } from '../HostAdapter';
import { localeFromPreferences } from '../locale';

const CONTRAST = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

function systemTheme(win: Window): HostTheme {
  if (win.matchMedia(CONTRAST).matches) return 'contrast';
  return win.matchMedia(DARK).matches ? 'dark' : 'light';
}

function isTheme(value: string | null): value is HostTheme {
  return value === 'light' || value === 'dark' || value === 'contrast';
}

export function createBrowserAdapter(win: Window = window): HostAdapter {
  const params = new URLSearchParams(win.location.search);
  const forcedTheme = params.get('theme');
  const lang = params.get('lang');
  const county = params.get('county');
  const deadline = params.get('deadline');
  const fixedTheme = isTheme(forcedTheme) ? forcedTheme : undefined;

  return {
    kind: 'browser',
    capabilities: { saveConfig: false, hostDeepLinks: false, rememberCounty: true },
    context: {
      locale: isLocale(lang) ? lang : localeFromPreferences(win.navigator.languages ?? [win.navigator.language]),
      theme: fixedTheme ?? systemTheme(win),
      surface: 'web',
      hostName: 'browser',
      ...(isCountyKey(county) ? { county } : {}),
      ...(deadline ? { subEntityId: deadline } : {}),
    },
    onThemeChange(listener) {
      if (fixedTheme) return () => {};
      const queries = [win.matchMedia(CONTRAST), win.matchMedia(DARK)];
      const changed = () => listener(systemTheme(win));
      for (const q of queries) q.addEventListener('change', changed);
      return () => {
        for (const q of queries) q.removeEventListener('change', changed);
      };
    },
    linkTo(key: DeadlineKey) {
      const url = new URL(win.location.href);
      url.searchParams.set('deadline', key);
      return url.toString();
    },
    async copyText(text) {
      try {
        await win.navigator.clipboard.writeText(text);
      } catch (error) {
        throw new HostError('clipboard-denied', 'The browser refused to write to the clipboard', { cause: error });
      }
    },
    notifyReady() {},
  };
}
