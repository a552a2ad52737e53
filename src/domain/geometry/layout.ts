/**
 * The wheel's picture as data: rings, sectors, ticks, today's hand and one focusable item per
 * deadline, cluster or range, each with its angles, points and SVG path strings. The
 * component and the SVG export only map this to elements; nothing here knows a language, a
 * theme or the DOM.
 *
 * From the outside in: a band of ticks (weeks or days), a band of sectors with their names
 * (months, or weeks when zoomed to a month), one ring per category in legend order (legend
 * number 1 outermost), and the hub.
 */
import { CATEGORIES, categoryByKey, type CategoryKey } from '../model/category';
import type { Deadline } from '../model/entry';
import { addDays, daysInMonth, isoWeekday, isoWeekOf, maxDate, minDate, plainDate, toYearMonthDay, type PlainDate } from '../time/plainDate';
import { radians, type Radians } from './angle';
import {
  annularSectorPath,
  arcPath,
  labelArcPath,
  polarToCartesian,
  radialLinePath,
  type LabelArc,
  type Point,
} from './arc';
import {
  clipSpan,
  dateToAngle,
  dayOffset,
  partitionByPeriod,
  placeInWindow,
  type DateWindow,
  type PeriodPartition,
  type WheelPeriod,
} from './wheelPeriod';
import { periodMonth, zoomWindow, type WheelZoom } from './zoom';

/** Sizes in the wheel's own units; the wheel's centre is the origin. */
export interface WheelDimensions {
  readonly outerRadius: number;
  /** Width of the outer band of ticks and their numbers. */
  readonly tickBand: number;
  /** Width of the band of sector names (months, or weeks at month zoom). */
  readonly sectorBand: number;
  readonly gap: number;
  /** Smallest hub; rings give way to it when there are many. */
  readonly minHubRadius: number;
  readonly maxRingWidth: number;
  readonly markRadius: number;
  readonly clusterRadius: number;
  /** Centre-to-centre distance below which marks in a ring merge into a cluster. */
  readonly minMarkDistance: number;
  readonly sectorFontSize: number;
  /** Room a ring's number badge needs around its centre: the largest badge any medium draws (paper's). */
  readonly badgeRadius: number;
}

/**
 * A wheel drawn under about 480 px across (Teams on a phone, a narrow pane): month and week
 * names of 35 units (10 px at 320 px, 14 px at 480) in a band wide enough for them, mostly taken
 * from the tick band, which keeps its ticks but not their numbers (the SVG draws none there).
 * The rings keep nearly all their room (404 units against 412).
 */
export const NARROW_DIMENSIONS: Partial<WheelDimensions> = { tickBand: 10, sectorBand: 66, sectorFontSize: 35 };

export const DEFAULT_DIMENSIONS: WheelDimensions = {
  outerRadius: 490,
  tickBand: 24,
  sectorBand: 44,
  gap: 5,
  minHubRadius: 118,
  maxRingWidth: 34,
  markRadius: 5.5,
  clusterRadius: 9.5,
  minMarkDistance: 13,
  sectorFontSize: 19,
  badgeRadius: 9.5,
};

export interface RingLayout {
  readonly category: CategoryKey;
  /** The category's number in the document's legend (1–11); shown on the ring and in the legend. */
  readonly number: number;
  readonly innerRadius: number;
  readonly outerRadius: number;
  /** Middle of the ring, where marks sit. */
  readonly radius: number;
  /** The ring's band (a full annulus; fill with `evenodd`). */
  readonly d: string;
  /** Where the ring's number badge sits: at 12 o'clock, or beside it where a mark is there (see {@link badgeAngle}). */
  readonly badge: Point;
  /** Deadlines of this category drawn in the current window. */
  readonly count: number;
}

interface ItemBase {
  /** Unique among the items; a deadline's key for a single mark or range. */
  readonly id: string;
  readonly category: CategoryKey;
  /** In date order; one for a mark or a range, two or more for a cluster. */
  readonly deadlines: readonly Deadline[];
  /** First day (of the first deadline for a cluster). */
  readonly start: PlainDate;
  /** Last day (of the last deadline for a cluster), inclusive. */
  readonly end: PlainDate;
  readonly angle: Radians;
  /** Anchor for a tooltip or popover, and the centre of a mark or cluster. */
  readonly point: Point;
}

