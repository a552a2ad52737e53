/**
 * Colours of the drawing, chosen from the theme and written into the SVG as presentation
 * attributes, so the markup needs no stylesheet to print or export. Category colours come
 * from the domain palettes (contrast-checked there). `contrast` is the Teams high-contrast
 * palette, for Teams' own contrast theme, where the browser's system colours are not the
 * theme's (Chromium's Highlight is dark blue there). Under `forced-colors: active` the SVG's
 * own `<style>` maps everything to system colours instead. `wheelTheme.test.ts` checks the
 * contrast of every colour against what it is drawn on.
 */
import { categoryByKey, type CategoryKey } from '../../../domain/model/category';

export type WheelTheme = 'light' | 'dark' | 'contrast';

export interface WheelPalette {
  readonly background: string;
  readonly text: string;
  readonly subtleText: string;
  readonly grid: string;
  readonly sectorFill: string;
  readonly sectorFillAlt: string;
  readonly currentFill: string;
  readonly currentText: string;
  readonly hand: string;
  /** "I dag …" in the hub, on `hubFill`. */
  readonly todayText: string;
  readonly hubFill: string;
  /** Lines between rings and between sectors. */
  readonly separator: string;
  readonly focus: string;
  readonly hover: string;
  /** Band of a category's ring. */
  readonly ringFill: (category: CategoryKey) => string;
  /** Marks, arcs and clusters of a category. */
  readonly mark: (category: CategoryKey) => string;
  /** The count on a cluster and the number on a ring badge. */
  readonly onMark: string;
}

const light: WheelPalette = {
  background: '#ffffff',
  text: '#242424',
  subtleText: '#5c5c5c',
  grid: '#c7c7c7',
  sectorFill: '#f0f0f0',
  sectorFillAlt: '#e6e6e6',
  currentFill: '#5b5fc7',
  currentText: '#ffffff',
  hand: '#c4314b',
  todayText: '#c4314b',
  hubFill: '#fafafa',
  separator: '#ffffff',
  focus: '#000000',
  hover: '#616161',
  ringFill: (c) => categoryByKey(c).light.background,
  mark: (c) => categoryByKey(c).light.ring,
  onMark: '#ffffff',
};

const dark: WheelPalette = {
  background: '#1f1f1f',
  text: '#ffffff',
  subtleText: '#c8c8c8',
  grid: '#5c5c5c',
  sectorFill: '#2e2e2e',
  sectorFillAlt: '#383838',
  currentFill: '#7f85f5',
  currentText: '#000000',
  hand: '#f1707b',
  todayText: '#f1707b',
  hubFill: '#262626',
  separator: '#1f1f1f',
  focus: '#ffffff',
  hover: '#d6d6d6',
  ringFill: (c) => categoryByKey(c).dark.background,
  mark: (c) => categoryByKey(c).dark.ring,
  onMark: '#141414',
};

/** The Teams high-contrast theme's colours (Fluent's `teamsHighContrastTheme`). */
const TEAMS_CONTRAST = {
  background: '#000000',
  foreground: '#ffffff',
  /** Selected and hovered things, and the focus ring. */
  selected: '#1aebff',
  onSelected: '#000000',
  /** Links: here the marks, which open their deadlines. */
  link: '#ffff00',
} as const;

const contrast: WheelPalette = {
  background: TEAMS_CONTRAST.background,
  text: TEAMS_CONTRAST.foreground,
  subtleText: TEAMS_CONTRAST.foreground,
  grid: TEAMS_CONTRAST.foreground,
  sectorFill: TEAMS_CONTRAST.background,
  sectorFillAlt: TEAMS_CONTRAST.background,
  currentFill: TEAMS_CONTRAST.selected,
  currentText: TEAMS_CONTRAST.onSelected,
  hand: TEAMS_CONTRAST.selected,
  todayText: TEAMS_CONTRAST.selected,
  hubFill: TEAMS_CONTRAST.background,
  separator: TEAMS_CONTRAST.foreground,
  focus: TEAMS_CONTRAST.selected,
  hover: TEAMS_CONTRAST.selected,
  ringFill: () => TEAMS_CONTRAST.background,
  mark: () => TEAMS_CONTRAST.link,
  // Black on the yellow marks, as on every bright fill of the theme.
  onMark: TEAMS_CONTRAST.background,
};

export const wheelPalettes: Readonly<Record<WheelTheme, WheelPalette>> = { light, dark, contrast };
