/**
 * Props → state of the wheel. The SVG is one memoised string (layout and markup change only
 * with the data, zoom, theme, language or the wheel's width crossing NARROW_WHEEL_PX); what
 * changes while someone uses it — the tab stop,
 * the open and the selected marks, hover and focus — is applied to that markup's elements
 * directly or shown in overlays, so 2,000 marks are never re-rendered for a key press. Events
 * are delegated to the host element and find their item by `data-i`.
 *
 * A large wheel is drawn over several frames: the dial, the rings and the first `WHEEL_BATCH` items
 * with the markup, then `WHEEL_BATCH` more items in each following frame, so that no single frame
 * parses, styles and lays out thousands of elements.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent, RefObject } from 'react';
import type { Deadline } from '../../../domain/model/entry';
import { layoutWheel, NARROW_DIMENSIONS } from '../../../domain/geometry/layout';
import { wheelPeriod } from '../../../domain/geometry/wheelPeriod';
import { stepZoom as stepZoomWindow, YEAR_ZOOM, zoomToLevel, type WheelZoom } from '../../../domain/geometry/zoom';
import { formatDate, formatTemplate } from './format';
import type { WheelAnchor, WheelProps, WheelState } from './Wheel.types';
import { afterFirstPaint } from '../../hooks/afterFirstPaint';
import { WHEEL_BATCH, isLargeWheel } from './wheelBatch';
import { NARROW_WHEEL_PX, pointInBox, wheelItemLabel, wheelItemsMarkup, wheelSvgMarkup, wheelViewBox, windowName as nameOfWindow, type WheelSvgInput } from './wheelSvg';


const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * How long a mark's tooltip stays after the pointer has left the mark, so that the pointer can
 * cross the gap to the tooltip and rest on it (WCAG 1.4.13, hoverable); Fluent's own tooltips wait as long.
 */
const TIP_HIDE_DELAY_MS = 250;

/**
 * How long the pointer rests on a mark before its tooltip shows, when none is shown (Fluent's
 * tooltips wait as long): a pointer crossing the wheel on its way to a mark does not leave the
 * tooltips of the marks it passed over the one it is heading for. Once one is shown, the next
 * mark's replaces it at once.
 */
const TIP_SHOW_DELAY_MS = 250;

/**
 * Marks the first time the wheel is on screen with every item, for the benchmark (`performance.mark`).
 * Asked for in the commit (a layout effect), so its frame callback and then its task come before
 * the work the page defers to after its first paint; from a passive effect the mark waited for
 * that work and came ~100 ms (4x CPU) after the wheel was painted.
 */
function useDrawnMark(complete: boolean): void {
  useIsomorphicLayoutEffect(() => {
    if (!complete || typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
    return afterFirstPaint(() => {
      if (performance.getEntriesByName('wheel-drawn').length === 0) performance.mark('wheel-drawn');
    });
  }, [complete]);
}

/**
 * Runs `compute` and, the first time `name` is computed on the page, records how long it took
 * (`performance.measure`), for the benchmark's account of what the wheel costs before it is drawn.
 */
function timed<T>(name: string, compute: () => T): T {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function' || performance.getEntriesByName(name).length > 0) return compute();
  const start = performance.now();
  const result = compute();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

/**
 * Whether the wheel is drawn under {@link NARROW_WHEEL_PX} across, so as `narrow`: guessed from
 * the window for the first render (the wheel is never wider than the window), then measured
 * before the first paint and whenever the host's width changes.
 */
function useNarrow(hostRef: RefObject<HTMLDivElement | null>): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.innerWidth < NARROW_WHEEL_PX);
  useIsomorphicLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // A host not laid out (display: none, a print clone) has no width to go by.
    const measure = (width: number) => {
      if (width > 0) setNarrow(width < NARROW_WHEEL_PX);
    };
    measure(host.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(host);
    return () => observer.disconnect();
  }, [hostRef]);
  return narrow;
}

