/**
 * The wheel in a real browser: Tab enters it once, the arrow keys move in date order, Enter
 * opens, a cluster opens its list and Escape gives the focus back. Runs the bench page on
 * Vite's dev server in Debian's Chromium (never downloaded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launch } from './support/browser';

let server: ViteDevServer;
let browser: Browser;
let page: Page;

const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('wheel keyboard navigation', () => {
  beforeAll(async () => {
    server = await createServer({ root: process.cwd(), configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    browser = await launch();
    page = await browser.newPage();
    const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
    await page.goto(new URL('bench/wheel.html?today=2026-09-01', url).href);
    await page.waitForSelector('[data-i][tabindex="0"]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has one tab stop in the wheel, on the first deadline not yet over', async () => {
    expect(await page.locator('[data-i][tabindex="0"]').count()).toBe(1);
    await page.locator('[data-i][tabindex="0"]').focus();
    expect(await focusedLabel()).toMatch(/^\d+\. (september|oktober) 2026/);
  });

  it('moves in date order with the arrow keys, Home and End', async () => {
    await page.keyboard.press('Home');
    const first = await focusedLabel();
    await page.keyboard.press('ArrowRight');
    const second = await focusedLabel();
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe(first);
    await page.keyboard.press('End');
    expect(await focusedLabel()).toMatch(/juli 2027/);
    expect(await page.locator('[data-i][tabindex="0"]').count()).toBe(1);
  });

  it('shows the entry in a tooltip on focus and opens it with Enter', async () => {
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('[role="tooltip"]').count()).toBe(1);
    const label = await focusedLabel();
    if (label.includes('Åpne listen')) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#opened').textContent()).toMatch(/^2026-08-\d\d /);
  });

  it('opens a cluster as a list and gives the focus back on Escape', async () => {
    const cluster = page.locator('[aria-haspopup="dialog"]').first();
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="dialog"] li').count()).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await focusedLabel()).toContain('Åpne listen');
  });
});
