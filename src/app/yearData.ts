/**
 * The data of one school year as the tab shows it: the dataset (written or rolled forward)
 * and its deadlines in date order. Loaded with a dynamic import, in parallel with the tab's
 * code. The data was validated when the app was built (`src/data/shipped.ts`); here the year is
 * picked (rolled forward when needed) and resolved to deadlines.
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
  const [{ shippedDatasets }, { yearDataset }, { resolveDataset }] = await Promise.all([
    import('../data/shipped'),
    import('../data/years'),
    import('../domain/rules/resolve'),
  ]);
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
