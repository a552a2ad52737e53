import { describe, expect, it } from 'vitest';
import { builtInDatasets, datasetForYear } from './datasets';
import { prevalidatedData } from '../../vite.config';
import type { SchoolYear } from '../domain/time/schoolYear';

type Hook = (this: unknown, ...args: string[]) => Promise<{ code: string } | null>;
const context = { addWatchFile: () => {}, error: (m: string) => { throw new Error(m); } };

async function evaluate<T>(code: string): Promise<T> {
  return (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as T;
}

describe('the data validated and made at build time', () => {
  // Built on 28 November 2026: the current school year is 2026-2027.
  const plugin = prevalidatedData(undefined, () => new Date('2026-11-28T12:00:00Z'));
  const transform = plugin.transform as unknown as Hook;
  const load = plugin.load as unknown as Hook;

  it('replaces shipped.ts with exactly the datasets the app validates at run time', async () => {
    const out = await transform.call(context, '', '/repo/src/data/shipped.ts');
    expect(out).not.toBeNull();
    const module = await evaluate<{ shippedDatasets: () => unknown }>(out!.code);
    expect(module.shippedDatasets()).toEqual(builtInDatasets());
  });

  it('makes every school year from the oldest written one to two after the current one', async () => {
    const out = await transform.call(context, '', '/repo/src/data/prebuilt.ts');
    const years = [...out!.code.matchAll(/case "(\d{4}-\d{4})": return import\("virtual:arshjul-year\/\1"\)/g)].map((m) => m[1]);
    expect(years).toEqual(['2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027', '2027-2028', '2028-2029']);
    await expect(plugin.api.currentYearModule()).resolves.toBe('\0virtual:arshjul-year/2026-2027');
  });

  it.each(['2022-2023', '2026-2027', '2028-2029'])('makes %s exactly as the app would at run time', async (year) => {
    const out = await load.call(context, `\0virtual:arshjul-year/${year}`);
    const module = await evaluate<{ default: unknown }>(out!.code);
    expect(module.default).toEqual(datasetForYear(year as SchoolYear).dataset);
  });

  it('fails the build for a year it did not make, and leaves every other module alone', async () => {
    await expect(load.call(context, '\0virtual:arshjul-year/2040-2041')).rejects.toThrow('No dataset made for 2040-2041');
    expect(await load.call(context, '/repo/src/data/datasets.ts')).toBeNull();
    expect(await transform.call(context, 'export {}', '/repo/src/data/datasets.ts')).toBeNull();
  });
});
