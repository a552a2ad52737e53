import { useCallback, useMemo, useState } from 'react';
import { categoriesOf, filterDeadlines, partiesOf } from '../../domain/filters/query';
import { countyByKey } from '../../domain/model/county';
import type { Deadline, DeadlineKey } from '../../domain/model/entry';
import type { FilterValue } from '../../ui/components/Filters';
import { useReturnFocus } from '../../ui/hooks/returnFocus';
import { useLocale } from '../../ui/strings/StringsProvider';
import { filterOf } from '../../app/urlState';
import { toShownInsertError } from '../office/appointment';
import { appointmentFields } from '../office/appointmentFields';
import { insertMessage, type PaneMessage } from '../insertMessage';
import type { TaskPaneProps, TaskPaneState } from './TaskPane.types';

/** The pane opens on what is still ahead, for the county the user chose in the tab or here. */
export function initialFilter(remembered: ReturnType<TaskPaneProps['memory']['recall']>): FilterValue {
  return { categories: [], partyRole: 'either', upcoming: true, ...(remembered && remembered !== 'all' ? { county: remembered } : {}) };
}

export function useTaskPane(props: TaskPaneProps): TaskPaneState {
  const { data, today, memory, linkFor } = props;
  const locale = useLocale();
  const [filter, setFilterState] = useState<FilterValue>(() => initialFilter(memory.recall()));
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [openKey, setOpenKey] = useState<DeadlineKey | undefined>(undefined);
  const [inserting, setInserting] = useState<DeadlineKey | undefined>(undefined);
  const [message, setMessage] = useState<PaneMessage | undefined>(undefined);
  const [pushFor, setPushFor] = useState<Deadline | undefined>(undefined);
  const pushFocus = useReturnFocus();
  // The details dialog is unmounted when closed, as in the tab: the focus goes back ourselves.
  const detailsFocus = useReturnFocus();

  const all = data.deadlines;
  const categories = useMemo(() => categoriesOf(all), [all]);
  const parties = useMemo(() => partiesOf(data.dataset.entries, filter.partyRole), [data.dataset.entries, filter.partyRole]);
  const shown = useMemo(() => filterDeadlines(all, filterOf(filter, today)), [all, filter, today]);
  const total = useMemo(() => filterDeadlines(all, filter.county ? { county: filter.county } : {}).length, [all, filter.county]);

  const setFilter = useCallback(
    (value: FilterValue) => {
      // The county is the one choice shared with the tab: remembered on this device.
      if (value.county !== filter.county) memory.remember(value.county ?? 'all');
      setFilterState(value);
    },
    [filter.county, memory],
  );
  const defaults = initialFilter(filter.county);
  const canClear = filter.categories.length > 0 || Boolean(filter.party) || Boolean(filter.text) || filter.upcoming !== defaults.upcoming;
  const clearFilter = useCallback(() => setFilterState(initialFilter(filter.county)), [filter.county]);

  const insertInto = props.insert;
  const insert = useMemo(
    () =>
      insertInto
        ? (deadline: Deadline) => {
            setInserting(deadline.key);
            setMessage(undefined);
            const title = deadline.entry.title;
            insertInto(appointmentFields(deadline, { language: locale, linkFor }))
              .then(
                ({ allDay }) => setMessage(insertMessage({ kind: 'inserted', title, allDay }, locale)),
                (error: unknown) => {
                  console.error('Inserting the deadline into the appointment failed', error);
                  setMessage(insertMessage({ kind: 'failed', title, error: toShownInsertError(error) }, locale));
                },
              )
              .finally(() => setInserting(undefined));
          }
        : undefined,
    [insertInto, locale, linkFor],
  );

  return {
    locale,
    filter,
    setFilter,
    filtersOpen,
    toggleFilters: () => setFiltersOpen((open) => !open),
    clearFilter,
    canClear,
    categories,
    parties,
    shown,
    total,
    countyName: filter.county ? countyByKey(filter.county).name : undefined,
    open: openKey ? all.find((d) => d.key === openKey) : undefined,
    openDeadline: (deadline) => {
      // A "se også" link inside the open dialog keeps the place the dialog was opened from.
      if (openKey === undefined) detailsFocus.remember();
      setOpenKey(deadline.key);
    },
    closeDeadline: () => {
      setOpenKey(undefined);
      detailsFocus.restore();
    },
    inserting,
    insert,
    message,
    dismissMessage: () => setMessage(undefined),
    pushFor,
    addToCalendar: (deadline: Deadline) => {
      pushFocus.remember();
      setPushFor(deadline);
    },
    closePush: () => {
      setPushFor(undefined);
      pushFocus.restore();
    },
  };
}