export interface MarkItem extends ItemBase {
  readonly kind: 'mark';
}

export interface ClusterItem extends ItemBase {
  readonly kind: 'cluster';
}

export interface ArcItem extends ItemBase {
  readonly kind: 'arc';
  readonly startAngle: Radians;
  readonly endAngle: Radians;
  readonly radius: number;
  /** 0 on the ring's middle; overlapping ranges of a ring take further lanes. */
  readonly lane: number;
  /**
   * Shares days with another arc of its ring, in the lane beside it: its pointer target must
   * stay within its lane ({@link laneGap}), or the one drawn later covers the other.
   */
  readonly beside: boolean;
  readonly d: string;
  /** Begins before the window (zoomed) and is cut at its edge. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
}

export type WheelItem = MarkItem | ClusterItem | ArcItem;

export type SectorUnit =
  | { readonly kind: 'month'; readonly year: number; readonly month: number; /** Month index in the period, for zooming in. */ readonly index: number }
  | { readonly kind: 'week'; readonly isoYear: number; readonly week: number };

/**
 * How much of a sector's name its arc holds: all of it ("uke 44", "September"), only the week's
 * number ("44"), or nothing.
 */
export type SectorLabelFit = 'full' | 'number' | 'none';

/**
 * Arc length a week's name needs, in ems of the sector font. The widest name, "Week 53", is
 * 4.8 em in bold DejaVu Sans (the widest font the stack falls back to; 4.0 em in Segoe UI and
 * Arial); with a quarter em clear on either side. One day of a month (at most 5.1 em at the
 * default sizes) is too short for it, so a week of which the month shows one day gets its
 * number only: the first and last such slivers meet at 12 o'clock, where two names overlapped.
 */
export const WEEK_NAME_EMS = 5.4;
/** The same for a week's number alone: "53" is 1.4 em in bold DejaVu Sans. */
export const WEEK_NUMBER_EMS = 1.9;

export interface SectorLayout {
  readonly unit: SectorUnit;
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly startAngle: Radians;
  readonly endAngle: Radians;
  /** The band segment behind the name. */
  readonly d: string;
  /** Boundary line at the sector's start, from the hub across the rings. */
  readonly boundary: string;
  readonly label: LabelArc;
  /** How much of the name to write on `label`; months always fit. */
  readonly labelFit: SectorLabelFit;
  /** Today falls in this sector. */
  readonly current: boolean;
}

export interface TickLayout {
  readonly kind: 'week' | 'day';
  readonly date: PlainDate;
  readonly angle: Radians;
  readonly d: string;
  /**
   * ISO week number or day of the month, upright, at the tick band's middle: in the middle of
   * the week's days in the window, so the numbers of two weeks cut at 12 o'clock stay apart.
   */
  readonly label?: { readonly value: number; readonly point: Point };
}

export interface HandLayout {
  readonly date: PlainDate;
  readonly angle: Radians;
  readonly d: string;
  readonly tip: Point;
}

export interface WheelLayout {
  readonly period: WheelPeriod;
  readonly zoom: WheelZoom;
  readonly window: DateWindow;
  readonly dimensions: WheelDimensions;
  readonly hubRadius: number;
  /** Outer edge of the rings: grid lines run from the hub to here. */
  readonly ringsRadius: number;
  readonly rings: readonly RingLayout[];
  readonly sectors: readonly SectorLayout[];
  readonly ticks: readonly TickLayout[];
  /** Today's hand, when today is in the window. */
  readonly hand?: HandLayout;
  /** Focusable items in date order (then ring order): the order of arrow-key navigation. */
  readonly items: readonly WheelItem[];
  /** The deadlines relative to the whole period: `before` and `after` are never drawn. */
  readonly outside: Pick<PeriodPartition<Deadline>, 'before' | 'after'>;
  /** Deadlines of the period that the current zoom does not show. */
  readonly hiddenByZoom: number;
}

export interface WheelLayoutInput {
  readonly deadlines: readonly Deadline[];
  readonly period: WheelPeriod;
  readonly today: PlainDate;
  /** @default the whole year */
  readonly zoom?: WheelZoom;
  /** Rings to draw; @default the categories of `deadlines`, in legend order. */
  readonly rings?: readonly CategoryKey[];
  readonly dimensions?: Partial<WheelDimensions>;
}

