/**
 * The view state, kept in the page URL with `history.replaceState` so that reloading or
 * copying the address shows the same view (and the history is not filled with every keystroke).
 */
import { useCallback, useState } from 'react';
import { readViewState, writeViewState, type ViewState } from './urlState';

export function useViewState(win: Window = window, initial?: (state: ViewState) => ViewState): [ViewState, (next: ViewState) => void] {
  const [state, setState] = useState<ViewState>(() => {
    const read = readViewState(win.location.search);
    const start = initial ? initial(read) : read;
    if (start !== read) replaceUrl(win, start);
    return start;
  });
  const update = useCallback(
    (next: ViewState) => {
      setState(next);
      replaceUrl(win, next);
    },
    [win],
  );
  return [state, update];
}

function replaceUrl(win: Window, state: ViewState): void {
  const query = writeViewState(state, win.location.search);
  const url = `${win.location.pathname}${query}${win.location.hash}`;
  if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(win.history.state, '', url);
}
