import type { CategoryKey } from '../../../domain/model/category';
import type { CountyKey } from '../../../domain/model/county';
import type { PartyRole } from '../../../domain/filters/query';
import type { Locale } from '../../strings/define';

/** The filter as the bar edits it (the app keeps it in the URL). */
export interface FilterValue {
  readonly categories: readonly CategoryKey[];
  readonly party?: string;
  readonly partyRole: PartyRole;
  readonly county?: CountyKey;
  readonly text?: string;
  readonly upcoming: boolean;
}

export interface FiltersProps {
  readonly value: FilterValue;
  readonly onChange: (value: FilterValue) => void;
  /** The categories that occur in the year, in legend order: the legend the toggles show. */
  readonly categories: readonly CategoryKey[];
  /** The distinct parties (Fra and Til) of the year. */
  readonly parties: readonly string[];
  /**
   * `choose`: a county picker; `fixed`: the county is the tab's configuration and not shown here.
   * @default 'choose'
   */
  readonly county?: 'choose' | 'fixed';
  /** How many deadlines the filter shows, and how many there are. */
  readonly shown: number;
  readonly total: number;
  readonly onClear: () => void;
  readonly canClear: boolean;
}

export interface FiltersState {
  readonly props: FiltersProps;
  readonly locale: Locale;
  /** The text field's own value; written to the filter after a short pause. */
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly toggleCategory: (key: CategoryKey) => void;
  readonly setParty: (party: string | undefined) => void;
  readonly setRole: (role: PartyRole) => void;
  readonly setCounty: (county: CountyKey | undefined) => void;
  readonly setUpcoming: (upcoming: boolean) => void;
}
