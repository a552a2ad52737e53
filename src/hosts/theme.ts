import type { HostTheme } from './HostAdapter';

/** TeamsJS themes (`default`, `dark`, `contrast`) to ours; anything unknown is light. */
export function themeFromTeams(theme: string | undefined | null): HostTheme {
  return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
}
