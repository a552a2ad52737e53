/**
 * Planner order hints (platform-facts §D5): clients send `"<prev> <next>!"` (`" !"` when there is no
 * neighbour); the service replaces them with its own short strings that sort ordinally between the
 * neighbours. Sending a service value back verbatim as a new hint is a 400.
 */
import { GraphHttpError } from './http.js';

// Service hints use characters '#'..'~' only: no space, so a client hint splits unambiguously.
const MIN = 35;
const MAX = 126;

/** A string strictly between `lo` ('' = start) and `hi` (null = end), ordinally. */
export function between(lo: string, hi: string | null): string {
  const upper = hi !== null && hi > lo ? hi : null;
  let prefix = '';
  let bounded = upper !== null;
  for (let i = 0; i < 64; i++) {
    const a = i < lo.length ? lo.charCodeAt(i) : MIN - 1;
    const b = bounded && upper !== null && i < upper.length ? upper.charCodeAt(i) : MAX + 1;
    if (b - a >= 2) {
      const mid = a + Math.floor((b - a) / 2);
      if (mid > MIN) return prefix + String.fromCharCode(mid);
      // Only the smallest character fits: take it; from here on we are strictly below hi.
      prefix += String.fromCharCode(MIN);
      bounded = false;
      continue;
    }
    if (b - a === 1) {
      if (a >= MIN) {
        prefix += String.fromCharCode(a);
        bounded = false; // now strictly below hi; only lo still constrains us
      } else {
        prefix += String.fromCharCode(b); // equals hi so far, keep following it
      }
      continue;
    }
    prefix += String.fromCharCode(a); // same character in both bounds
  }
  return `${prefix}${String.fromCharCode(MIN + 1)}`;
}

const invalidHint = (hint: unknown): GraphHttpError =>
  // [unverified] wording; status 400 for a hint not in the client format is documented.
  new GraphHttpError(400, '', `The order hint '${String(hint)}' is not in a valid format.`);

/**
 * Turns a client hint into a service hint. `siblings` are the service hints already in use in the same
 * list; `" !"` (no neighbours) places the item first.
 */
export function resolveOrderHint(hint: unknown, siblings: string[]): string {
  if (typeof hint !== 'string' || !hint.endsWith('!')) throw invalidHint(hint);
  const body = hint.slice(0, -1);
  const space = body.indexOf(' ');
  if (space < 0) throw invalidHint(hint);
  const prev = body.slice(0, space);
  const next = body.slice(space + 1);
  if (prev === '' && next === '') {
    const first = siblings.length > 0 ? siblings.reduce((m, s) => (s < m ? s : m)) : null;
    return between('', first);
  }
  return between(prev, next === '' ? null : next);
}
