/**
 * The tab as the tests see it: by role and by the few data attributes the components expose
 * (`data-deadline-key`, `data-category`, `data-testid`). Works on a page or, inside the Teams
 * harness, on the tab's frame.
 */
import type { Frame, Locator, Page } from 'playwright-core';

export class TabPage {
  constructor(
    readonly page: Page,
    readonly root: Page | Frame = page,
  ) {}

  async goto(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(new URL(query, baseUrl).href);
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.root.locator('[data-testid="deadline-list"]').waitFor({ timeout: 20_000 });
    await this.wheelMarks().first().waitFor();
  }

  get list(): Locator {
    return this.root.locator('[data-testid="deadline-list"]');
  }

  /** Rows of the month sections (the "next 14 days" section repeats some). */
  monthRows(): Locator {
    return this.list.locator('li[data-section="month"]');
  }

  nextRows(): Locator {
    return this.list.locator('li[data-section="next"]');
  }

  row(key: string): Locator {
    return this.list.locator(`li[data-section="month"][data-deadline-key="${key}"]`);
  }

  /** Focusable marks and clusters drawn on the wheel. */
  wheelMarks(): Locator {
    return this.root.locator('main [data-i]');
  }

  /** Marks that stand for several deadlines and open a list of them. */
  wheelClusters(): Locator {
    return this.root.locator('main [data-i][aria-haspopup="dialog"]');
  }

  /** The tooltip of the mark under the pointer or with the focus. */
  wheelTooltip(): Locator {
    return this.root.locator('main [role="tooltip"]');
  }

  /** The list a cluster opens on the wheel (the details dialog is outside `main`). */
  clusterList(): Locator {
    return this.root.locator('main [role="dialog"]');
  }

  /** Year, quarter and month, and the previous/next buttons of a zoomed wheel. */
  zoomControls(): Locator {
    return this.root.getByRole('group', { name: 'Utsnitt av årshjulet' });
  }

  /** The accessible name of the focused element ('' for none, and for the page body). */
  async focusedLabel(): Promise<string> {
    return this.root.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }

  async wheelLabels(): Promise<string[]> {
    return this.wheelMarks().evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  async rowKeys(): Promise<string[]> {
    return this.monthRows().evaluateAll((els) => els.map((e) => e.getAttribute('data-deadline-key') ?? ''));
  }

  categoryToggle(category: string): Locator {
    return this.root.locator(`[data-testid="filters"] button[data-category="${category}"]`);
  }

  search(): Locator {
    return this.root.getByRole('searchbox');
  }

  upcomingSwitch(): Locator {
    return this.root.getByRole('switch');
  }

  filterCount(): Locator {
    return this.root.locator('[data-testid="filter-count"]');
  }

  countyShown(): Locator {
    return this.root.locator('[data-testid="county-shown"]');
  }

  countyQuestion(): Locator {
    return this.root.locator('[data-testid="county-question"]');
  }

  details(): Locator {
    return this.root.locator('[data-testid="deadline-details"]');
  }

  detailsTitle(): Locator {
    return this.details().locator('h2').first();
  }

  async openRow(key: string): Promise<void> {
    await this.row(key).getByRole('button').click();
    await this.details().waitFor();
  }

  /** Picks an option of a Fluent Dropdown by its visible text. */
  async pick(dropdown: Locator, option: string): Promise<void> {
    await dropdown.click();
    await this.root.getByRole('option', { name: option, exact: true }).click();
  }

  /** The query of the tab's own URL (the frame's inside the harness). */
  params(): URLSearchParams {
    return new URL(this.root.url()).searchParams;
  }

  /** The Fluent theme the tab shows, read from its background colour. */
  async background(): Promise<string> {
    return this.root.evaluate(() => getComputedStyle(document.querySelector('#root > .fui-FluentProvider > div')!).backgroundColor);
  }

  async lang(): Promise<string> {
    return this.root.evaluate(() => document.documentElement.lang);
  }
}
