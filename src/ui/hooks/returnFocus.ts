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

/** A modal dialog still in the page (Fluent keeps one there while it animates out). */
const OPEN_DIALOG = '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]';
/** At most about two seconds: a dialog that stays is not the one that closed. */
const MAX_WAIT_FRAMES = 120;

export function useReturnFocus(fallback?: (gone: Focusable) => Focusable | null): {
  readonly remember: () => void;
  readonly restore: (orElse?: () => Focusable | null) => () => void;
} {
  const target = useRef<Focusable | null>(null);
  const remember = useCallback(() => {
    const active = document.activeElement;
    // The page itself is no place to go back to: Safari (and Teams and Outlook on a Mac) leave
    // the focus there when a button is clicked. Then `orElse` decides, as for a link.
    const onPage = active === document.body || active === document.documentElement;
    target.current = !onPage && (active instanceof HTMLElement || active instanceof SVGElement) ? active : null;
  }, []);
  const restore = useCallback(
    (orElse?: () => Focusable | null) => {
      const element = target.current;
      target.current = null;
      if (!element && !orElse) return () => {};
      // After the dialog has gone, its closing animation included: while it is in the page its
      // focus trap takes the focus back, and its removal then drops the focus to the page.
      let frame = 0;
      let frames = 0;
      const attempt = () => {
        if (document.querySelector(OPEN_DIALOG) && ++frames < MAX_WAIT_FRAMES) {
          frame = requestAnimationFrame(attempt);
          return;
        }
        const usable = element && (element.isConnected && !element.hasAttribute('disabled') ? element : fallback?.(element));
        (usable ?? orElse?.())?.focus();
      };
      frame = requestAnimationFrame(attempt);
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
