export { Wheel } from './Wheel';
export type { WheelProps, WheelState, WheelZoom, WheelTheme, WheelLegendPlacement } from './Wheel.types';
export { wheelStrings, wheelStringsNb, wheelStringsNn, wheelStringsEn, type WheelStrings, type WheelLocale } from './Wheel.strings';
export { exportWheelSvg, paperWheel, type WheelExportOptions, type PaperWheel, type WheelLegendRow } from './exportWheel';
export { wheelSvgMarkup, wheelItemLabel, type WheelSvgInput, type WheelMedium } from './wheelSvg';
export { useWheel } from './useWheel';
export { useWheelStyles, wheelClassNames } from './useWheelStyles.styles';
export { renderWheel } from './renderWheel';
// exportWheelPng is browser-only and loaded on demand: import('./exportWheelPng').
