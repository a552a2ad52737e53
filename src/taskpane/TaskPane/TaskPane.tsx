import { useCallback, useEffect, useState } from 'react';
import type { Deadline } from '../../domain/model/entry';
import type { HostTheme } from '../../hosts/HostAdapter';
import type { CopyLinkResult } from '../../ui/components/DeadlineDetails';
import { AppProviders } from '../../app/AppProviders';
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
  const [theme, setTheme] = useState<HostTheme>(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return (
    <AppProviders theme={theme} locale={host.context.locale}>
      <Pane {...props} />
    </AppProviders>
  );
}

function Pane(props: TaskPaneProps) {
  const state = useTaskPane(props);
  const classes = useTaskPaneStyles();
  const { host, linkFor } = props;
  const copyLink = useCallback(
    async (d: Deadline): Promise<CopyLinkResult> => {
      const link = linkFor(d);
      try {
        await host.copyText(link);
        return { kind: 'copied' };
      } catch (error) {
        console.info('Copy to clipboard refused; showing the link to copy by hand', error);
        return { kind: 'manual', link };
      }
    },
    [host, linkFor],
  );
  return renderTaskPane(props, state, classes, copyLink);
}
