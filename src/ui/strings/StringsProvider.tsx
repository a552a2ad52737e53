/**
 * The current language for every component below. Components read their own feature's
 * table with `useStrings(table)`; the language comes from the host (Teams context locale)
 * or the browser, chosen in the composition root.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, StringTable } from './define';

const LocaleContext = createContext<Locale>('nb');

export function StringsProvider({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useStrings<T extends Record<string, string>>(table: StringTable<T>): Readonly<T> {
  return table[useContext(LocaleContext)];
}
