/**
 * Theme and language for everything below: Fluent's Teams themes (light, dark, high
 * contrast) chosen by the host, and the UI language from the host context.
 */
import { FluentProvider, makeStyles, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens, type Theme } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { HostTheme } from '../hosts/HostAdapter';
import { ThemeKindProvider } from '../ui/hooks/themeKind';
import { appStrings } from '../ui/strings/app';
import { INTL_LOCALE, type Locale } from '../ui/strings/define';
import { StringsProvider } from '../ui/strings/StringsProvider';

export const FLUENT_THEMES: Readonly<Record<HostTheme, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useProviderStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    '@media print': { minHeight: 'auto' },
  },
});

/** Which of the app's pages this is, for its title in the browser (and what a screen reader names the page). */
export type AppPage = 'tab' | 'taskpane' | 'config';

const DOCUMENT_TITLE = { tab: 'documentTitleTab', taskpane: 'documentTitleTaskPane', config: 'documentTitleConfig' } as const;

export function AppProviders({
  theme,
  locale,
  page,
  children,
}: {
  readonly theme: HostTheme;
  readonly locale: Locale;
  readonly page: AppPage;
  readonly children: ReactNode;
}) {
  const classes = useProviderStyles();
  useEffect(() => {
    document.documentElement.lang = INTL_LOCALE[locale];
    // The HTML's own title is bokmål, for the moment before the host has said which language.
    document.title = appStrings[locale][DOCUMENT_TITLE[page]];
    document.documentElement.dataset.theme = theme;
    // The page behind the provider (overscroll, the area below short content) follows the theme too.
    document.body.style.backgroundColor = FLUENT_THEMES[theme].colorNeutralBackground1;
    // Teams' contrast theme is light text on black: system colours (Canvas, CanvasText) must match it.
    document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  }, [locale, theme, page]);
  return (
    // Layout styles go on a div of our own: the provider's class names are copied to its portals
    // (menus, dropdowns, dialogs), which must not get a full-height background.
    <FluentProvider theme={FLUENT_THEMES[theme]} dir="ltr">
      <ThemeKindProvider kind={theme}>
        <StringsProvider locale={locale}>
          <div className={classes.root}>{children}</div>
        </StringsProvider>
      </ThemeKindProvider>
    </FluentProvider>
  );
}

/** A light provider for what is printed, whatever the screen theme. */
export function PrintProviders({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }) {
  return (
    <FluentProvider theme={teamsLightTheme}>
      <ThemeKindProvider kind="light">
        <StringsProvider locale={locale}>{children}</StringsProvider>
      </ThemeKindProvider>
    </FluentProvider>
  );
}
