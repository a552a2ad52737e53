/** The wheel as a standalone SVG file, for download and print. */
import { layoutWheel } from '../../../domain/geometry/layout';
import { wheelPeriod } from '../../../domain/geometry/wheelPeriod';
import type { WheelProps } from './Wheel.types';
import { wheelSvgMarkup } from './wheelSvg';

export type WheelExportOptions = Pick<
  WheelProps,
  'deadlines' | 'schoolYear' | 'today' | 'startMonth' | 'theme' | 'locale' | 'strings' | 'zoom' | 'countyLabel' | 'rings' | 'legend'
>;

/** An SVG document (with its XML declaration) of the wheel as the options describe it. */
export function exportWheelSvg(options: WheelExportOptions): string {
  const period = wheelPeriod(options.schoolYear, options.startMonth);
  const layout = layoutWheel({
    deadlines: options.deadlines,
    period,
    today: options.today,
    ...(options.zoom ? { zoom: options.zoom } : {}),
    ...(options.rings ? { rings: options.rings } : {}),
  });
  const svg = wheelSvgMarkup({
    layout,
    theme: options.theme,
    locale: options.locale,
    strings: options.strings,
    legend: options.legend ?? 'right',
    id: 'arshjul',
    mode: 'export',
    ...(options.countyLabel ? { countyLabel: options.countyLabel } : {}),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
