/**
 * Gives the focus back to where it was when a dialog that is opened from code (and unmounted
 * when closed, so Fluent's own restore has nothing to return to) closes: `remember` when it
 * opens, `restore` when it closes (it returns a cancel, for effect cleanups). When the element
 * is gone or disabled, `fallback` is asked for another, given the one that is gone. Without a
 * `remember`, `restore` does nothing.
 */
import { useCallback, useMemo, useRef } from 'react';

type Focusable = HTMLElement | SVGElement;

export function useReturnFocus(fallback?: (gone: Focusable) => Focusable | null): {
  readonly remember: () => void;
  readonly restore: () => () => void;
} {
  const target = useRef<Focusable | null>(null);
  const remember = useCallback(() => {
    const active = document.activeElement;
    target.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
  }, []);
  const restore = useCallback(() => {
    const element = target.current;
    target.current = null;
    if (!element) return () => {};
    // After the dialog has gone: focusing before React removes it would be undone.
    const frame = requestAnimationFrame(() => {
      const usable = element.isConnected && !element.hasAttribute('disabled') ? element : fallback?.(element);
      usable?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [fallback]);
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}

/**
 * A ref callback that focuses its element when it appears: for what takes over from a control
 * that has just gone (a question's first button, a run's Avbryt, its result).
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
