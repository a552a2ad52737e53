/**
 * Gives the focus back to where it was when a dialog that is opened from code (and unmounted
 * when closed, so Fluent's own restore has nothing to return to) closes: `remember` when it
 * opens, `restore` when it closes. When that element is gone or disabled, `fallback` gets it.
 */
import { useCallback, useRef } from 'react';

type Focusable = HTMLElement | SVGElement;

export function useReturnFocus(fallback?: () => Focusable | null): { readonly remember: () => void; readonly restore: () => void } {
  const target = useRef<Focusable | null>(null);
  const remember = useCallback(() => {
    const active = document.activeElement;
    target.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
  }, []);
  const restore = useCallback(() => {
    const element = target.current;
    target.current = null;
    // After the dialog has gone: focusing before React removes it would be undone.
    requestAnimationFrame(() => {
      const usable = element?.isConnected && !element.hasAttribute('disabled') ? element : fallback?.();
      usable?.focus();
    });
  }, [fallback]);
  return { remember, restore };
}
