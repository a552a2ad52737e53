/**
 * The Microsoft 365 app manifest (unified manifest, v1.30) for one deployment.
 *
 * One package carries three things:
 *  - a personal tab, which Teams, Outlook and the Microsoft 365 app can all show
 *    (only personal tabs extend beyond Teams);
 *  - a configurable channel tab for the county's team (Teams only);
 *  - an Outlook add-in whose task pane fills an appointment from a deadline.
 * Everything that differs per county comes from `ManifestEnv`.
 */
import { ACCENT_HEX, RIBBON_ICON_SIZES } from '../assets/icons/draw';
import type { ManifestEnv } from './env';
import { NAA_PREFETCH_SCOPES, brokerRedirectUri } from './naa';
import { DEFAULT_LANGUAGE, MANIFEST_STRINGS } from './strings';
import type { ManifestLanguage } from './strings';

export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json';

/** Icon files placed at the root of the app package (paths are relative to the zip). */
export const PACKAGE_ICONS = { color: 'color.png', outline: 'outline.png', color32x32: 'color32x32.png' } as const;

/** Additional languages shipped as localisation files in the package, with their file names. */
export const ADDITIONAL_LANGUAGES: readonly { languageTag: ManifestLanguage; file: string }[] = [
  { languageTag: 'nn-NO', file: 'nn-NO.json' },
  { languageTag: 'en-US', file: 'en-US.json' },
];

/** Ids the localisation keys and the add-in actions refer to. */
export const IDS = {
  personalTabEntityId: 'arshjul',
  configurableTabId: 'arshjulTeam',
  runtime: 'TaskPaneRuntime',
  openPaneAction: 'OpenArshjulPane',
  organizerGroup: 'ArshjulOrganizerGroup',
  organizerButton: 'ArshjulOrganizerButton',
  readGroup: 'ArshjulReadGroup',
  readButton: 'ArshjulReadButton',
} as const;

/** Path under APP_URL where the Outlook ribbon icons are served (the packager copies them into `dist/assets/`). */
export const RIBBON_ICON_PATH = 'assets';
export const ribbonIconFile = (size: number): string => `icon-${size}.png`;

// The subset of the v1.30 schema this app uses, typed so the template cannot drift
// into shapes the schema rejects without the compiler noticing the obvious ones.
export interface ExtensionIcon {
  size: number;
  url: string;
}
export interface RibbonControl {
  id: string;
  type: 'button';
  label: string;
  icons: ExtensionIcon[];
  supertip: { title: string; description: string };
  actionId: string;
}
export interface Ribbon {
  contexts: ('mailRead' | 'mailCompose' | 'meetingDetailsOrganizer' | 'meetingDetailsAttendee')[];
  tabs: { builtInTabId: string; groups: { id: string; label: string; icons?: ExtensionIcon[]; controls: RibbonControl[] }[] }[];
}
export interface TeamsAppManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string; color32x32?: string };
  accentColor: string;
  localizationInfo?: {
    defaultLanguageTag: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  staticTabs: {
    entityId: string;
    name: string;
    contentUrl: string;
    websiteUrl: string;
    scopes: 'personal'[];
    context: 'personalTab'[];
  }[];
  configurableTabs: {
    id: string;
    configurationUrl: string;
    canUpdateConfiguration: boolean;
    scopes: 'team'[];
    context: 'channelTab'[];
  }[];
  validDomains: string[];
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
  authorization: { permissions: { resourceSpecific: { name: string; type: 'Delegated' | 'Application' }[] } };
  extensions: {
    requirements: { scopes: 'mail'[]; capabilities: { name: string; minVersion: string }[] };
    runtimes: {
      id: string;
      type: 'general';
      code: { page: string };
      lifetime: 'short' | 'long';
      actions: { id: string; type: 'openPage'; displayName: string }[];
    }[];
    ribbons: Ribbon[];
  }[];
}

