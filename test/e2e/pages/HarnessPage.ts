/** The Teams host harness: starts the tab in a frame with a context and reads what the tab sent. */
import type { Frame, Page } from 'playwright-core';
import { TabPage } from './TabPage';

export interface HarnessMessage {
  readonly func: string;
  readonly args?: unknown[];
}

export interface HarnessContext {
  /** The tab's path and query, relative to the server root. */
  readonly src: string;
  readonly frameContext?: 'content' | 'settings';
  readonly locale?: string;
  readonly theme?: 'default' | 'dark' | 'contrast';
  /** A team name: the tab runs as a channel tab. */
  readonly team?: string;
  readonly subEntityId?: string;
  readonly entityId?: string;
  readonly hostName?: string;
  /** The id the host knows the app by (an org catalogue's id). */
  readonly appId?: string;
}

export class HarnessPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, context: HarnessContext): Promise<void> {
    const url = new URL('test/e2e/harness/host.html', baseUrl);
    for (const [key, value] of Object.entries(context)) if (value !== undefined) url.searchParams.set(key, value);
    await this.page.goto(url.href);
    await this.page.waitForFunction(() => document.querySelector('iframe')?.contentWindow?.location.href.startsWith('http'));
  }

  frame(): Frame {
    const frame = this.page.frames().find((f) => f !== this.page.mainFrame());
    if (!frame) throw new Error('The harness has no tab frame');
    return frame;
  }

  tab(): TabPage {
    return new TabPage(this.page, this.frame());
  }

  messages(): Promise<HarnessMessage[]> {
    return this.page.evaluate(() => (window as unknown as { harness: { messages: HarnessMessage[] } }).harness.messages);
  }

  async funcs(): Promise<string[]> {
    return (await this.messages()).map((m) => m.func);
  }

  state<T>(key: 'settings' | 'valid' | 'saved'): Promise<T | undefined> {
    return this.page.evaluate((k) => (window as unknown as { harness: Record<string, unknown> }).harness[k] as T | undefined, key);
  }

  sendTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void> {
    return this.page.evaluate((t) => (window as unknown as { harness: { sendTheme(t: string): void } }).harness.sendTheme(t), theme);
  }

  save(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as { harness: { save(): void } }).harness.save());
  }

  async navigate(src: string, changes: Partial<Record<keyof HarnessContext, string>>): Promise<void> {
    await this.page.evaluate(
      ([s, c]) => (window as unknown as { harness: { navigate(s: string, c: object): void } }).harness.navigate(s, c),
      [src, changes] as const,
    );
  }
}
