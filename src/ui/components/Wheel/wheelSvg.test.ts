import { describe, expect, it } from 'vitest';
import { DEFAULT_DIMENSIONS, layoutWheel, NARROW_DIMENSIONS } from '../../../domain/geometry/layout';
import { testDeadline } from '../../../domain/geometry/testDeadlines';
import { wheelPeriod } from '../../../domain/geometry/wheelPeriod';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import { exportWheelSvg, paperWheel } from './exportWheel';
import { formatDate } from './format';
import { wheelStrings } from './Wheel.strings';
import { escapeXml, wheelItemLabel, wheelSvgMarkup } from './wheelSvg';

const schoolYear = '2026-2027' as SchoolYear;
const today = '2026-11-28' as PlainDate;
const period = wheelPeriod(schoolYear);
const deadlines = [
  testDeadline('overforing', '2026-09-12', '2026-09-12', 'vigo-intern', 'Første dato for overføring fra søker til elev'),
  testDeadline('hostferie', '2026-09-28', '2026-10-02', 'general', 'Høstferie <uke 40> & "fri"'),
  testDeadline('a', '2027-01-04', '2027-01-04', 'ssb-udir'),
  testDeadline('b', '2027-01-04', '2027-01-04', 'ssb-udir'),
];
const layout = layoutWheel({ deadlines, period, today });
const markup = (theme: 'light' | 'dark' | 'contrast' = 'light', mode: 'interactive' | 'export' = 'interactive') =>
  wheelSvgMarkup({ layout, theme, locale: 'nb', strings: wheelStrings.nb, id: 'w1', mode, countyLabel: 'Vestland' });

