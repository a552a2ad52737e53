import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Deadline, Entry, Note } from '../../../domain/model/entry';
import { useLocale } from '../../strings/StringsProvider';
import type { CopyLinkResult, DeadlineDetailsProps, DeadlineDetailsState, ResolvedReference } from './DeadlineDetails.types';

/**
 * The deadline a "se også" reference points at: of the linked entry's occurrences, the first
 * on or after the current one (a routine has several), else its first.
 */
export function resolveReferences(from: Deadline, entry: Entry, all: readonly Deadline[], notes: readonly Note[]): ResolvedReference[] {
  return entry.references.map((ref) => {
    if (ref.kind === 'note') {
      const note = notes.find((n) => n.id === ref.noteId);
      return note ? { text: ref.text, note } : { text: ref.text };
    }
    const occurrences = all.filter((d) => d.entry.id === ref.entryId);
    const target = occurrences.find((d) => d.start >= from.start) ?? occurrences[0];
    return target ? { text: ref.text, target } : { text: ref.text };
  });
}

export function useDeadlineDetails(props: DeadlineDetailsProps): DeadlineDetailsState {
  const locale = useLocale();
  const { deadline, all, notes, onCopyLink } = props;
  // The outcome of "copy link" belongs to the deadline it was for; another deadline starts clean.
  const [copied, setCopied] = useState<{ readonly key: string; readonly result: CopyLinkResult } | undefined>(undefined);
  const copy = copied && copied.key === deadline?.key ? copied.result : undefined;
  const references = useMemo(() => (deadline ? resolveReferences(deadline, deadline.entry, all, notes) : []), [deadline, all, notes]);
  const copyLink = useCallback(() => {
    if (deadline) void onCopyLink(deadline).then((result) => setCopied({ key: deadline.key, result }));
  }, [deadline, onCopyLink]);
  // Each deadline shown (opened, or reached through "se også") starts at its title: read first
  // by a screen reader, and the date under it in view, instead of the first link far below.
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const shownKey = deadline?.key ?? props.missingKey;
  useEffect(() => {
    if (!shownKey) return;
    // After the dialog has put the focus on its first control.
    const frame = requestAnimationFrame(() => {
      contentRef.current?.scrollTo({ top: 0 });
      titleRef.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [shownKey]);
  return { props, locale, open: Boolean(deadline || props.missingKey), references, ...(copy ? { copy } : {}), copyLink, titleRef, contentRef };
}
