import { useCallback } from 'react';
import type { Deadline } from '../../domain/model/entry';
import { AppProviders } from '../../app/AppProviders';
import { copyLink, useHostTheme } from '../../app/hostUi';
import { renderTaskPane } from './renderTaskPane';
import type { TaskPaneProps } from './TaskPane.types';
import { useTaskPane } from './useTaskPane';
import { useTaskPaneStyles } from './useTaskPaneStyles.styles';

/**
 * The Outlook task pane: the county's upcoming deadlines with the tab's filters, list and
 * details, and per deadline "Insert into this appointment" (only in an appointment the user
 * organises) and "Add to my calendar" (the tab's push dialog).
 */
export function TaskPane(props: TaskPaneProps) {
  const { host } = props;
  const theme = useHostTheme(host);
  return (
    <AppProviders theme={theme} locale={host.context.locale} page="taskpane">
      <Pane {...props} />
    </AppProviders>
  );
}

function Pane(props: TaskPaneProps) {
  const state = useTaskPane(props);
  const classes = useTaskPaneStyles();
  const { host, linkFor } = props;
  const copyDeadlineLink = useCallback((d: Deadline) => copyLink(host, linkFor(d)), [host, linkFor]);
  return renderTaskPane(props, state, classes, copyDeadlineLink);
}
