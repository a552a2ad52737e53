import type { CategoryKey } from '../../../domain/model/category';
import type { Deadline, DeadlineKey } from '../../../domain/model/entry';
import type { WheelLayout, WheelItem } from '../../../domain/geometry/layout';
import type { WheelZoom } from '../../../domain/geometry/zoom';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import type { KeyboardEvent, MouseEvent, FocusEvent, PointerEvent, RefObject } from 'react';
import type { WheelLocale, WheelStrings } from './Wheel.strings';
import type { ViewBox, WheelLegendPlacement } from './wheelSvg';
import type { WheelTheme } from './wheelTheme';

export type { WheelZoom } from '../../../domain/geometry/zoom';
export type { WheelTheme } from './wheelTheme';
export type { WheelLegendPlacement } from './wheelSvg';

export interface WheelProps {
  /** The deadlines to draw, already filtered; those outside the period are counted, not drawn. */
  readonly deadlines: readonly Deadline[];
  readonly schoolYear: SchoolYear;
  /** Today in Norway; the hand and the highlighted month. */
  readonly today: PlainDate;
  /**
   * The month at 12 o'clock.
   * @default 8 (August)
   */
  readonly startMonth?: number;
  readonly theme: WheelTheme;
  readonly locale: WheelLocale;
  /** Every text the wheel shows or announces; see `wheelStrings`. */
  readonly strings: WheelStrings;
  /** The deadline whose details are open; its mark (or cluster) is outlined. */
  readonly selectedKey?: DeadlineKey;
  /**
   * Deadlines selected elsewhere (the list's checkboxes, for pushing to Outlook or Planner):
   * their marks get a dashed ring and "valgt" in their accessible names.
   * @default none
   */
  readonly selectedKeys?: ReadonlySet<DeadlineKey>;
  /** Click or Enter on a deadline (or on one in a cluster's list). */
  readonly onOpen: (deadline: Deadline) => void;
  /** Keyboard focus reached a deadline (the first one of a cluster). */
  readonly onFocusDeadline?: (deadline: Deadline) => void;
  /** Controlled zoom; leave out to let the wheel keep its own. */
  readonly zoom?: WheelZoom;
  /**
   * Initial zoom when uncontrolled.
   * @default { level: 'year' }
   */
  readonly defaultZoom?: WheelZoom;
  readonly onZoomChange?: (zoom: WheelZoom) => void;
  /** Shown in the hub and the accessible name ("Vestland fylkeskommune"). */
  readonly countyLabel?: string;
  /**
   * Rings to draw, so a filter can empty a ring without moving the others.
   * @default the categories of `deadlines`, in legend order
   */
  readonly rings?: readonly CategoryKey[];
  /**
   * Where the colour legend is drawn inside the SVG.
   * @default 'right'
   */
  readonly legend?: WheelLegendPlacement;
  readonly className?: string;
}

/** Where an overlay sits on the wheel, as fractions of the SVG's box. */
export interface WheelAnchor {
  readonly item: WheelItem;
  readonly index: number;
  readonly left: number;
  readonly top: number;
}

export interface WheelState {
  readonly props: WheelProps;
  readonly layout: WheelLayout;
  readonly markup: string;
  readonly viewBox: ViewBox;
  readonly svgId: string;
  readonly zoom: WheelZoom;
  /** "Hele skoleåret", "Oktober 2026". */
  readonly windowName: string;
  readonly canStepBack: boolean;
  readonly canStepForward: boolean;
  /** The item shown in the tooltip (hovered, else focused), unless a cluster's list is open or Escape hid it. */
  readonly tip?: WheelAnchor;
  /** The cluster whose list is open. */
  readonly openCluster?: WheelAnchor;
  /** Deadlines of the period only in the list: before it starts and after it ends. */
  readonly outsideNotes: readonly string[];
  readonly hostRef: RefObject<HTMLDivElement | null>;
  readonly popoverRef: RefObject<HTMLDivElement | null>;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  readonly onClick: (event: MouseEvent<HTMLDivElement>) => void;
  readonly onPointerOver: (event: PointerEvent<HTMLDivElement>) => void;
  readonly onPointerLeave: () => void;
  /** The pointer on the tooltip keeps it; leaving it hides it, after the same delay as leaving a mark. */
  readonly onTipPointerEnter: () => void;
  readonly onTipPointerLeave: () => void;
  readonly onFocus: (event: FocusEvent<HTMLDivElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLDivElement>) => void;
  readonly setZoomLevel: (level: WheelZoom['level']) => void;
  readonly stepZoom: (delta: -1 | 1) => void;
  readonly openDeadline: (deadline: Deadline) => void;
  readonly closeCluster: () => void;
  readonly onPopoverKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Closes a cluster's list when the focus leaves it. */
  readonly onPopoverBlur: (event: FocusEvent<HTMLDivElement>) => void;
}
