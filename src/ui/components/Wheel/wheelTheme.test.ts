import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../domain/model/category';
import { contrastRatio } from '../../../domain/model/contrast';
import { wheelPalettes, type WheelPalette, type WheelTheme } from './wheelTheme';

/** WCAG 2.1: text 4.5:1 (1.4.3), marks, the hand and focus rings 3:1 against what they sit on (1.4.11). */
const TEXT = 4.5;
const GRAPHIC = 3;

interface Pair {
  readonly what: string;
  readonly colour: string;
  readonly on: string;
  readonly minimum: number;
}

/**
 * Every place in the drawing where a colour of the palette has to stand out from another. Not
 * here: the thin lines between months and between rings of the light and dark themes, which
 * divide areas the month names and ring numbers already tell apart (in the contrast theme they
 * are white on black, checked below), and the hand where it crosses the current month's
 * highlight, since the rest of it stands out.
 */
function pairs(p: WheelPalette): Pair[] {
  const out: Pair[] = [];
  const add = (what: string, colour: string, on: string, minimum: number) => out.push({ what, colour, on, minimum });
  for (const [where, on] of [
    ['page', p.background],
    ['month', p.sectorFill],
    ['other month', p.sectorFillAlt],
    ['hub', p.hubFill],
  ] as const) {
    add(`text on ${where}`, p.text, on, TEXT);
    add(`subtle text (week numbers, counts, county) on ${where}`, p.subtleText, on, TEXT);
    add(`hand on ${where}`, p.hand, on, GRAPHIC);
    add(`focus ring on ${where}`, p.focus, on, GRAPHIC);
  }
  add('current month name on its highlight', p.currentText, p.currentFill, TEXT);
  add('"I dag …" on hub', p.todayText, p.hubFill, TEXT);
  for (const { key } of CATEGORIES) {
    const ring = p.ringFill(key);
    add(`${key}: mark on its ring`, p.mark(key), ring, GRAPHIC);
    add(`${key}: ring badge in the legend, on page`, p.mark(key), p.background, GRAPHIC);
    add(`${key}: number on mark`, p.onMark, p.mark(key), TEXT);
    add(`${key}: hand across ring`, p.hand, ring, GRAPHIC);
    add(`${key}: focus ring on ring`, p.focus, ring, GRAPHIC);
    add(`${key}: hover ring on ring`, p.hover, ring, GRAPHIC);
    add(`${key}: selection ring (text colour) on ring`, p.text, ring, GRAPHIC);
  }
  return out;
}

describe('wheel colours', () => {
  it.each(['light', 'dark', 'contrast'] as const)('%s: every colour stands out from what it sits on', (theme: WheelTheme) => {
    const short = pairs(wheelPalettes[theme])
      .map((pair) => ({ ...pair, ratio: contrastRatio(pair.colour, pair.on) }))
      .filter((pair) => pair.ratio < pair.minimum)
      .map((pair) => `${pair.what}: ${pair.colour} on ${pair.on} is ${pair.ratio.toFixed(2)}:1, needs ${pair.minimum}:1`);
    expect(short).toEqual([]);
  });

  it('draws the Teams contrast theme in its own colours, not in system colours the browser may paint dark blue outside forced colours', () => {
    const p = wheelPalettes.contrast;
    const colours = [p.background, p.text, p.subtleText, p.grid, p.sectorFill, p.sectorFillAlt, p.currentFill, p.currentText, p.hand, p.todayText, p.hubFill, p.separator, p.focus, p.hover, p.onMark];
    for (const { key } of CATEGORIES) colours.push(p.ringFill(key), p.mark(key));
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    // On black, the lines between rings and months are white like the text (21:1), not decoration to skip.
    expect(contrastRatio(p.grid, p.background)).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrastRatio(p.separator, p.background)).toBeGreaterThanOrEqual(GRAPHIC);
  });
});
