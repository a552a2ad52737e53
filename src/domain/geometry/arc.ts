/**
 * Polar geometry of the wheel as SVG path strings. Centre at the origin; angles from
 * `angle.ts` (0 at 12 o'clock, clockwise), so in SVG's y-down space a point is
 * (r·sin θ, −r·cos θ). Numbers are rounded to 0.01 to keep the markup small.
 */
import { isLowerHalf, radians, TAU, type Radians } from './angle';

export interface Point {
  readonly x: number;
  readonly y: number;
}

const round = (value: number): number => Math.round(value * 100) / 100 + 0;

const fmt = (value: number): string => String(round(value));

export function polarToCartesian(radius: number, angle: Radians, centre: Point = { x: 0, y: 0 }): Point {
  return { x: centre.x + radius * Math.sin(angle), y: centre.y - radius * Math.cos(angle) };
}

const pt = (p: Point): string => `${fmt(p.x)} ${fmt(p.y)}`;

/** SVG arc command from the current point to `to` along a circle, clockwise (`sweep` 1) or not. */
function arcTo(radius: number, sweepAngle: number, clockwise: boolean, to: Point): string {
  const large = Math.abs(sweepAngle) > Math.PI ? 1 : 0;
  return `A${fmt(radius)} ${fmt(radius)} 0 ${large} ${clockwise ? 1 : 0} ${pt(to)}`;
}

/** Nearly a full turn: an SVG arc whose ends coincide draws nothing, so a full circle is two halves. */
const isFullTurn = (sweep: number): boolean => sweep >= TAU - 1e-9;

/**
 * An open arc from `start` to `end` (clockwise when `end > start`) on a circle, e.g. a range's
 * stroke. A sweep of a full turn or more is drawn as a whole circle.
 */
export function arcPath(radius: number, start: Radians, end: Radians, centre: Point = { x: 0, y: 0 }): string {
  const sweep = end - start;
  const clockwise = sweep >= 0;
  if (isFullTurn(Math.abs(sweep))) {
    const a = polarToCartesian(radius, start, centre);
    const b = polarToCartesian(radius, radians(start + Math.PI), centre);
    return `M${pt(a)}${arcTo(radius, Math.PI, true, b)}${arcTo(radius, Math.PI, true, a)}`;
  }
  const from = polarToCartesian(radius, start, centre);
  const to = polarToCartesian(radius, end, centre);
  return `M${pt(from)}${arcTo(radius, sweep, clockwise, to)}`;
}

/**
 * A closed annular sector (a ring segment) between two radii and two angles, clockwise from
 * `start` to `end`. A full turn gives a whole ring (two circles; fill it with `evenodd`).
 */
export function annularSectorPath(
  innerRadius: number,
  outerRadius: number,
  start: Radians,
  end: Radians,
  centre: Point = { x: 0, y: 0 },
): string {
  const sweep = end - start;
  if (sweep <= 0) return '';
  if (isFullTurn(sweep)) {
    const outer = arcPath(outerRadius, start, radians(start + TAU), centre);
    return innerRadius > 0 ? `${outer}Z${arcPath(innerRadius, start, radians(start + TAU), centre)}Z` : `${outer}Z`;
  }
  const o0 = polarToCartesian(outerRadius, start, centre);
  const o1 = polarToCartesian(outerRadius, end, centre);
  if (innerRadius <= 0) {
    return `M${pt(centre)}L${pt(o0)}${arcTo(outerRadius, sweep, true, o1)}Z`;
  }
  const i1 = polarToCartesian(innerRadius, end, centre);
  const i0 = polarToCartesian(innerRadius, start, centre);
  return `M${pt(o0)}${arcTo(outerRadius, sweep, true, o1)}L${pt(i1)}${arcTo(innerRadius, sweep, false, i0)}Z`;
}

/** A straight line along a radius at an angle, from one radius to another (ticks, today's hand). */
export function radialLinePath(fromRadius: number, toRadius: number, angle: Radians, centre: Point = { x: 0, y: 0 }): string {
  return `M${pt(polarToCartesian(fromRadius, angle, centre))}L${pt(polarToCartesian(toRadius, angle, centre))}`;
}

export interface LabelArc {
  /** Path for `<textPath>`; centre the text on it with `startOffset="50%"` and `text-anchor="middle"`. */
  readonly d: string;
  /** True when the path runs counter-clockwise so the text stays upright in the lower half. */
  readonly reversed: boolean;
  /** Radius the path was drawn at (the text's baseline). */
  readonly radius: number;
}

/**
 * A path for text that follows an arc and stays upright. Text sits on the left of its path's
 * direction, so a clockwise path puts glyphs upright on the upper half but upside down on the
 * lower half; there the path runs from `end` back to `start`.
 *
 * `fontSize` centres the glyphs on `radius`: the baseline moves inward by about a third of the
 * font size on the upper half (glyphs rise outward) and outward on the lower half (glyphs hang
 * toward the centre).
 */
export function labelArcPath(
  radius: number,
  start: Radians,
  end: Radians,
  fontSize = 0,
  centre: Point = { x: 0, y: 0 },
): LabelArc {
  const middle = radians((start + end) / 2);
  const reversed = isLowerHalf(middle);
  const shift = fontSize * 0.35;
  const baseline = reversed ? radius + shift : radius - shift;
  const d = reversed ? arcPath(baseline, end, start, centre) : arcPath(baseline, start, end, centre);
  return { d, reversed, radius: baseline };
}

/**
 * Rotation (degrees, for SVG `rotate()`) that turns horizontal text to run along the circle's
 * tangent at `angle` while staying upright: the tangent on the upper half, flipped on the lower.
 */
export function uprightTangentRotation(angle: Radians): number {
  const deg = (angle * 180) / Math.PI;
  return round(isLowerHalf(angle) ? deg - 180 : deg);
}
