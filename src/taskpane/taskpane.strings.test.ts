import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf } from '../ui/strings/define';
import type { AppointmentErrorCode } from './office/appointment';
import type { NoInsertReason } from './office/outlook';
import { taskPaneStrings } from './taskpane.strings';

// Lives outside src/ui/strings, so the completeness test there does not find it: the same checks here.
describe('task pane strings', () => {
  it('nn and en have every bokmål key, none empty, same placeholders', () => {
    const keys = Object.keys(taskPaneStrings.nb).sort();
    for (const locale of LOCALES) {
      const table = taskPaneStrings[locale] as Readonly<Record<string, string>>;
      expect(Object.keys(table).sort(), locale).toEqual(keys);
      for (const key of keys) {
        expect(table[key]!.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholdersOf(table[key]!), `${locale}.${key}`).toEqual(placeholdersOf((taskPaneStrings.nb as Readonly<Record<string, string>>)[key]!));
      }
    }
  });

  it('has text for every error code and every reason the pane is a list only', () => {
    const codes: readonly (AppointmentErrorCode | 'unknown')[] = ['subject-failed', 'time-failed', 'body-failed', 'unknown'];
    const reasons: readonly NoInsertReason[] = ['no-office', 'not-outlook', 'timeout', 'not-appointment', 'read-mode'];
    for (const locale of LOCALES) {
      const table = taskPaneStrings[locale] as Readonly<Record<string, string>>;
      for (const code of codes) expect(table[`error.${code}`], `${locale} error.${code}`).toBeTruthy();
      for (const reason of reasons) expect(table[`reason.${reason}`], `${locale} reason.${reason}`).toBeTruthy();
    }
  });
});
