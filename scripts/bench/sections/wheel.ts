/**
 * The wheel's figures: first-load JavaScript of the tab, navigation → wheel drawn against a
 * blank page of the same stack (4× CPU slowdown, same run: the median of the paired runs'
 * ratios, with their spread), and the longest frame
 * with 2,000 synthetic entries while drawing and while toggling a filter. For scale, the same
 * blank page showing only the finished wheel markup: the part of the ratio no app code can
 * remove, short of drawing a different wheel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchContext, BenchRow } from '../types';

const SECTION = 'wheel';
/**
 * Paired runs (blank page, then tab). At 4× CPU on a shared two-core machine one load varies by
 * ±30 %; a pair feels the same load, so the median of the pairs' ratios holds still where a
 * ratio of two medians drifts, and the spread says how far one run can be trusted.
 */
const RUNS = 7;
/**
 * Loads of the 2,000-entry page per slowdown. One load's longest frame moved between 58 and
 * 117 ms on the same code, so the figure is their median, printed with the range.
 */
const FRAME_RUNS = 5;
const SLOWDOWN = 4;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const verdict = (value: number, limit: number): 'ok' | 'over' => (value <= limit ? 'ok' : 'over');

/** Navigates and returns when `mark` exists: its time since navigation start, in ms. */
async function timeToMark(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

/**
 * Every script the page asks for until its first view is complete (`mark`): for the tab that is
 * after the wheel, the filters, the list and the county question have rendered, not only the
 * wheel, so nothing the first view shows can slip past by being drawn a moment later.
 */
async function firstLoadJs(context: BenchContext, entry: string, mark: string): Promise<{ bytes: number; files: number }> {
  const page = await context.newPage();
  await timeToMark(page, new URL(entry, context.baseUrl).href, mark);
  // Asked for before the mark, by the page's own clock; what is fetched later (when idle, or on
  // use) is not part of the first view.
  const scripts = await page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime <= at && /\.m?js$/.test(new URL(r.name).pathname))
      .map((r) => new URL(r.name).pathname);
  }, mark);
  await page.context().close();
  let bytes = 0;
  for (const path of new Set(scripts)) bytes += gzipSync(readFileSync(join(context.outDir, path)), { level: 9 }).length;
  return { bytes, files: new Set(scripts).size };
}

/** The ratio of the tab's time to the blank page's in the same pair of runs: median and range. */
interface Ratio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

const ratioText = (r: Ratio): string => `${r.median.toFixed(2)}× (runs ${r.low.toFixed(2)}–${r.high.toFixed(2)}×)`;

/** The wheel's own measures on the tab's page (see `timed` in useWheel.ts): layout and markup, in ms. */
const WHEEL_MEASURES = ['wheel-layout', 'wheel-markup'] as const;

async function loadTimes(
  context: BenchContext,
  tabUrl: string,
  tabMark = 'wheel-drawn',
  markup?: string,
): Promise<{ tab: number; blank: number; ratio: Ratio; compute: number | undefined }> {
  const tab: number[] = [];
  const blank: number[] = [];
  const compute: number[] = [];
  // Alternate so that both feel the same machine load.
  for (let run = 0; run < RUNS; run++) {
    for (const [url, mark, into] of [
      [new URL('bench/blank.html', context.baseUrl).href, 'blank-drawn', blank],
      [tabUrl, tabMark, tab],
    ] as const) {
      const page = await context.newPage(SLOWDOWN);
      if (markup !== undefined && into === tab) await page.addInitScript((html) => ((window as unknown as { __benchMarkup?: string }).__benchMarkup = html), markup);
      into.push(await timeToMark(page, url, mark));
      if (into === tab) {
        const measured = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.duration), [...WHEEL_MEASURES]);
        if (measured.every((m) => m !== undefined)) compute.push(measured.reduce((a, b) => a + b, 0));
      }
      await page.context().close();
    }
  }
  const ratios = tab.map((t, run) => t / blank[run]!);
  return {
    tab: median(tab),
    blank: median(blank),
    ratio: { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) },
    compute: compute.length === RUNS ? median(compute) : undefined,
  };
}

/** The finished wheel markup, as the page at `url` (the tab) draws it. */
async function wheelMarkup(context: BenchContext, url: string): Promise<string> {
  const page = await context.newPage();
  await timeToMark(page, url, 'wheel-drawn');
  const markup = await page.evaluate(() => document.querySelector('.fui-Wheel__host > svg')?.outerHTML ?? '');
  await page.context().close();
  if (!markup) throw new Error(`${url} drew no wheel (.fui-Wheel__host > svg)`);
  return markup;
}

/** What bench/wheel.html puts on its window. */
interface BenchPage {
  readonly __benchDraw?: () => void;
}

interface Frames {
  readonly deltas: Array<{ at: number; ms: number }>;
  readonly loaf: Array<{ at: number; ms: number }>;
  readonly loafUnsupported?: boolean;
}

/** Longest frame (rAF gap or long animation frame) between two moments on the page's clock. */
const longest = (frames: Frames, from: number, to: number): number =>
  Math.max(0, ...frames.deltas.filter((f) => f.at >= from && f.at - f.ms <= to).map((f) => f.ms), ...frames.loaf.filter((f) => f.at + f.ms >= from && f.at <= to).map((f) => f.ms));

