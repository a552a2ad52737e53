import { describe, expect, it } from 'vitest';
import { countyMemory, pushMemory } from './deviceMemory';

const memoryStorage = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('county memory', () => {
  it('remembers a county and "all"', () => {
    const memory = countyMemory(memoryStorage());
    expect(memory.recall()).toBeUndefined();
    memory.remember('vestland');
    expect(memory.recall()).toBe('vestland');
    memory.remember('all');
    expect(memory.recall()).toBe('all');
  });

  it('ignores values that are not counties', () => {
    const storage = memoryStorage();
    storage.setItem('arshjul:county', 'viken');
    expect(countyMemory(storage).recall()).toBeUndefined();
  });

  it('survives storage that throws or is missing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const quiet = { ...console, warn: () => {} };
    const original = console.warn;
    console.warn = quiet.warn;
    try {
      expect(countyMemory(throwing).recall()).toBeUndefined();
      expect(() => countyMemory(throwing).remember('oslo')).not.toThrow();
      expect(countyMemory(undefined).recall()).toBeUndefined();
    } finally {
      console.warn = original;
    }
  });
});

describe('push memory', () => {
  it('remembers the reminder and "show as" of the last push, and ignores what it does not know', () => {
    const storage = memoryStorage();
    expect(pushMemory(storage).recall()).toEqual({});
    pushMemory(storage).remember({ reminder: '1w', showAs: 'busy' });
    expect(pushMemory(storage).recall()).toEqual({ reminder: '1w', showAs: 'busy' });
    storage.setItem('arshjul:push-reminder', '3d');
    expect(pushMemory(storage).recall()).toEqual({ showAs: 'busy' });
    expect(pushMemory(undefined).recall()).toEqual({});
  });
});