const LEGEND_ORDER = new Map(CATEGORIES.map((c) => [c.key, c.legendOrder]));
const legendOrder = (key: CategoryKey): number => LEGEND_ORDER.get(key) ?? 99;

/** The categories that get a ring: the given ones, or those present, in legend order. */
export function ringCategories(deadlines: readonly Deadline[], rings?: readonly CategoryKey[]): CategoryKey[] {
  const keys = rings ?? [...new Set(deadlines.map((d) => d.entry.category))];
  return [...new Set(keys)].sort((a, b) => legendOrder(a) - legendOrder(b));
}

export function layoutWheel(input: WheelLayoutInput): WheelLayout {
  const dims: WheelDimensions = { ...DEFAULT_DIMENSIONS, ...input.dimensions };
  const zoom = input.zoom ?? { level: 'year' };
  const { period, today } = input;
  const window = zoomWindow(period, zoom);
  const partition = partitionByPeriod(input.deadlines, period);
  const visible = partition.within.filter((d) => clipSpan(window, d.start, d.end) !== undefined);

  const tickInner = dims.outerRadius - dims.tickBand;
  const sectorOuter = tickInner - dims.gap;
  const sectorInner = sectorOuter - dims.sectorBand;
  const ringsRadius = sectorInner - dims.gap;

  const categories = ringCategories(input.deadlines, input.rings);
  const ringWidth = categories.length === 0 ? 0 : Math.min(dims.maxRingWidth, (ringsRadius - dims.minHubRadius) / categories.length);
  const hubRadius = ringsRadius - ringWidth * categories.length;

  const byCategory = new Map<CategoryKey, Deadline[]>();
  for (const d of visible) {
    const list = byCategory.get(d.entry.category);
    if (list) list.push(d);
    else byCategory.set(d.entry.category, [d]);
  }

  const rings: RingLayout[] = [];
  const items: WheelItem[] = [];
  categories.forEach((category, index) => {
    const outer = ringsRadius - index * ringWidth;
    const inner = outer - ringWidth;
    const radius = (inner + outer) / 2;
    const own = byCategory.get(category) ?? [];
    const ownItems = ringItems(own, category, window, radius, ringWidth, dims);
    rings.push({
      category,
      number: categoryByKey(category).legendOrder,
      innerRadius: inner,
      outerRadius: outer,
      radius,
      d: annularSectorPath(inner, outer, radians(0), radians(2 * Math.PI)),
      badge: polarToCartesian(radius, badgeAngle(ownItems, radius, dims)),
      count: own.length,
    });
    items.push(...ownItems);
  });
  items.sort(compareItems);

  const sectors = zoom.level === 'month' ? weekSectors(window, today, dims, hubRadius, ringsRadius, sectorInner, sectorOuter) : monthSectors(period, window, today, dims, hubRadius, ringsRadius, sectorInner, sectorOuter);
  const ticks = zoom.level === 'month' ? dayTicks(window, tickInner, dims) : weekTicks(window, tickInner, dims, zoom.level === 'quarter');

  let hand: HandLayout | undefined;
  if (placeInWindow(window, today) === 'within') {
    const angle = dateToAngle(window, today, 'middle');
    hand = {
      date: today,
      angle,
      d: radialLinePath(hubRadius - 4, tickInner, angle),
      tip: polarToCartesian(tickInner, angle),
    };
  }

  return {
    period,
    zoom,
    window,
    dimensions: dims,
    hubRadius,
    ringsRadius,
    rings,
    sectors,
    ticks,
    ...(hand ? { hand } : {}),
    items,
    outside: { before: partition.before, after: partition.after },
    hiddenByZoom: partition.within.length - visible.length,
  };
}

/** The widest stroke a range's arc is drawn with, whatever the ring's width. */
export const MAX_ARC_WIDTH = 7;
const ARC_HALF_WIDTH = MAX_ARC_WIDTH / 2;
/** How far the badge may move from 12 o'clock, each way. */
const BADGE_MAX_SHIFT = Math.PI / 6;

/**
 * Where a ring's number badge goes: 12 o'clock, the seam of the window, where the window's
 * first and last days meet, so marks of those days would sit under it. Marks keep their
 * exact day; the badge gives way, to the nearest angle either side of the seam (within a
 * twelfth of the circle) where no mark or cluster of the ring is under it, and no arc if that
 * can be had too. With no such angle it stays at 12 o'clock.
 */
