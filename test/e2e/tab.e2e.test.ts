/**
 * The tab as a plain web page in headless Chromium: it opens without errors, filters narrow
 * the wheel and the list and live in the URL, a deep link opens an entry, the keyboard alone
 * reaches and opens a deadline on the wheel, exports download, and axe-core finds no WCAG 2.1
 * AA violations in light, dark and high contrast. Screenshots go to test-results/screenshots.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axe, screenshot, suiteBrowser, type PageOptions } from './support/browser';
import { TabPage } from './pages/TabPage';
import { contrastRatio } from '../../src/domain/model/contrast';

/** What moved after it was painted (layout-shift entries), as the nodes that moved. */
function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done) => {
        const moved: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number; sources?: Array<{ node?: Node | null }> }>) {
            if (entry.value > 0) moved.push(...(entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))));
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(moved), 100);
      }),
  );
}

/** WCAG contrast (the domain's `contrastRatio`) of a computed CSS rgb()/rgba() colour over an opaque one. */
function cssContrastRatio(foreground: string, background: string): number {
  const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const [br = 0, bg = 0, bb = 0] = channels(background);
  const [fr = 0, fg = 0, fb = 0, alpha = 1] = channels(foreground);
  const hex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  return contrastRatio(hex([fr * alpha + br * (1 - alpha), fg * alpha + bg * (1 - alpha), fb * alpha + bb * (1 - alpha)]), hex([br, bg, bb]));
}

/**
 * Month headings of the print list that the columns part from their first row: a heading must
 * sit in the same column as its first deadline, directly above it. Read under print emulation,
 * where the list is one set of columns (the PDF's pages break it the same way, within a page).
 */
function headingsAlone(page: Page): Promise<string[]> {
  return page.getByTestId('print-list').evaluate((list) =>
    [...list.querySelectorAll('section')].flatMap((section) => {
      const heading = section.querySelector('h3')!.getBoundingClientRect();
      const row = section.querySelector('li')!.getBoundingClientRect();
      const sameColumn = Math.abs(heading.left - row.left) < 1;
      const under = row.top >= heading.bottom - 1 && row.top - heading.bottom < heading.height;
      return sameColumn && under ? [] : [section.querySelector('h3')!.textContent ?? ''];
    }),
  );
}

const LINKED = '2026-2027/forste-overforing-soker-til-elev';
const TOTAL = 123;

