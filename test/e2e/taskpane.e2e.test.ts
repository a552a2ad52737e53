/**
 * The Outlook task pane (taskpane.html) in headless Chromium WITHOUT Office.js: the CDN request
 * is aborted, as it would fail offline or when blocked. The pane must then work as a plain web
 * page: the remembered county's upcoming deadlines, filters that narrow them, no "Insert into
 * this appointment" but a note saying why, one red console line (the blocked office.js load)
 * and nothing else, and no WCAG 2.1 AA violations. The tab's own pages never ask for Office.js.
 * Screenshots go to test-results/screenshots.
 */
import { describe, expect, inject, it } from 'vitest';
import { datasetForYear } from '../../src/data/datasets';
import { filterDeadlines } from '../../src/domain/filters/query';
import { resolveDataset } from '../../src/domain/rules/resolve';
import { osloDateAt } from '../../src/domain/time/plainDate';
import type { SchoolYear } from '../../src/domain/time/schoolYear';
import { TabPage } from './pages/TabPage';
import { TODAY, axe, screenshot, suiteBrowser, type PageOptions } from './support/browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
/** What Chromium logs for the aborted office.js request (the console line names no URL; `failed` below does). */
const BLOCKED = 'Failed to load resource: net::ERR_FAILED';
/** An Outlook task pane is about this wide. */
const PANE = { width: 360, height: 900 };

const deadlines = resolveDataset(datasetForYear('2026-2027' as SchoolYear).dataset);
const upcomingIn = (county: 'vestland' | 'oslo') => filterDeadlines(deadlines, { county, upcomingFrom: osloDateAt(TODAY) });

/** The pane as the tests see it: the tab's list and filters, plus the pane's own parts. */
class TaskPanePage extends TabPage {
  insertButtons() {
    return this.list.locator('[data-action="insert"]');
  }
  calendarButtons() {
    return this.list.locator('[data-action="add-to-calendar"]');
  }
  noInsertNote() {
    return this.page.getByTestId('no-insert');
  }
  /** The filters are folded away at first, so the list is in the first view. */
  async showFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Vis filter' }).click();
    await this.upcomingSwitch().waitFor();
  }
}

