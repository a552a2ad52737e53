import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../time/plainDate';
import type { SchoolYear } from '../time/schoolYear';
import { CATEGORIES } from '../model/category';
import { TAU } from './angle';
import { clusterMarks, layoutWheel, type ArcItem, type SectorLayout, type WheelItem } from './layout';
import { testDeadline, underBadges } from './testDeadlines';
import { dateToAngle, wheelPeriod } from './wheelPeriod';
import { zoomWindow, type WheelZoom } from './zoom';

const d = (text: string) => text as PlainDate;
const period = wheelPeriod('2026-2027' as SchoolYear);
const today = d('2026-11-28');
const turnOf = (angle: number) => angle / TAU;

const sample = [
  testDeadline('stopp-sluttere', '2026-07-03', '2026-07-03', 'vigo-intern'),
  testDeadline('overforing', '2026-09-12', '2026-09-12', 'vigo-intern'),
  testDeadline('hostferie', '2026-09-28', '2026-10-02', 'general'),
  testDeadline('lanekassen', '2027-02-01', '2027-02-01', 'lanekassen'),
  testDeadline('fpvs', '2026-10-01', '2026-10-01', 'fpvs'),
  testDeadline('neste-sommer', '2027-08-02', '2027-08-13', 'vigo-intern'),
];

describe('layoutWheel', () => {
  const layout = layoutWheel({ deadlines: sample, period, today });

  it('draws one ring per category in legend order, number 1 outermost', () => {
    expect(layout.rings.map((r) => [r.category, r.number])).toEqual([
      ['fpvs', 1],
      ['lanekassen', 6],
      ['vigo-intern', 7],
      ['general', 11],
    ]);
    const radii = layout.rings.map((r) => r.radius);
    expect([...radii].sort((a, b) => b - a)).toEqual(radii);
    expect(layout.rings[0]!.outerRadius).toBe(layout.ringsRadius);
    expect(layout.rings[3]!.innerRadius).toBeCloseTo(layout.hubRadius, 9);
  });

  it('keeps the rings it is given, even when empty', () => {
    const fixed = layoutWheel({ deadlines: sample, period, today, rings: ['vilbli', 'fpvs'] });
    expect(fixed.rings.map((r) => [r.category, r.count])).toEqual([['fpvs', 1], ['vilbli', 0]]);
    expect(fixed.items.every((i) => i.category === 'fpvs')).toBe(true);
  });

  it('puts a single day at the middle of its day on its ring', () => {
    const mark = layout.items.find((i) => i.id.endsWith('overforing'))!;
    expect(mark.kind).toBe('mark');
    expect(turnOf(mark.angle)).toBeCloseTo(42.5 / 365, 12);
    const ring = layout.rings.find((r) => r.category === 'vigo-intern')!;
    expect(Math.hypot(mark.point.x, mark.point.y)).toBeCloseTo(ring.radius, 9);
  });

  it('draws weeks and ranges as arcs over their days', () => {
    const arc = layout.items.find((i): i is ArcItem => i.kind === 'arc')!;
    expect(arc.id).toMatch(/hostferie$/);
    expect(turnOf(arc.startAngle)).toBeCloseTo(58 / 365, 12);
    expect(turnOf(arc.endAngle - arc.startAngle)).toBeCloseTo(5 / 365, 12);
    expect(arc.d.startsWith('M')).toBe(true);
  });

  it('leaves out what is outside the period and lists it', () => {
    expect(layout.outside.before.map((x) => x.entry.id)).toEqual(['stopp-sluttere']);
    expect(layout.outside.after.map((x) => x.entry.id)).toEqual(['neste-sommer']);
    expect(layout.items).toHaveLength(4);
  });

  it('orders the items by date for the arrow keys', () => {
    expect(layout.items.map((i) => i.deadlines[0]!.entry.id)).toEqual(['overforing', 'hostferie', 'fpvs', 'lanekassen']);
  });

  it('names the twelve months from August and highlights the current one', () => {
    expect(layout.sectors.map((s) => (s.unit.kind === 'month' ? s.unit.month : 0))).toEqual([8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]);
    expect(layout.sectors.filter((s) => s.current).map((s) => s.start)).toEqual(['2026-11-01']);
    expect(turnOf(layout.sectors[6]!.startAngle)).toBeCloseTo(184 / 365, 12);
    expect(turnOf(layout.sectors[11]!.endAngle)).toBeCloseTo(1, 12);
  });

  it('ticks each Monday and numbers the ISO weeks whose Thursday is in the period', () => {
    const weeks = layout.ticks.filter((t) => t.label).map((t) => t.label!.value);
    expect(weeks[0]).toBe(32); // 1 August 2026 is a Saturday of week 31, whose Thursday is in July.
    expect(weeks).toContain(53); // 2026 has 53 ISO weeks.
    expect(weeks.at(-1)).toBe(30);
    expect(layout.ticks.every((t) => t.kind === 'week')).toBe(true);
  });

  it('draws today as a hand at the middle of the day', () => {
    expect(layout.hand?.date).toBe('2026-11-28');
    expect(turnOf(layout.hand!.angle)).toBeCloseTo(119.5 / 365, 12);
    expect(layoutWheel({ deadlines: sample, period, today: d('2026-07-15') }).hand).toBeUndefined();
  });
});

