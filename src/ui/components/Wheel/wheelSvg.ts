/**
 * The wheel as one self-contained SVG string: colours as presentation attributes from the
 * theme, fonts as attributes, and a `<style>` of its own (scoped to the SVG's id) only for
 * focus and hover rings, transitions when motion is welcome, and forced colours. The same
 * markup is shown in the tab, printed and exported.
 *
 * In `interactive` mode every item is a `<g role="button">` with an accessible name and
 * `tabindex="-1"` (the component makes one of them the tab stop and moves it with the arrow
 * keys); in `export` mode items carry a `<title>` instead, which file viewers show on hover.
 */
import { categoryByKey, type CategoryKey } from '../../../domain/model/category';
import type { Deadline } from '../../../domain/model/entry';
import { DEFAULT_DIMENSIONS, laneGap, MAX_ARC_WIDTH, type ArcItem, type RingLayout, type WheelItem, type WheelLayout } from '../../../domain/geometry/layout';
import { periodMonth } from '../../../domain/geometry/zoom';
import { capitalize, formatDate, formatSpan, formatTemplate, monthName } from './format';
import type { WheelLocale, WheelStrings } from './Wheel.strings';
import { wheelPalettes, type WheelPalette, type WheelTheme } from './wheelTheme';
import { schoolYearText } from '../../../domain/time/schoolYear';

export type WheelLegendPlacement = 'right' | 'below' | 'none';

/**
 * What the wheel is drawn for. `paper`: week numbers, ring numbers and cluster counts a third
 * larger, since a printed wheel is at most about 19 cm (A4) or 27 cm (A3) across, where the
 * screen's sizes come out at 4 to 6 pt. `narrow`: a screen wheel under {@link NARROW_WHEEL_PX}
 * across (Teams on a phone, a narrow pane), laid out with the layout's `NARROW_DIMENSIONS`.
 */
export type WheelMedium = 'screen' | 'paper' | 'narrow';

/**
 * A wheel drawn narrower than this (CSS px) is drawn as `narrow`: at 300 px its units are a
 * third of a pixel, so the month names (19) came out at 6 px and the week and day numbers at 4.
 */
export const NARROW_WHEEL_PX = 480;


/**
 * Sizes of the small numbers of the wheel, in its own units: `week` the year view's week numbers,
 * `zoomed` a zoomed view's week or day numbers (0 draws none), ring `badge`s and `cluster` counts.
 */
interface NumberSizes {
  readonly week: number;
  readonly zoomed: number;
  readonly badgeRadius: number;
  readonly badge: number;
  readonly cluster: number;
  readonly clusterWide: number;
}
const SCREEN_SIZES: NumberSizes = { week: 10.5, zoomed: 13, badgeRadius: 7.5, badge: 10, cluster: 11, clusterWide: 9.5 };
const NUMBER_SIZES: Readonly<Record<WheelMedium, NumberSizes>> = {
  screen: SCREEN_SIZES,
  // Paper's ring badge is the largest drawn: the room the layout keeps free around a badge.
  paper: { week: 14, zoomed: 13, badgeRadius: DEFAULT_DIMENSIONS.badgeRadius, badge: 13, cluster: 12.5, clusterWide: 10.5 },
  // The screen's, without the week and day numbers: at 4 px they are noise, not information
  // (the window's name says where the wheel is).
  narrow: { ...SCREEN_SIZES, week: 0, zoomed: 0 },
};