async function framesWith2000(context: BenchContext, slowdown: number): Promise<{ drawing: number; toggling: number }> {
  const page = await context.newPage(slowdown);
  // The page loads its code and makes its 2,000 deadlines, rests, and draws when told: "while
  // drawing" is from that call to the wheel on screen, as "toggling" is from the click.
  await page.goto(new URL('bench/wheel.html?n=2000&frames&ondemand', context.baseUrl).href, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (window as unknown as BenchPage).__benchDraw === 'function', undefined, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const started = await page.evaluate(() => {
    const now = performance.now();
    (window as unknown as BenchPage).__benchDraw!();
    return now;
  });
  await page.waitForFunction(() => performance.getEntriesByName('wheel-drawn').length > 0, undefined, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const drawn = await page.evaluate(() => performance.getEntriesByName('wheel-drawn')[0]!.startTime);
  const afterDraw = await page.evaluate(() => (window as unknown as { __benchFrames: Frames }).__benchFrames);
  const drawing = longest(afterDraw, started, drawn);

  let toggling = 0;
  for (let i = 0; i < 4; i++) {
    const start = await page.evaluate(() => {
      const now = performance.now();
      document.getElementById('toggle')!.click();
      return now;
    });
    await page.waitForTimeout(400);
    const frames = await page.evaluate(() => (window as unknown as { __benchFrames: Frames }).__benchFrames);
    toggling = Math.max(toggling, longest(frames, start, start + 400));
  }
  await page.context().close();
  return { drawing, toggling };
}

export default async function wheel(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const hasTab = 'tab' in context.entries;
  const tabPath = hasTab ? '' : 'bench/wheel.html';
  const tabNote = hasTab ? 'index.html' : 'no index.html yet: the wheel page with the national data stands in for the tab';

  const js = await firstLoadJs(context, tabPath, hasTab ? 'tab-first-view' : 'wheel-drawn');
  const kb = js.bytes / 1024;
  rows.push({ section: SECTION, metric: 'first-load JS of the tab (gzip)', target: '≤ 230 KB', measured: `${kb.toFixed(1)} KB in ${js.files} files`, verdict: verdict(kb, 230), note: tabNote });

  const times = await loadTimes(context, new URL(tabPath, context.baseUrl).href);
  rows.push({ section: SECTION, metric: `navigation → wheel drawn (${SLOWDOWN}× CPU, median of ${RUNS})`, target: '', measured: `${times.tab.toFixed(0)} ms`, verdict: '' });
  rows.push({ section: SECTION, metric: `navigation → blank page drawn (${SLOWDOWN}× CPU, median of ${RUNS})`, target: '', measured: `${times.blank.toFixed(0)} ms`, verdict: '' });
  rows.push({ section: SECTION, metric: 'wheel ÷ blank page', target: '≤ 1.3×', measured: ratioText(times.ratio), verdict: verdict(times.ratio.median, 1.3), ...(hasTab ? {} : { note: tabNote }) });
  if (times.compute !== undefined) {
    rows.push({
      section: SECTION,
      metric: `the wheel's layout and markup, computed in the tab (${SLOWDOWN}× CPU, median of ${RUNS})`,
      target: '',
      measured: `${times.compute.toFixed(0)} ms = ${(times.compute / times.blank).toFixed(2)}× of the blank page`,
      verdict: '',
      note: 'the pure geometry and the SVG string, first time on the page: no drawing of this wheel can skip it',
    });
  }

  // The wheel's own share: the same number of synthetic deadlines, without loading the data.
  const alone = await loadTimes(context, new URL('bench/wheel.html?n=124', context.baseUrl).href);
  rows.push({
    section: SECTION,
    metric: `wheel alone, 124 synthetic entries ÷ blank page (${SLOWDOWN}× CPU)`,
    target: '',
    measured: ratioText(alone.ratio),
    verdict: '',
    note: 'without the dataset: validating and rolling forward the national JSON is not counted here',
  });

  // The floor: the blank page showing the finished wheel markup, with no app code at all.
  const floor = await loadTimes(context, new URL('bench/blank.html', context.baseUrl).href, 'blank-drawn', await wheelMarkup(context, new URL(tabPath, context.baseUrl).href));
  rows.push({
    section: SECTION,
    metric: `the wheel's SVG alone, as finished markup on the blank page ÷ blank page (${SLOWDOWN}× CPU)`,
    target: '',
    measured: ratioText(floor.ratio),
    verdict: '',
    note:
      'no data, no layout code, no controls: what parsing, laying out and painting the wheel costs in this stack' +
      (times.compute !== undefined ? `; with the layout and markup computed as in the tab, ≈ ${(floor.ratio.median + times.compute / times.blank).toFixed(2)}×` : ''),
  });

  for (const slowdown of [1, SLOWDOWN]) {
    const runs: Array<{ drawing: number; toggling: number }> = [];
    for (let run = 0; run < FRAME_RUNS; run++) runs.push(await framesWith2000(context, slowdown));
    const cpu = slowdown === 1 ? 'no slowdown' : `${slowdown}× CPU`;
    for (const [what, key] of [['while drawing', 'drawing'], ['toggling a filter', 'toggling']] as const) {
      const values = runs.map((r) => r[key]);
      const middle = median(values);
      rows.push({
        section: SECTION,
        metric: `2,000 entries: longest frame ${what} (${cpu}, median of ${FRAME_RUNS})`,
        target: '≤ 100 ms',
        measured: `${middle.toFixed(0)} ms (runs ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`,
        verdict: verdict(middle, 100),
      });
    }
  }
  return rows;
}
