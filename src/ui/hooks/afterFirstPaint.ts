/**
 * Runs `callback` in the task after the next frame has been painted: rAF runs before the
 * paint, a task queued from it runs after. Returns a cancel function (for effect cleanups).
 */
export function afterFirstPaint(callback: () => void, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = win.requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    win.cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
