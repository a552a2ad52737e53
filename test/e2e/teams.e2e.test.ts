/**
 * The tab inside a Teams host, against the real TeamsJS library: the harness page frames the
 * built tab and answers TeamsJS's postMessage protocol (test/e2e/harness/host.ts). Covers the
 * configuration page saving the county with the tab, the channel tab showing that county, the
 * personal tab remembering a county, the host's locale and theme (with a live change), deep
 * links in and out, and axe-core in the Teams contrast theme.
 */
import { describe, expect, inject, it } from 'vitest';
import { axe, screenshot, suiteBrowser } from './support/browser';
import { HarnessPage } from './pages/HarnessPage';

const APP_ID = '6f1304a9-bcb7-4599-a188-07c9e19e7c6e';
const LINKED = '2026-2027/forste-overforing-soker-til-elev';
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(41, 41, 41)', contrast: 'rgb(0, 0, 0)' };

describe('the tab in a Teams host (real TeamsJS, harness host)', () => {
  const baseUrl = inject('baseUrl');
  const chromium = suiteBrowser();

  async function open() {
    const o = await chromium.open({ viewport: { width: 1280, height: 900 } });
    return { ...o, harness: new HarnessPage(o.page) };
  }

  it('configuration page: asks for the county in nynorsk, enables Save, and saves the county with the tab', async () => {
    const { page, harness, errors } = await open();
    await harness.goto(baseUrl, { src: '/config.html', frameContext: 'settings', locale: 'nn-NO', team: 'Inntak Vestland' });
    const frame = harness.frame();
    await frame.getByRole('heading', { name: 'Årshjulet i dette teamet' }).waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('nn-NO');
    await expect.poll(() => harness.state<boolean>('valid')).toBe(false);
    expect(await harness.funcs()).toEqual(expect.arrayContaining(['initialize', 'getContext', 'registerHandler', 'settings.setValidityState']));

    await frame.getByRole('combobox', { name: 'Fylke' }).click();
    await frame.getByRole('option', { name: 'Vestland', exact: true }).click();
    await expect.poll(() => harness.state<boolean>('valid')).toBe(true);
    expect(await frame.getByTestId('config-status').textContent()).toBe('Fana viser årshjulet for Vestland. Trykk Lagre.');
    await screenshot(page, 'config-page');

    await harness.save();
    await expect.poll(() => harness.state<string>('saved')).toBe('success');
    const saved = (await harness.state<Record<string, string>>('settings'))!;
    expect(saved.entityId).toBe('arshjul-vestland');
    expect(saved.suggestedDisplayName).toBe('Årshjul Vestland');
    expect(new URL(saved.contentUrl!).searchParams.get('county')).toBe('vestland');
    expect(new URL(saved.contentUrl!).origin).toBe(new URL(baseUrl).origin);
    expect(saved.websiteUrl).toBe(saved.contentUrl);

    // The team then opens the saved tab: national rows plus Vestland's, and it says so.
    await harness.navigate(saved.contentUrl!, { frameContext: 'content', entityId: saved.entityId! });
    const tab = harness.tab();
    await tab.ready();
    expect(await tab.countyShown().textContent()).toBe('Nasjonale fristar og fristar for Vestland');
    await expect.poll(() => tab.monthRows().count()).toBe(119);
    // The county is the tab's configuration: no county filter and no "change county" in a channel tab.
    expect(await tab.root.getByTestId('county-filter').count()).toBe(0);
    expect(await tab.root.getByRole('button', { name: 'Byt fylke' }).count()).toBe(0);
    expect(await tab.countyQuestion().count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('configuration page of a saved tab: shows the county it was saved with, ready to save again', async () => {
    const { harness, errors } = await open();
    await harness.goto(baseUrl, { src: '/config.html', frameContext: 'settings', team: 'Inntak Vestland', entityId: 'arshjul-vestland' });
    const frame = harness.frame();
    await frame.getByRole('heading', { name: 'Årshjulet i dette teamet' }).waitFor();
    await expect.poll(() => frame.getByRole('combobox', { name: 'Fylke' }).textContent()).toContain('Vestland');
    await expect.poll(() => harness.state<boolean>('valid')).toBe(true);
    expect(await frame.getByTestId('config-status').textContent()).toBe('Fanen viser årshjulet for Vestland. Trykk Lagre.');
    expect(errors).toEqual([]);
  });

  it('follows the host theme, including live changes, and passes axe in the Teams contrast theme', async () => {
    const { page, harness } = await open();
    await harness.goto(baseUrl, { src: '/?county=agder', team: 'Agder inntak', theme: 'dark', locale: 'nb-NO' });
    const tab = harness.tab();
    await tab.ready();
    expect(await tab.background()).toBe(BACKGROUND.dark);
    await expect.poll(async () => (await harness.messages()).some((m) => m.func === 'registerHandler' && m.args?.[0] === 'themeChange')).toBe(true);
    await screenshot(page, 'teams-dark');

    await harness.sendTheme('contrast');
    await expect.poll(() => tab.background()).toBe(BACKGROUND.contrast);
    expect(await tab.root.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    await screenshot(page, 'teams-contrast');
    const violations = await axe(tab.root);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await axe(tab.root, { disableRules: ['color-contrast'] });
    expect(forced, JSON.stringify(forced, null, 2)).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });

    await harness.sendTheme('default');
    await expect.poll(() => tab.background()).toBe(BACKGROUND.light);
  });

  it('personal tab: speaks English from the host locale, asks for a county once and remembers it', async () => {
    const { harness, errors } = await open();
    await harness.goto(baseUrl, { src: '/?tab=personal', locale: 'en-US', hostName: 'Outlook' });
    let tab = harness.tab();
    await tab.ready();
    expect(await tab.lang()).toBe('en-GB');
    expect(await tab.countyShown().textContent()).toBe('Deadlines for all counties');
    await tab.countyQuestion().waitFor();
    await tab.root.getByTestId('county-picker').click();
    await tab.root.getByRole('option', { name: 'Agder', exact: true }).click();
    await tab.root.getByRole('button', { name: 'Show the annual wheel' }).click();
    await expect.poll(() => tab.countyShown().textContent()).toBe('National deadlines and deadlines for Agder');
    expect(await tab.countyQuestion().count()).toBe(0);
    // The question's buttons are gone; the focus goes on to the wheel's heading, not the body.
    await expect.poll(() => tab.root.locator(':focus').getAttribute('id')).toBe('wheel-heading');

    // Opened again (no county in the URL): the choice is remembered, not asked again.
    await harness.goto(baseUrl, { src: '/?tab=personal', locale: 'en-US', hostName: 'Outlook' });
    tab = harness.tab();
    await tab.ready();
    expect(await tab.countyShown().textContent()).toBe('National deadlines and deadlines for Agder');
    expect(await tab.countyQuestion().count()).toBe(0);
    expect(tab.params().get('tab')).toBe('personal');
    expect(errors).toEqual([]);
  });

  it('opens the entry of a deep link (subEntityId) and copies a Teams deep link back to it', async () => {
    const { context, page, harness } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await harness.goto(baseUrl, { src: '/?tab=personal', subEntityId: LINKED, entityId: 'arshjul' });
    const tab = harness.tab();
    await tab.ready();
    await tab.details().waitFor();
    expect(await tab.detailsTitle().textContent()).toContain('søker til elev');

    // The status region is in the dialog before the copy, empty, so what it then says is announced.
    expect(await tab.details().getByRole('status').textContent()).toBe('');
    await tab.details().getByRole('button', { name: 'Kopier lenke' }).click();
    const link = await (async () => {
      const status = tab.details().getByText('Lenken er kopiert.');
      const manual = tab.details().getByRole('textbox', { name: 'Lenke til fristen' });
      await status.or(manual).waitFor();
      return (await manual.count()) > 0 ? manual.inputValue() : page.evaluate(() => navigator.clipboard.readText());
    })();
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/arshjul`);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: LINKED });
  });

  it('links by the id the host knows the app by (the org catalogue’s), in a channel tab with its channel', async () => {
    const { context, page, harness } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const catalogueId = '0b6f6c2e-1d5a-4c1e-9a51-3f2f7d6b8e10';
    await harness.goto(baseUrl, { src: '/?county=vestland', team: 'Vestland fylkeskommune', subEntityId: LINKED, entityId: 'arshjul-vestland', appId: catalogueId });
    const tab = harness.tab();
    await tab.ready();
    await tab.details().waitFor();
    await tab.details().getByRole('button', { name: 'Kopier lenke' }).click();
    const status = tab.details().getByText('Lenken er kopiert.');
    const manual = tab.details().getByRole('textbox', { name: 'Lenke til fristen' });
    await status.or(manual).waitFor();
    const link = (await manual.count()) > 0 ? await manual.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${catalogueId}/arshjul-vestland`);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: LINKED, channelId: '19:channel@thread.tacv2' });
  });

  it('falls back to a plain web page when the frame never answers', async () => {
    const { page, errors } = await open();
    // A page that frames the tab but is no host: TeamsJS waits for an answer that never comes.
    await page.route(`${baseUrl}not-a-host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>x</title><iframe src="/" style="width:1200px;height:800px"></iframe>` }),
    );
    await page.goto(`${baseUrl}not-a-host.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.locator('[data-testid="deadline-list"]').waitFor({ timeout: 20_000 });
    expect(await frame.getByText('Fikk ikke svar fra Teams. Årshjulet vises som en vanlig nettside.').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
