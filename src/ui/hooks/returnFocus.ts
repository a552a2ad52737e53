/**
 * Gives the focus back to where it was when a dialog that is opened from code (and unmounted
 * when closed, so Fluent's own restore has nothing to return to) closes: `remember` when it
 * opens, `restore` when it closes (it returns a cancel, for effect cleanups). When the element
 * is gone or disabled, `fallback` is asked for another, given the one that is gone. When there
 * is none, or nothing was remembered (the dialog was opened from a link or by the browser's
 * Forward, not from a control), `restore` asks its `orElse`; without one it does nothing.
 */
import { useCallback, useMemo, useRef } from 'react';

type Focusable = HTMLElement | SVGElement;

export function useReturnFocus(fallback?: (gone: Focusable) => Focusable | null): {
  readonly remember: () => void;
  readonly restore: (orElse?: () => Focusable | null) => () => void;
} {
  const target = useRef<Focusable | null>(null);
  const remember = useCallback(() => {
    const active = document.activeElement;
    target.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
  }, []);
  const restore = useCallback(
    (orElse?: () => Focusable | null) => {
      const element = target.current;
      target.current = null;
      if (!element && !orElse) return () => {};
      // After the dialog has gone: focusing before React removes it would be undone.
      const frame = requestAnimationFrame(() => {
        const usable = element && (element.isConnected && !element.hasAttribute('disabled') ? element : fallback?.(element));
        (usable ?? orElse?.())?.focus();
      });
      return () => cancelAnimationFrame(frame);
    },
    [fallback],
  );
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}

/**
 * A ref callback that focuses its element when it appears: for what takes over from a control
 * that has just gone (a question's first button, a run's Avbryt, its result).
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