describe('the tab in a browser', () => {
  const baseUrl = inject('baseUrl');
  const chromium = suiteBrowser();

  async function open(query = '', options: PageOptions = {}) {
    const o = await chromium.open(options);
    const tab = new TabPage(o.page);
    await tab.goto(baseUrl, query);
    return { ...o, tab };
  }

  it('opens standalone in bokmål with every deadline, nothing red in the console, and no Teams or export code loaded', async () => {
    const { page, tab, errors } = await open();
    expect(await tab.lang()).toBe('nb-NO');
    await expect.poll(() => tab.monthRows().count()).toBe(TOTAL);
    expect(await tab.filterCount().textContent()).toBe(`${TOTAL} av ${TOTAL} frister vises`);
    expect(await tab.countyShown().textContent()).toBe('Frister for alle fylker');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Årshjul for VIGO');
    expect(await page.locator('header').getByText('Skoleåret 2026–2027').count()).toBe(1);
    // Today is 28 November 2026: the next 14 days start on Monday 30 November.
    expect(await tab.nextRows().count()).toBeGreaterThan(3);
    expect(await tab.nextRows().first().textContent()).toContain('30. nov.');
    expect(await tab.countyQuestion().isVisible()).toBe(true);
    // Months are named groups, not landmarks: inside the list only "Neste 14 dager" is one.
    expect(await tab.list.getByRole('group', { name: /^Desember 2026/ }).count()).toBe(1);
    expect(await tab.list.getByRole('region').count()).toBe(1);
    // The county question is in the first paint: nothing the first view drew moves afterwards.
    expect(await layoutShifts(page)).toEqual([]);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((s) => /teamsAdapter|ics-|exportWheelPng|msal|graph/i.test(s))).toEqual([]);
    await screenshot(page, 'tab-light');
    await page.locator('#deadlines').scrollIntoViewIfNeeded();
    await screenshot(page, 'tab-light-list');
    // The system theme changes while the page is open: the tab follows.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => tab.background()).toBe('rgb(41, 41, 41)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => tab.background()).toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
  });

  it('narrows the wheel and the list with the filters, keeps them in the URL, and a copied URL shows the same view', async () => {
    const { page, tab, errors } = await open();
    const allMarks = await tab.wheelMarks().count();

    await tab.categoryToggle('lanekassen').click();
    await expect.poll(() => tab.monthRows().count()).toBe(2);
    expect(await tab.categoryToggle('lanekassen').getAttribute('aria-pressed')).toBe('true');
    const badges = await tab.monthRows().locator('[data-category]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(new Set(badges)).toEqual(new Set(['lanekassen']));
    const marks = await tab.wheelLabels();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.length).toBeLessThan(allMarks);
    expect(marks.every((label) => label.includes('Lånekassen'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('cat')).toBe('lanekassen');

    await tab.categoryToggle('ssb-udir').click();
    await expect.poll(() => tab.monthRows().count()).toBe(2 + 17);
    await tab.upcomingSwitch().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('upcoming')).toBe('1');
    const upcomingRows = await tab.monthRows().count();
    expect(upcomingRows).toBeLessThan(19);
    expect((await tab.wheelMarks().count()) <= marks.length + 17).toBe(true);

    await tab.search().fill('Udir');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Udir');
    const texted = await tab.monthRows().count();
    expect(texted).toBeGreaterThan(0);
    expect(texted).toBeLessThanOrEqual(upcomingRows);

    await tab.pick(page.getByTestId('county-filter'), 'Vestland');
    await expect.poll(() => tab.countyShown().textContent()).toBe('Nasjonale frister og frister for Vestland');

    // The same URL in a new browser shows the same view.
    const copied = page.url();
    const again = await open(new URL(copied).search);
    expect(await again.tab.rowKeys()).toEqual(await tab.rowKeys());
    expect(await again.tab.categoryToggle('ssb-udir').getAttribute('aria-pressed')).toBe('true');
    expect(await again.tab.search().inputValue()).toBe('Udir');
    expect(await again.tab.countyShown().textContent()).toContain('Vestland');

    // The search box's clear button is named in Norwegian.
    expect(await page.getByRole('button', { name: 'Tøm søket' }).count()).toBe(1);
    // With the keyboard: the focus stays on the button, which now has nothing left to clear.
    await page.getByRole('button', { name: 'Nullstill filter' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tab.monthRows().count()).toBe(119);
    expect(new URL(page.url()).searchParams.get('county')).toBe('vestland');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nullstill filter');
    expect(await page.getByRole('button', { name: 'Nullstill filter' }).getAttribute('aria-disabled')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('opens an entry from a deep link, with report codes, moved date, and "se også" that jumps to the linked entry', async () => {
    const { page, tab, errors } = await open(`?deadline=${encodeURIComponent(LINKED)}`);
    await tab.details().waitFor();
    expect(await tab.detailsTitle().textContent()).toContain('søker til elev');
    // The title has the focus, so the date under it is in view and read first.
    const focusedTitle = () => page.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.textContent : null));
    await expect.poll(focusedTitle).toContain('søker til elev');
    expect(await tab.details().getByTestId('report-codes').textContent()).toContain('5A001');
    expect(await tab.details().getByTestId('moves').textContent()).toMatch(/^Flyttet fra .+ til .+ fordi .+\.$/);
    expect(await tab.row(LINKED).getAttribute('data-deadline-key')).toBe(LINKED);
    await screenshot(page, 'details-light');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    const before = await tab.detailsTitle().textContent();
    await tab.details().getByTestId('see-also').first().click();
    await expect.poll(() => tab.detailsTitle().textContent()).not.toBe(before);
    await expect.poll(focusedTitle).toBe(await tab.detailsTitle().textContent());
    const target = new URL(page.url()).searchParams.get('deadline');
    expect(target).not.toBe(LINKED);

    // The browser's Back returns to the deadline that linked it, and Forward to the target again.
    await page.goBack();
    await expect.poll(() => tab.detailsTitle().textContent()).toBe(before);
    expect(new URL(page.url()).searchParams.get('deadline')).toBe(LINKED);
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('deadline')).toBe(target);
    await expect.poll(() => tab.detailsTitle().textContent()).not.toBe(before);

    // Closing leaves no deadline behind, neither the target nor the deep-linked one.
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('deadline')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('takes the browser\'s Back as closing the details opened from the list, and stays in the tab', async () => {
    const { page, tab, errors } = await open('?county=oslo');
    const start = page.url();
    const key = (await tab.rowKeys())[3]!;
    await tab.openRow(key);
    expect(new URL(page.url()).searchParams.get('deadline')).toBe(key);
    await page.goBack();
    await expect.poll(() => tab.details().count()).toBe(0);
    expect(page.url()).toBe(start);
    // Focus returns to where the details were opened from.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-deadline-key]')?.getAttribute('data-deadline-key') ?? null)).toBe(key);
    // Closing with the dialog's own button after a step does not leave a step to go Back into.
    await tab.openRow(key);
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    expect(page.url()).toBe(start);

    // After a reload the steps behind belong to the page before it: closing stays on this page.
    await tab.openRow(key);
    await page.reload();
    await tab.details().waitFor();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    expect(page.url()).toBe(start);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('gives the focus to the deadline\'s row when details opened from a link or by Forward are closed, and to the list when the filter hides the row', async () => {
    const key = '2026-2027/fpvs-komplettering-inntatte';
    const { page, tab, errors } = await open(`?county=vestland&deadline=${encodeURIComponent(key)}`);
    await tab.details().waitFor();
    const focusedTitle = () => page.evaluate(() => (document.activeElement?.closest('[data-testid="deadline-details"]') && document.activeElement.tagName === 'H2' ? document.activeElement.textContent : null));
    // Which month row has the focus, on which control, and whether it is in the window.
    const focusedRow = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        const row = active?.closest('[data-testid="deadline-list"] li[data-section="month"]');
        if (!active || !row) return { key: null, on: active?.id || active?.tagName || null, inView: false };
        const { top, bottom } = active.getBoundingClientRect();
        return { key: row.getAttribute('data-deadline-key'), on: active.tagName, inView: top >= 0 && bottom <= window.innerHeight };
      });
    const onRow = { key, on: 'BUTTON', inView: true };
    await expect.poll(focusedTitle).toContain('Komplettering av inntatte');
    // Opened from the link, so there is nowhere it came from: the focus goes to its row, in view.
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    await expect.poll(focusedRow).toEqual(onRow);
    // And Tab goes on from there, not from the top or the bottom of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling?.getAttribute('data-deadline-key'))).toBe(key);

    // Opened again from the row, closed, and opened by the browser's Forward: again to the row.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(focusedTitle).toContain('Komplettering av inntatte');
    await page.keyboard.press('Escape');
    await expect.poll(focusedRow).toEqual(onRow);
    await page.goForward();
    await expect.poll(focusedTitle).toContain('Komplettering av inntatte');
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    await expect.poll(focusedRow).toEqual(onRow);
    expect(errors).toEqual([]);

    // A filter that leaves the deadline out: the list it would be in takes the focus.
    const filtered = await open(`?county=vestland&cat=lanekassen&deadline=${encodeURIComponent(key)}`);
    await filtered.tab.details().waitFor();
    await expect.poll(() => filtered.page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await filtered.page.keyboard.press('Escape');
    await expect.poll(() => filtered.tab.details().count()).toBe(0);
    await expect.poll(() => filtered.page.evaluate(() => document.activeElement?.id)).toBe('deadlines');
  });

  it('asks for the county again with "Bytt fylke", with the focus on the question and a way back without choosing', async () => {
    const { page, tab, errors } = await open('?county=oslo');
    const change = page.getByRole('button', { name: 'Bytt fylke' });
    await change.focus();
    await page.keyboard.press('Enter');
    await tab.countyQuestion().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hvilket fylke jobber du for?');
    await screenshot(page, 'county-change');
    await tab.countyQuestion().getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => tab.countyQuestion().count()).toBe(0);
    await expect.poll(() => change.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tab.countyShown().textContent()).toBe('Nasjonale frister og frister for Oslo');
    // Chosen this time: the new county is shown and remembered.
    await change.click();
    await tab.pick(page.getByTestId('county-picker'), 'Vestland');
    await tab.countyQuestion().getByRole('button', { name: 'Vis årshjulet' }).click();
    await expect.poll(() => tab.countyShown().textContent()).toBe('Nasjonale frister og frister for Vestland');
    expect(await page.evaluate(() => window.localStorage.getItem('arshjul:county'))).toBe('vestland');
    expect(errors).toEqual([]);
  });

  it('says when a year has no årshjul, and links back to this school year', async () => {
    const { page, errors } = await chromium.open();
    const tab = new TabPage(page);
    await page.goto(new URL('?year=2019-2020&county=vestland', baseUrl).href);
    const message = page.getByText('Det finnes ikke noe årshjul for skoleåret 2019-2020.');
    await message.waitFor();
    await page.getByRole('link', { name: 'Vis skoleåret 2026–2027' }).click();
    await tab.ready();
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    expect(new URL(page.url()).searchParams.get('county')).toBe('vestland');
    expect(errors).toEqual([]);
  });

  it('marks the dates in a text that stay as the 2022–2023 årshjul wrote them', async () => {
    const { page, tab, errors } = await open(`?deadline=${encodeURIComponent('2026-2027/ssbresultat-vgs-endelig-levering')}`);
    await tab.details().waitFor();
    // 26 September 2026 is a Saturday: the text's date is the document's, and the tab says so.
    expect(await tab.details().textContent()).toContain('senest 26. september');
    expect(await tab.details().getByTestId('dates-as-written').textContent()).toBe(
      '«26. september» står som i årshjulet for 2022–2023, og er ikke regnet om til dette skoleåret. Sjekk datoen før du bruker den.',
    );
    await tab.details().getByTestId('dates-as-written').scrollIntoViewIfNeeded();
    await screenshot(page, 'details-dates-as-written');
    expect(errors).toEqual([]);
  });

  it('puts the focus on the link, selected, when the browser refuses to copy it', async () => {
    const { page, tab } = await open(`?county=vestland&deadline=${encodeURIComponent(LINKED)}`);
    await tab.details().waitFor();
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await tab.details().getByRole('button', { name: 'Kopier lenke' }).focus();
    await page.keyboard.press('Enter');
    const field = tab.details().getByRole('textbox', { name: 'Lenke til fristen' });
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    const { value, selected } = await field.evaluate((el: HTMLInputElement) => ({ value: el.value, selected: el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) }));
    expect(new URL(value).searchParams.get('deadline')).toBe(LINKED);
    expect(selected).toBe(value);
  });

  it('says so when a deep link points at a deadline that is not in the year', async () => {
    const { tab } = await open('?deadline=2026-2027%2Fno-such-entry');
    await tab.details().waitFor();
    expect(await tab.detailsTitle().textContent()).toBe('Fant ikke fristen i årshjulet for dette skoleåret.');
  });

  it('gives the focus back to the mark once the closing details have animated out, and it stays', async () => {
    const { page, tab } = await open('?county=oslo', { reducedMotion: 'no-preference' });
    const mark = page.locator('main .fui-Wheel__host [data-i]:not([aria-haspopup])').nth(15);
    const label = (await mark.getAttribute('aria-label'))!;
    await mark.focus();
    await page.keyboard.press('Enter');
    await tab.details().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName)).toBe(label);
  });

  it('reaches and opens a deadline on the wheel with the keyboard alone', async () => {
    const { page, tab } = await open('?county=oslo');
    let onWheel = false;
    for (let i = 0; i < 80 && !onWheel; i++) {
      await page.keyboard.press('Tab');
      onWheel = await page.evaluate(() => document.activeElement?.hasAttribute('data-i') ?? false);
    }
    expect(onWheel).toBe(true);
    await page.keyboard.press('ArrowRight');
    let label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    // A cluster opens a list first; step to a single deadline.
    for (let i = 0; i < 10 && /Åpne listen/.test(label); i++) {
      await page.keyboard.press('ArrowRight');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    await page.keyboard.press('Enter');
    await tab.details().waitFor();
    const title = (await tab.detailsTitle().textContent()) ?? '';
    expect(label).toContain(title.slice(0, 20));
    expect(new URL(page.url()).searchParams.get('deadline')).toMatch(/^2026-2027\//);
    // Escape gives the focus back to the mark, and Enter opens it again. It stays there once the
    // dialog has animated out and gone: focused while the dialog was still in the page, its focus
    // trap took it back, and its removal dropped it to the page.
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(label);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(label);
    await page.keyboard.press('Enter');
    await tab.details().waitFor();
    // Selected for Outlook / Planner from the details, with the keyboard.
    await tab.details().getByRole('checkbox', { name: 'Velg for Outlook / Planner' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expect.poll(() => tab.details().count()).toBe(0);
    // Focus goes back to the mark that opened the details, which now says it is selected.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await expect.poll(focused).toContain('valgt');
    expect(await page.locator('[data-testid="deadline-list"] li[data-section="month"] input[type="checkbox"]:checked').count()).toBe(1);
  });

  it('selects deadlines with checkboxes and "select all shown", with a count', async () => {
    const { page, tab } = await open('?cat=lanekassen');
    await expect.poll(() => tab.monthRows().count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Velg alle viste' }).check();
    expect(await page.getByTestId('selection-count').textContent()).toBe('2 frister valgt');
    await tab.monthRows().first().getByRole('checkbox').uncheck();
    expect(await page.getByTestId('selection-count').textContent()).toBe('1 frist valgt');
    expect(await page.getByRole('checkbox', { name: 'Velg alle viste' }).isChecked()).toBe(false);

    // Opening a row and closing with Escape gives the focus back to the row's title.
    const key = (await tab.rowKeys())[0]!;
    await tab.row(key).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await tab.details().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-deadline-key'))).toBe(key);
  });

  it('keeps the row that has the focus clear of the sticky selection bar when Shift+Tab goes back up the list', async () => {
    for (const [width, lang] of [
      [768, 'nb'],
      [320, 'en'],
    ] as const) {
      const { page, tab } = await open(`?county=vestland&lang=${lang}`, { viewport: { width, height: 800 } });
      const bar = page.getByTestId('deadline-list').getByTestId('selection-bar');
      await tab.monthRows().nth(40).getByRole('button').focus();
      const covered: string[] = [];
      for (let i = 0; i < 24; i++) {
        await page.keyboard.press('Shift+Tab');
        const [focused, below] = await Promise.all([
          page.evaluate(() => {
            const { top, bottom } = document.activeElement!.getBoundingClientRect();
            return { top, bottom, name: document.activeElement!.getAttribute('aria-label') ?? document.activeElement!.textContent ?? '' };
          }),
          bar.evaluate((el) => el.getBoundingClientRect().bottom),
        ]);
        if (focused.top < below - 1) covered.push(`${width} px: ${focused.name.slice(0, 40)} at ${Math.round(focused.top)} under the bar to ${Math.round(below)}`);
      }
      expect(covered).toEqual([]);
    }
  });

  it('downloads the filter as ICS and the wheel as SVG and PNG, and lays out print on A3', async () => {
    const { page, tab, errors } = await open('?cat=lanekassen');
    await expect.poll(() => tab.monthRows().count()).toBe(2);
    const download = async (item: string) => {
      await page.getByRole('button', { name: 'Skriv ut og eksporter' }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };
    const ics = await download('Last ned filteret som kalender (ICS)');
    expect(ics.name).toBe('arshjul-2026-2027.ics');
    const text = ics.bytes.toString('utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toMatch(/DTSTART;VALUE=DATE:2027\d{4}/);

    const svg = await download('Last ned hjulet som SVG');
    expect(svg.name).toBe('arshjul-2026-2027.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^]*<svg[^]*<\/svg>\s*$/);

    const png = await download('Last ned hjulet som PNG');
    expect(png.name).toBe('arshjul-2026-2027.png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // Print on A3: the layout takes the paper size, then the browser's print dialog opens.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    await page.getByRole('button', { name: 'Skriv ut og eksporter' }).click();
    await page.getByRole('menuitem', { name: 'Skriv ut på A3' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.getByTestId('print-layout').getAttribute('data-size')).toBe('A3');
    expect(await page.getByTestId('print-layout').locator(':scope > style').textContent()).toContain('size: A3 landscape');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-layout').isVisible()).toBe(true);
    expect(await page.getByTestId('print-layout').locator('svg').first().isVisible()).toBe(true);
    expect(await page.getByTestId('print-list').locator('li').count()).toBe(2);
    // Paper says that the filter left deadlines out.
    expect(await page.getByTestId('print-layout').locator('p').first().textContent()).toMatch(/Filtrert: 2 av \d+ frister/);
    expect(await tab.list.isVisible()).toBe(false);
    // The colour legend is text beside the wheel, not shrunk inside its drawing.
    const legend = page.getByTestId('print-legend');
    expect(await legend.getByText('Lånekassen (2)').isVisible()).toBe(true);
    const wheelBox = (await page.getByTestId('print-layout').locator('svg').first().boundingBox())!;
    expect((await legend.boundingBox())!.x).toBeGreaterThan(wheelBox.x + wheelBox.width);
    // Each month's heading stays with its first deadline, and the list is set in the print size (9 pt).
    expect(await headingsAlone(page)).toEqual([]);
    const largestInRows = await page.getByTestId('print-list').evaluate((list) => Math.max(...[...list.querySelectorAll('li *')].map((el) => parseFloat(getComputedStyle(el).fontSize))));
    expect(largestInRows).toBe(12);
    // The legend's ring numbers and the list's swatches keep their colour on paper without the
    // browser's "background graphics" (off by default), which would print them as empty squares.
    const marks = await page.getByTestId('print-layout').evaluate((layout) =>
      [...layout.querySelectorAll<HTMLElement>('[data-testid="print-legend"] span[aria-hidden="true"], [data-testid="print-list"] span[aria-hidden="true"]')]
        .filter((el) => el.style.backgroundColor !== '')
        .map((el) => getComputedStyle(el).printColorAdjust),
    );
    expect(marks.length).toBeGreaterThan(2);
    expect(new Set(marks)).toEqual(new Set(['exact']));
    await screenshot(page, 'print-a3', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('opens the export menu with the keyboard alone: Tab to the button, Enter and Space open it on the first item, arrows move, Escape gives the focus back', async () => {
    const { page, errors } = await open('?county=vestland');
    const button = page.getByRole('button', { name: 'Skriv ut og eksporter' });
    const focusedName = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    let onButton = false;
    for (let i = 0; i < 20 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await button.evaluate((el) => el === document.activeElement);
    }
    expect(onButton).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    for (const key of ['Enter', 'Space']) {
      await page.keyboard.press(key);
      await page.getByRole('menu').waitFor();
      await expect.poll(focusedName).toBe('Skriv ut på A4');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedName).toBe('Skriv ut på A3');
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedName).toBe('Last ned hjulet som SVG');
      await page.keyboard.press('ArrowUp');
      await expect.poll(focusedName).toBe('Skriv ut på A3');
      if (key === 'Enter') {
        const violations = await axe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
      await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
    }
    // Tab from the open menu closes it and moves on from the button, not to the page's start.
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('Skriv ut på A4');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // Choosing an item with the keyboard gives the focus back to the button too.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('Skriv ut på A4');
    for (let i = 0; i < 4 && (await focusedName()) !== 'Last ned filteret som kalender (ICS)'; i++) await page.keyboard.press('ArrowDown');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens the export menu from the keyboard on its first item even when its code arrives after the key press', async () => {
    const o = await chromium.open();
    const { page } = o;
    // The menu's chunk is fetched when the button gets the focus; hold it back past the Enter.
    let held = 0;
    await o.context.route(/ExportMenuPopover-[^/]*\.js$/, async (route) => {
      held++;
      await new Promise((done) => setTimeout(done, 800));
      await route.continue();
    });
    await new TabPage(page).goto(baseUrl, '?county=vestland');
    const button = page.getByRole('button', { name: 'Skriv ut og eksporter' });
    let onButton = false;
    for (let i = 0; i < 20 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await button.evaluate((el) => el === document.activeElement);
    }
    expect(onButton).toBe(true);
    await page.keyboard.press('Enter');
    expect(held).toBe(1);
    await page.getByRole('menu').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement?.textContent ?? '').trim())).toBe('Skriv ut på A4');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(o.errors).toEqual([]);
  });

  it('prints the wheel and the list with the browser\'s own Print command, before and after the print layout has arrived', async () => {
    // Before: the print layout's chunk is held back, so paper gets the screen's wheel and list.
    const held = await chromium.open();
    await held.context.route(/PrintLayout-[^/]*\.js$/, () => new Promise<void>(() => {}));
    const early = new TabPage(held.page);
    await early.goto(baseUrl, '?cat=lanekassen');
    await expect.poll(() => early.monthRows().count()).toBe(2);
    await held.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await held.page.emulateMedia({ media: 'print' });
    expect(await held.page.getByTestId('print-layout').count()).toBe(0);
    expect(await held.page.locator('main svg').first().isVisible()).toBe(true);
    expect(await early.monthRows().first().isVisible()).toBe(true);
    expect(await held.page.getByTestId('filters').isVisible()).toBe(false);
    expect(await held.page.getByRole('button', { name: 'Skriv ut og eksporter' }).isVisible()).toBe(false);
    await screenshot(held.page, 'print-before-layout', { fullPage: true });

    // After: Ctrl+P (beforeprint) puts the print layout in the document and hides the screen.
    const later = await chromium.open();
    const { page } = later;
    const tab = new TabPage(page);
    const arrived = page.waitForResponse(/PrintLayout-[^/]*\.js$/);
    await tab.goto(baseUrl, '?cat=lanekassen');
    await arrived;
    await page.waitForTimeout(200);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-layout').isVisible()).toBe(true);
    expect(await page.getByTestId('print-list').locator('li').count()).toBe(2);
    // Paper says that the filter left deadlines out.
    expect(await page.getByTestId('print-layout').locator('p').first().textContent()).toMatch(/Filtrert: 2 av \d+ frister/);
    expect(await tab.list.isVisible()).toBe(false);
  });

  it('shows the configuration page outside Teams too, with a link to the tab for the chosen county', async () => {
    const o = await chromium.open();
    await o.page.goto(new URL('config.html', baseUrl).href);
    await o.page.getByRole('heading', { name: 'Årshjulet i dette teamet' }).waitFor();
    await o.page.getByRole('combobox', { name: 'Fylke' }).click();
    await o.page.getByRole('option', { name: 'Trøndelag', exact: true }).click();
    const link = o.page.getByRole('link', { name: 'Årshjul Trøndelag' });
    expect(await link.getAttribute('href')).toBe('./?county=trondelag');
    const violations = await axe(o.page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await link.click();
    await new TabPage(o.page).ready();
    expect(await new TabPage(o.page).countyShown().textContent()).toBe('Nasjonale frister og frister for Trøndelag');
    expect(o.errors).toEqual([]);
  });

  it('names the page in the language it speaks, in the browser\'s title as on the page', async () => {
    const { page, tab } = await open('?county=oslo&lang=en');
    expect(await tab.lang()).toBe('en-GB');
    expect(await page.title()).toBe('VIGO annual wheel');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('VIGO annual wheel');
    const config = await chromium.open();
    await config.page.goto(new URL('config.html?lang=en', baseUrl).href);
    await config.page.getByRole('heading', { name: 'The annual wheel in this team' }).waitFor();
    expect(await config.page.title()).toBe('VIGO annual wheel – setup');
    const nynorsk = await open('?county=oslo&lang=nn');
    expect(await nynorsk.page.title()).toBe('Årshjul for VIGO');
  });

  describe('the wheel\'s cluster list, tooltip and zoom with the keyboard', () => {
    /** Moves the focus onto the wheel's tab stop, then along until it is on a mark of one deadline. */
    async function focusSingleMark(page: Page, tab: TabPage): Promise<string> {
      await page.locator('main [data-i][tabindex="0"]').focus();
      for (let i = 0; i < 10 && /Åpne listen/.test(await tab.focusedLabel()); i++) await page.keyboard.press('ArrowRight');
      const label = await tab.focusedLabel();
      expect(label).not.toMatch(/Åpne listen/);
      return label;
    }

    it('gives the focus back to the cluster\'s mark when a deadline opened from its list is closed', async () => {
      const { page, tab, errors } = await open('?county=oslo');
      const cluster = tab.wheelClusters().first();
      const label = (await cluster.getAttribute('aria-label')) ?? '';
      expect(label).toMatch(/^\d+ frister, .+Åpne listen$/);
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => tab.clusterList().locator('li').count()).toBeGreaterThan(1);
      await screenshot(page, 'wheel-cluster-list');
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      // From the list's close button to its first deadline, which opens the details.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('li') !== null)).toBe(true);
      await page.keyboard.press('Enter');
      await tab.details().waitFor();
      expect(await tab.clusterList().count()).toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => tab.details().count()).toBe(0);
      await expect.poll(() => tab.focusedLabel()).toBe(label);
      // The mark works as before: Enter opens its list again.
      await page.keyboard.press('Enter');
      await expect.poll(() => tab.clusterList().count()).toBe(1);
      expect(errors).toEqual([]);
    });

    it('closes a cluster\'s list when the focus leaves it, and Escape still gives the focus back to the mark', async () => {
      const { page, tab, errors } = await open('?county=oslo');
      const cluster = tab.wheelClusters().first();
      const label = (await cluster.getAttribute('aria-label')) ?? '';
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => tab.clusterList().count()).toBe(1);
      // Tab past the close button and every deadline of the list: on to the filters.
      const buttons = await tab.clusterList().getByRole('button').count();
      for (let i = 0; i < buttons; i++) await page.keyboard.press('Tab');
      await expect.poll(() => tab.clusterList().count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="filters"]') !== null)).toBe(true);

      // Shift+Tab out of the list goes back to the mark, and closes it too.
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => tab.clusterList().count()).toBe(1);
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => tab.clusterList().count()).toBe(0);
      expect(await tab.focusedLabel()).toBe(label);

      await page.keyboard.press('Enter');
      await expect.poll(() => tab.clusterList().count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => tab.clusterList().count()).toBe(0);
      await expect.poll(() => tab.focusedLabel()).toBe(label);
      expect(errors).toEqual([]);
    });

    it('hides the tooltip of the focused mark with Escape, and the focus stays on the mark', async () => {
      const { page, tab, errors } = await open('?county=oslo');
      const label = await focusSingleMark(page, tab);
      await expect.poll(() => tab.wheelTooltip().count()).toBe(1);
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => tab.wheelTooltip().count()).toBe(0);
      expect(await tab.focusedLabel()).toBe(label);
      // Escape again, with no tooltip: nothing else happens, the focus stays.
      await page.keyboard.press('Escape');
      expect(await tab.focusedLabel()).toBe(label);
      expect(await tab.wheelTooltip().count()).toBe(0);
      // The next mark shows its own tooltip, and the one left shows its again when it is back.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tab.wheelTooltip().count()).toBe(1);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => tab.focusedLabel()).toBe(label);
      await expect.poll(() => tab.wheelTooltip().count()).toBe(1);
      expect(errors).toEqual([]);
    });

    it('says a cluster\'s date once in its tooltip, and its date and count in its name', async () => {
      const { page, tab, errors } = await open('?county=oslo');
      const cluster = tab.wheelClusters().first();
      await cluster.focus();
      await expect.poll(() => tab.wheelTooltip().count()).toBe(1);
      const lines = await tab.wheelTooltip().locator(':scope > span').allTextContents();
      const [date = '', count = ''] = lines;
      expect(date).toMatch(/^\d+\. \p{L}+ \d{4}/u);
      expect(count).toMatch(/^\d+ frister$/);
      expect((await tab.wheelTooltip().textContent())!.split(date)).toHaveLength(2);
      const label = (await cluster.getAttribute('aria-label')) ?? '';
      expect(label).toContain(date);
      expect(label).toContain(count);
      await screenshot(page, 'wheel-cluster-tooltip');
      expect(errors).toEqual([]);
    });

    it('shows a pointed-at item\'s tooltip clear of it, so a click on it opens it, on a wide and a narrow wheel', async () => {
      for (const width of [1280, 400]) {
        const { page, tab, errors } = await open('?county=oslo', { viewport: { width, height: 900 } });
        // Where the pointer goes: a mark's or cluster's centre, a point of an arc's stroke that no
        // mark on it covers.
        const points = await page.evaluate(() =>
          [...document.querySelectorAll<SVGGElement>('.fui-Wheel__host [data-i]')].map((item) => {
            const shape = item.querySelector<SVGGeometryElement>('path.aw-arc, circle')!;
            const candidates =
              shape instanceof SVGPathElement
                ? [0.5, 0.3, 0.7, 0.15, 0.85].map((f) => shape.getPointAtLength(shape.getTotalLength() * f))
                : [new DOMPoint(Number(shape.getAttribute('cx')), Number(shape.getAttribute('cy')))];
            const onScreen = candidates.map((p) => p.matrixTransform(shape.getScreenCTM()!));
            const free = onScreen.find((p) => document.elementFromPoint(p.x, p.y)?.closest('[data-i]') === item);
            return { ...(free ? { x: free.x, y: free.y } : { x: NaN, y: NaN }), cluster: item.getAttribute('aria-haspopup') === 'dialog', label: item.getAttribute('aria-label')! };
          }),
        );
        const reachable = points.filter((p) => !Number.isNaN(p.x));
        expect(reachable.length).toBeGreaterThan(50);
        // One item only the keyboard and the list reach: the winter holiday's arc (week 8) lies
        // under a cluster of its ring in the same days. Two arcs of the same days each keep their lane.
        expect(points.filter((p) => Number.isNaN(p.x)).map((p) => p.label.split(', ')[1]), `${width} px`).toEqual(['22. februar 2027 – 26. februar 2027']);
        // Every fifth item, each reached from outside the wheel across the others, as a hand would.
        for (const point of reachable.filter((_, i) => i % 5 === 0)) {
          const where = `${width} px, ${point.label}`;
          await page.mouse.move(2, 2);
          await expect.poll(() => tab.wheelTooltip().count(), { message: where }).toBe(0);
          await page.mouse.move(point.x, point.y, { steps: 6 });
          await expect.poll(() => tab.wheelTooltip().count(), { message: where }).toBe(1);
          const box = (await tab.wheelTooltip().boundingBox())!;
          const inside = point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
          expect(inside, where).toBe(false);
          await page.mouse.click(point.x, point.y);
          await expect.poll(() => (point.cluster ? tab.clusterList() : tab.details()).count(), { message: where }).toBe(1);
          await page.keyboard.press('Escape');
          await expect.poll(async () => (await tab.details().count()) + (await tab.clusterList().count()), { message: where }).toBe(0);
          // Closing gave the focus back to the item, which shows its tooltip: off the wheel with it.
          await page.locator('#wheel-heading').focus();
        }
        expect(errors).toEqual([]);
      }
    });

    it('keeps a hovered mark\'s tooltip while the pointer moves onto it, and hides it with Escape', async () => {
      const { page, tab, errors } = await open('?county=oslo');
      const label = await focusSingleMark(page, tab);
      // Off the wheel with the focus, so only the pointer shows a tooltip.
      await page.locator('#wheel-heading').focus();
      await expect.poll(() => tab.wheelTooltip().count()).toBe(0);
      const mark = page.locator(`main [data-i][aria-label="${label.replace(/"/g, '\\"')}"]`);
      await mark.hover();
      await expect.poll(() => tab.wheelTooltip().count()).toBe(1);
      const text = await tab.wheelTooltip().textContent();
      const box = (await tab.wheelTooltip().boundingBox())!;
      const at = (await mark.boundingBox())!;
      // Across the gap between the mark and its tooltip, as a hand on a mouse would.
      const goal = { x: box.x + box.width / 2, y: at.y < box.y ? box.y + 6 : box.y + box.height - 6 };
      await page.mouse.move(goal.x, goal.y, { steps: 8 });
      await page.waitForTimeout(800);
      expect(await tab.wheelTooltip().count()).toBe(1);
      expect(await tab.wheelTooltip().textContent()).toBe(text);
      await screenshot(page, 'wheel-tooltip-hovered');
      await page.keyboard.press('Escape');
      await expect.poll(() => tab.wheelTooltip().count()).toBe(0);
      // What it covered is the wheel's again, and the pointer leaving and coming back shows it anew.
      await page.mouse.move(5, 5);
      await mark.hover();
      await expect.poll(() => tab.wheelTooltip().count()).toBe(1);
      // A click opens the deadline; Escape closes its details, not just the tooltip left under them.
      await mark.click();
      await tab.details().waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => tab.details().count()).toBe(0);
      expect(errors).toEqual([]);
    });

    it('keeps to the months in view when the zoom goes from a quarter to a month and back', async () => {
      const { tab, errors } = await open('?county=oslo');
      const zoom = tab.zoomControls();
      const windowName = () => zoom.locator('[aria-live="polite"]').textContent();
      const choose = (name: string) => zoom.getByRole('button', { name, exact: true }).click();
      await choose('Kvartal');
      await expect.poll(windowName).toMatch(/^November–januar/i);
      await choose('Neste kvartal');
      await expect.poll(windowName).toMatch(/^Februar–april 2027/i);
      // Today (November 2026) is not in view: the quarter's first month, not today's.
      await choose('Måned');
      await expect.poll(windowName).toMatch(/^Februar 2027/);
      await choose('Neste måned');
      await choose('Neste måned');
      await expect.poll(windowName).toMatch(/^April 2027/);
      await choose('Kvartal');
      await expect.poll(windowName).toMatch(/^Februar–april 2027/i);
      // The whole year holds every window: from it, today's month as before.
      await choose('År');
      await expect.poll(windowName).toMatch(/^Hele skoleåret/);
      await choose('Måned');
      await expect.poll(windowName).toMatch(/^November 2026/);
      expect(errors).toEqual([]);
    });

    it('keeps the focus on "Neste kvartal" and "Forrige måned" when they reach the end of the school year', async () => {
      const { page, tab, errors } = await open('?county=oslo');
      const zoom = tab.zoomControls();
      const windowName = () => zoom.locator('[aria-live="polite"]').textContent();
      await zoom.getByRole('button', { name: 'Kvartal' }).click();
      await expect.poll(windowName).toMatch(/^November–januar/i);
      const next = zoom.getByRole('button', { name: 'Neste kvartal' });
      await next.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect.poll(windowName).toMatch(/^Mai–juli/i);
      expect(await tab.focusedLabel()).toBe('Neste kvartal');
      expect(await next.getAttribute('aria-disabled')).toBe('true');
      // At the end, Enter changes nothing and the focus stays.
      await page.keyboard.press('Enter');
      expect(await windowName()).toMatch(/^Mai–juli/i);
      expect(await tab.focusedLabel()).toBe('Neste kvartal');
      await screenshot(page, 'wheel-last-quarter');
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

      await zoom.getByRole('button', { name: 'Måned' }).click();
      await expect.poll(windowName).toMatch(/^Mai 2027/);
      const back = zoom.getByRole('button', { name: 'Forrige måned' });
      await back.focus();
      for (let i = 0; i < 9; i++) await page.keyboard.press('Enter');
      await expect.poll(windowName).toMatch(/^August 2026/);
      expect(await tab.focusedLabel()).toBe('Forrige måned');
      expect(await back.getAttribute('aria-disabled')).toBe('true');
      // Still a button in the tab order, so Tab goes on from it and Shift+Tab comes back.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await tab.focusedLabel()).toBe('Forrige måned');
      expect(errors).toEqual([]);
    });

    it('draws the month names at 10 px or more in a narrow pane, without the week numbers, and both on a wide wheel', async () => {
      const dial = (page: Page) =>
        page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>('.fui-Wheel__host > svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const name = svg.querySelector('text > textPath')!.parentElement!;
          return { name: Number(name.getAttribute('font-size')) * scale, numbers: [...svg.querySelectorAll('.aw-dial > text')].filter((t) => /^\d+$/.test(t.textContent ?? '')).length };
        });
      for (const width of [320, 480]) {
        const { page } = await open('?county=oslo', { viewport: { width, height: 800 } });
        const drawn = await dial(page);
        expect(drawn.name, `${width} px`).toBeGreaterThanOrEqual(10);
        expect(drawn.numbers, `${width} px`).toBe(0);
      }
      const { page } = await open('?county=oslo', { viewport: { width: 1280, height: 900 } });
      const wide = await dial(page);
      expect(wide.numbers).toBeGreaterThan(40);
      expect(wide.name).toBeGreaterThan(9);
      // The pane narrows past the width with a mark focused: the week numbers go, the focus stays
      // on that mark, drawn anew. Then it grows again: the numbers come back.
      const mark = page.locator('main .fui-Wheel__host [data-i]:not([aria-haspopup])').nth(10);
      const label = await mark.getAttribute('aria-label');
      await mark.focus();
      await page.setViewportSize({ width: 400, height: 800 });
      await expect.poll(async () => (await dial(page)).numbers).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName)).toBe(label);
      await page.setViewportSize({ width: 1280, height: 900 });
      await expect.poll(async () => (await dial(page)).numbers).toBeGreaterThan(40);
    });

    it('keeps "Forrige" and "Neste" beside the window\'s name in a narrow pane, without sideways scrolling', async () => {
      for (const width of [320, 480]) {
        const { page, tab } = await open('?county=oslo', { viewport: { width, height: 800 } });
        const zoom = tab.zoomControls();
        for (const [level, back, next] of [
          ['Kvartal', 'Forrige kvartal', 'Neste kvartal'],
          ['Måned', 'Forrige måned', 'Neste måned'],
        ] as const) {
          await zoom.getByRole('button', { name: level }).click();
          const [previous, name, following] = await Promise.all([
            zoom.getByRole('button', { name: back }).boundingBox(),
            zoom.locator('[aria-live="polite"]').boundingBox(),
            zoom.getByRole('button', { name: next }).boundingBox(),
          ]);
          const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
          // On the name's line, the one before it and the other after it.
          for (const button of [previous!, following!]) {
            expect(middle(button), `${width} px, ${level}`).toBeGreaterThan(name!.y);
            expect(middle(button), `${width} px, ${level}`).toBeLessThan(name!.y + name!.height);
          }
          expect(previous!.x + previous!.width, `${width} px, ${level}`).toBeLessThanOrEqual(name!.x);
          expect(following!.x, `${width} px, ${level}`).toBeGreaterThanOrEqual(name!.x + name!.width);
          expect(following!.x + following!.width, `${width} px, ${level}`).toBeLessThanOrEqual(width);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        if (width === 320) await screenshot(page, 'wheel-month-320');
      }
    });
  });

  describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
    it('has no violations in light', async () => {
      const { page } = await open('?county=vestland');
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });

    it('has no violations in dark', async () => {
      const { page } = await open('?county=vestland', { colorScheme: 'dark' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await screenshot(page, 'tab-dark');
      await page.locator('#deadlines').scrollIntoViewIfNeeded();
      await screenshot(page, 'tab-dark-list');
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });

    it('rings a deadline title that has the keyboard focus, at least 3:1 against its row, in light, dark and forced colours', async () => {
      for (const scheme of ['light', 'dark', 'forced'] as const) {
        const o = await chromium.open(scheme === 'dark' ? { colorScheme: 'dark' } : {});
        if (scheme === 'forced') await o.page.emulateMedia({ forcedColors: 'active' });
        const tab = new TabPage(o.page);
        await tab.goto(baseUrl, '?county=vestland');
        const row = tab.monthRows().nth(2);
        await row.getByRole('checkbox').focus();
        await o.page.keyboard.press('Tab');
        const title = row.getByRole('button');
        expect(await title.evaluate((el) => el === document.activeElement), scheme).toBe(true);
        const ring = await title.evaluate((el) => {
          const after = getComputedStyle(el, '::after');
          let background = 'rgba(0, 0, 0, 0)';
          for (let node: Element | null = el; node && /rgba\(.*, 0\)$/.test(background); node = node.parentElement) background = getComputedStyle(node).backgroundColor;
          const probe = document.body.appendChild(document.createElement('i'));
          probe.style.color = 'Highlight';
          const highlight = getComputedStyle(probe).color;
          probe.remove();
          return { width: parseFloat(after.borderTopWidth), style: after.borderTopStyle, colour: after.borderTopColor, background, highlight };
        });
        expect(ring.width, scheme).toBeGreaterThanOrEqual(2);
        expect(ring.style, scheme).toBe('solid');
        if (scheme === 'forced') expect(ring.colour).toBe(ring.highlight);
        else expect(cssContrastRatio(ring.colour, ring.background), `${scheme}: ${ring.colour} on ${ring.background}`).toBeGreaterThanOrEqual(3);
        await title.scrollIntoViewIfNeeded();
        await screenshot(o.page, `list-title-focus-${scheme}`);
      }
    });

    it('draws the wheel in the Teams contrast colours in Teams\' contrast theme, and only in system colours under forced colours', async () => {
      /** Every fill and stroke the wheel paints, and the colours the given CSS colours compute to. */
      const painted = (page: Page, names: readonly string[]) =>
        page.locator('main svg').first().evaluate((svg, names) => {
          const colours = new Set<string>();
          for (const el of svg.querySelectorAll('path, circle, rect, text, textPath, tspan')) {
            if (el.closest('defs')) continue;
            const style = getComputedStyle(el);
            for (const value of [style.fill, style.stroke]) if (value !== 'none' && value !== 'rgba(0, 0, 0, 0)') colours.add(value);
          }
          const probe = document.body.appendChild(document.createElement('i'));
          const allowed = names.map((name) => ((probe.style.color = name), getComputedStyle(probe).color));
          probe.remove();
          return { colours: [...colours], allowed, page: getComputedStyle(document.body).backgroundColor };
        }, names);

      // Teams' contrast theme without forced colours: the system colours are not the theme's there
      // (Highlight is dark blue), so the wheel uses the theme's own black, white, cyan and yellow.
      const teams = await open('?theme=contrast&county=vestland');
      const inTeams = await painted(teams.page, ['#000000', '#ffffff', '#1aebff', '#ffff00']);
      expect(inTeams.colours.filter((c) => !inTeams.allowed.includes(c))).toEqual([]);
      const hand = await teams.page.locator('main svg .aw-hand').evaluate((el) => getComputedStyle(el).stroke);
      expect(cssContrastRatio(hand, inTeams.page)).toBeGreaterThanOrEqual(3);
      await screenshot(teams.page, 'wheel-teams-contrast');

      // Forced colours (here Chromium's light system palette): every colour painted is a system colour.
      const forced = await chromium.open();
      await forced.page.emulateMedia({ forcedColors: 'active' });
      await new TabPage(forced.page).goto(baseUrl, '?county=vestland');
      const underForced = await painted(forced.page, ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'LinkText']);
      expect(underForced.colours.filter((c) => !underForced.allowed.includes(c))).toEqual([]);
    });

    it('draws the titles in the list and the "se også" links in the link colour under forced colours, apart from the text beside them', async () => {
      const o = await chromium.open();
      await o.page.emulateMedia({ forcedColors: 'active' });
      const tab = new TabPage(o.page);
      await tab.goto(baseUrl, `?county=vestland&deadline=${encodeURIComponent(LINKED)}`);
      const linkText = await o.page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.color = 'LinkText';
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      });
      const colour = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).color);
      const seeAlso = tab.details().getByTestId('see-also').first();
      expect(await colour(seeAlso)).toBe(linkText);
      expect(await colour(seeAlso.locator('xpath=following-sibling::span'))).not.toBe(linkText);
      await o.page.keyboard.press('Escape');
      await expect.poll(() => tab.details().count()).toBe(0);
      const row = tab.row(LINKED);
      expect(await colour(row.getByRole('button'))).toBe(linkText);
      // The row's date (which describes its title) keeps the text colour beside the link.
      const dateId = await row.getByRole('button').getAttribute('aria-describedby');
      const date = o.page.locator(`[id="${dateId}"]`);
      await expect.poll(() => date.textContent()).toMatch(/\d/);
      expect(await colour(date)).not.toBe(linkText);
      // The category's swatch is a dot of the text colour, not a square that reads as a checkbox.
      const swatch = row.locator('[data-category] > span[aria-hidden="true"]');
      expect(await swatch.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).borderRadius !== '0px'])).toEqual(['none', true]);
      expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(await colour(date));
      await row.scrollIntoViewIfNeeded();
      await screenshot(o.page, 'list-forced-colours');
    });

    it('has no violations in high contrast (forced colours)', async () => {
      const o = await chromium.open();
      await o.page.emulateMedia({ forcedColors: 'active' });
      const tab = new TabPage(o.page);
      await tab.goto(baseUrl, '?county=vestland');
      expect(await o.page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
      await screenshot(o.page, 'tab-contrast');
      // Under forced colours the browser paints system colours, but axe measures the author colours
      // it reads through the cascade (yellow links of the Teams contrast theme on the forced white
      // canvas), so colour contrast is checked with the Teams contrast theme itself (teams.e2e.test.ts).
      const violations = await axe(o.page, { disableRules: ['color-contrast'] });
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  });
});