function badgeAngle(items: readonly WheelItem[], radius: number, dims: Pick<WheelDimensions, 'badgeRadius' | 'markRadius' | 'clusterRadius'>): Radians {
  if (radius <= 0) return radians(0);
  const clearance = 1.5;
  const badgeAt = (angle: number) => polarToCartesian(radius, radians(angle));
  const dotsClear = (angle: number): boolean => {
    const at = badgeAt(angle);
    return items.every((item) => {
      if (item.kind === 'arc') return true;
      // Clusters grow a little with a two- or three-digit count.
      const size = item.kind === 'mark' ? dims.markRadius : dims.clusterRadius + 3;
      return Math.hypot(item.point.x - at.x, item.point.y - at.y) >= dims.badgeRadius + size + clearance;
    });
  };
  const arcsClear = (angle: number): boolean =>
    items.every((item) => {
      if (item.kind !== 'arc' || Math.abs(item.radius - radius) >= dims.badgeRadius + ARC_HALF_WIDTH + clearance) return true;
      const pad = (dims.badgeRadius + ARC_HALF_WIDTH) / radius;
      const around = [angle - 2 * Math.PI, angle, angle + 2 * Math.PI];
      return !around.some((a) => a > item.startAngle - pad && a < item.endAngle + pad);
    });
  const step = dims.badgeRadius / 2 / radius;
  const candidates = [0];
  for (let k = 1; k * step <= BADGE_MAX_SHIFT; k++) candidates.push(k * step, -k * step);
  const angle = candidates.find((a) => dotsClear(a) && arcsClear(a)) ?? candidates.find(dotsClear) ?? 0;
  return radians(angle < 0 ? angle + 2 * Math.PI : angle);
}

const KIND_ORDER: Record<WheelItem['kind'], number> = { arc: 0, mark: 1, cluster: 1 };

function compareItems(a: WheelItem, b: WheelItem): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const ring = legendOrder(a.category) - legendOrder(b.category);
  if (ring !== 0) return ring;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function ringItems(
  deadlines: readonly Deadline[],
  category: CategoryKey,
  window: DateWindow,
  radius: number,
  ringWidth: number,
  dims: WheelDimensions,
): WheelItem[] {
  const singles = deadlines.filter((d) => d.start === d.end);
  const spans = deadlines.filter((d) => d.start !== d.end);
  return [...clusterMarks(singles, category, window, radius, dims), ...rangeArcs(spans, category, window, radius, ringWidth)];
}

interface Group {
  readonly members: Deadline[];
  first: number;
  last: number;
}

const groupAngle = (g: Group): number => (g.first + g.last) / 2;

/**
 * Single days of one ring as marks; where two would be closer than `minMarkDistance` at this
 * ring's radius and zoom they merge into one cluster that carries the count, placed in the
 * middle of its days. Merging repeats until every pair of neighbours is far enough apart.
 * The seam at 12 o'clock is not crossed: the last and first days of the window stay apart.
 */
export function clusterMarks(
  deadlines: readonly Deadline[],
  category: CategoryKey,
  window: DateWindow,
  radius: number,
  dims: Pick<WheelDimensions, 'minMarkDistance'>,
): Array<MarkItem | ClusterItem> {
  const minAngle = dims.minMarkDistance / radius;
  const sorted = [...deadlines].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let groups: Group[] = sorted.map((d) => {
    const angle = dateToAngle(window, d.start, 'middle');
    return { members: [d], first: angle, last: angle };
  });
  for (let merged = true; merged; ) {
    merged = false;
    const next: Group[] = [];
    for (const group of groups) {
      const previous = next[next.length - 1];
      if (previous && groupAngle(group) - groupAngle(previous) < minAngle) {
        previous.members.push(...group.members);
        previous.last = group.last;
        merged = true;
      } else {
        next.push({ members: [...group.members], first: group.first, last: group.last });
      }
    }
    groups = next;
  }
  return groups.map((group) => {
    const first = group.members[0]!;
    const last = group.members[group.members.length - 1]!;
    const angle = radians(groupAngle(group));
    const base = { category, deadlines: group.members, start: first.start, end: last.end, angle, point: polarToCartesian(radius, angle) };
    return group.members.length === 1
      ? { kind: 'mark' as const, id: first.key, ...base }
      : { kind: 'cluster' as const, id: `cluster:${first.key}`, ...base };
  });
}

