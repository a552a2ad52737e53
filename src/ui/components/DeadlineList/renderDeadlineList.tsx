import { Button, Checkbox, Link, mergeClasses } from '@fluentui/react-components';
import { useId } from 'react';
import type { Deadline } from '../../../domain/model/entry';
import { CategoryBadge } from '../CategoryBadge';
import { formatDeadlineDays } from '../../strings/dates';
import { ARSHJUL_LANG, format } from '../../strings/define';
import { listStrings } from '../../strings/list';
import type { DeadlineListState } from './DeadlineList.types';
import { deadlineListClassNames, type useDeadlineListStyles } from './useDeadlineListStyles.styles';

type Classes = ReturnType<typeof useDeadlineListStyles>;

function Row({ state, classes, deadline, section }: { state: DeadlineListState; classes: Classes; deadline: Deadline; section: 'next' | 'month' }) {
  const s = listStrings[state.locale];
  const { entry } = deadline;
  const print = state.mode === 'print';
  const compact = state.mode === 'compact';
  const isOpen = state.props.openKey === deadline.key;
  const isToday = deadline.start <= state.props.today && deadline.end >= state.props.today;
  const date = formatDeadlineDays(deadline, state.locale);
  const parties = entry.from || entry.to ? format(s.fromTo, { from: entry.from ?? '–', to: entry.to ?? '–' }) : undefined;
  // The date describes the row's checkbox and title: moving through the list with Tab reaches
  // only those, and a deadline's title alone does not say when it is due.
  const dateId = useId();
  return (
    <li
      className={mergeClasses(classes.row, print && classes.rowPrint, compact && classes.rowCompact, isOpen && classes.rowOpen, isToday && classes.rowToday)}
      data-deadline-key={deadline.key}
      data-section={section}
    >
      {!print && !compact && (
        <Checkbox
          checked={state.props.selectedKeys.has(deadline.key)}
          onChange={(_, data) => state.toggle(deadline.key, data.checked === true)}
          aria-label={format(s.select, { title: entry.title })}
          aria-describedby={dateId}
        />
      )}
      <span className={mergeClasses(classes.date, print && classes.datePrint)} id={print ? undefined : dateId}>
        {date}
        {isToday && !print ? <span className={classes.visuallyHidden}> ({s.today})</span> : null}
      </span>
      <span className={classes.body}>
        {print ? (
          <span className={mergeClasses(classes.title, classes.titlePrint)} lang={ARSHJUL_LANG}>
            {entry.title}
          </span>
        ) : (
          <Link
            as="button"
            className={mergeClasses(deadlineListClassNames.title, classes.title)}
            onClick={() => state.props.onOpen(deadline)}
            aria-current={isOpen ? 'true' : undefined}
            aria-describedby={dateId}
            lang={ARSHJUL_LANG}
          >
            {entry.title}
          </Link>
        )}
        <span className={mergeClasses(classes.meta, print && classes.metaPrint)}>
          {parties ? <span lang={ARSHJUL_LANG}>{parties}</span> : null}
          <CategoryBadge category={entry.category} {...(print ? { className: classes.badgePrint } : {})} />
          {deadline.moves.length > 0 ? <span className={classes.moved}>{s.moved}</span> : null}
        </span>
        {compact && state.props.rowActions ? <span className={classes.rowActions}>{state.props.rowActions(deadline)}</span> : null}
      </span>
    </li>
  );
}

export function renderDeadlineList(state: DeadlineListState, classes: Classes) {
  const s = listStrings[state.locale];
  const { deadlines } = state.props;
  const print = state.mode === 'print';
  const controls = state.mode === 'screen';
  // The print layout stays in the document after the first print, beside the list on screen.
  const idPrefix = print ? 'print-list-month' : 'list-month';
  const count = (n: number, one: string, other: string) => format(n === 1 ? one : other, { count: n });
  return (
    <div className={mergeClasses(deadlineListClassNames.root, classes.root, print && classes.rootPrint)} data-testid={print ? 'print-list' : 'deadline-list'}>
      {controls && (
        <div className={classes.toolbar} role="group" aria-label={s.selectAllShown} data-testid="selection-bar">
          <Checkbox
            checked={state.allShown}
            disabled={deadlines.length === 0}
            onChange={(_, data) => state.toggleAllShown(data.checked === true)}
            label={s.selectAllShown}
          />
          <span className={classes.count} role="status" data-testid="selection-count">
            {count(state.selectedCount, s.selectedOne, s.selectedOther)}
          </span>
          {state.selectedCount > 0 ? (
            <Button appearance="subtle" size="small" onClick={state.clearSelection}>
              {s.clearSelection}
            </Button>
          ) : null}
          {state.props.selectionActions}
        </div>
      )}
      {controls && (
        <section className={mergeClasses(classes.section, classes.nextSection)} aria-labelledby="list-next-heading" data-testid="next-days">
          <h3 id="list-next-heading" className={classes.heading}>
            {s.next14}
          </h3>
          {state.next.length === 0 ? (
            <p className={classes.empty}>{state.props.filtered ? s.next14EmptyFiltered : s.next14Empty}</p>
          ) : (
            <ul className={classes.list}>
              {state.next.map((d) => (
                <Row key={d.key} state={state} classes={classes} deadline={d} section="next" />
              ))}
            </ul>
          )}
        </section>
      )}
      {deadlines.length === 0 ? <p className={classes.empty}>{s.empty}</p> : null}
      {state.months.map((group) => (
        // A named group, not a landmark: a landmark per month gave screen readers some sixteen.
        <section key={group.month} className={mergeClasses(classes.section, print && classes.sectionPrint)} role="group" aria-labelledby={`${idPrefix}-${group.month}`}>
          <h3 id={`${idPrefix}-${group.month}`} className={mergeClasses(classes.heading, print && classes.headingPrint)}>
            {group.heading} <span className={mergeClasses(classes.monthCount, print && classes.monthCountPrint)}>({count(group.deadlines.length, s.monthCountOne, s.monthCountOther)})</span>
          </h3>
          <ul className={mergeClasses(classes.list, print && classes.listPrint)}>
            {group.deadlines.map((d) => (
              <Row key={d.key} state={state} classes={classes} deadline={d} section="month" />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
