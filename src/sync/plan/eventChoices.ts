/**
 * The choices a push to Outlook offers, as values: a module of its own, with no other code,
 * so the tab's first chunk can check a remembered choice (`src/app/deviceMemory.ts`) without
 * taking the event mapping with it.
 */
export const REMINDERS = ['none', '1d', '1w', '2w'] as const;
export type Reminder = (typeof REMINDERS)[number];

export const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere'] as const;
export type ShowAs = (typeof SHOW_AS)[number];

/** The reminder and "show as" of a push to a calendar: what the push dialog offers and a device remembers. */
export interface CalendarChoices {
  readonly reminder: Reminder;
  readonly showAs: ShowAs;
}
