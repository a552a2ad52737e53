/**
 * Host and browser language tags to the UI language. Norwegian bokmål unless the tag asks for
 * nynorsk or English: `nn`, `nn-NO` → nynorsk; `en-*` → English; `nb`, `no`, `nb-NO` and every
 * other language → bokmål (the årshjul is a Norwegian document).
 */
import type { Locale } from '../ui/strings/define';

export function localeFromTag(tag: string | undefined | null): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

/** The first of the browser's preferred languages we speak, else bokmål. */
export function localeFromPreferences(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nn' || primary === 'en' || primary === 'nb' || primary === 'no') return localeFromTag(tag);
  }
  return 'nb';
}