describe('the Outlook task pane in a browser, without Office.js', () => {
  const baseUrl = inject('baseUrl');
  const chromium = suiteBrowser();

  /** Opens a page with office.js blocked; records every request to its CDN and every failed one. */
  async function open(path: string, options: PageOptions & { county?: string } = {}) {
    const o = await chromium.open({ viewport: PANE, ...options });
    const officeRequests: string[] = [];
    const failed: string[] = [];
    await o.context.route(OFFICE_JS, (route) => {
      officeRequests.push(route.request().url());
      return route.abort('failed');
    });
    o.page.on('requestfailed', (request) => failed.push(request.url()));
    if (options.county) {
      await o.context.addInitScript((county) => window.localStorage.setItem('arshjul:county', county), options.county);
    }
    await o.page.goto(new URL(path, baseUrl).href);
    return { ...o, pane: new TaskPanePage(o.page), officeRequests, failed };
  }

  async function openPane(query = '', options: Parameters<typeof open>[1] = {}) {
    const o = await open(`taskpane.html${query}`, options);
    await o.pane.list.waitFor({ timeout: 20_000 });
    return o;
  }

  it('shows the remembered county’s upcoming deadlines as a list only, and says why it cannot insert', async () => {
    const { page, pane, errors, officeRequests, failed } = await openPane('', { county: 'vestland' });
    const expected = upcomingIn('vestland');
    expect(expected.length).toBeGreaterThan(10);
    await expect.poll(() => pane.monthRows().count()).toBe(expected.length);
    expect(await pane.rowKeys()).toEqual(expected.map((d) => d.key));
    expect(await pane.countyShown().textContent()).toBe('Nasjonale frister og frister for Vestland');
    const total = filterDeadlines(deadlines, { county: 'vestland' }).length;
    expect(await page.getByTestId('pane-summary').textContent()).toBe(`${expected.length} av ${total} frister vises`);
    expect(await pane.upcomingSwitch().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Kommende frister' }).count()).toBe(1);
    // The compact list has no selection and no "next 14 days" repeat.
    expect(await pane.nextRows().count()).toBe(0);
    expect(await pane.list.getByRole('checkbox').count()).toBe(0);

    // No Office.js: no insert button anywhere, and the reason in words.
    expect(await pane.insertButtons().count()).toBe(0);
    expect(await pane.noInsertNote().textContent()).toBe(
      'Du ser ruten utenfor Outlook, så fristene vises bare som liste. Åpne den fra en avtale i Outlook for å sette inn en frist.',
    );
    // "Add to my calendar" is the tab's push dialog (Graph), which works in a browser too.
    expect(await pane.calendarButtons().count()).toBe(expected.length);
    expect(await pane.calendarButtons().first().getAttribute('aria-label')).toBe(`Legg til i kalenderen min: ${expected[0]!.entry.title}`);

    // The one red line is the office.js load we blocked; nothing else.
    expect(officeRequests).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(failed).toEqual(officeRequests);
    expect(errors).toEqual([BLOCKED]);
    // The history methods Office.js would null are the browser's own.
    expect(await page.evaluate(() => typeof history.replaceState === 'function' && typeof history.pushState === 'function')).toBe(true);

    await screenshot(page, 'taskpane-light');
    await screenshot(page, 'taskpane-light-full', { fullPage: true });
    await pane.showFilters();
    expect(await pane.upcomingSwitch().isChecked()).toBe(true);
    expect(await pane.filterCount().textContent()).toBe(`${expected.length} av ${total} frister vises`);
    await screenshot(page, 'taskpane-light-filters');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('narrows the list with category, text and county, and remembers the county for the tab', async () => {
    const { page, pane, errors } = await openPane('', { county: 'vestland' });
    const all = await pane.monthRows().count();
    await pane.showFilters();

    const today = osloDateAt(TODAY);
    const ssbUdir = filterDeadlines(deadlines, { county: 'vestland', upcomingFrom: today, categories: ['ssb-udir'] });
    await pane.categoryToggle('ssb-udir').click();
    await expect.poll(() => pane.rowKeys()).toEqual(ssbUdir.map((d) => d.key));
    expect(ssbUdir.length).toBeGreaterThan(0);
    expect(ssbUdir.length).toBeLessThan(all);
    const badges = await pane.monthRows().locator('[data-category]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(new Set(badges)).toEqual(new Set(['ssb-udir']));

    const texted = filterDeadlines(deadlines, { county: 'vestland', upcomingFrom: today, categories: ['ssb-udir'], text: 'grunnskole' });
    expect(texted.length).toBeGreaterThan(0);
    expect(texted.length).toBeLessThan(ssbUdir.length);
    await pane.search().fill('grunnskole');
    await expect.poll(() => pane.rowKeys()).toEqual(texted.map((d) => d.key));

    await page.getByRole('button', { name: 'Nullstill filter' }).click();
    await expect.poll(() => pane.monthRows().count()).toBe(all);
    expect(await pane.upcomingSwitch().isChecked()).toBe(true);

    await pane.pick(page.getByTestId('county-filter'), 'Oslo');
    await expect.poll(() => pane.rowKeys()).toEqual(upcomingIn('oslo').map((d) => d.key));
    await expect.poll(() => pane.countyShown().textContent()).toBe('Nasjonale frister og frister for Oslo');
    expect(await page.evaluate(() => window.localStorage.getItem('arshjul:county'))).toBe('oslo');

    // A deadline's details open from its title, with a link back to the tab.
    const first = pane.monthRows().first();
    const title = first.locator('button', { hasText: upcomingIn('oslo')[0]!.entry.title });
    await title.focus();
    await page.keyboard.press('Enter');
    await pane.details().waitFor();
    expect(await pane.detailsTitle().textContent()).toContain(upcomingIn('oslo')[0]!.entry.title);
    await screenshot(page, 'taskpane-details');
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.details().count()).toBe(0);
    // The focus is back on the title that opened them, as in the tab.
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([BLOCKED]);
  });

  it('has no violations in dark, in nynorsk', async () => {
    const { page, pane } = await openPane('?lang=nn', { colorScheme: 'dark', county: 'oslo' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await pane.noInsertNote().textContent()).toContain('Du ser ruta utanfor Outlook');
    expect(await pane.calendarButtons().first().textContent()).toBe('Legg til i kalenderen min');
    // Nynorsk dates, also in a Chromium without nynorsk locale data (Debian's wrote "Mon, Nov 30").
    expect(await pane.monthRows().first().textContent()).toMatch(/(må|ty|on|to|fr|la|sø)\. \d{1,2}\. (jan\.|feb\.|mars|apr\.|mai|juni|juli|aug\.|sep\.|okt\.|nov\.|des\.)/);
    await screenshot(page, 'taskpane-dark');
    await page.getByRole('button', { name: 'Vis filter' }).click();
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('names the pane in English in the browser\'s title when it speaks English', async () => {
    const { page, pane } = await openPane('?lang=en', { county: 'oslo' });
    expect(await pane.lang()).toBe('en-GB');
    expect(await page.title()).toBe('VIGO annual wheel – Outlook');
  });

  it('the tab and the configuration page never ask for Office.js', async () => {
    const tab = await open('./?county=oslo');
    await tab.pane.list.waitFor({ timeout: 20_000 });
    const config = await open('config.html');
    await config.page.getByRole('combobox').first().waitFor({ timeout: 20_000 });
    expect(tab.officeRequests).toEqual([]);
    expect(config.officeRequests).toEqual([]);
    const scripts = await tab.page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
    expect(scripts.some((s) => s.includes('office'))).toBe(false);
  });
});
