import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { ACCENT_HEX, RIBBON_ICON_SIZES } from '../assets/icons/draw';
import { loadManifestEnv } from './env';
import { buildLocalizationFiles } from './localization';
import { SCOPES } from '../src/hosts/auth/scopes';
import { IDS, buildManifest } from './template';
import { validateLocalizationSchema, validateManifestConsistency, validateManifestSchema } from './validate';

const ENV_DIR = join(import.meta.dirname, 'env');
const ENV_FILES = readdirSync(ENV_DIR).filter((f) => f.endsWith('.env')).sort();

describe('the manifest for every env file', () => {
  it('has env files to check (local and example at least)', () => {
    expect(ENV_FILES).toEqual(expect.arrayContaining(['example.env', 'local.env']));
  });

  describe.each(ENV_FILES)('%s', (file) => {
    const env = loadManifestEnv(join(ENV_DIR, file));
    const manifest = buildManifest(env);

    it('validates against the v1.30 schema', () => {
      expect(validateManifestSchema(manifest)).toEqual([]);
      expect(validateManifestConsistency(manifest)).toEqual([]);
    });

    it('has localisation files that validate against the v1.30 localisation schema', () => {
      const files = buildLocalizationFiles(env);
      expect(files.map((f) => f.file)).toEqual(['nn-NO.json', 'en-US.json']);
      for (const { file: name, content } of files) expect(validateLocalizationSchema(content, name)).toEqual([]);
    });

    it('points every URL at APP_URL over https', () => {
      const host = new URL(env.appUrl).host;
      expect(manifest.validDomains).toEqual([host]);
      expect(manifest.staticTabs[0]?.contentUrl.startsWith(`${env.appUrl}/`)).toBe(true);
      expect(manifest.configurableTabs[0]?.configurationUrl).toBe(`${env.appUrl}/config.html`);
      expect(manifest.extensions[0]?.runtimes[0]?.code.page).toBe(`${env.appUrl}/taskpane.html`);
      const iconUrls = manifest.extensions[0]?.ribbons.flatMap((r) => r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls.flatMap((c) => c.icons.map((i) => i.url))))) ?? [];
      expect(iconUrls.length).toBeGreaterThan(0);
      for (const url of iconUrls) expect(url).toMatch(new RegExp(`^${env.appUrl.replace(/[.]/g, '\\.')}/assets/icon-\\d+\\.png$`));
    });
  });
});

describe('buildManifest', () => {
  const env = loadManifestEnv(join(ENV_DIR, 'local.env'));
  const manifest = buildManifest(env);

  it('declares a personal tab and a team channel tab', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ scopes: ['personal'], context: ['personalTab'], websiteUrl: 'https://localhost:5173/' }),
    ]);
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ scopes: ['team'], canUpdateConfiguration: true })]);
  });

  it('gives NAA the client id, the brokered origin and one token per action, its scopes as the app asks for them', () => {
    const redirectUri = 'brk-multihub://localhost:5173';
    expect(manifest.webApplicationInfo).toEqual({
      id: env.entraClientId,
      resource: `api://localhost:5173/${env.entraClientId}`,
      nestedAppAuthInfo: [
        { redirectUri, scopes: ['Calendars.ReadWrite'] },
        { redirectUri, scopes: ['Tasks.ReadWrite'] },
        { redirectUri, scopes: ['GroupMember.Read.All'] },
        { redirectUri, scopes: ['Group.ReadWrite.All'] },
      ],
    });
  });

  it('prefetches no scope list the app does not ask for as it is (same names, same order)', () => {
    const asked = Object.values(SCOPES).map((scopes) => scopes.join(' '));
    for (const { scopes } of manifest.webApplicationInfo.nestedAppAuthInfo) expect(asked).toContain(scopes.join(' '));
  });

  it('declares the Outlook add-in: Mailbox 1.3, read/write item permission, organizer and read ribbons', () => {
    const extension = manifest.extensions[0];
    expect(extension?.requirements).toEqual({ scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: '1.3' }] });
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }]);
    expect(extension?.runtimes[0]?.actions).toEqual([{ id: IDS.openPaneAction, type: 'openPage', displayName: 'Årshjul' }]);
    expect(extension?.ribbons.map((r) => r.contexts)).toEqual([['meetingDetailsOrganizer'], ['mailRead']]);
    const sizes = extension?.ribbons[0]?.tabs[0]?.groups[0]?.controls[0]?.icons.map((i) => i.size);
    expect(sizes).toEqual([...RIBBON_ICON_SIZES]);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
  });

  it('uses the icon accent colour and bokmål as the default language', () => {
    expect(manifest.accentColor).toBe(ACCENT_HEX);
    expect(manifest.localizationInfo?.defaultLanguageTag).toBe('nb-NO');
  });
});

describe('validateManifestSchema', () => {
  const manifest = buildManifest(loadManifestEnv(join(ENV_DIR, 'local.env')));

  it.each([
    ['another manifest version', { manifestVersion: '1.22' }, '/manifestVersion'],
    ['a short name over 30 characters', { name: { short: 'x'.repeat(31), full: 'x' } }, '/name/short must NOT have more than 30 characters'],
    ['a malformed accent colour', { accentColor: 'teal' }, '/accentColor must match pattern'],
    ['a non-GUID id', { id: 'arshjul' }, '/id must match pattern'],
    ['an unknown top-level property', { colour: 'x' }, '/ must NOT have additional properties (colour)'],
  ])('reports %s with its JSON path', (_name, patch, expected) => {
    const problems = validateManifestSchema({ ...manifest, ...patch });
    expect(problems.join('\n')).toContain(`manifest.json: ${expected}`);
  });

  it('reports a ribbon button whose action does not exist', () => {
    const broken = structuredClone(manifest);
    const control = broken.extensions[0]?.ribbons[1]?.tabs[0]?.groups[0]?.controls[0];
    if (control === undefined) throw new Error('fixture has no read button');
    control.actionId = 'Missing';
    expect(validateManifestConsistency(broken)).toEqual([
      'manifest.json: /extensions/0/ribbons/1/tabs/0/groups/0/controls/0/actionId "Missing" is not a runtime action',
    ]);
  });
});
