/**
 * The dataset of a school year as made when the app was built: written, or rolled forward,
 * each year in its own chunk. Run as written (tests, the CLI, anything outside a Vite app
 * build) there is none, and the caller picks and rolls the year itself (`years.ts`). In the
 * app's builds and dev server the `prevalidatedData` plugin (vite.config.ts) replaces this
 * module with one that loads the years it has made: the tab then neither parses the template
 * year nor rolls it forward before the wheel is drawn.
 */
import type { Dataset } from '../domain/model/entry';
import type { SchoolYear } from '../domain/time/schoolYear';

export function prebuiltDataset(_year: SchoolYear): Promise<Dataset | undefined> {
  return Promise.resolve(undefined);
}