export function buildManifest(env: ManifestEnv): TeamsAppManifest {
  const text = MANIFEST_STRINGS[DEFAULT_LANGUAGE];
  const host = new URL(env.appUrl).host;
  const ribbonIcons = RIBBON_ICON_SIZES.map((size) => ({
    size,
    url: `${env.appUrl}/${RIBBON_ICON_PATH}/${ribbonIconFile(size)}`,
  }));
  const button = (id: string, label: string, title: string, description: string): RibbonControl => ({
    id,
    type: 'button',
    label,
    icons: ribbonIcons,
    supertip: { title, description },
    actionId: IDS.openPaneAction,
  });

  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: env.appVersion,
    id: env.appId,
    developer: {
      name: env.developerName,
      websiteUrl: env.developerWebsiteUrl,
      privacyUrl: env.privacyUrl,
      termsOfUseUrl: env.termsUrl,
    },
    name: { short: env.appNameShort, full: env.appNameFull },
    description: { short: text.descriptionShort, full: text.descriptionFull },
    icons: { ...PACKAGE_ICONS },
    accentColor: ACCENT_HEX,
    localizationInfo: {
      defaultLanguageTag: DEFAULT_LANGUAGE,
      additionalLanguages: ADDITIONAL_LANGUAGES.map((l) => ({ ...l })),
    },
    staticTabs: [
      {
        entityId: IDS.personalTabEntityId,
        name: text.personalTabName,
        // `tab=personal` tells the app which surface it was opened as; the host
        // (Teams, Outlook, Microsoft 365 app) it learns from TeamsJS at runtime.
        contentUrl: `${env.appUrl}/?tab=personal`,
        websiteUrl: `${env.appUrl}/`,
        scopes: ['personal'],
        context: ['personalTab'],
      },
    ],
    configurableTabs: [
      {
        id: IDS.configurableTabId,
        configurationUrl: `${env.appUrl}/config.html`,
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ],
    validDomains: [host],
    webApplicationInfo: {
      id: env.entraClientId,
      // Only used by classic Teams SSO (getAuthToken); the app signs in with NAA.
      // Kept in the documented api://<host>/<client id> form so the Entra
      // "Application ID URI" can be set to the same value if that path is ever needed.
      resource: `api://${host}/${env.entraClientId}`,
      // One token per action the app asks for, each as the app asks (naa.ts).
      nestedAppAuthInfo: NAA_PREFETCH_SCOPES.map((scopes) => ({ redirectUri: brokerRedirectUri(env.appUrl), scopes: [...scopes] })),
    },
    authorization: {
      permissions: {
        // The task pane writes subject, start, end and body of the item being composed.
        resourceSpecific: [{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }],
      },
    },
    extensions: [
      {
        requirements: {
          scopes: ['mail'],
          // Mailbox 1.3 is the lowest set with item.body.setAsync, which the pane
          // uses to write the deadline's text into the appointment.
          capabilities: [{ name: 'Mailbox', minVersion: '1.3' }],
        },
        runtimes: [
          {
            id: IDS.runtime,
            type: 'general',
            code: { page: `${env.appUrl}/taskpane.html` },
            lifetime: 'short',
            actions: [{ id: IDS.openPaneAction, type: 'openPage', displayName: text.taskPaneName }],
          },
        ],
        ribbons: [
          {
            contexts: ['meetingDetailsOrganizer'],
            tabs: [
              {
                builtInTabId: 'TabDefault',
                groups: [
                  {
                    id: IDS.organizerGroup,
                    label: text.ribbonGroupLabel,
                    icons: ribbonIcons,
                    controls: [
                      button(
                        IDS.organizerButton,
                        text.organizerButtonLabel,
                        text.organizerSupertipTitle,
                        text.organizerSupertipDescription,
                      ),
                    ],
                  },
                ],
              },
            ],
          },
          {
            contexts: ['mailRead'],
            tabs: [
              {
                builtInTabId: 'TabDefault',
                groups: [
                  {
                    id: IDS.readGroup,
                    label: text.ribbonGroupLabel,
                    icons: ribbonIcons,
                    controls: [
                      button(IDS.readButton, text.readButtonLabel, text.readSupertipTitle, text.readSupertipDescription),
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
