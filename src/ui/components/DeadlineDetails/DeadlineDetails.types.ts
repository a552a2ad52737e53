import type { RefObject } from 'react';
import type { Deadline, DeadlineKey, Note } from '../../../domain/model/entry';
import type { Locale } from '../../strings/define';

/** What happened when the user asked to copy a link. */
export type CopyLinkResult = { readonly kind: 'copied' } | { readonly kind: 'manual'; readonly link: string };

export interface DeadlineDetailsProps {
  /** The deadline to show; the dialog is open while it is set. */
  readonly deadline?: Deadline;
  /** A deep link asked for a deadline that is not in the data: the dialog says so. */
  readonly missingKey?: DeadlineKey;
  /** Every deadline of the year, to resolve "se også" links. */
  readonly all: readonly Deadline[];
  /** The notes of the dataset, for references to them. */
  readonly notes: readonly Note[];
  readonly onOpen: (deadline: Deadline) => void;
  readonly onClose: () => void;
  /** Copies a link that opens the tab on this deadline. */
  readonly onCopyLink: (deadline: Deadline) => Promise<CopyLinkResult>;
  /**
   * Whether the deadline is in the selection for "Legg til i Outlook / Planner", and how to
   * change it: a deadline opened from the wheel is selected here. Without it, no checkbox.
   */
  readonly selection?: { readonly selected: boolean; readonly onChange: (deadline: Deadline, selected: boolean) => void };
}

export interface ResolvedReference {
  readonly text: string;
  readonly target?: Deadline;
  readonly note?: Note;
}

export interface DeadlineDetailsState {
  readonly props: DeadlineDetailsProps;
  readonly locale: Locale;
  readonly open: boolean;
  readonly references: readonly ResolvedReference[];
  readonly copy?: CopyLinkResult;
  readonly copyLink: () => void;
  /** The title takes the focus when a deadline is shown, and the content scrolls to its top. */
  readonly titleRef: RefObject<HTMLHeadingElement | null>;
  readonly contentRef: RefObject<HTMLDivElement | null>;
}
