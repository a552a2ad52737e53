/**
 * How much of a wheel one frame draws, in a module with no imports so the composition root can
 * ask it before the wheel's code has loaded.
 */

/** Items drawn per frame; a wheel with more is drawn over several frames. */
export const WHEEL_BATCH = 250;

/**
 * A wheel too large to draw in one frame. Its first render is worth rendering as a transition
 * (React yields between components, so no task of it is long); a small one renders faster
 * without the yields.
 */
export function isLargeWheel(itemCount: number): boolean {
  return itemCount > WHEEL_BATCH;
}
