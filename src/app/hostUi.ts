/** What the tab and the Outlook task pane both do with their host: follow its theme, copy links. */
import { useEffect, useState } from 'react';
import type { HostAdapter, HostTheme } from '../hosts/HostAdapter';
import type { CopyLinkResult } from '../ui/components/DeadlineDetails';

/** The host's theme now, following live changes. */
export function useHostTheme(host: HostAdapter): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}

/** Puts a link on the clipboard; where the host or browser refuses, returns it to be shown and copied by hand. */
export async function copyLink(host: HostAdapter, link: string): Promise<CopyLinkResult> {
  try {
    await host.copyText(link);
    return { kind: 'copied' };
  } catch (error) {
    console.info('Copy to clipboard refused; showing the link to copy by hand', error);
    return { kind: 'manual', link };
  }
}
