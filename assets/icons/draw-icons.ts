/**
 * Redraws every PNG in this folder from `draw.ts`.
 *
 *   npx tsx assets/icons/draw-icons.ts
 *
 * Commit the PNGs it writes: the app package and the Outlook ribbon use them as
 * files, and the tests check that the committed files match the drawing.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { ICON_SPECS, renderIcon } from './draw';
import type { IconSpec } from './draw';

export const ICONS_DIR = dirname(fileURLToPath(import.meta.url));

export function encodeIcon(spec: IconSpec): Buffer {
  const png = new PNG({ width: spec.size, height: spec.size });
  png.data = Buffer.from(renderIcon(spec.style, spec.size));
  return PNG.sync.write(png, { colorType: 6 });
}

function main(): void {
  for (const spec of ICON_SPECS) {
    const path = join(ICONS_DIR, spec.file);
    writeFileSync(path, encodeIcon(spec));
    console.log(`wrote ${spec.file} (${spec.size}×${spec.size}, ${spec.style})`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
