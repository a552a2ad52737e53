/**
 * "Legg til i Outlook / Planner" against the Graph simulator: ten deadlines selected in the
 * list go to my calendar and to a Planner plan with two assignees, and the simulator's state
 * then holds ten events and ten tasks assigned to both. The app is built here with the
 * simulator's URLs, as `npm start` passes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startGraphSimulator } from '../graph-simulator/index';
import { DEMO_GROUP_ID } from '../graph-simulator/seed';
import { buildAndServe, type ServedBuild } from './setup/buildAndServe';
import { axe, launch, openPage, screenshot } from './support/browser';

interface SimState {
  readonly events: Record<string, { readonly subject: string; readonly calendarId: string; readonly isAllDay?: boolean }>;
  readonly calendars: Record<string, { readonly isDefault?: boolean; readonly ownerKind: string }>;
  readonly tasks: Record<string, { readonly title: string; readonly assignments?: Record<string, unknown> }>;
}

describe('pushing deadlines to Outlook and Planner', () => {
  let simulator: Awaited<ReturnType<typeof startGraphSimulator>>;
  let served: ServedBuild;
  let browser: Browser;

  beforeAll(async () => {
    simulator = await startGraphSimulator({ port: 0, seed: 'demo' });
    process.env['VITE_GRAPH_BASE_URL'] = simulator.graphBaseUrl;
    process.env['VITE_GRAPH_SIMULATOR_URL'] = simulator.url;
    process.env['VITE_DEMO_GROUP_ID'] = DEMO_GROUP_ID;
    served = await buildAndServe(process.cwd());
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await simulator?.close();
    delete process.env['VITE_GRAPH_BASE_URL'];
    delete process.env['VITE_GRAPH_SIMULATOR_URL'];
    delete process.env['VITE_DEMO_GROUP_ID'];
  });

  it('creates ten events and ten tasks with two assignees', async () => {
    const before = (await (await fetch(`${simulator.url}/_sim/state`)).json()) as SimState;
    const { page, context } = await openPage(browser);
    await page.goto(served.url);
    const boxes = page.locator('[data-testid="deadline-list"] li[data-section="month"] input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 30_000 });
    const titles: string[] = [];
    for (let i = 0; i < 10; i++) {
      await boxes.nth(i).check();
      titles.push((await boxes.nth(i).getAttribute('aria-label')) ?? '');
    }
    await page.getByRole('button', { name: 'Legg til i Outlook / Planner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Forhåndsvis' }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('Opprettes: 10');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'push-preview');
    // Until the Planner tab is opened, nothing that needs Planner or member permissions is read.
    const plannerRequests = () => simulator.requestLog.filter((r) => /planner|members/i.test(r.path)).length;
    expect(plannerRequests()).toBe(0);
    await dialog.getByRole('button', { name: 'Legg til', exact: true }).click();
    await expect.poll(() => dialog.locator('section').textContent(), { timeout: 30_000 }).toContain('Fullført: 10 · Feilet: 0');

    await dialog.getByRole('tab', { name: 'Planner' }).click();
    // The panel the tabs show is named by the tab selected.
    await expect.poll(() => dialog.getByRole('tabpanel', { name: 'Planner' }).count()).toBe(1);
    expect(await dialog.getByRole('tab', { name: 'Planner' }).getAttribute('aria-controls')).toBe(await dialog.getByRole('tabpanel').getAttribute('id'));
    const members = dialog.getByRole('checkbox');
    await members.nth(1).waitFor();
    expect(plannerRequests()).toBeGreaterThan(0);
    await members.nth(0).check();
    await members.nth(1).check();
    await dialog.getByRole('button', { name: 'Legg til', exact: true }).click();
    await expect.poll(() => dialog.locator('section').textContent(), { timeout: 30_000 }).toContain('Fullført: 10 · Feilet: 0');
    await screenshot(page, 'push-planner-done');
    await context.close();

    const state = (await (await fetch(`${simulator.url}/_sim/state`)).json()) as SimState;
    const defaultCalendar = Object.entries(state.calendars).find(([, c]) => c.isDefault && c.ownerKind === 'user')?.[0];
    const inDefault = (s: SimState) => Object.values(s.events).filter((e) => e.calendarId === defaultCalendar).length;
    expect(defaultCalendar).toBeDefined();
    expect(inDefault(state) - inDefault(before)).toBe(10);
    const created = Object.entries(state.events).filter(([id, e]) => e.calendarId === defaultCalendar && !(id in before.events));
    expect(created.every(([, e]) => e.isAllDay === true)).toBe(true);
    // Every selected row has a new event whose subject is its title (rows may share a title).
    for (const title of titles) expect(created.filter(([, e]) => title.includes(e.subject)).length, title).toBeGreaterThanOrEqual(1);
    const tasks = Object.values(state.tasks).filter((t) => Object.keys(t.assignments ?? {}).length === 2);
    expect(tasks).toHaveLength(10);
  }, 120_000);

  it('keeps the focus on the Planner tab, in the dialog, while the first switch to it loads the plans', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${served.url}?cat=lanekassen`);
    const boxes = page.locator('[data-testid="deadline-list"] li[data-section="month"] input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 30_000 });
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Legg til i Outlook / Planner' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect.poll(() => dialog.getByRole('tab', { name: 'Planner' }).isDisabled()).toBe(false);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Outlook-kalender');
    // Where the focus is, sampled every few milliseconds from before the switch until the plans are read.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { focusSeen: string[] }).focusSeen = seen;
      const sample = () => {
        const active = document.activeElement;
        const where = active?.closest('[role="dialog"]') ? (active.getAttribute('role') ?? active.tagName) : `outside: ${active?.tagName ?? 'none'}`;
        if (seen[seen.length - 1] !== where) seen.push(where);
        requestAnimationFrame(sample);
      };
      sample();
    });
    const reads = () => simulator.requestLog.filter((r) => /\/groups\/[^/]+\/(planner\/plans|members)/i.test(r.path)).length;
    const readsBefore = reads();
    simulator.setFaults({ latencyMs: 400 });
    try {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('tabpanel', { name: 'Planner' }).count()).toBe(1);
      // While they load, the other tab is marked unavailable; the one in use is not.
      expect(await dialog.getByRole('tab', { name: 'Outlook-kalender' }).getAttribute('aria-disabled')).toBe('true');
      expect(await dialog.getByRole('tab', { name: 'Planner' }).getAttribute('aria-disabled')).toBeNull();
      // While the plans load, going back to Outlook is not taken: that would start the reads again.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await dialog.getByRole('checkbox').first().waitFor({ timeout: 20_000 });
    } finally {
      simulator.setFaults({ latencyMs: 0 });
    }
    expect(await page.evaluate(() => (window as unknown as { focusSeen: string[] }).focusSeen)).toEqual(['tab']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Planner');
    expect(await dialog.getByRole('tabpanel', { name: 'Planner' }).count()).toBe(1);
    // The plans and the members, each read once.
    expect(reads() - readsBefore).toBe(2);
    await context.close();
  }, 120_000);

  it('sets each of its actions on one line at 1280 px, in every language', async () => {
    for (const [lang, open] of [
      ['nb', 'Legg til i Outlook / Planner'],
      ['nn', 'Legg til i Outlook / Planner'],
      ['en', 'Add to Outlook / Planner'],
    ] as const) {
      const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
      await page.goto(`${served.url}?lang=${lang}&cat=lanekassen`);
      const boxes = page.locator('[data-testid="deadline-list"] li[data-section="month"] input[type="checkbox"]');
      await boxes.first().waitFor({ timeout: 30_000 });
      await boxes.first().check();
      await page.getByRole('button', { name: open }).click();
      const actions = page.getByRole('dialog').locator('.fui-DialogActions button');
      await actions.first().waitFor();
      // The lines each button's text is set on.
      const lines = await actions.evaluateAll((buttons) =>
        buttons.map((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          return `${button.textContent}: ${new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size}`;
        }),
      );
      expect(lines, lang).toEqual(lines.map((line) => line.replace(/\d+$/, '1')));
      if (lang === 'nb') await screenshot(page, 'push-actions-1280');
      await context.close();
    }
  }, 120_000);

  it('fits its fields in a 320 px pane, in English, on both tabs, without scrolling sideways', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 800 } });
    await page.goto(`${served.url}?lang=en&cat=lanekassen`);
    const boxes = page.locator('[data-testid="deadline-list"] li[data-section="month"] input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 30_000 });
    await boxes.first().check();
    await page.getByRole('button', { name: 'Add to Outlook / Planner' }).click();
    const dialog = page.getByRole('dialog');
    const content = dialog.locator('.fui-DialogContent');
    /** How far the dialog's content scrolls sideways, and the fields that reach past its right edge. */
    const overflow = () =>
      content.evaluate((el) => {
        const right = el.getBoundingClientRect().right;
        const past = [...el.querySelectorAll('select, input')].filter((f) => f.getBoundingClientRect().right > right + 1).map((f) => f.closest('.fui-Field')?.textContent ?? '');
        return { sideways: el.scrollWidth - el.clientWidth, past };
      });
    await expect.poll(() => dialog.getByRole('tab', { name: 'Planner' }).isDisabled()).toBe(false);
    expect(await overflow()).toEqual({ sideways: 0, past: [] });
    // The actions, across the whole dialog and stacked in a pane this narrow, stay inside it too.
    const actionsPast = () =>
      dialog.evaluate((surface) => {
        const right = surface.getBoundingClientRect().right;
        const past = [...surface.querySelectorAll('.fui-DialogActions button')].filter((b) => b.getBoundingClientRect().right > right + 1).map((b) => b.textContent ?? '');
        return { sideways: surface.scrollWidth - surface.clientWidth, past };
      });
    expect(await actionsPast()).toEqual({ sideways: 0, past: [] });
    await dialog.getByRole('tab', { name: 'Planner' }).click();
    await dialog.getByRole('checkbox').first().waitFor();
    expect(await dialog.getByLabel('Plan', { exact: true }).textContent()).toContain('Create a plan for the school year');
    expect(await overflow()).toEqual({ sideways: 0, past: [] });
    await screenshot(page, 'push-planner-320');
    await context.close();
  });

  it('removes from the calendar only what it created, after asking', async () => {
    const state = async () => (await (await fetch(`${simulator.url}/_sim/state`)).json()) as SimState;
    const before = await state();
    const { page, context } = await openPage(browser);
    await page.goto(served.url);
    const boxes = page.locator('[data-testid="deadline-list"] li[data-section="month"] input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 30_000 });
    for (let i = 20; i < 23; i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: 'Legg til i Outlook / Planner' }).click();
    const dialog = page.getByRole('dialog');
    // It opens with the focus on its title, not on its first action ("Fjern valgte"), and Tab
    // goes on to its tabs and fields before the actions.
    const focusedTitle = () => page.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.textContent : null));
    await expect.poll(focusedTitle).toBe('Legg til i Outlook / Planner');
    await expect.poll(() => dialog.getByRole('tab', { name: 'Outlook-kalender' }).isDisabled()).toBe(false);
    expect(await focusedTitle()).toBe('Legg til i Outlook / Planner');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Outlook-kalender');
    await dialog.getByLabel('Påminnelse').selectOption('1w');
    // With the keyboard, and slow enough to see: the focus goes to Avbryt while it runs, the
    // progress bar has a name, and the focus lands on the result when it ends.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    simulator.setFaults({ latencyMs: 400 });
    await dialog.getByRole('button', { name: 'Legg til', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Avbryt');
    await dialog.getByRole('progressbar', { name: 'Fremdrift' }).waitFor();
    const during = await axe(page);
    expect(during, JSON.stringify(during, null, 2)).toEqual([]);
    simulator.setFaults({ latencyMs: 0 });
    await expect.poll(focused, { timeout: 30_000 }).toContain('Fullført: 3 · Feilet: 0');
    expect(await dialog.getByRole('link', { name: 'Se resultatet i Graph-simulatoren' }).getAttribute('href')).toBe(`${simulator.url}/_sim/`);
    const pushed = Object.keys((await state()).events);
    expect(pushed.length - Object.keys(before.events).length).toBe(3);

    await dialog.getByRole('button', { name: 'Fjern valgte' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Fjerne 3 frister fra kalenderen?');
    // The question has the focus (the button that asked it is now disabled).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Fjern');
    // Avbryt takes the question away and gives the focus back to the button that asked it.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => dialog.textContent()).not.toContain('Fjerne 3 frister fra kalenderen?');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Fjern valgte');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Fjern');
    // Nothing is deleted before the user confirms.
    expect(Object.keys((await state()).events)).toEqual(pushed);
    await dialog.getByRole('button', { name: 'Fjern', exact: true }).click();
    await expect.poll(() => dialog.locator('section').textContent(), { timeout: 30_000 }).toContain('Fullført: 3 · Feilet: 0');
    await screenshot(page, 'push-removed');
    // Removing them again finds nothing of the app's, and says so instead of counting zeros.
    await dialog.getByRole('button', { name: 'Fjern valgte' }).click();
    await dialog.getByRole('button', { name: 'Fjern', exact: true }).click();
    await expect
      .poll(() => dialog.locator('section [role="status"]').textContent(), { timeout: 30_000 })
      .toBe('Ingen av de valgte fristene var lagt inn i kalenderen av appen. Ingenting ble fjernet.');
    // Closing gives the focus back to the button that opened the dialog.
    await dialog.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Legg til i Outlook / Planner');
    // Opened again, it keeps the reminder of the last push, so pushing again does not undo it.
    await page.getByRole('button', { name: 'Legg til i Outlook / Planner' }).click();
    await expect.poll(() => page.getByRole('dialog').getByLabel('Påminnelse').inputValue()).toBe('1w');
    await context.close();
    // The three are gone; every other event (the demo's own and the first test's) is still there.
    const after = await state();
    expect(Object.keys(after.events).sort()).toEqual(Object.keys(before.events).sort());
  }, 120_000);
});