describe('wheel SVG markup', () => {
  it('names a mark by date, title and category', () => {
    expect(formatDate(wheelStrings.nb, '2026-09-12' as PlainDate)).toBe('12. september 2026');
    expect(formatDate(wheelStrings.en, '2026-09-12' as PlainDate)).toBe('12 September 2026');
    expect(wheelItemLabel(layout.items[0]!, wheelStrings.nb, 'nb')).toBe('12. september 2026, Første dato for overføring fra søker til elev, Interne datoer for VIGO');
    expect(markup()).toContain('aria-label="12. september 2026, Første dato for overføring fra søker til elev, Interne datoer for VIGO"');
  });

  it('names a cluster by its count and marks it as opening a list', () => {
    const cluster = layout.items.find((i) => i.kind === 'cluster')!;
    expect(wheelItemLabel(cluster, wheelStrings.nb, 'nb')).toBe('2 frister, 4. januar 2027, SSB og Utdanningsdirektoratet ssbResultat og ssbElev. Åpne listen');
    expect(markup()).toMatch(/role="button" tabindex="-1" aria-label="2 frister[^"]*" aria-haspopup="dialog"/);
  });

  it('escapes text from the data', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    const svg = markup();
    expect(svg).toContain('Høstferie &lt;uke 40&gt; &amp; &quot;fri&quot;');
    expect(svg).not.toContain('<uke 40>');
  });

  it('is self-contained: namespace, viewBox, fonts and colours as attributes, a scoped stylesheet of its own', () => {
    const svg = markup();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="w1" viewBox=')).toBe(true);
    expect(svg).toContain('font-family="');
    expect(svg).not.toMatch(/class="(?!aw-)[^"]*"/);
    const style = /<style>(.*?)<\/style>/.exec(svg)![1]!;
    for (const rule of style.replace(/@media[^{]*\{/g, '').split('}').filter((r) => r.includes('{'))) expect(rule.trim().startsWith('#w1')).toBe(true);
    expect(style).toContain('@media (forced-colors:active)');
    expect(style).toContain('@media (prefers-reduced-motion:no-preference)');
  });

  it('labels every ring with its number and name, not colour alone', () => {
    const svg = markup();
    expect(svg).toContain('aria-label="Ring 7: Interne datoer for VIGO"');
    expect(svg).toContain('aria-label="Ring 11: Generelt"');
    expect(svg).toContain('>Fargekoder<');
  });

  it('uses the Teams contrast colours for the contrast theme, system colours under forced colours, and the category palettes otherwise', () => {
    const contrast = markup('contrast');
    expect(contrast).toContain('fill="#ffff00"');
    expect(contrast).not.toContain('#4a5568');
    // Under forced colours every fill and stroke drawn in a colour of the palette gets a system colour instead.
    const forced = /@media \(forced-colors:active\)\{(.*)\}<\/style>/.exec(contrast)![1]!;
    const rules = [...forced.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, selectors, body]) =>
      selectors!.split(',').map((selector) => ({ selector: selector.trim(), properties: body!.split(';').map((d) => d.split(':')[0]!.trim()) })),
    );
    const elements = [...contrast.matchAll(/<(\w+)((?: [\w-]+="[^"]*")*)\/?>/g)].map(([, tag, attributes]) => ({ tag: tag!, attributes: attributes! }));
    let checked = 0;
    for (const { tag, attributes } of elements) {
      const classes = /class="([^"]+)"/.exec(attributes)?.[1]?.split(' ') ?? [];
      const selectors = new Set([`#w1 ${tag}`, ...classes.flatMap((c) => [`#w1 .${c}`, `#w1 ${tag}.${c}`])]);
      for (const property of ['fill', 'stroke']) {
        if (!new RegExp(` ${property}="#`).test(attributes)) continue;
        checked++;
        expect(
          rules.some((rule) => selectors.has(rule.selector) && rule.properties.includes(property)),
          `${property} of <${tag}${attributes}>`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(markup('light')).toContain('fill="#4a5568"');
    expect(markup('dark')).toContain('fill="#aab4c3"');
  });

  it('writes month names that follow the arcs, the current month highlighted, and today', () => {
    const svg = markup();
    expect(svg.match(/<textPath /g)).toHaveLength(12);
    expect(svg).toContain('>August</textPath>');
    expect(svg).toMatch(/class="aw-sec aw-cur aw-zoom"/);
    expect(svg).toContain('I dag 28. november 2026');
  });

  it('writes only the number of a week the month shows one day of, so the two at 12 o\'clock stay apart', () => {
    const november = layoutWheel({ deadlines, period, today, zoom: { level: 'month', index: 3 } });
    for (const locale of ['nb', 'en'] as const) {
      const svg = wheelSvgMarkup({ layout: november, theme: 'light', locale, strings: wheelStrings[locale], id: 'w1' });
      const names = [...svg.matchAll(/<textPath [^>]*>([^<]*)<\/textPath>/g)].map((m) => m[1]);
      const week = locale === 'nb' ? 'Uke' : 'Week';
      expect(names).toEqual(['44', `${week} 45`, `${week} 46`, `${week} 47`, `${week} 48`, '49']);
    }
  });

  it('draws for paper with larger week and ring numbers, and leaves the legend to the page', () => {
    const fontSizes = (svg: string, pattern: RegExp) => [...svg.matchAll(pattern)].map((m) => Number(m[1]));
    const weekNumbers = /<text x="[^"]*" y="[^"]*" dy="0.35em" text-anchor="middle" font-size="([\d.]+)" fill="[^"]*">\d+<\/text>/g;
    const options = { deadlines, schoolYear, today, theme: 'light', locale: 'nb', strings: wheelStrings.nb } as const;
    const screen = exportWheelSvg({ ...options, legend: 'none' });
    const paper = paperWheel(options);
    expect(new Set(fontSizes(screen, weekNumbers))).toEqual(new Set([10.5]));
    // 14 units on a wheel 186 mm across (A4) is 7.4 pt.
    expect(new Set(fontSizes(paper.svg, weekNumbers))).toEqual(new Set([14]));
    const ringAndClusterNumbers = fontSizes(paper.svg, /class="aw-on"[^>]*font-size="([\d.]+)"/g);
    expect(ringAndClusterNumbers.length).toBe(layout.rings.length + 1);
    expect(Math.min(...ringAndClusterNumbers)).toBeGreaterThanOrEqual(12.5);
    expect(paper.svg).not.toContain('Fargekoder');
    expect(paper.legend).toEqual(layout.rings.map((ring) => ({ category: ring.category, number: ring.number, count: ring.count })));
    expect(paper.legend.find((row) => row.category === 'ssb-udir')?.count).toBe(2);
  });

  it('draws a narrow wheel with larger month and week names and no week or day numbers, in every view, the rings keeping their room', () => {
    const tickNumbers = /<text x="[^"]*" y="[^"]*" dy="0.35em" text-anchor="middle" font-size="[\d.]+" fill="[^"]*">\d+<\/text>/g;
    const nameSizes = (svg: string) => new Set([...svg.matchAll(/font-size="([\d.]+)"[^>]*><textPath/g)].map((m) => Number(m[1])));
    for (const zoom of [{ level: 'year' }, { level: 'quarter', index: 1 }, { level: 'month', index: 3 }] as const) {
      const wide = layoutWheel({ deadlines, period, today, zoom });
      const narrow = layoutWheel({ deadlines, period, today, zoom, dimensions: NARROW_DIMENSIONS });
      const draw = (l: typeof layout, medium?: 'narrow') => wheelSvgMarkup({ layout: l, theme: 'light', locale: 'nb', strings: wheelStrings.nb, id: 'w1', ...(medium ? { medium } : {}) });
      expect([...draw(wide).matchAll(tickNumbers)].length, zoom.level).toBeGreaterThan(4);
      expect([...draw(narrow, 'narrow').matchAll(tickNumbers)], zoom.level).toEqual([]);
      expect(nameSizes(draw(wide)), zoom.level).toEqual(new Set([DEFAULT_DIMENSIONS.sectorFontSize]));
      expect(nameSizes(draw(narrow, 'narrow')), zoom.level).toEqual(new Set([35]));
      // The same marks, in rings at most 2 % smaller.
      expect(narrow.items.map((i) => i.id)).toEqual(wide.items.map((i) => i.id));
      const ringsRadius = (l: typeof layout) => Math.max(...l.rings.map((r) => r.outerRadius));
      expect(ringsRadius(narrow) / ringsRadius(wide)).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('keeps the pointer target of an arc running beside another in its own lane, so the one drawn later does not take the other', () => {
    const ranges = [
      testDeadline('skriftlig-gs', '2027-06-21', '2027-06-23', 'general', 'Fellessensur, grunnskolen'),
      testDeadline('skriftlig-vgs', '2027-06-21', '2027-06-23', 'general', 'Fellessensur, videregående'),
      testDeadline('host', '2026-09-28', '2026-10-02', 'general', 'Høstferie'),
    ];
    const withLanes = layoutWheel({ deadlines: ranges, period, today });
    const svg = wheelSvgMarkup({ layout: withLanes, theme: 'light', locale: 'nb', strings: wheelStrings.nb, id: 'w1' });
    const targets = [...svg.matchAll(/aria-label="[^"]*(Fellessensur[^"]*|Høstferie)[^"]*"[^>]*>.*?stroke="transparent" stroke-width="([\d.]+)"/g)].map((m) => [m[1]!.split(',')[0], Number(m[2])]);
    const arcs = withLanes.items.filter((i) => i.kind === 'arc');
    expect(arcs.map((a) => [a.deadlines[0]!.entry.title.split(',')[0], a.beside])).toEqual([
      ['Høstferie', false],
      ['Fellessensur', true],
      ['Fellessensur', true],
    ]);
    const gap = Math.abs(arcs[1]!.radius - arcs[2]!.radius);
    expect(gap).toBeGreaterThan(5);
    expect(targets).toEqual([
      ['Høstferie', 16],
      ['Fellessensur', expect.closeTo(gap, 1)],
      ['Fellessensur', expect.closeTo(gap, 1)],
    ]);
  });

  it('exports without focus stops but with a title on every item', () => {
    const svg = exportWheelSvg({ deadlines, schoolYear, today, theme: 'light', locale: 'en', strings: wheelStrings.en });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toContain('tabindex');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>12 September 2026, Første dato for overføring fra søker til elev, VIGO internal dates</title>');
  });
});
