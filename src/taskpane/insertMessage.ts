/**
 * The message the pane shows after "Insert into this appointment": success, or our text for
 * the error code with Outlook's own message as detail. Pure, so the reporting is tested
 * without a DOM.
 */
import { format, type Locale } from '../ui/strings/define';
import type { ShownInsertError } from './office/appointment';
import { taskPaneStrings } from './taskpane.strings';

export type InsertOutcome =
  | { readonly kind: 'inserted'; readonly title: string; readonly allDay: boolean }
  | { readonly kind: 'failed'; readonly title: string; readonly error: ShownInsertError };

export interface PaneMessage {
  readonly intent: 'success' | 'error';
  readonly text: string;
  /** Outlook's wording, for the user to quote to support. */
  readonly detail?: string;
}

export function insertMessage(outcome: InsertOutcome, locale: Locale): PaneMessage {
  const s = taskPaneStrings[locale];
  if (outcome.kind === 'inserted') return { intent: 'success', text: format(outcome.allDay ? s.insertedAllDay : s.insertedMidnight, { title: outcome.title }) };
  const { code, detail } = outcome.error;
  return {
    intent: 'error',
    text: s[`error.${code}`],
    ...(detail.trim() ? { detail: format(s.errorDetail, { detail: detail.trim() }) } : {}),
  };
}