/** Lane radii as offsets from the ring's middle, in steps of {@link laneGap}. */
const LANE_OFFSETS = [0, 1, -1, 2, -2] as const;

/** The distance between the middles of two neighbouring lanes of a ring this wide. */
export const laneGap = (ringWidth: number): number => ringWidth / 4.5;

/** Ranges and weeks of one ring as arcs; overlapping ones take separate lanes. */
function rangeArcs(deadlines: readonly Deadline[], category: CategoryKey, window: DateWindow, radius: number, ringWidth: number): ArcItem[] {
  const arcs = arcsInLanes(deadlines, category, window, radius, ringWidth);
  // An arc is in a lane of its own only beside another; the arcs it runs beside may be in the first.
  const laned = arcs.filter((arc) => arc.lane > 0);
  const overlap = (a: ArcItem, b: ArcItem) => a !== b && a.startAngle < b.endAngle && b.startAngle < a.endAngle;
  return arcs.map((arc) => ({ ...arc, beside: arc.lane > 0 || laned.some((other) => overlap(arc, other)) }));
}

function arcsInLanes(deadlines: readonly Deadline[], category: CategoryKey, window: DateWindow, radius: number, ringWidth: number): ArcItem[] {
  const laneEnds: PlainDate[] = [];
  const sorted = [...deadlines].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return sorted.flatMap((deadline): ArcItem[] => {
    const clipped = clipSpan(window, deadline.start, deadline.end);
    if (!clipped) return [];
    let lane = laneEnds.findIndex((end) => end < deadline.start);
    if (lane === -1 || lane >= LANE_OFFSETS.length) lane = Math.min(laneEnds.length, LANE_OFFSETS.length - 1);
    laneEnds[lane] = deadline.end;
    const laneRadius = radius + (LANE_OFFSETS[lane] ?? 0) * laneGap(ringWidth);
    const startAngle = dateToAngle(window, clipped.start, 'start');
    const endAngle = dateToAngle(window, clipped.end, 'end');
    const middle = radians((startAngle + endAngle) / 2);
    return [
      {
        kind: 'arc',
        id: deadline.key,
        category,
        deadlines: [deadline],
        start: deadline.start,
        end: deadline.end,
        angle: middle,
        point: polarToCartesian(laneRadius, middle),
        startAngle,
        endAngle,
        radius: laneRadius,
        lane,
        beside: false,
        d: arcPath(laneRadius, startAngle, endAngle),
        clippedStart: clipped.clippedStart,
        clippedEnd: clipped.clippedEnd,
      },
    ];
  });
}

function sectorLayout(
  unit: SectorUnit,
  start: PlainDate,
  end: PlainDate,
  window: DateWindow,
  today: PlainDate,
  dims: WheelDimensions,
  hubRadius: number,
  ringsRadius: number,
  sectorInner: number,
  sectorOuter: number,
): SectorLayout {
  const startAngle = dateToAngle(window, start, 'start');
  const endAngle = dateToAngle(window, end, 'end');
  const label = labelArcPath((sectorInner + sectorOuter) / 2, startAngle, endAngle, dims.sectorFontSize);
  return {
    unit,
    start,
    end,
    startAngle,
    endAngle,
    d: annularSectorPath(sectorInner, sectorOuter, startAngle, endAngle),
    boundary: radialLinePath(hubRadius, ringsRadius, startAngle),
    label,
    labelFit: unit.kind === 'month' ? 'full' : weekLabelFit((endAngle - startAngle) * label.radius, dims.sectorFontSize),
    current: today >= start && today <= end,
  };
}

function monthSectors(
  period: WheelPeriod,
  window: DateWindow,
  today: PlainDate,
  dims: WheelDimensions,
  hubRadius: number,
  ringsRadius: number,
  sectorInner: number,
  sectorOuter: number,
): SectorLayout[] {
  const sectors: SectorLayout[] = [];
  for (let index = 0; index < 12; index++) {
    const { year, month } = periodMonth(period, index);
    const start = plainDate(year, month, 1);
    const end = plainDate(year, month, daysInMonth(year, month));
    if (end < window.start || start > window.end) continue;
    sectors.push(sectorLayout({ kind: 'month', year, month, index }, start, end, window, today, dims, hubRadius, ringsRadius, sectorInner, sectorOuter));
  }
  return sectors;
}

