import { describe, expect, it } from 'vitest';
import { builtInDatasets } from './datasets';
import { prevalidatedData } from '../../vite.config';

type Transform = (code: string, id: string) => Promise<{ code: string } | null>;

describe('the data validated at build time', () => {
  const transform = prevalidatedData().transform as unknown as Transform;

  it('replaces shipped.ts with exactly the datasets the app validates at run time', async () => {
    const out = await transform.call({ addWatchFile: () => {}, error: (m: string) => { throw new Error(m); } }, '', '/repo/src/data/shipped.ts');
    expect(out).not.toBeNull();
    const url = `data:text/javascript;base64,${Buffer.from(out!.code).toString('base64')}`;
    const module = (await import(/* @vite-ignore */ url)) as { shippedDatasets: () => unknown };
    expect(module.shippedDatasets()).toEqual(builtInDatasets());
  });

  it('leaves every other module alone', async () => {
    expect(await transform.call({}, 'export {}', '/repo/src/data/datasets.ts')).toBeNull();
  });
});
