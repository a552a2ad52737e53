/**
 * Which of the three themes is showing, for the few things tokens cannot express: the
 * category palettes of the domain (light and dark, contrast-checked there) and the wheel's
 * drawing. Everything else uses Fluent tokens, so themes and high contrast come for free.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { categoryByKey, type CategoryKey, type CategoryPalette } from '../../domain/model/category';

export type ThemeKind = 'light' | 'dark' | 'contrast';

const ThemeKindContext = createContext<ThemeKind>('light');

export function ThemeKindProvider({ kind, children }: { readonly kind: ThemeKind; readonly children: ReactNode }) {
  return <ThemeKindContext.Provider value={kind}>{children}</ThemeKindContext.Provider>;
}

export function useThemeKind(): ThemeKind {
  return useContext(ThemeKindContext);
}

/** The category's badge and mark colours for the theme; undefined in high contrast (system colours apply). */
export function categoryPalette(key: CategoryKey, kind: ThemeKind): CategoryPalette | undefined {
  if (kind === 'contrast') return undefined;
  return categoryByKey(key)[kind];
}
