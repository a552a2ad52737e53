/**
 * Choices remembered on this device: the county a user chose in a personal tab or on the web
 * (`all` means every county, so the question is not asked again), and how they last pushed
 * events to Outlook.
 */
import { isCountyKey, type CountyKey } from '../domain/model/county';
import { REMINDERS, SHOW_AS, type CalendarChoices, type Reminder, type ShowAs } from '../sync/plan/eventChoices';

export type RememberedCounty = CountyKey | 'all';

const KEY = 'arshjul:county';

export interface CountyMemory {
  recall(): RememberedCounty | undefined;
  remember(county: RememberedCounty): void;
}

/** Storage can be missing or throw (private modes, blocked third-party storage): then nothing is remembered. */
function storedChoice<T extends string>(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  key: string,
  what: string,
  parse: (value: string | null | undefined) => T | undefined,
): { recall(): T | undefined; remember(value: T): void } {
  return {
    recall() {
      try {
        return parse(storage?.getItem(key));
      } catch (error) {
        console.warn(`${what} could not be read`, error);
        return undefined;
      }
    },
    remember(value) {
      try {
        storage?.setItem(key, value);
      } catch (error) {
        console.warn(`${what} could not be saved`, error);
      }
    },
  };
}

export function countyMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): CountyMemory {
  return storedChoice<RememberedCounty>(storage, KEY, 'County choice', (value) => (value === 'all' || isCountyKey(value) ? value : undefined));
}

/** The reminder and "show as" a user last pushed events with, so a later push does not undo them. */
export interface PushMemory {
  recall(): Partial<CalendarChoices>;
  remember(choices: CalendarChoices): void;
}

export function pushMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): PushMemory {
  const reminder = storedChoice<Reminder>(storage, 'arshjul:push-reminder', 'Reminder choice', (v) => REMINDERS.find((r) => r === v));
  const showAs = storedChoice<ShowAs>(storage, 'arshjul:push-show-as', 'Show-as choice', (v) => SHOW_AS.find((r) => r === v));
  return {
    recall() {
      const r = reminder.recall();
      const s = showAs.recall();
      return { ...(r ? { reminder: r } : {}), ...(s ? { showAs: s } : {}) };
    },
    remember(choices) {
      reminder.remember(choices.reminder);
      showAs.remember(choices.showAs);
    },
  };
}

function browserStorage(what: string): Storage | undefined {
  try {
    return window.localStorage;
  } catch (error) {
    console.warn(`localStorage is not available; ${what} will not be remembered`, error);
    return undefined;
  }
}

/** The county memory of this browser's localStorage, or one that remembers nothing where it is blocked. */
export function browserCountyMemory(): CountyMemory {
  return countyMemory(browserStorage('the county choice'));
}

/** The push choices of this browser's localStorage, or none where it is blocked. */
export function browserPushMemory(): PushMemory {
  return pushMemory(browserStorage('the push choices'));
}
