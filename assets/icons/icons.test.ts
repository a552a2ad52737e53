import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, it, expect } from 'vitest';
import { ICON_SPECS, renderIcon } from './draw';

const read = (file: string): PNG => PNG.sync.read(readFileSync(join(import.meta.dirname, file)));

const pixels = (png: PNG): { r: number; g: number; b: number; a: number }[] => {
  const out = [];
  for (let i = 0; i < png.data.length; i += 4) {
    out.push({ r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0, a: png.data[i + 3] ?? 0 });
  }
  return out;
};

describe('committed icons', () => {
  it.each(ICON_SPECS.map((s) => [s.file, s] as const))('%s has its declared size and matches the drawing', (_file, spec) => {
    const png = read(spec.file);
    expect([png.width, png.height]).toEqual([spec.size, spec.size]);
    // Redraw and compare: the PNGs are what draw-icons.ts makes, not hand edits.
    expect(new Uint8Array(png.data)).toEqual(renderIcon(spec.style, spec.size));
  });

  it('has the sizes Teams and the Outlook ribbon require', () => {
    const sizes = new Map(ICON_SPECS.map((s) => [s.file, s.size]));
    expect(sizes.get('color.png')).toBe(192);
    expect(sizes.get('outline.png')).toBe(32);
    expect(sizes.get('color32x32.png')).toBe(32);
    for (const size of [16, 32, 80]) expect(sizes.get(`icon-${size}.png`)).toBe(size);
  });

  it('outline.png is white on transparency: every pixel fully transparent or white', () => {
    const all = pixels(read('outline.png'));
    const offending = all.filter((p) => p.a !== 0 && (p.r !== 255 || p.g !== 255 || p.b !== 255));
    expect(offending).toEqual([]);
    expect(all.some((p) => p.a === 255)).toBe(true); // something is drawn
    expect(all[0]?.a).toBe(0); // corner is background
  });

  it('color.png is fully opaque', () => {
    expect(pixels(read('color.png')).every((p) => p.a === 255)).toBe(true);
  });

  it.each(['color32x32.png', 'icon-16.png', 'icon-80.png'])('%s is colour on a transparent background', (file) => {
    const all = pixels(read(file));
    expect(all[0]?.a).toBe(0);
    expect(all.some((p) => p.a === 255 && (p.r !== p.g || p.g !== p.b))).toBe(true);
  });
});
