/**
 * The view state, kept in the page URL so that reloading or copying the address shows the same
 * view. Filters and typing replace the address (`history.replaceState`), so the history is not
 * filled with every keystroke; opening a deadline is a step of its own (`pushState`), so the
 * browser's Back goes from a "se også" target to the deadline that linked it, and then closes
 * the details, instead of leaving the tab (and Forward opens them again, as browsers do).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readViewState, writeViewState, type ViewState } from './urlState';

/** How many of the views behind this history entry the tab pushed itself (in `history.state`). */
const STEPS = 'arshjulSteps';
/**
 * Which load of the page pushed them: after a reload the entries behind belong to another
 * document, and going back over them would load the page again, so they are not counted.
 */
const LOAD = 'arshjulLoad';
const THIS_LOAD = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export interface ViewStateControls {
  /** Shows `next` as a new step of the browser's history: Back returns to the view before it. */
  readonly push: (next: ViewState) => void;
  /**
   * Goes back over every step pushed since the page opened (the details close wherever the
   * "se også" links led) and shows `change` of the view found there in its place: a deep link
   * that opened the details is the first entry, and closing must not show it again.
   */
  readonly unwind: (change: (view: ViewState) => ViewState) => void;
}

export function useViewState(
  win: Window = window,
  initial?: (state: ViewState) => ViewState,
): [ViewState, (next: ViewState) => void, ViewStateControls] {
  const [state, setState] = useState<ViewState>(() => {
    const read = readViewState(win.location.search);
    const start = initial ? initial(read) : read;
    if (start !== read) replaceUrl(win, start);
    return start;
  });
  // What `unwind` does to the view it lands on, once the browser has gone back.
  const afterUnwind = useRef<((view: ViewState) => ViewState) | undefined>(undefined);
  useEffect(() => {
    // Back and Forward: the address is the view.
    const popped = () => {
      const read = readViewState(win.location.search);
      const change = afterUnwind.current;
      afterUnwind.current = undefined;
      const next = change ? change(read) : read;
      if (next !== read) replaceUrl(win, next);
      setState(next);
    };
    win.addEventListener('popstate', popped);
    return () => win.removeEventListener('popstate', popped);
  }, [win]);
  const update = useCallback(
    (next: ViewState) => {
      setState(next);
      replaceUrl(win, next);
    },
    [win],
  );
  const push = useCallback(
    (next: ViewState) => {
      setState(next);
      const url = urlOf(win, next);
      if (url !== currentUrl(win)) win.history.pushState({ ...stateObject(win), [STEPS]: stepsOf(win) + 1, [LOAD]: THIS_LOAD }, '', url);
    },
    [win],
  );
  const unwind = useCallback(
    (change: (view: ViewState) => ViewState) => {
      // Already going back: a second close before the browser has arrived would go further.
      if (afterUnwind.current) return;
      const steps = stepsOf(win);
      if (steps === 0) {
        update(change(readViewState(win.location.search)));
        return;
      }
      afterUnwind.current = change;
      win.history.go(-steps);
    },
    [win, update],
  );
  return [state, update, { push, unwind }];
}

function stateObject(win: Window): Record<string, unknown> {
  const value: unknown = win.history.state;
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function stepsOf(win: Window): number {
  const state = stateObject(win);
  const steps = state[STEPS];
  if (state[LOAD] !== THIS_LOAD) return 0;
  return typeof steps === 'number' && Number.isInteger(steps) && steps > 0 ? steps : 0;
}

const currentUrl = (win: Window): string => `${win.location.pathname}${win.location.search}${win.location.hash}`;
const urlOf = (win: Window, state: ViewState): string => `${win.location.pathname}${writeViewState(state, win.location.search)}${win.location.hash}`;

function replaceUrl(win: Window, state: ViewState): void {
  const url = urlOf(win, state);
  if (url !== currentUrl(win)) win.history.replaceState(win.history.state, '', url);
}
