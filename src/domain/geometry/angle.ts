/**
 * Angles of the wheel. Radians and degrees are branded so a value in one unit cannot be passed
 * where the other is expected; every conversion lives here.
 *
 * The wheel's convention: 0 is 12 o'clock and angles grow clockwise, as a clock's hands do.
 * In SVG's y-down coordinates that is x = sin θ, y = −cos θ (see `arc.ts`).
 */

declare const radiansBrand: unique symbol;
declare const degreesBrand: unique symbol;

export type Radians = number & { readonly [radiansBrand]: true };
export type Degrees = number & { readonly [degreesBrand]: true };

export const radians = (value: number): Radians => value as Radians;
export const degrees = (value: number): Degrees => value as Degrees;

/** A full turn. */
export const TAU = radians(2 * Math.PI);

export function degreesToRadians(value: Degrees): Radians {
  return radians((value * Math.PI) / 180);
}

export function radiansToDegrees(value: Radians): Degrees {
  return degrees((value * 180) / Math.PI);
}

/** The same direction in [0, 2π). */
export function normalizeAngle(value: Radians): Radians {
  const turned = value % TAU;
  return radians(turned < 0 ? turned + TAU : turned);
}

/** A fraction of a full turn (0.5 = half a turn) as radians. */
export function turns(fraction: number): Radians {
  return radians(fraction * TAU);
}

export function addAngles(a: Radians, b: Radians): Radians {
  return radians(a + b);
}

/**
 * True when the direction points into the lower half of the wheel (between 3 and 9 o'clock,
 * exclusive of the horizontal), where text along a clockwise arc would be upside down.
 */
export function isLowerHalf(value: Radians): boolean {
  const a = normalizeAngle(value);
  return a > Math.PI / 2 && a < (3 * Math.PI) / 2;
}
