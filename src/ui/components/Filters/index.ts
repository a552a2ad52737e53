export { Filters } from './Filters';
export type { FiltersProps, FilterValue } from './Filters.types';
