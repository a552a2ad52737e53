/** The wheel as a standalone SVG file, for download and print. */
import { layoutWheel, type WheelLayout } from '../../../domain/geometry/layout';
import { wheelPeriod } from '../../../domain/geometry/wheelPeriod';
import type { CategoryKey } from '../../../domain/model/category';
import type { WheelProps } from './Wheel.types';
import { wheelSvgMarkup, type WheelMedium } from './wheelSvg';

export type WheelExportOptions = Pick<
  WheelProps,
  'deadlines' | 'schoolYear' | 'today' | 'startMonth' | 'theme' | 'locale' | 'strings' | 'zoom' | 'countyLabel' | 'rings' | 'legend'
>;

/** One row of the colour legend: a ring's number on the wheel, its category and how many deadlines it holds. */
export interface WheelLegendRow {
  readonly category: CategoryKey;
  readonly number: number;
  readonly count: number;
}

/** The wheel for paper: its SVG without a legend, and the legend's rows for the page to set beside it in print type. */
export interface PaperWheel {
  readonly svg: string;
  readonly legend: readonly WheelLegendRow[];
}

function exportLayout(options: WheelExportOptions): WheelLayout {
  return layoutWheel({
    deadlines: options.deadlines,
    period: wheelPeriod(options.schoolYear, options.startMonth),
    today: options.today,
    ...(options.zoom ? { zoom: options.zoom } : {}),
    ...(options.rings ? { rings: options.rings } : {}),
  });
}

function svgDocument(layout: WheelLayout, options: WheelExportOptions, medium: WheelMedium = 'screen'): string {
  const svg = wheelSvgMarkup({
    layout,
    theme: options.theme,
    locale: options.locale,
    strings: options.strings,
    legend: options.legend ?? 'right',
    id: 'arshjul',
    mode: 'export',
    medium,
    ...(options.countyLabel ? { countyLabel: options.countyLabel } : {}),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** An SVG document (with its XML declaration) of the wheel as the options describe it. */
export function exportWheelSvg(options: WheelExportOptions): string {
  return svgDocument(exportLayout(options), options);
}

/**
 * The wheel for a printed page, with paper-sized numbers. Its legend is left to the page: set
 * as text beside the wheel it stays readable, where inside the drawing it would shrink with it.
 */
export function paperWheel(options: Omit<WheelExportOptions, 'legend'>): PaperWheel {
  const layout = exportLayout(options);
  return {
    svg: svgDocument(layout, { ...options, legend: 'none' }, 'paper'),
    legend: layout.rings.map((ring) => ({ category: ring.category, number: ring.number, count: ring.count })),
  };
}
