/**
 * The tab inside Teams, Outlook or the Microsoft 365 app, through TeamsJS v2. Loaded only when
 * the page is framed (see `connectHost`), so a plain web page never loads TeamsJS (which
 * fetches its list of valid origins from a CDN as soon as it is imported).
 *
 * Every capability is read from the host's runtime (`isSupported()`), never assumed.
 */
import { app, pages, FrameContexts } from '@microsoft/teams-js';
import { isCountyKey } from '../../domain/model/county';
import type { DeadlineKey } from '../../domain/model/entry';
import { HostError, type ConfigSession, type HostAdapter, type HostSurface, type HostTheme, type TabConfig } from '../HostAdapter';
import { localeFromTag } from '../locale';
import { teamsDeepLink } from './deepLink';
import { themeFromTeams } from '../theme';

export interface TeamsAdapterOptions {
  /** The manifest's `id`, for deep links when the host does not say which id it knows the app by. */
  readonly appId: string;
  /** How long to wait for the host to answer `initialize`. */
  readonly timeoutMs: number;
  readonly win?: Window;
}

function withTimeout<T>(promise: Promise<T>, ms: number, win: Window): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = win.setTimeout(() => reject(new HostError('host-timeout', `The host did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        win.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        win.clearTimeout(timer);
        reject(error instanceof HostError ? error : new HostError('host-init-failed', String(error), { cause: error }));
      },
    );
  });
}

function surfaceOf(context: app.Context): HostSurface {
  const frame = context.page.frameContext;
  if (frame === FrameContexts.settings || frame === FrameContexts.remove) return 'config';
  return context.team || context.channel ? 'channel-tab' : 'personal-tab';
}

function configSession(): ConfigSession {
  let getConfig: (() => TabConfig | undefined) | undefined;
  pages.config.registerOnSaveHandler((saveEvent) => {
    const config = getConfig?.();
    if (!config) {
      saveEvent.notifyFailure('no-county');
      return;
    }
    const content = new URL('./', window.location.href);
    content.search = '';
    content.searchParams.set('county', config.county);
    const website = new URL(content);
    pages.config
      .setConfig({
        entityId: `arshjul-${config.county}`,
        contentUrl: content.toString(),
        websiteUrl: website.toString(),
        suggestedDisplayName: config.displayName,
      })
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => saveEvent.notifyFailure(new HostError('config-save-failed', String(error)).code),
      );
  });
  return {
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave: (get) => {
      getConfig = get;
    },
  };
}

export async function connectTeams(options: TeamsAdapterOptions): Promise<HostAdapter> {
  const win = options.win ?? window;
  await withTimeout(app.initialize(), options.timeoutMs, win);
  const context = await withTimeout(app.getContext(), options.timeoutMs, win);
  const surface = surfaceOf(context);
  // The county is in the tab's address (`contentUrl`), and in the id the tab was saved with
  // (`arshjul-<county>`): the settings page of a saved tab has only the second.
  const county = [new URLSearchParams(win.location.search).get('county'), /^arshjul-(.+)$/.exec(context.page.id ?? '')?.[1]].find(isCountyKey);
  const saveConfig = surface === 'config' && pages.config.isSupported();
  const entityId = context.page.id;
  const channelId = context.channel?.id;
  // Deep links name the app by the id the host knows it by: an app published to the org
  // catalogue has an id of its own there, which the host gives in the context; the manifest's
  // id (the build's) is right for an uploaded app, and where the host gives none.
  const appId = context.app.appId?.toString() || options.appId;

  return {
    kind: 'teams',
    capabilities: {
      saveConfig,
      hostDeepLinks: Boolean(entityId),
      rememberCounty: surface !== 'channel-tab',
    },
    context: {
      locale: localeFromTag(context.app.locale),
      theme: themeFromTeams(context.app.theme),
      surface,
      hostName: String(context.app.host.name),
      ...(county ? { county } : {}),
      ...(context.page.subPageId ? { subEntityId: context.page.subPageId } : {}),
      ...(context.team?.internalId ? { teamId: context.team.internalId } : {}),
      ...(context.team?.displayName ? { teamName: context.team.displayName } : {}),
      ...(context.team?.groupId ? { groupId: context.team.groupId } : {}),
      ...(channelId ? { channelId } : {}),
      ...(entityId ? { entityId } : {}),
    },
    onThemeChange(listener: (theme: HostTheme) => void) {
      // TeamsJS keeps one theme handler; the app registers exactly one.
      app.registerOnThemeChangeHandler((theme) => listener(themeFromTeams(theme)));
      return () => app.registerOnThemeChangeHandler(() => {});
    },
    linkTo(key: DeadlineKey) {
      if (!entityId) {
        const url = new URL(win.location.href);
        url.searchParams.set('deadline', key);
        return url.toString();
      }
      return teamsDeepLink(appId, entityId, key, channelId);
    },
    async copyText(text) {
      // Teams frames the tab with clipboard-write allowed; the host's clipboard capability
      // needs a host round trip and is not in every host, so the browser API comes first.
      try {
        await win.navigator.clipboard.writeText(text);
      } catch (error) {
        throw new HostError('clipboard-denied', 'The host refused to write to the clipboard', { cause: error });
      }
    },
    ...(saveConfig ? { config: configSession() } : {}),
    notifyReady() {
      void app.notifySuccess().catch(() => {
        // Hosts that do not track loading answer nothing useful here; the tab is shown either way.
      });
    },
  };
}
