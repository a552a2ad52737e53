import { useCallback, useEffect, useRef, useState } from 'react';
import type { CategoryKey } from '../../../domain/model/category';
import { useLocale } from '../../strings/StringsProvider';
import type { FilterValue, FiltersProps, FiltersState } from './Filters.types';

const TEXT_DELAY_MS = 250;

function without<K extends 'party' | 'county' | 'text'>(value: FilterValue, key: K, next: FilterValue[K] | undefined): FilterValue {
  const copy: Record<string, unknown> = { ...value };
  if (next === undefined || next === '') delete copy[key];
  else copy[key] = next;
  return copy as unknown as FilterValue;
}

export function useFilters(props: FiltersProps): FiltersState {
  const locale = useLocale();
  const { value, onChange } = props;
  const [text, setTextState] = useState(value.text ?? '');
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A cleared filter (or a new URL) resets the field unless the user is typing.
  useEffect(() => {
    if (timer.current === undefined) setTextState(value.text ?? '');
  }, [value.text]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        onChange(without(latest.current, 'text', next.trim()));
      }, TEXT_DELAY_MS);
    },
    [onChange],
  );

  const toggleCategory = useCallback(
    (key: CategoryKey) => {
      const has = value.categories.includes(key);
      onChange({ ...value, categories: has ? value.categories.filter((c) => c !== key) : [...value.categories, key] });
    },
    [value, onChange],
  );

  return {
    props,
    locale,
    text,
    setText,
    toggleCategory,
    setParty: (party) => onChange(without(value, 'party', party)),
    setRole: (partyRole) => onChange({ ...value, partyRole }),
    setCounty: (county) => onChange(without(value, 'county', county)),
    setUpcoming: (upcoming) => onChange({ ...value, upcoming }),
  };
}