export interface WheelSvgInput {
  readonly layout: WheelLayout;
  readonly theme: WheelTheme;
  readonly locale: WheelLocale;
  readonly strings: WheelStrings;
  readonly countyLabel?: string;
  /** @default 'right' */
  readonly legend?: WheelLegendPlacement;
  /** Id of the `<svg>`; prefixes every inner id and scopes the stylesheet. Letters, digits, `-`. */
  readonly id: string;
  /** @default 'interactive' */
  readonly mode?: 'interactive' | 'export';
  /** @default 'screen' */
  readonly medium?: WheelMedium;
  /**
   * How many items (in layout order) the markup holds; the rest are added later with
   * `wheelItemsMarkup`, into the ring groups (`[data-ring]`) that are drawn empty.
   * @default all of them
   */
  readonly itemCount?: number;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const FONT_FAMILY = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

const LEGEND_RIGHT_WIDTH = 600;
const LEGEND_ROW_RIGHT = 34;
const LEGEND_ROW_BELOW = 34;

export function wheelViewBox(layout: WheelLayout, legend: WheelLegendPlacement): ViewBox {
  const r = layout.dimensions.outerRadius + 10;
  if (legend === 'right') return { x: -r, y: -r, width: 2 * r + LEGEND_RIGHT_WIDTH, height: 2 * r };
  if (legend === 'below') {
    const rows = Math.ceil(layout.rings.length / 2);
    return { x: -r, y: -r, width: 2 * r, height: 2 * r + 56 + rows * LEGEND_ROW_BELOW };
  }
  return { x: -r, y: -r, width: 2 * r, height: 2 * r };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const n = (value: number): string => String(Math.round(value * 100) / 100 + 0);

export function categoryName(category: CategoryKey, locale: WheelLocale): string {
  return categoryByKey(category).name[locale];
}

/** The date of a deadline as people say it: its day, its span, or its ISO weeks and span. */
export function deadlineDateText(deadline: Deadline, strings: WheelStrings): string {
  const span = formatSpan(strings, deadline.start, deadline.end);
  const rule = deadline.entry.when;
  if (rule.kind !== 'weeks' || rule.weeks.length === 0) return span;
  const first = rule.weeks[0]!;
  const last = rule.weeks[rule.weeks.length - 1]!;
  return formatTemplate(strings.weeksFormat, { weeks: first === last ? String(first) : `${first}–${last}`, span });
}

/** The accessible name of an item: "12. september 2026, Første dato …, Interne datoer for VIGO". */
export function wheelItemLabel(item: WheelItem, strings: WheelStrings, locale: WheelLocale): string {
  const category = categoryName(item.category, locale);
  const first = item.deadlines[0]!;
  if (item.kind === 'cluster') {
    return formatTemplate(strings.clusterLabel, { count: item.deadlines.length, date: formatSpan(strings, item.start, item.end), category });
  }
  return formatTemplate(strings.itemLabel, { date: deadlineDateText(first, strings), title: first.entry.title, category });
}

/** The hub's title and subtitle: the school year, or the quarter or month shown and its year. */
export function windowTitle(layout: WheelLayout, strings: WheelStrings): { readonly title: string; readonly subtitle?: string } {
  const { zoom, period } = layout;
  const schoolYear = schoolYearText(period.schoolYear);
  if (zoom.level === 'year') return { title: schoolYear };
  if (zoom.level === 'month') {
    const { year, month } = periodMonth(period, zoom.index);
    return { title: capitalize(monthName(strings, month)), subtitle: String(year) };
  }
  const first = periodMonth(period, zoom.index * 3);
  const last = periodMonth(period, zoom.index * 3 + 2);
  return {
    title: capitalize(formatTemplate(strings.quarterFormat, { first: monthName(strings, first.month), last: monthName(strings, last.month) })),
    subtitle: first.year === last.year ? String(first.year) : `${first.year}–${last.year}`,
  };
}

/** The window as one line, for the zoom controls: "Oktober 2026", "November–januar 2026–2027". */
export function windowName(layout: WheelLayout, strings: WheelStrings): string {
  const { title, subtitle } = windowTitle(layout, strings);
  return subtitle ? `${title} ${subtitle}` : title;
}

function stylesheet(id: string, p: WheelPalette, interactive: boolean): string {
  const s = `#${id}`;
  const interaction = interactive
    ? `${s} .aw-it{cursor:pointer;outline:none}` +
      `${s} .aw-zoom{cursor:zoom-in}` +
      `${s} .aw-it:hover .aw-hl{stroke:${p.hover}}` +
      `${s} .aw-sel .aw-hl{stroke:${p.text}}` +
      // Selected in the list (for pushing): a dashed ring, so it is not told by colour alone.
      `${s} .aw-chk .aw-hl{stroke:${p.text};stroke-dasharray:4 2.5}` +
      `${s} .aw-it:focus-visible .aw-hl{stroke:${p.focus}}` +
      `@media (prefers-reduced-motion:no-preference){${s} .aw-hl{transition:stroke .12s ease-out}}`
    : '';
  const forced =
    `@media (forced-colors:active){${s},${s} *{forced-color-adjust:none}` +
    `${s} .aw-bg,${s} .aw-band,${s} .aw-hub,${s} .aw-sec{fill:Canvas}` +
    `${s} .aw-sec,${s} .aw-ring,${s} .aw-grid,${s} .aw-tick,${s} .aw-hub{stroke:CanvasText}` +
    `${s} .aw-cur{fill:Highlight}${s} text,${s} tspan{fill:CanvasText}${s} .aw-cur-t,${s} .aw-cur-t textPath{fill:HighlightText}` +
    `${s} .aw-dot,${s} .aw-badge{fill:LinkText;stroke:Canvas}${s} .aw-arc{stroke:LinkText}${s} text.aw-on{fill:Canvas}` +
    `${s} .aw-hand{stroke:Highlight}${s} .aw-hand-tip{fill:Highlight}${s} text.aw-today{fill:CanvasText}` +
    `${s} .aw-chk .aw-hl{stroke:CanvasText}` +
    `${s} .aw-it:hover .aw-hl,${s} .aw-it:focus-visible .aw-hl,${s} .aw-sel .aw-hl{stroke:Highlight}}`;
  return `<style>${interaction}${forced}</style>`;
}

function itemAttributes(item: WheelItem, index: number, label: string, interactive: boolean): string {
  if (!interactive) return `class="aw-it" data-i="${index}"`;
  const popup = item.kind === 'cluster' ? ' aria-haspopup="dialog"' : '';
  return `class="aw-it" data-i="${index}" role="button" tabindex="-1" aria-label="${escapeXml(label)}"${popup}`;
}

function itemMarkup(item: WheelItem, index: number, input: WheelSvgInput, p: WheelPalette, ringWidth: number): string {
  const interactive = (input.mode ?? 'interactive') === 'interactive';
  const label = wheelItemLabel(item, input.strings, input.locale);
  const title = interactive ? '' : `<title>${escapeXml(label)}</title>`;
  const open = `<g ${itemAttributes(item, index, label, interactive)}>${title}`;
  const colour = p.mark(item.category);
  const dims = input.layout.dimensions;
  const { x, y } = item.point;
  if (item.kind === 'arc') return open + arcMarkup(item, colour, ringWidth) + '</g>';
  if (item.kind === 'mark') {
    return (
      open +
      `<circle class="aw-hl" cx="${n(x)}" cy="${n(y)}" r="${n(dims.markRadius + 3.5)}" fill="transparent" stroke-width="3"/>` +
      `<circle class="aw-dot" cx="${n(x)}" cy="${n(y)}" r="${n(dims.markRadius)}" fill="${colour}" stroke="${p.background}" stroke-width="1.5"/></g>`
    );
  }
  const count = item.deadlines.length;
  const sizes = NUMBER_SIZES[input.medium ?? 'screen'];
  const r = dims.clusterRadius + (count >= 100 ? 3 : count >= 10 ? 1.5 : 0);
  return (
    open +
    `<circle class="aw-hl" cx="${n(x)}" cy="${n(y)}" r="${n(r + 3.5)}" fill="transparent" stroke-width="3"/>` +
    `<circle class="aw-dot" cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${colour}" stroke="${p.background}" stroke-width="1.5"/>` +
    `<text class="aw-on" x="${n(x)}" y="${n(y)}" dy="0.35em" text-anchor="middle" font-size="${count >= 100 ? sizes.clusterWide : sizes.cluster}" font-weight="700" fill="${p.onMark}">${count}</text></g>`
  );
}

/** The width of an arc's pointer target where no other arc runs beside it. */
const ARC_TARGET_WIDTH = 16;

function arcMarkup(item: ArcItem, colour: string, ringWidth: number): string {
  const width = Math.max(3, Math.min(MAX_ARC_WIDTH, ringWidth * 0.28));
  const cap = item.clippedStart || item.clippedEnd ? 'butt' : 'round';
  // Beside another arc, the target is its own lane.
  const target = item.beside ? Math.max(width, laneGap(ringWidth)) : ARC_TARGET_WIDTH;
  return (
    `<path class="aw-hl" d="${item.d}" fill="none" stroke-width="${n(width + 5)}" stroke-linecap="${cap}"/>` +
    `<path class="aw-arc" d="${item.d}" fill="none" stroke="${colour}" stroke-width="${n(width)}" stroke-linecap="${cap}"/>` +
    `<path d="${item.d}" fill="none" stroke="transparent" stroke-width="${n(target)}" pointer-events="stroke"/>`
  );
}

function dialMarkup(input: WheelSvgInput, p: WheelPalette): string {
  const { layout, strings, id } = input;
  const dims = layout.dimensions;
  const zoomed = layout.zoom.level !== 'year';
  const parts: string[] = ['<g class="aw-dial" aria-hidden="true">'];
  const defs: string[] = [];
  layout.sectors.forEach((sector, i) => {
    const fill = sector.current ? p.currentFill : i % 2 === 0 ? p.sectorFill : p.sectorFillAlt;
    const zoomTo = sector.unit.kind === 'month' && layout.zoom.level !== 'month' ? ` data-zoom-month="${sector.unit.index}"` : '';
    parts.push(`<path class="aw-sec${sector.current ? ' aw-cur' : ''}${zoomTo ? ' aw-zoom' : ''}" d="${sector.d}" fill="${fill}" stroke="${p.separator}" stroke-width="2"${zoomTo}/>`);
    defs.push(`<path id="${id}-s${i}" d="${sector.label.d}"/>`);
  });
  parts.push(`<defs>${defs.join('')}</defs>`);
  layout.sectors.forEach((sector, i) => {
    const unit = sector.unit;
    if (sector.labelFit === 'none') return;
    const text =
      unit.kind === 'month'
        ? capitalize(zoomed ? formatTemplate(strings.monthFormat, { month: monthName(strings, unit.month), year: unit.year }) : monthName(strings, unit.month))
        : sector.labelFit === 'number'
          ? String(unit.week)
          : capitalize(formatTemplate(strings.weekNumber, { week: unit.week }));
    const fill = sector.current ? p.currentText : p.text;
    parts.push(
      `<text${sector.current ? ' class="aw-cur-t"' : ''} font-size="${dims.sectorFontSize}" font-weight="${sector.current ? 700 : 600}" fill="${fill}" pointer-events="none">` +
        `<textPath href="#${id}-s${i}" startOffset="50%" text-anchor="middle">${escapeXml(text)}</textPath></text>`,
    );
  });
  const major = layout.ticks.filter((t) => t.kind === 'week' && t.d).map((t) => t.d).join('');
  const minor = layout.ticks.filter((t) => t.kind === 'day' && t.d).map((t) => t.d).join('');
  if (major) parts.push(`<path class="aw-tick" d="${major}" stroke="${p.subtleText}" stroke-width="1.5"/>`);
  if (minor) parts.push(`<path class="aw-tick" d="${minor}" stroke="${p.grid}" stroke-width="1"/>`);
  const sizes = NUMBER_SIZES[input.medium ?? 'screen'];
  const tickFont = layout.zoom.level === 'year' ? sizes.week : sizes.zoomed;
  for (const tick of layout.ticks) {
    if (!tick.label || tickFont === 0) continue;
    parts.push(
      `<text x="${n(tick.label.point.x)}" y="${n(tick.label.point.y)}" dy="0.35em" text-anchor="middle" font-size="${tickFont}" fill="${p.subtleText}">${tick.label.value}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function ringsMarkup(input: WheelSvgInput, p: WheelPalette): string {
  const { layout, strings, locale } = input;
  const parts: string[] = ['<g aria-hidden="true">'];
  for (const ring of layout.rings) {
    parts.push(`<path class="aw-band aw-ring" d="${ring.d}" fill="${p.ringFill(ring.category)}" fill-rule="evenodd" stroke="${p.separator}" stroke-width="1.5"/>`);
  }
  const grid = layout.sectors.map((s) => s.boundary).join('');
  if (grid) parts.push(`<path class="aw-grid" d="${grid}" stroke="${p.grid}" stroke-width="1"/>`);
  const sizes = NUMBER_SIZES[input.medium ?? 'screen'];
  for (const ring of layout.rings) parts.push(badgeMarkup(ring, ring.badge.x, ring.badge.y, sizes.badgeRadius, sizes.badge, p));
  if (layout.hand) {
    parts.push(`<path class="aw-hand" d="${layout.hand.d}" stroke="${p.hand}" stroke-width="2.5" stroke-linecap="round"/>`);
    parts.push(`<circle class="aw-hand-tip" cx="${n(layout.hand.tip.x)}" cy="${n(layout.hand.tip.y)}" r="4.5" fill="${p.hand}"/>`);
  }
  parts.push('</g>');

  const byRing = new Map<CategoryKey, string[]>();
  for (const item of layout.items) if (!byRing.has(item.category)) byRing.set(item.category, []);
  for (const { category, markup } of itemsMarkup(input, p, 0, input.itemCount ?? layout.items.length)) byRing.get(category)!.push(markup);
  parts.push('<g class="aw-items">');
  for (const ring of layout.rings) {
    const items = byRing.get(ring.category);
    if (!items) continue;
    const label = formatTemplate(strings.ringLabel, { number: ring.number, category: categoryName(ring.category, locale) });
    parts.push(`<g role="group" aria-label="${escapeXml(label)}" data-ring="${ring.category}">${items.join('')}</g>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function itemsMarkup(input: WheelSvgInput, p: WheelPalette, from: number, to: number): Array<{ readonly category: CategoryKey; readonly markup: string }> {
  const { layout } = input;
  const ringWidth = layout.rings[0] ? layout.rings[0].outerRadius - layout.rings[0].innerRadius : 0;
  const out: Array<{ category: CategoryKey; markup: string }> = [];
  for (let index = from; index < Math.min(to, layout.items.length); index++) {
    const item = layout.items[index]!;
    out.push({ category: item.category, markup: itemMarkup(item, index, input, p, ringWidth) });
  }
  return out;
}

/**
 * Items `from` (inclusive) to `to` of the layout, as markup per ring (in layout order), to be
 * appended to the ring groups of a wheel drawn with `itemCount`.
 */
export function wheelItemsMarkup(input: WheelSvgInput, from: number, to: number): ReadonlyMap<CategoryKey, string> {
  const byRing = new Map<CategoryKey, string>();
  for (const { category, markup } of itemsMarkup(input, wheelPalettes[input.theme], from, to)) byRing.set(category, (byRing.get(category) ?? '') + markup);
  return byRing;
}

function badgeMarkup(ring: RingLayout, x: number, y: number, r: number, fontSize: number, p: WheelPalette): string {
  return (
    `<circle class="aw-badge" cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${p.mark(ring.category)}" stroke="${p.background}" stroke-width="1.5"/>` +
    `<text class="aw-on" x="${n(x)}" y="${n(y)}" dy="0.35em" text-anchor="middle" font-size="${fontSize}" font-weight="700" fill="${p.onMark}">${ring.number}</text>`
  );
}

function hubMarkup(input: WheelSvgInput, p: WheelPalette): string {
  const { layout, strings } = input;
  const r = layout.hubRadius;
  const lines: Array<{ text: string; size: number; weight: number; fill: string; cls?: string }> = [];
  if (input.countyLabel) lines.push({ text: input.countyLabel, size: 15, weight: 600, fill: p.subtleText });
  const { title, subtitle } = windowTitle(layout, strings);
  const titleSize = layout.zoom.level === 'year' ? 34 : Math.min(26, (1.7 * layout.hubRadius) / Math.max(1, title.length * 0.56));
  lines.push({ text: title, size: titleSize, weight: 700, fill: p.text });
  if (subtitle) lines.push({ text: subtitle, size: 17, weight: 400, fill: p.subtleText });
  if (layout.hand) lines.push({ text: formatTemplate(strings.todayLabel, { date: formatDate(strings, layout.hand.date) }), size: 13.5, weight: 600, fill: p.todayText, cls: 'aw-today' });
  const gap = 8;
  const total = lines.reduce((sum, l) => sum + l.size, 0) + gap * (lines.length - 1);
  let y = -total / 2;
  const texts = lines.map((line) => {
    y += line.size;
    const baseline = y - line.size * 0.18;
    y += gap;
    return `<text${line.cls ? ` class="${line.cls}"` : ''} x="0" y="${n(baseline)}" text-anchor="middle" font-size="${line.size}" font-weight="${line.weight}" fill="${line.fill}">${escapeXml(line.text)}</text>`;
  });
  return `<g aria-hidden="true"><circle class="aw-hub" r="${n(r - 3)}" fill="${p.hubFill}" stroke="${p.grid}" stroke-width="1"/>${texts.join('')}</g>`;
}

function legendMarkup(input: WheelSvgInput, p: WheelPalette, placement: WheelLegendPlacement): string {
  if (placement === 'none') return '';
  const { layout, strings, locale } = input;
  const outer = layout.dimensions.outerRadius + 10;
  const rows = layout.rings.map((ring) => ({
    ring,
    name: categoryName(ring.category, locale),
  }));
  const parts: string[] = ['<g aria-hidden="true">'];
  if (placement === 'right') {
    const x = outer + 30;
    let y = -(rows.length * LEGEND_ROW_RIGHT + 40) / 2;
    parts.push(`<text x="${x}" y="${n(y + 20)}" font-size="20" font-weight="700" fill="${p.text}">${escapeXml(strings.legendTitle)}</text>`);
    y += 40;
    for (const row of rows) {
      parts.push(badgeMarkup(row.ring, x + 12, y + LEGEND_ROW_RIGHT / 2 - 6, 11, 12, p));
      parts.push(
        `<text x="${x + 32}" y="${n(y + LEGEND_ROW_RIGHT / 2 - 6)}" dy="0.35em" font-size="15.5" fill="${p.text}">${escapeXml(row.name)} <tspan fill="${p.subtleText}" font-size="13">(${row.ring.count})</tspan></text>`,
      );
      y += LEGEND_ROW_RIGHT;
    }
  } else {
    const top = outer + 12;
    parts.push(`<text x="${-outer + 20}" y="${top + 22}" font-size="20" font-weight="700" fill="${p.text}">${escapeXml(strings.legendTitle)}</text>`);
    const half = Math.ceil(rows.length / 2);
    rows.forEach((row, i) => {
      const column = i < half ? 0 : 1;
      const x = -outer + 20 + column * outer;
      const y = top + 50 + (i % half) * LEGEND_ROW_BELOW + LEGEND_ROW_BELOW / 2;
      parts.push(badgeMarkup(row.ring, x + 11, y, 10.5, 11.5, p));
      parts.push(`<text x="${x + 28}" y="${n(y)}" dy="0.35em" font-size="14" fill="${p.text}">${escapeXml(row.name)} <tspan fill="${p.subtleText}" font-size="12">(${row.ring.count})</tspan></text>`);
    });
  }
  parts.push('</g>');
  return parts.join('');
}

/** The whole wheel as an SVG document fragment (an `<svg>` element with its namespace). */
export function wheelSvgMarkup(input: WheelSvgInput): string {
  const p = wheelPalettes[input.theme];
  const legend = input.legend ?? 'right';
  const interactive = (input.mode ?? 'interactive') === 'interactive';
  const box = wheelViewBox(input.layout, legend);
  const { id, strings, layout } = input;
  const name = formatTemplate(strings.wheelLabel, { schoolYear: schoolYearText(layout.period.schoolYear), county: input.countyLabel ?? '' });
  const a11y = interactive ? ` role="group" aria-labelledby="${id}-t" aria-describedby="${id}-d"` : ` role="img" aria-labelledby="${id}-t"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}" ` +
    `width="${n(box.width)}" height="${n(box.height)}" font-family="${escapeXml(FONT_FAMILY)}"${a11y}>` +
    `<title id="${id}-t">${escapeXml(name)}</title>` +
    (interactive ? `<desc id="${id}-d">${escapeXml(strings.wheelInstructions)}</desc>` : '') +
    stylesheet(id, p, interactive) +
    // In the tab the page's own background shows through; a file carries its own.
    (interactive ? '' : `<rect class="aw-bg" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${p.background}"/>`) +
    dialMarkup(input, p) +
    ringsMarkup(input, p) +
    hubMarkup(input, p) +
    legendMarkup(input, p, legend) +
    `</svg>`
  );
}

/** Where a point of the wheel lies in the rendered SVG, as fractions of its box (for overlays). */
export function pointInBox(point: { readonly x: number; readonly y: number }, box: ViewBox): { readonly left: number; readonly top: number } {
  return { left: (point.x - box.x) / box.width, top: (point.y - box.y) / box.height };
}