describe('zoomed layouts', () => {
  it('show a quarter over the whole circle, with day ticks and only its deadlines', () => {
    const q = layoutWheel({ deadlines: sample, period, today, zoom: { level: 'quarter', index: 0 } });
    expect(q.sectors.map((s) => s.start)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    expect(q.items.map((i) => i.deadlines[0]!.entry.id)).toEqual(['overforing', 'hostferie', 'fpvs']);
    expect(q.hiddenByZoom).toBe(1);
    expect(q.ticks.some((t) => t.kind === 'day')).toBe(true);
    expect(q.hand).toBeUndefined();
    const mark = q.items[0]!;
    expect(turnOf(mark.angle)).toBeCloseTo(42.5 / 92, 12);
  });

  it('show a month with its ISO weeks as sectors and numbered days', () => {
    const m = layoutWheel({ deadlines: sample, period, today, zoom: { level: 'month', index: 2 } });
    expect(m.sectors.map((s) => (s.unit.kind === 'week' ? s.unit.week : 0))).toEqual([40, 41, 42, 43, 44]);
    expect(m.sectors[0]!.start).toBe('2026-10-01');
    expect(m.ticks.map((t) => t.label?.value)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    // Høstferie (28 Sep – 2 Oct) is cut at the month's start.
    const arc = m.items.find((i): i is ArcItem => i.kind === 'arc')!;
    expect(arc.clippedStart).toBe(true);
    expect(arc.startAngle).toBe(0);
    expect(turnOf(arc.endAngle)).toBeCloseTo(2 / 31, 12);
  });
});

describe('week labels', () => {
  // 28 school years hold every weekday a period can start on, in years of 365 and 366 days
  // (2027–2028 has a 29 February), and every weekday each month can start on.
  const schoolYears = Array.from({ length: 28 }, (_, i) => `${2020 + i}-${2021 + i}` as SchoolYear);
  const zooms: WheelZoom[] = [
    { level: 'year' },
    ...[0, 1, 2, 3].map((index): WheelZoom => ({ level: 'quarter', index })),
    ...Array.from({ length: 12 }, (_, index): WheelZoom => ({ level: 'month', index })),
  ];
  const name = (zoom: WheelZoom) => (zoom.level === 'year' ? 'year' : `${zoom.level} ${zoom.index}`);
  // Widths measured in bold DejaVu Sans, the widest font the wheel's stack falls back to:
  // "Week 53" (the longest week name in nb, nn and en) and "53", in ems.
  const ems = (sector: SectorLayout) => (sector.labelFit === 'number' ? 1.4 : 4.8);
  /** Room between two arcs of labels going round the circle, at the labels' radius. */
  const clearance = (a: { end: number }, b: { start: number }, radius: number) => (((b.start - a.end + TAU) % TAU) * radius);

  it.each(schoolYears)('do not overlap in the sector band when zoomed to a month of %s', (schoolYear) => {
    const yearPeriod = wheelPeriod(schoolYear);
    for (let index = 0; index < 12; index++) {
      const { sectors, dimensions } = layoutWheel({ deadlines: [], period: yearPeriod, today, zoom: { level: 'month', index } });
      const font = dimensions.sectorFontSize;
      const labels = sectors
        .filter((s) => s.labelFit !== 'none')
        .map((s) => {
          const middle = (s.startAngle + s.endAngle) / 2;
          const half = (ems(s) * font) / 2 / s.label.radius;
          return { sector: s, start: middle - half, end: middle + half };
        });
      for (const label of labels) {
        const where = `${schoolYear} month ${index} week ${label.sector.unit.kind === 'week' ? label.sector.unit.week : ''}`;
        expect((label.start - label.sector.startAngle) * label.sector.label.radius, where).toBeGreaterThanOrEqual(font / 4);
        expect((label.sector.endAngle - label.end) * label.sector.label.radius, where).toBeGreaterThanOrEqual(font / 4);
      }
      labels.forEach((label, i) => {
        const next = labels[(i + 1) % labels.length]!;
        expect(clearance(label, next, label.sector.label.radius), `${schoolYear} month ${index}`).toBeGreaterThanOrEqual(font / 2);
      });
      // Only a sliver of one day gives up the name; two days hold it.
      for (const s of sectors) if (s.end !== s.start) expect(s.labelFit, `${schoolYear} ${s.start}`).toBe('full');
    }
  });

  it('number the day of a week cut to one day at either end of November 2026', () => {
    const november = layoutWheel({ deadlines: [], period, today, zoom: { level: 'month', index: 3 } });
    expect(november.sectors.map((s) => [s.unit.kind === 'week' ? s.unit.week : 0, s.labelFit])).toEqual([
      [44, 'number'],
      [45, 'full'],
      [46, 'full'],
      [47, 'full'],
      [48, 'full'],
      [49, 'number'],
    ]);
  });

  it.each(schoolYears)('do not overlap in the tick band in the year and its quarters, %s', (schoolYear) => {
    const yearPeriod = wheelPeriod(schoolYear);
    // Two digits at the largest tick font (13) are 1.4 em wide; half an em clear between them.
    const minDistance = 13 * 1.9;
    for (const zoom of zooms.filter((z) => z.level !== 'month')) {
      const points = layoutWheel({ deadlines: [], period: yearPeriod, today, zoom }).ticks.flatMap((t) => (t.label ? [t.label] : []));
      let closest = Infinity;
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          closest = Math.min(closest, Math.hypot(points[i]!.point.x - points[j]!.point.x, points[i]!.point.y - points[j]!.point.y));
        }
      }
      expect(closest, `${schoolYear} ${name(zoom)}`).toBeGreaterThanOrEqual(minDistance);
    }
  });

  it('put the numbers of the weeks cut at 12 o\'clock in the middle of their days shown', () => {
    // 1 August 2024 is a Thursday: week 31 of 2024 shows 1–4 August, week 31 of 2025 shows 28–31 July.
    const layout = layoutWheel({ deadlines: [], period: wheelPeriod('2024-2025' as SchoolYear), today });
    const labelled = layout.ticks.filter((t) => t.label);
    const [first, last] = [labelled[0]!, labelled.at(-1)!];
    expect([first.label!.value, last.label!.value]).toEqual([31, 31]);
    const at = (point: { x: number; y: number }) => turnOf((Math.atan2(point.x, -point.y) + TAU) % TAU);
    expect(at(first.label!.point)).toBeCloseTo(2 / 365, 9);
    expect(at(last.label!.point)).toBeCloseTo(363 / 365, 9);
  });
});