function weekLabelFit(room: number, fontSize: number): SectorLabelFit {
  return room >= WEEK_NAME_EMS * fontSize ? 'full' : room >= WEEK_NUMBER_EMS * fontSize ? 'number' : 'none';
}

/** At month zoom the name band shows the ISO weeks, cut at the month's edges. */
function weekSectors(
  window: DateWindow,
  today: PlainDate,
  dims: WheelDimensions,
  hubRadius: number,
  ringsRadius: number,
  sectorInner: number,
  sectorOuter: number,
): SectorLayout[] {
  const sectors: SectorLayout[] = [];
  let start = window.start;
  while (start <= window.end) {
    const sunday = addDays(start, 7 - isoWeekday(start));
    const end = sunday < window.end ? sunday : window.end;
    const { isoYear, week } = isoWeekOf(start);
    sectors.push(sectorLayout({ kind: 'week', isoYear, week }, start, end, window, today, dims, hubRadius, ringsRadius, sectorInner, sectorOuter));
    start = addDays(end, 1);
  }
  return sectors;
}

/**
 * A tick at each Monday (and a short one at every other day when zoomed to a quarter); the ISO
 * week's number whenever its Thursday, which names the week, is in the window, also for a week
 * that began before the window. The number sits in the middle of the week's days in the window:
 * a window that starts on a Thursday and is a day longer than whole weeks (a year from a
 * Thursday 1 August, a quarter) has a week cut at each end, and at their whole weeks' middles
 * the two numbers were a day apart at 12 o'clock, on top of each other at year zoom.
 */
function weekTicks(window: DateWindow, tickInner: number, dims: WheelDimensions, withDays: boolean): TickLayout[] {
  const ticks: TickLayout[] = [];
  const labelRadius = tickInner + dims.tickBand / 2;
  const weekMiddle = (monday: PlainDate): Radians => {
    const first = dayOffset(window, maxDate(monday, window.start), 'start');
    const last = dayOffset(window, minDate(addDays(monday, 6), window.end), 'end');
    return radians(((first + last) / 2 / window.days) * 2 * Math.PI);
  };
  for (let monday = addDays(window.start, 1 - isoWeekday(window.start)); monday <= window.end; monday = addDays(monday, 7)) {
    if (withDays) {
      for (let i = 1; i < 7; i++) {
        const day = addDays(monday, i);
        if (placeInWindow(window, day) !== 'within') continue;
        const angle = dateToAngle(window, day);
        ticks.push({ kind: 'day', date: day, angle, d: radialLinePath(tickInner, tickInner + 4, angle) });
      }
    }
    const angle = dateToAngle(window, monday);
    const inside = monday >= window.start;
    const named = placeInWindow(window, addDays(monday, 3)) === 'within';
    if (!inside && !named) continue;
    ticks.push({
      kind: 'week',
      date: monday,
      angle,
      d: inside ? radialLinePath(tickInner, tickInner + 8, angle) : '',
      ...(named ? { label: { value: isoWeekOf(monday).week, point: polarToCartesian(labelRadius, weekMiddle(monday)) } } : {}),
    });
  }
  return ticks.sort((a, b) => a.angle - b.angle);
}

/** At month zoom: a tick per day with the day of the month, longer on Mondays. */
function dayTicks(window: DateWindow, tickInner: number, dims: WheelDimensions): TickLayout[] {
  const ticks: TickLayout[] = [];
  const labelRadius = tickInner + dims.tickBand / 2;
  for (let day = window.start; day <= window.end; day = addDays(day, 1)) {
    const angle = dateToAngle(window, day, 'start');
    const monday = isoWeekday(day) === 1;
    ticks.push({
      kind: monday ? 'week' : 'day',
      date: day,
      angle,
      d: radialLinePath(tickInner, tickInner + (monday ? 8 : 4), angle),
      label: { value: toYearMonthDay(day).day, point: polarToCartesian(labelRadius, dateToAngle(window, day, 'middle')) },
    });
  }
  return ticks;
}
