/**
 * The datasets the app ships, validated. Run as written (tests, the CLI, anything outside a
 * Vite app build), it validates the JSON files through `datasets.ts`. In the app's builds and
 * dev server the Vite plugin `prevalidatedData` (vite.config.ts) replaces this module with the datasets it has
 * validated at build time: the tab then carries no validator (zod) and does no validation work
 * before the wheel is drawn, and a data file with a problem fails the build, naming every one.
 */
import type { Dataset } from '../domain/model/entry';
import { builtInDatasets } from './datasets';

export function shippedDatasets(): readonly Dataset[] {
  return builtInDatasets();
}