describe('clustering', () => {
  const crowded = [
    testDeadline('a', '2027-01-04'),
    testDeadline('b', '2027-01-04'),
    testDeadline('c', '2027-01-05'),
    testDeadline('d', '2027-01-20'),
  ];

  it('merges marks closer than the minimum distance into one mark with the count', () => {
    const items = clusterMarks(crowded, 'vigo-intern', period, 250, { minMarkDistance: 13 });
    expect(items.map((i) => [i.kind, i.deadlines.length])).toEqual([
      ['cluster', 3],
      ['mark', 1],
    ]);
    const cluster = items[0]!;
    expect(cluster.start).toBe('2027-01-04');
    expect(cluster.end).toBe('2027-01-05');
    const a = dateToAngle(period, d('2027-01-04'), 'middle');
    const c = dateToAngle(period, d('2027-01-05'), 'middle');
    expect(cluster.angle).toBeCloseTo((a + c) / 2, 12);
  });

  it('keeps every pair of neighbours at least the minimum distance apart after merging', () => {
    const daily = Array.from({ length: 40 }, (_, i) => testDeadline(`x${i}`, `2026-10-${String((i % 31) + 1).padStart(2, '0')}`));
    for (const radius of [140, 250, 400]) {
      const items = clusterMarks(daily, 'general', period, radius, { minMarkDistance: 13 });
      expect(items.reduce((n, i) => n + i.deadlines.length, 0)).toBe(40);
      for (let i = 1; i < items.length; i++) expect((items[i]!.angle - items[i - 1]!.angle) * radius).toBeGreaterThanOrEqual(13);
    }
  });

  it('clusters more on inner rings and separates again when zoomed into the month', () => {
    const inner = clusterMarks(crowded, 'vigo-intern', period, 120, { minMarkDistance: 13 });
    expect(inner.length).toBeLessThanOrEqual(2);
    const january = zoomWindow(period, { level: 'month', index: 5 });
    const zoomed = clusterMarks(crowded, 'vigo-intern', january, 250, { minMarkDistance: 13 });
    expect(zoomed.map((i) => [i.kind, i.deadlines.length])).toEqual([
      ['cluster', 2],
      ['mark', 1],
      ['mark', 1],
    ]);
  });

  it('is used by the layout: a crowded ring shows a cluster item with all its deadlines', () => {
    const layout = layoutWheel({ deadlines: crowded, period, today });
    const kinds = layout.items.map((i: WheelItem) => `${i.kind}:${i.deadlines.length}`);
    expect(kinds).toEqual(['cluster:3', 'mark:1']);
  });
});

