/**
 * Browser only: draws an exported SVG onto a canvas and returns a PNG. Kept out of the
 * wheel's module graph; load it with `import('./exportWheelPng')` when someone exports.
 */

export class WheelExportError extends Error {
  constructor(
    readonly code: 'invalid-svg' | 'image-load-failed' | 'canvas-unavailable' | 'encode-failed',
    message: string,
  ) {
    super(message);
    this.name = 'WheelExportError';
  }
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new WheelExportError('invalid-svg', 'The SVG has no viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** A PNG of the SVG at `scale` pixels per unit (the wheel is 1,000 units wide). */
export async function exportWheelPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new WheelExportError('image-load-failed', 'The browser could not draw the SVG'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new WheelExportError('canvas-unavailable', 'No 2D canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new WheelExportError('encode-failed', 'The canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
