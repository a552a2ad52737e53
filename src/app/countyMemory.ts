/**
 * The county a user chose in a personal tab or on the web, remembered on this device.
 * `all` means the user chose to see every county (so the question is not asked again).
 */
import { isCountyKey, type CountyKey } from '../domain/model/county';

export type RememberedCounty = CountyKey | 'all';

const KEY = 'arshjul:county';

export interface CountyMemory {
  recall(): RememberedCounty | undefined;
  remember(county: RememberedCounty): void;
}

/** Storage can be missing or throw (private modes, blocked third-party storage): then nothing is remembered. */
export function countyMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): CountyMemory {
  return {
    recall() {
      try {
        const value = storage?.getItem(KEY);
        return value === 'all' || isCountyKey(value) ? value : undefined;
      } catch (error) {
        console.warn('County choice could not be read', error);
        return undefined;
      }
    },
    remember(county) {
      try {
        storage?.setItem(KEY, county);
      } catch (error) {
        console.warn('County choice could not be saved', error);
      }
    },
  };
}

/** The county memory of this browser's localStorage, or one that remembers nothing where it is blocked. */
export function browserCountyMemory(): CountyMemory {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch (error) {
    console.warn('localStorage is not available; the county choice will not be remembered', error);
  }
  return countyMemory(storage);
}
