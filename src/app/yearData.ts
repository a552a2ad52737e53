/**
 * The data of one school year as the tab shows it: the dataset (written or rolled forward)
 * and its deadlines in date order. Loaded with a dynamic import, in parallel with the tab's
 * code. The data was validated when the app was built (`src/data/shipped.ts`), and the years
 * around it made there too (`src/data/prebuilt.ts`); a year outside those is picked and rolled
 * forward here. Then the year is resolved to deadlines.
 */
import type { Dataset, Deadline } from '../domain/model/entry';
import type { SchoolYear } from '../domain/time/schoolYear';

export interface YearData {
  readonly schoolYear: SchoolYear;
  readonly dataset: Dataset;
  readonly deadlines: readonly Deadline[];
}

export type YearDataErrorCode = 'invalid-dataset' | 'no-dataset';

export class YearDataError extends Error {
  constructor(
    readonly code: YearDataErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'YearDataError';
  }
}

export async function loadYearData(schoolYear: SchoolYear): Promise<YearData> {
  const [prebuilt, { resolveDataset }] = await Promise.all([
    import('../data/prebuilt').then((m) => m.prebuiltDataset(schoolYear)),
    import('../domain/rules/resolve'),
  ]);
  if (prebuilt) return { schoolYear, dataset: prebuilt, deadlines: resolveDataset(prebuilt) };
  // A year not made at build time (or no app build: tests): picked and rolled forward here.
  const [{ shippedDatasets }, { yearDataset }] = await Promise.all([import('../data/shipped'), import('../data/years')]);
  try {
    const { dataset } = yearDataset(schoolYear, shippedDatasets());
    return { schoolYear, dataset, deadlines: resolveDataset(dataset) };
  } catch (error) {
    // Only where the data is validated at run time (tests, a build without the plugin).
    if (isDatasetError(error)) throw new YearDataError('invalid-dataset', error.message, { cause: error });
    if (error instanceof RangeError) throw new YearDataError('no-dataset', error.message, { cause: error });
    throw error;
  }
}

function isDatasetError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && error.code === 'invalid-dataset';
}
