/**
 * A Teams host in a page, for the browser tests: it frames the tab and answers the real
 * TeamsJS library's postMessage protocol (as read from teams-js 2.58's `communication.js`,
 * `appHelpers.js`, `app.js` and `pages/config.js`):
 *
 *  app → host  `{ id, uuidAsString, func, args, apiVersionTag, … }`
 *  host → app  replies `{ id, uuidAsString, args }`; events `{ func, args }` (no id)
 *
 *  initialize            → [frameContext, hostClientType, runtimeConfig (JSON), clientSupportedSDKVersion]
 *  getContext            → [legacy context: locale, theme, frameContext, entityId, subEntityId, teamId, …]
 *  settings.setSettings  → [true]            (pages.config.setConfig)
 *  settings.setValidityState, registerHandler, appInitialization.*, settings.save.success|failure: recorded
 *  host events: themeChange [theme], settings.save [result]
 *
 * Everything the app sends is kept in `window.harness.messages`, so tests assert on it.
 * The harness is served from the tab's origin: TeamsJS trusts messages from its own origin.
 *
 * Query: `src` (the tab's path and query), `frameContext` (content | settings), `locale`,
 * `theme` (default | dark | contrast), `team` (a team name: a channel tab), `subEntityId`,
 * `entityId`, `hostName`, `appId`.
 */

interface AppMessage {
  readonly id?: number;
  readonly uuidAsString?: string;
  readonly func?: string;
  readonly args?: unknown[];
  readonly apiVersionTag?: string;
}

interface Harness {
  readonly messages: AppMessage[];
  /** The last config the app saved with `pages.config.setConfig`. */
  settings?: Record<string, unknown>;
  /** The last validity the configuration page reported. */
  valid?: boolean;
  /** `success` or `failure` after a save. */
  saved?: string;
  sendTheme(theme: string): void;
  save(): void;
  /** Loads another URL in the frame with a new context (e.g. the saved contentUrl as a channel tab). */
  navigate(src: string, changes: Record<string, string>): void;
}

const params = new URLSearchParams(location.search);
const frame = document.getElementById('app') as HTMLIFrameElement;
const settings: Record<string, string> = Object.fromEntries(params.entries());

/** Capabilities as a host declares them (runtime apiVersion 4). */
const runtime = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    app: {},
    appInstallDialog: {},
    dialog: { card: {}, url: { parentCommunication: {} }, update: {} },
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {} },
    teams: { fullTrust: {} },
    teamsCore: {},
  },
};

function context(): Record<string, unknown> {
  const team = settings.team;
  return {
    locale: settings.locale ?? 'nb-NO',
    theme: settings.theme ?? 'default',
    frameContext: settings.frameContext ?? 'content',
    // A tab being added has no entity yet; a saved one has the id it was saved with.
    ...(settings.entityId || settings.frameContext !== 'settings' ? { entityId: settings.entityId ?? (team ? 'arshjul-vestland' : 'arshjul') } : {}),
    ...(settings.subEntityId ? { subEntityId: settings.subEntityId } : {}),
    hostName: settings.hostName ?? 'Teams',
    // The id the host knows the app by: the org catalogue's, when the app was published there.
    ...(settings.appId ? { appId: settings.appId } : {}),
    hostClientType: 'web',
    appSessionId: 'session-1',
    userObjectId: 'user-1',
    tid: 'tenant-1',
    loginHint: 'kari@example-fylke.no',
    ...(team
      ? {
          teamId: '19:team@thread.tacv2',
          teamName: team,
          groupId: 'group-1',
          channelId: '19:channel@thread.tacv2',
          channelName: 'Inntak',
        }
      : {}),
  };
}

const harness: Harness = {
  messages: [],
  sendTheme(theme) {
    settings.theme = theme;
    frame.contentWindow?.postMessage({ func: 'themeChange', args: [theme] }, location.origin);
  },
  save() {
    frame.contentWindow?.postMessage({ func: 'settings.save', args: [{}] }, location.origin);
  },
  navigate(src, changes) {
    Object.assign(settings, changes);
    frame.src = src;
  },
};
(window as unknown as { harness: Harness }).harness = harness;

function reply(to: AppMessage, args: unknown[]): void {
  frame.contentWindow?.postMessage({ id: to.id, uuidAsString: to.uuidAsString, args }, location.origin);
}

window.addEventListener('message', (event: MessageEvent<AppMessage>) => {
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const message = event.data;
  if (!message || typeof message.func !== 'string') return;
  harness.messages.push({ ...message });
  switch (message.func) {
    case 'initialize':
      reply(message, [settings.frameContext ?? 'content', 'web', JSON.stringify(runtime), '2.58.0']);
      break;
    case 'getContext':
      reply(message, [context()]);
      break;
    case 'settings.setSettings':
      harness.settings = (message.args?.[0] ?? {}) as Record<string, unknown>;
      reply(message, [true]);
      break;
    case 'settings.setValidityState':
      harness.valid = message.args?.[0] === true;
      break;
    case 'settings.save.success':
      harness.saved = 'success';
      break;
    case 'settings.save.failure':
      harness.saved = 'failure';
      break;
    default:
      // registerHandler, appInitialization.success, shareDeepLink, …: recorded above, no answer needed.
      break;
  }
});

frame.src = settings.src ?? '/';