function itemIndexOf(target: EventTarget | null): number | undefined {
  if (!(target instanceof Element)) return undefined;
  const element = target.closest('[data-i]');
  const value = element?.getAttribute('data-i');
  return value == null ? undefined : Number(value);
}

export function useWheel(props: WheelProps): WheelState {
  const { deadlines, schoolYear, today, startMonth, theme, locale, strings, countyLabel, rings, legend = 'right' } = props;
  const { onOpen, onFocusDeadline, onZoomChange, selectedKey, selectedKeys } = props;

  const period = useMemo(() => wheelPeriod(schoolYear, startMonth), [schoolYear, startMonth]);
  const [ownZoom, setOwnZoom] = useState<WheelZoom>(props.defaultZoom ?? YEAR_ZOOM);
  const zoom = props.zoom ?? ownZoom;
  const controlled = props.zoom !== undefined;
  const setZoom = useCallback(
    (next: WheelZoom) => {
      if (!controlled) setOwnZoom(next);
      onZoomChange?.(next);
    },
    [controlled, onZoomChange],
  );

  const hostRef = useRef<HTMLDivElement | null>(null);
  const narrow = useNarrow(hostRef);
  const layout = useMemo(
    () => timed('wheel-layout', () => layoutWheel({ deadlines, period, today, zoom, ...(rings ? { rings } : {}), ...(narrow ? { dimensions: NARROW_DIMENSIONS } : {}) })),
    [deadlines, period, today, zoom, rings, narrow],
  );
  const svgId = `aw${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const svgInput: WheelSvgInput = useMemo(
    () => ({ layout, theme, locale, strings, legend, id: svgId, itemCount: WHEEL_BATCH, ...(countyLabel ? { countyLabel } : {}), ...(narrow ? { medium: 'narrow' as const } : {}) }),
    [layout, theme, locale, strings, legend, svgId, countyLabel, narrow],
  );
  const markup = useMemo(() => timed('wheel-markup', () => wheelSvgMarkup(svgInput)), [svgInput]);
  const viewBox = useMemo(() => wheelViewBox(layout, legend), [layout, legend]);

  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [hoverIndex, setHoverIndex] = useState<number | undefined>(undefined);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  // Escape hid the tooltip: the focused mark's until the focus moves to a mark again, and the
  // hovered mark's until the pointer has been somewhere else.
  const [focusTipDismissed, setFocusTipDismissed] = useState(false);
  const [dismissedHover, setDismissedHover] = useState<number | undefined>(undefined);
  const tipHideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tipShowTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A hovered index, and one about to be, belong to the layout they were pointed at in.
  useIsomorphicLayoutEffect(() => {
    clearTimeout(tipShowTimer.current);
    setHoverIndex(undefined);
  }, [layout]);
  const [clusterId, setClusterId] = useState<string | undefined>(undefined);
  const popoverRef = useRef<HTMLDivElement | null>(null);

  const items = layout.items;
  // The markup whose items have all been added; a small wheel is whole from the start.
  const [drawnFor, setDrawnFor] = useState<string | undefined>(undefined);
  const complete = !isLargeWheel(items.length) || drawnFor === markup;
  useIsomorphicLayoutEffect(() => {
    const host = hostRef.current;
    if (!host || !isLargeWheel(svgInput.layout.items.length)) return;
    let from = WHEEL_BATCH;
    let frame = 0;
    const step = () => {
      for (const [category, html] of wheelItemsMarkup(svgInput, from, from + WHEEL_BATCH)) {
        host.querySelector(`[data-ring="${category}"]`)?.insertAdjacentHTML('beforeend', html);
      }
      from += WHEEL_BATCH;
      if (from < svgInput.layout.items.length) frame = requestAnimationFrame(step);
      else setDrawnFor(markup);
    };
    // The first batch goes into the frame after the one that paints the markup: a rAF asked for
    // now would run before that paint and double its work.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [markup, svgInput]);
  // The tab stop: the item last focused, else the first that is not over yet.
  const activeIndex = useMemo(() => {
    const kept = activeId === undefined ? -1 : items.findIndex((i) => i.id === activeId || i.deadlines.some((d) => d.key === activeId));
    if (kept >= 0) return kept;
    const upcoming = items.findIndex((i) => i.end >= today);
    return upcoming >= 0 ? upcoming : 0;
  }, [items, activeId, today]);

  const elementAt = useCallback((index: number): HTMLElement | null => hostRef.current?.querySelector<HTMLElement>(`[data-i="${index}"]`) ?? null, []);

  useIsomorphicLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    host.querySelectorAll('[data-i][tabindex="0"]').forEach((el) => el.setAttribute('tabindex', '-1'));
    elementAt(activeIndex)?.setAttribute('tabindex', '0');
  }, [markup, complete, activeIndex, elementAt]);

  const selectedIndex = useMemo(() => (selectedKey ? items.findIndex((i) => i.deadlines.some((d) => d.key === selectedKey)) : -1), [items, selectedKey]);
  useIsomorphicLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    host.querySelectorAll('.aw-sel').forEach((el) => {
      el.classList.remove('aw-sel');
      el.removeAttribute('aria-current');
    });
    const selected = selectedIndex >= 0 ? elementAt(selectedIndex) : null;
    selected?.classList.add('aw-sel');
    selected?.setAttribute('aria-current', 'true');
  }, [markup, complete, selectedIndex, elementAt]);

  // Deadlines checked in the list: a dashed ring and "valgt" in the name of their marks.
  useIsomorphicLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    host.querySelectorAll('.aw-chk').forEach((el) => {
      el.classList.remove('aw-chk');
      const item = items[Number(el.getAttribute('data-i'))];
      if (item) el.setAttribute('aria-label', wheelItemLabel(item, strings, locale));
    });
    if (!selectedKeys || selectedKeys.size === 0) return;
    items.forEach((item, index) => {
      const count = item.deadlines.reduce((n, d) => (selectedKeys.has(d.key) ? n + 1 : n), 0);
      if (count === 0) return;
      const element = elementAt(index);
      if (!element) return;
      const label = wheelItemLabel(item, strings, locale);
      element.classList.add('aw-chk');
      element.setAttribute('aria-label', formatTemplate(item.kind === 'cluster' ? strings.clusterSelectedLabel : strings.selectedLabel, { label, count }));
    });
  }, [markup, complete, items, selectedKeys, strings, locale, elementAt]);

  useDrawnMark(complete);

  const anchor = useCallback(
    (index: number | undefined): WheelAnchor | undefined => {
      const item = index === undefined ? undefined : items[index];
      if (!item || index === undefined) return undefined;
      return { item, index, ...pointInBox(item.point, viewBox) };
    },
    [items, viewBox],
  );

  const clusterIndex = clusterId === undefined ? -1 : items.findIndex((i) => i.id === clusterId);
  const openCluster = clusterIndex >= 0 ? anchor(clusterIndex) : undefined;
  const tip = openCluster ? undefined : anchor(hoverIndex ?? (focusTipDismissed ? undefined : focusIndex));
  const tipShown = tip !== undefined;

  const keepTip = useCallback(() => {
    clearTimeout(tipHideTimer.current);
    tipHideTimer.current = undefined;
  }, []);
  const leaveTip = useCallback(() => {
    clearTimeout(tipShowTimer.current);
    if (tipHideTimer.current !== undefined) return;
    tipHideTimer.current = setTimeout(() => {
      tipHideTimer.current = undefined;
      setHoverIndex(undefined);
    }, TIP_HIDE_DELAY_MS);
  }, []);
  useEffect(
    () => () => {
      clearTimeout(tipHideTimer.current);
      clearTimeout(tipShowTimer.current);
    },
    [],
  );

  // Escape hides the tooltip without moving the focus or the pointer (WCAG 1.4.13, dismissible),
  // wherever the focus is, since a tooltip under the pointer covers the marks around it. On a
  // mark the key does nothing else; elsewhere it goes on to do what it does there, so a tooltip
  // still shown under the details dialog does not keep the dialog from closing.
  useEffect(() => {
    const host = hostRef.current;
    if (!tipShown || !host) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      keepTip();
      clearTimeout(tipShowTimer.current);
      setFocusTipDismissed(true);
      setDismissedHover(hoverIndex);
      setHoverIndex(undefined);
      if (event.target instanceof Node && host.contains(event.target)) event.preventDefault();
    };
    const doc = host.ownerDocument;
    doc.addEventListener('keydown', onKeyDown, { capture: true });
    return () => doc.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [tipShown, hoverIndex, keepTip]);

  // The mark under the pointer whose tooltip Escape hid shows it again once the pointer has been
  // anywhere else. Watched on the whole page: the pointer may have rested on the tooltip, which is
  // not in the wheel's drawing, so the wheel never sees it leave.
  useEffect(() => {
    const host = hostRef.current;
    if (dismissedHover === undefined || !host) return;
    const onPointerOver = (event: globalThis.PointerEvent) => {
      const over = event.target instanceof Node && host.contains(event.target) ? itemIndexOf(event.target) : undefined;
      if (over !== dismissedHover) setDismissedHover(undefined);
    };
    const doc = host.ownerDocument;
    doc.addEventListener('pointerover', onPointerOver, { capture: true });
    return () => doc.removeEventListener('pointerover', onPointerOver, { capture: true });
  }, [dismissedHover]);

  // A cluster's list takes the focus when it opens, and gives it back when it closes.
  useEffect(() => {
    if (clusterId !== undefined) popoverRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [clusterId]);

  const focusItem = useCallback(
    (index: number) => {
      const item = items[index];
      if (!item) return;
      setActiveId(item.id);
      const element = elementAt(index);
      element?.setAttribute('tabindex', '0');
      element?.focus();
    },
    [items, elementAt],
  );

  const activate = useCallback(
    (index: number) => {
      const item = items[index];
      if (!item) return;
      // A tooltip asked for a moment ago would come up under the details.
      clearTimeout(tipShowTimer.current);
      setActiveId(item.id);
      if (item.kind === 'cluster') setClusterId(item.id);
      else if (item.deadlines[0]) onOpen(item.deadlines[0]);
    },
    [items, onOpen],
  );

  const closeCluster = useCallback(() => {
    const index = clusterIndex;
    setClusterId(undefined);
    if (index >= 0) elementAt(index)?.focus();
  }, [clusterIndex, elementAt]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const index = itemIndexOf(event.target);
      if (index === undefined) return;
      const last = items.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: Math.min(last, index + 1),
        ArrowDown: Math.min(last, index + 1),
        ArrowLeft: Math.max(0, index - 1),
        ArrowUp: Math.max(0, index - 1),
        Home: 0,
        End: last,
      };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        focusItem(target);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(index);
      }
    },
    [items.length, focusItem, activate],
  );

  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const index = itemIndexOf(event.target);
      if (index !== undefined) {
        activate(index);
        return;
      }
      const month = event.target instanceof Element ? event.target.closest('[data-zoom-month]')?.getAttribute('data-zoom-month') : undefined;
      if (month != null) setZoom({ level: 'month', index: Number(month) });
      if (clusterId !== undefined) setClusterId(undefined);
    },
    [activate, setZoom, clusterId],
  );

  const onPointerOver = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const index = itemIndexOf(event.target);
      if (index === undefined) {
        leaveTip();
        return;
      }
      if (index === dismissedHover) return;
      keepTip();
      clearTimeout(tipShowTimer.current);
      if (tipShown) setHoverIndex(index);
      else tipShowTimer.current = setTimeout(() => setHoverIndex(index), TIP_SHOW_DELAY_MS);
    },
    [dismissedHover, tipShown, keepTip, leaveTip],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const index = itemIndexOf(event.target);
      if (index === undefined) return;
      setFocusIndex(index);
      setFocusTipDismissed(false);
      const item = items[index];
      if (!item) return;
      setActiveId(item.id);
      if (item.deadlines[0]) onFocusDeadline?.(item.deadlines[0]);
    },
    [items, onFocusDeadline],
  );

  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    if (itemIndexOf(event.relatedTarget) === undefined) setFocusIndex(undefined);
  }, []);

  // New markup (the pane's width crossed NARROW_WHEEL_PX, or the data changed) has new elements:
  // a mark that had the focus went with the old ones, and the focus fell to the page. It goes
  // back to the same item (the tab stop is kept by id).
  useIsomorphicLayoutEffect(() => {
    // Only a focus that fell to the page: one anywhere else (a mark of the new markup included) was put there.
    const active = document.activeElement;
    if (!hostRef.current || focusIndex === undefined || (active && active !== document.body)) return;
    focusItem(activeIndex);
  }, [markup]); // Only when the markup changes: focusIndex and activeIndex as they were then.

  // The list closes and the focus goes back to the cluster's mark before the deadline opens, so
  // whatever the opening remembers to return to later (the details dialog) is the mark, not a
  // button of the list that is about to go.
  const openDeadline = useCallback(
    (deadline: Deadline) => {
      closeCluster();
      onOpen(deadline);
    },
    [closeCluster, onOpen],
  );

  const onPopoverKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeCluster();
      }
    },
    [closeCluster],
  );

  // The list is a non-modal dialog over the wheel: once the focus has gone to something else
  // (Tab on to the filters, Shift+Tab back to the mark, a click on another control) it closes and
  // leaves the focus there. Focus that goes nowhere (the window left, or Safari, which does not
  // focus a button it clicks, on the way to a click on one of the list's own deadlines) keeps it.
  const onPopoverBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) setClusterId(undefined);
  }, []);

  const setZoomLevel = useCallback((level: WheelZoom['level']) => {
    if (level === zoom.level) return;
    setZoom(zoomToLevel(period, zoom, level, today));
  }, [zoom, period, today, setZoom]);

  const stepZoom = useCallback(
    (delta: -1 | 1) => {
      const next = stepZoomWindow(zoom, delta);
      if (next) setZoom(next);
    },
    [zoom, setZoom],
  );

  const outsideNotes = useMemo(() => {
    const notes: string[] = [];
    const { before, after } = layout.outside;
    const note = (count: number, one: string, many: string, date: string) => {
      if (count > 0) notes.push(formatTemplate(count === 1 ? one : many, { count, date }));
    };
    note(before.length, strings.outsideBeforeOne, strings.outsideBefore, formatDate(strings, period.start));
    note(after.length, strings.outsideAfterOne, strings.outsideAfter, formatDate(strings, period.end));
    return notes;
  }, [layout.outside, strings, period]);

  const windowName = zoom.level === 'year' ? strings.wholeYear : nameOfWindow(layout, strings);

  return {
    props,
    layout,
    markup,
    viewBox,
    svgId,
    zoom,
    windowName,
    canStepBack: stepZoomWindow(zoom, -1) !== undefined,
    canStepForward: stepZoomWindow(zoom, 1) !== undefined,
    ...(tip ? { tip } : {}),
    ...(openCluster ? { openCluster } : {}),
    outsideNotes,
    hostRef,
    popoverRef,
    onKeyDown,
    onClick,
    onPointerOver,
    onPointerLeave: leaveTip,
    onTipPointerEnter: keepTip,
    onTipPointerLeave: leaveTip,
    onFocus,
    onBlur,
    setZoomLevel,
    stepZoom,
    openDeadline,
    closeCluster,
    onPopoverKeyDown,
    onPopoverBlur,
  };
}
