/**
 * The data of one school year as the tab shows it: the dataset (written or rolled forward)
 * and its deadlines in date order. Loaded with a dynamic import so the first paint does not
 * wait for the JSON to be parsed and validated.
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
  const [{ datasetForYear, DatasetError }, { resolveDataset }] = await Promise.all([
    import('../data/datasets'),
    import('../domain/rules/resolve'),
  ]);
  try {
    const { dataset } = datasetForYear(schoolYear);
    return { schoolYear, dataset, deadlines: resolveDataset(dataset) };
  } catch (error) {
    if (error instanceof DatasetError) throw new YearDataError('invalid-dataset', error.message, { cause: error });
    if (error instanceof RangeError) throw new YearDataError('no-dataset', error.message, { cause: error });
    throw error;
  }
}
