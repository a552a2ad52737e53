/**
 * The product's icon, drawn in code: an annual wheel (a ring of twelve month
 * sectors) with a hand pointing at the current month.
 *
 * Pure: shapes are functions of a point in the unit square, and a pixel's
 * colour is the average over a grid of samples inside it (supersampling), so
 * edges are anti-aliased without any canvas library. `draw-icons.ts` writes
 * the PNG files; the tests redraw and compare against the committed files.
 */

/** Straight (not premultiplied) RGBA, each channel 0–255. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** The app's accent colour; `manifest/template.ts` uses the same value as `accentColor`. */
export const ACCENT_HEX = '#0B5C6B';

const rgb = (hex: string, a = 255): Rgba => {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff, a };
};

const ACCENT = rgb(ACCENT_HEX);
const TEAL_MID = rgb('#3E97A6');
const TEAL_LIGHT = rgb('#A9DCE3');
const AMBER = rgb('#F2B134');
const WHITE = rgb('#FFFFFF');

/** Which rendition of the motif to draw. */
export type IconStyle =
  /** 192×192 app icon: opaque accent square, light wheel. */
  | 'color'
  /** Small full-colour icon on a transparent background (Outlook ribbon, pinned app). */
  | 'colorOnTransparent'
  /** 32×32 Teams outline icon: white strokes only, transparent elsewhere. */
  | 'outline';

/** One icon file the script produces. */
export interface IconSpec {
  readonly file: string;
  readonly size: number;
  readonly style: IconStyle;
}

/** Every PNG in `assets/icons/`, with its pixel size. */
export const ICON_SPECS: readonly IconSpec[] = [
  { file: 'color.png', size: 192, style: 'color' },
  { file: 'outline.png', size: 32, style: 'outline' },
  { file: 'color32x32.png', size: 32, style: 'colorOnTransparent' },
  ...([16, 20, 24, 32, 40, 48, 64, 80] as const).map(
    (size): IconSpec => ({ file: `icon-${size}.png`, size, style: 'colorOnTransparent' }),
  ),
];

/** Ribbon icon sizes the Outlook add-in declares (the schema allows exactly these). */
export const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

// Geometry in "wheel units": the origin is the icon's centre, 1 is half its width,
// y grows downwards (as in the image), angles run clockwise from 12 o'clock.
const TAU = Math.PI * 2;
const SECTORS = 12;
/** The hand points at the middle of the fourth sector (about 2 o'clock): a "now" that is not a real date. */
const HAND_SECTOR = 2;
const HAND_ANGLE = ((HAND_SECTOR + 0.5) / SECTORS) * TAU;

const polar = (x: number, y: number): { r: number; angle: number } => {
  const r = Math.hypot(x, y);
  let angle = Math.atan2(x, -y); // 0 at 12 o'clock, clockwise positive
  if (angle < 0) angle += TAU;
  return { r, angle };
};

/** Distance from the point to the segment a→b. */
const distanceToSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number): number => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

const onHand = (x: number, y: number, length: number, halfWidth: number): boolean =>
  distanceToSegment(x, y, 0, 0, Math.sin(HAND_ANGLE) * length, -Math.cos(HAND_ANGLE) * length) <= halfWidth;

/** Angular distance (in wheel units at radius r) from the nearest sector boundary. */
const distanceToSectorBoundary = (r: number, angle: number): number => {
  const step = TAU / SECTORS;
  const offset = angle % step;
  return Math.min(offset, step - offset) * r;
};

interface WheelPalette {
  readonly background: Rgba | null;
  readonly innerDisc: Rgba | null;
  readonly sectorA: Rgba;
  readonly sectorB: Rgba;
  readonly current: Rgba;
  readonly hand: Rgba;
  readonly gap: Rgba | null;
}

interface WheelShape {
  readonly outer: number;
  readonly inner: number;
  readonly gap: number;
  readonly handLength: number;
  readonly handHalfWidth: number;
  readonly hub: number;
}

const filledWheel = (x: number, y: number, shape: WheelShape, palette: WheelPalette): Rgba | null => {
  const { r, angle } = polar(x, y);
  if (r <= shape.hub || onHand(x, y, shape.handLength, shape.handHalfWidth)) return palette.hand;
  if (r < shape.inner) return palette.innerDisc ?? palette.background;
  if (r <= shape.outer) {
    if (distanceToSectorBoundary(r, angle) < shape.gap / 2) return palette.gap ?? palette.background;
    const sector = Math.floor(angle / (TAU / SECTORS));
    if (sector === HAND_SECTOR) return palette.current;
    return sector % 2 === 0 ? palette.sectorA : palette.sectorB;
  }
  return palette.background;
};

const outlineWheel = (x: number, y: number): Rgba | null => {
  const { r, angle } = polar(x, y);
  const stroke = 0.09;
  const outer = 0.86;
  const inner = 0.5;
  const onOuterRing = Math.abs(r - outer) <= stroke / 2;
  const onInnerRing = Math.abs(r - inner) <= stroke / 2;
  const onDivider = r > inner && r < outer && distanceToSectorBoundary(r, angle) <= stroke / 2;
  const onHandOrHub = r <= 0.11 || onHand(x, y, 0.42, stroke / 2);
  return onOuterRing || onInnerRing || onDivider || onHandOrHub ? WHITE : null;
};

/** The colour at a point of the unit square (u, v in 0..1), or null for transparent. */
export function sampleIcon(style: IconStyle, u: number, v: number): Rgba | null {
  const x = u * 2 - 1;
  const y = v * 2 - 1;
  switch (style) {
    case 'color':
      return filledWheel(
        x,
        y,
        { outer: 0.8, inner: 0.44, gap: 0.045, handLength: 0.64, handHalfWidth: 0.055, hub: 0.12 },
        { background: ACCENT, innerDisc: null, sectorA: WHITE, sectorB: TEAL_LIGHT, current: AMBER, hand: WHITE, gap: null },
      );
    case 'colorOnTransparent':
      return filledWheel(
        x,
        y,
        { outer: 0.97, inner: 0.5, gap: 0.06, handLength: 0.7, handHalfWidth: 0.09, hub: 0.16 },
        { background: null, innerDisc: WHITE, sectorA: ACCENT, sectorB: TEAL_MID, current: AMBER, hand: ACCENT, gap: WHITE },
      );
    case 'outline':
      return outlineWheel(x, y);
  }
}

/** Renders the icon to straight RGBA bytes (row-major, 4 bytes a pixel). */
export function renderIcon(style: IconStyle, size: number, samplesPerAxis = 4): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = samplesPerAxis * samplesPerAxis;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour so transparent samples do not darken edges.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samplesPerAxis; sy++) {
        for (let sx = 0; sx < samplesPerAxis; sx++) {
          const c = sampleIcon(style, (px + (sx + 0.5) / samplesPerAxis) / size, (py + (sy + 0.5) / samplesPerAxis) / size);
          if (c === null) continue;
          const alpha = c.a / 255;
          r += c.r * alpha;
          g += c.g * alpha;
          b += c.b * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      const coverage = a / n;
      if (a === 0) {
        // Fully transparent pixels are stored as transparent white, so the outline
        // icon holds nothing but white.
        out.set([255, 255, 255, 0], i);
      } else {
        out.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(coverage * 255)], i);
      }
    }
  }
  return out;
}
