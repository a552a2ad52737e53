import type { FiltersProps } from './Filters.types';
import { renderFilters } from './renderFilters';
import { useFilters } from './useFilters';
import { useFiltersStyles } from './useFiltersStyles.styles';

/**
 * The filter bar: the legend as category toggles (colour swatch plus name), party with its
 * side (Fra / Til), county, free text and "only upcoming", with the count it shows.
 */
export function Filters(props: FiltersProps) {
  const state = useFilters(props);
  const classes = useFiltersStyles();
  return renderFilters(state, classes);
}
