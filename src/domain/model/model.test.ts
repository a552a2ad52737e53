import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_KEYS } from './category';
import { contrastRatio } from './contrast';
import { COUNTIES, mapCountyName } from './county';

describe('county mapping', () => {
  it('has the fifteen counties of 2024', () => {
    expect(COUNTIES).toHaveLength(15);
    expect(new Set(COUNTIES.map((c) => c.number)).size).toBe(15);
  });

  it.each<[string, string[], string | undefined]>([
    ['Viken', ['ostfold', 'akershus', 'buskerud'], undefined],
    ['Vestfold og Telemark', ['vestfold', 'telemark'], undefined],
    ['Troms og Finnmark', ['troms', 'finnmark'], undefined],
    ['Viken (tidl. Akershus og Østfold)', ['ostfold', 'akershus'], undefined],
    ['Viken (Buskerud)', ['buskerud'], undefined],
    ['Vestland (tidl. Hordaland utenom Ullensvang og Odda)', ['vestland'], 'tidl. Hordaland utenom Ullensvang og Odda'],
    ['Vestland (tidl. Sogn og Fjordane og kommunene Ullensvang og Odda)', ['vestland'], 'tidl. Sogn og Fjordane og kommunene Ullensvang og Odda'],
    ['Trøndelag', ['trondelag'], undefined],
    ['  møre og romsdal ', ['more-og-romsdal'], undefined],
    ['Oslo', ['oslo'], undefined],
    ['Akershus', ['akershus'], undefined],
  ])('%s → %j', (name, counties, part) => {
    const mapped = mapCountyName(name);
    expect(mapped?.counties).toEqual(counties);
    expect(mapped?.part).toBe(part);
  });

  it.each(['Hordaland', 'Sogn og Fjordane', 'Narnia', ''])('refuses %j, which is not a county today or in 2020–2023', (name) => {
    expect(mapCountyName(name)).toBeUndefined();
  });
});

describe('categories', () => {
  it('are the ten of the legend plus general, in legend order', () => {
    expect(CATEGORIES.map((c) => c.key)).toEqual([...CATEGORY_KEYS]);
    expect(CATEGORIES.map((c) => c.legendOrder)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  // Teams page and card backgrounds (light: white and neutral 245; dark: 31 and 41).
  const lightPages = ['#ffffff', '#f5f5f5'];
  const darkPages = ['#1f1f1f', '#292929'];

  it.each(CATEGORIES.map((c) => [c.key, c] as const))('%s meets WCAG AA in light and dark', (_key, category) => {
    for (const page of lightPages) expect(contrastRatio(category.light.ring, page)).toBeGreaterThanOrEqual(4.5);
    for (const page of darkPages) expect(contrastRatio(category.dark.ring, page)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(category.light.text, category.light.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(category.dark.text, category.dark.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast the WCAG way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