describe("a ring's number badge", () => {
  const clearOf = (layout: ReturnType<typeof layoutWheel>) => underBadges(layout).under.length === 0;

  it('sits at 12 o\'clock on its ring when nothing of the ring is there', () => {
    const layout = layoutWheel({ deadlines: sample, period, today });
    for (const ring of layout.rings) {
      expect(ring.badge.x).toBeCloseTo(0, 9);
      expect(ring.badge.y).toBeCloseTo(-ring.radius, 9);
    }
  });

  it('gives way to a mark on the last or first day of the window, and the mark keeps its day', () => {
    for (const day of ['2027-07-31', '2026-08-01']) {
      const deadlines = [testDeadline('seam', day, day, 'vigo-intern'), testDeadline('other', '2026-10-01', '2026-10-01', 'vigo-intern')];
      const layout = layoutWheel({ deadlines, period, today });
      const ring = layout.rings[0]!;
      expect(Math.hypot(ring.badge.x, ring.badge.y)).toBeCloseTo(ring.radius, 9);
      expect(ring.badge.x).not.toBeCloseTo(0, 1);
      // Moved as little as it must: within a twelfth of the circle.
      expect(Math.abs(ring.badge.x)).toBeLessThan(ring.radius / 2);
      expect(clearOf(layout)).toBe(true);
      const mark = layout.items.find((i) => i.id.endsWith('seam'))!;
      expect(mark.angle).toBe(dateToAngle(period, day as PlainDate, 'middle'));
    }
  });

  it('is clear of a cluster on the first day of a month zoomed in, on the innermost ring', () => {
    const deadlines = ['2027-02-01', '2027-02-01', '2027-02-01', '2027-02-26'].map((d, i) => testDeadline(`f${i}`, d, d, 'general'));
    const layout = layoutWheel({ deadlines, period, today, zoom: { level: 'month', index: 6 }, rings: CATEGORIES.map((c) => c.key) });
    expect(layout.items.some((i) => i.kind === 'cluster')).toBe(true);
    expect(clearOf(layout)).toBe(true);
  });

  it('keeps off an arc through 12 o\'clock where it can', () => {
    const deadlines = [testDeadline('sommer', '2027-07-20', '2027-07-31', 'vigo-intern')];
    const layout = layoutWheel({ deadlines, period, today });
    const arc = layout.items[0] as ArcItem;
    const ring = layout.rings[0]!;
    const at = Math.atan2(ring.badge.x, -ring.badge.y);
    // 12 o'clock is both 0 and a full turn: the arc ends there.
    for (const angle of [at, at + TAU]) expect(angle < arc.startAngle || angle > arc.endAngle).toBe(true);
  });
});
