import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { Deadline } from '../../domain/model/entry';
import { loadPushDialog } from '../../app/pushSlot';
import { DeadlineDetails, type CopyLinkResult } from '../../ui/components/DeadlineDetails';
import { DeadlineList } from '../../ui/components/DeadlineList';
import { Filters } from '../../ui/components/Filters';
import { Header } from '../../ui/components/Header';
import { format } from '../../ui/strings/define';
import { taskPaneStrings } from '../taskpane.strings';
import type { TaskPaneProps, TaskPaneState } from './TaskPane.types';
import type { useTaskPaneStyles } from './useTaskPaneStyles.styles';

type Classes = ReturnType<typeof useTaskPaneStyles>;

// The same dialog and Graph path as the tab's "Legg til i Outlook / Planner", in its own chunk.
const PushDialog = lazy(() => loadPushDialog().then((component) => ({ default: component })));

const NO_SELECTION: ReadonlySet<never> = new Set();

export function renderTaskPane(props: TaskPaneProps, state: TaskPaneState, classes: Classes, copyLink: (d: Deadline) => Promise<CopyLinkResult>) {
  const s = taskPaneStrings[state.locale];
  const rowActions = (d: Deadline) => (
    <>
      {state.insert ? (
        <Button
          size="small"
          appearance="primary"
          // While one is being inserted the others wait; the pressed one keeps the focus.
          disabledFocusable={state.inserting !== undefined}
          onClick={() => state.insert!(d)}
          aria-label={format(s.insertLabel, { title: d.entry.title })}
          icon={state.inserting === d.key ? <Spinner size="extra-tiny" /> : undefined}
          data-action="insert"
        >
          {state.inserting === d.key ? s.inserting : s.insert}
        </Button>
      ) : null}
      {state.addToCalendar ? (
        <Button size="small" onClick={() => state.addToCalendar!(d)} aria-label={format(s.addToCalendarLabel, { title: d.entry.title })} data-action="add-to-calendar">
          {s.addToCalendar}
        </Button>
      ) : null}
    </>
  );
  return (
    <div className={classes.root}>
      <Header schoolYear={props.data.schoolYear} {...(state.countyName ? { countyName: state.countyName } : {})} />
      <div className={classes.notices}>
        {props.noInsert ? (
          <MessageBar intent="info" data-testid="no-insert">
            <MessageBarBody>{s[`reason.${props.noInsert}`]}</MessageBarBody>
          </MessageBar>
        ) : null}
        {/* Announced when it appears: the result of the insert the user just asked for. */}
        <div aria-live="polite" data-testid="insert-result">
          {state.message ? (
            <MessageBar intent={state.message.intent}>
              <MessageBarBody>
                {state.message.text}
                {state.message.detail ? <span className={classes.detail}>{state.message.detail}</span> : null}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button appearance="transparent" aria-label={s.dismiss} onClick={state.dismissMessage}>
                    ×
                  </Button>
                }
              />
            </MessageBar>
          ) : null}
        </div>
      </div>
      <div className={classes.filterBar}>
        <Button appearance="secondary" aria-expanded={state.filtersOpen} aria-controls="pane-filters" onClick={state.toggleFilters}>
          {state.filtersOpen ? s.hideFilters : s.showFilters}
        </Button>
        {state.filtersOpen ? null : (
          <span className={classes.summary} data-testid="pane-summary">
            {format(s.summary, { shown: state.shown.length, total: state.total })}
          </span>
        )}
      </div>
      <div id="pane-filters" hidden={!state.filtersOpen}>
        <Filters
          value={state.filter}
          onChange={state.setFilter}
          categories={state.categories}
          parties={state.parties}
          county="choose"
          shown={state.shown.length}
          total={state.total}
          canClear={state.canClear}
          onClear={state.clearFilter}
        />
      </div>
      <main className={classes.section} aria-labelledby="pane-list-heading">
        <h2 id="pane-list-heading" className={classes.heading}>
          {s.listHeading}
        </h2>
        <DeadlineList
          mode="compact"
          deadlines={state.shown}
          today={props.today}
          selectedKeys={NO_SELECTION}
          onSelectionChange={() => {}}
          onOpen={state.openDeadline}
          rowActions={rowActions}
          {...(state.open ? { openKey: state.open.key } : {})}
        />
      </main>
      <DeadlineDetails
        {...(state.open ? { deadline: state.open } : {})}
        all={props.data.deadlines}
        notes={props.data.dataset.notes}
        onOpen={state.openDeadline}
        onClose={state.closeDeadline}
        onCopyLink={copyLink}
      />
      {state.pushFor ? (
        <Suspense fallback={null}>
          <PushDialog deadlines={[state.pushFor]} yearDeadlines={props.data.deadlines} locale={state.locale} host={props.host} linkFor={props.linkFor} onClose={state.closePush} {...(props.pushMemory ? { memory: props.pushMemory } : {})} />
        </Suspense>
      ) : null}
    </div>
  );
}
