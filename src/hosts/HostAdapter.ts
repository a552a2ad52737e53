/**
 * What the tab needs from whatever shows it (Teams, Outlook and the Microsoft 365 app through
 * TeamsJS, or a plain browser). What a host can do is data (`capabilities`); the UI hides an
 * action whose capability is false, and an optional method exists exactly when its capability
 * is true.
 */
import type { CountyKey } from '../domain/model/county';
import type { DeadlineKey } from '../domain/model/entry';
import type { Locale } from '../ui/strings/define';
import type { HostIdentity } from './auth/msalProvider';

export type HostKind = 'teams' | 'browser';
/** Fluent's Teams themes: light (`default`), dark and high contrast. */
export type HostTheme = 'light' | 'dark' | 'contrast';
/** Where the page runs: a team's channel tab, a personal tab, the channel tab's configuration page, or the web. */
export type HostSurface = 'channel-tab' | 'personal-tab' | 'config' | 'web';

export interface HostCapabilities {
  /** The configuration page can save the tab (TeamsJS `pages.config`). */
  readonly saveConfig: boolean;
  /** Links to an entry open the tab inside the host (a Teams deep link). */
  readonly hostDeepLinks: boolean;
  /** The county choice is remembered per user (personal tab and web). */
  readonly rememberCounty: boolean;
}

export interface HostContext {
  /** The UI language: bokmål unless the host asks for nynorsk or English. */
  readonly locale: Locale;
  readonly theme: HostTheme;
  readonly surface: HostSurface;
  /** The county the tab was configured for (channel tab) or opened with. */
  readonly county?: CountyKey;
  /** The entry a deep link points at (Teams `subEntityId`, web `deadline`). */
  readonly subEntityId?: string;
  readonly teamId?: string;
  readonly teamName?: string;
  /** The Microsoft 365 group behind the team (its calendar and Planner plans). */
  readonly groupId?: string;
  readonly channelId?: string;
  /** The tab's entity id (Teams), used in deep links. */
  readonly entityId?: string;
  /** `Teams`, `Outlook`, `Office`, … (TeamsJS `HostName`), or `browser`. */
  readonly hostName: string;
}

/** What the configuration page saves with a channel tab. */
export interface TabConfig {
  readonly county: CountyKey;
  /** The tab's name in the channel ("Årshjul Vestland"). */
  readonly displayName: string;
}

export interface ConfigSession {
  /** Enables or disables the host's Save button. */
  setValid(valid: boolean): void;
  /** Called when the user saves; returns the config to save, or undefined to refuse. */
  onSave(getConfig: () => TabConfig | undefined): void;
}

export interface HostAdapter {
  readonly kind: HostKind;
  readonly capabilities: HostCapabilities;
  readonly context: HostContext;
  /** Follows live theme changes; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** A link that opens the tab on this deadline (a Teams deep link in Teams, the page URL otherwise). */
  linkTo(key: DeadlineKey): string;
  /** Puts text on the clipboard; rejects with a HostError `clipboard-denied` when the host or browser refuses. */
  copyText(text: string): Promise<void>;
  /** Present when `capabilities.saveConfig`. */
  readonly config?: ConfigSession;
  /** Tells the host the first view is ready (hides its loading indicator). */
  notifyReady(): void;
  /**
   * Who is signed in to the host, for picking the MSAL account, when the host knows it without
   * TeamsJS (the Outlook add-in: Office.js). Absent: sign-in asks TeamsJS, or treats the page
   * as a plain browser.
   */
  readonly signInIdentity?: HostIdentity;
}

export type HostErrorCode = 'host-timeout' | 'host-init-failed' | 'clipboard-denied' | 'config-save-failed';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HostError';
  }
}
