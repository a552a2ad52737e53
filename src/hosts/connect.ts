/**
 * Picks the host adapter: TeamsJS when the page is framed (Teams, Outlook, Microsoft 365
 * app), the plain browser otherwise. A frame that never answers (a page that embeds us but
 * is no host) falls back to the browser after `timeoutMs`, with the reason.
 */
import type { HostAdapter, HostError } from './HostAdapter';
import { HostError as HostErrorClass } from './HostAdapter';
import { createBrowserAdapter } from './browser/browserAdapter';

export interface ConnectedHost {
  readonly host: HostAdapter;
  /** Why the browser adapter is used although the page is framed. */
  readonly fallback?: HostError;
}

export interface ConnectOptions {
  readonly appId: string;
  /** @default 5000 */
  readonly timeoutMs?: number;
  readonly win?: Window;
}

export function isFramed(win: Window): boolean {
  try {
    return win.parent !== win.self;
  } catch {
    // A cross-origin parent that throws on access is still a parent.
    return true;
  }
}

export async function connectHost(options: ConnectOptions): Promise<ConnectedHost> {
  const win = options.win ?? window;
  if (!isFramed(win)) return { host: createBrowserAdapter(win) };
  try {
    const { connectTeams } = await import('./teams/teamsAdapter');
    return { host: await connectTeams({ appId: options.appId, timeoutMs: options.timeoutMs ?? 5000, win }) };
  } catch (error) {
    const reason = error instanceof HostErrorClass ? error : new HostErrorClass('host-init-failed', String(error), { cause: error });
    return { host: createBrowserAdapter(win), fallback: reason };
  }
}
