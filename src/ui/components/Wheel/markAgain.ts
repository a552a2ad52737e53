import { wheelClassNames } from './useWheelStyles.styles';

/**
 * A wheel mark that had the focus, drawn again: a redraw (opening a deadline changes its
 * selected ring) replaces the marks, so the one that had the focus is gone and its twin (same
 * `data-i`, same layout) is the one to give the focus back to. `null` for anything else.
 */
export function wheelMarkAgain(gone: Element): SVGElement | null {
  const index = gone.getAttribute('data-i');
  if (index === null) return null;
  return document.querySelector<SVGElement>(`.${wheelClassNames.host} [data-i="${CSS.escape(index)}"]`);
}
