/** Field labels written into event bodies and task descriptions, per UI language. */
import type { CategoryKey } from '../../domain/model/category';
import { categoryByKey } from '../../domain/model/category';
import type { Deadline, MoveReason } from '../../domain/model/entry';
import { ENGLISH_MONTHS, NORWEGIAN_MONTHS, toYearMonthDay, type PlainDate } from '../../domain/time/plainDate';
import { schoolYearText } from '../../domain/time/schoolYear';

export type SyncLanguage = 'nb' | 'nn' | 'en';
export const SYNC_LANGUAGES: readonly SyncLanguage[] = ['nb', 'nn', 'en'];

export interface SyncLabels {
  readonly from: string;
  readonly to: string;
  readonly comment: string;
  readonly reportCodes: string;
  readonly when: string;
  /** The date cell as the document wrote it. */
  readonly asWritten: string;
  /** "Flyttet fra {date} ({reason})". */
  readonly movedFrom: string;
  readonly reasons: Readonly<Record<MoveReason['kind'], string>>;
  /** Label of the dates in the texts that stay as the template year wrote them; `{year}` is that year. */
  readonly datesAsWritten: string;
  readonly openInApp: string;
  readonly months: readonly string[];
}

export const SYNC_LABELS: Readonly<Record<SyncLanguage, SyncLabels>> = {
  nb: {
    from: 'Fra',
    to: 'Til',
    comment: 'Kommentar',
    reportCodes: 'Rapporter i VIGO',
    when: 'Når',
    asWritten: 'I årshjulet står det',
    movedFrom: 'Flyttet fra',
    reasons: { weekend: 'helg', holiday: 'helligdag', 'leap-day': 'skuddårsdag', 'week-53': 'uke 53 finnes ikke i året' },
    datesAsWritten: 'Datoer i teksten, som i årshjulet for {year}',
    openInApp: 'Åpne i Årshjul',
    months: NORWEGIAN_MONTHS,
  },
  nn: {
    from: 'Frå',
    to: 'Til',
    comment: 'Merknad',
    reportCodes: 'Rapportar i VIGO',
    when: 'Når',
    asWritten: 'I årshjulet står det',
    movedFrom: 'Flytta frå',
    reasons: { weekend: 'helg', holiday: 'heilagdag', 'leap-day': 'skotårsdag', 'week-53': 'veke 53 finst ikkje i året' },
    datesAsWritten: 'Datoar i teksten, som i årshjulet for {year}',
    openInApp: 'Opne i Årshjul',
    months: NORWEGIAN_MONTHS,
  },
  en: {
    from: 'From',
    to: 'To',
    comment: 'Comment',
    reportCodes: 'VIGO reports',
    when: 'When',
    asWritten: 'The annual wheel says',
    movedFrom: 'Moved from',
    reasons: { weekend: 'weekend', holiday: 'public holiday', 'leap-day': 'leap day', 'week-53': 'the year has no week 53' },
    datesAsWritten: 'Dates in the text, as in the annual wheel for {year}',
    openInApp: 'Open in Årshjul',
    months: ENGLISH_MONTHS,
  },
};

/** The Outlook category / Planner label name of an årshjul category. */
export function categoryLabel(key: CategoryKey, language: SyncLanguage): string {
  return categoryByKey(key).name[language];
}

/** A date as people write it: "7. desember 2026", "7 December 2026". */
export function syncDate(date: PlainDate, language: SyncLanguage): string {
  const { year, month, day } = toYearMonthDay(date);
  const name = SYNC_LABELS[language].months[month - 1]!;
  return language === 'en' ? `${day} ${name} ${year}` : `${day}. ${name} ${year}`;
}

/**
 * The date lines of an event body or task description: the date as the app resolved it, the
 * document's own words, every move with its reason, and the dates in the texts that stay as
 * the template year wrote them. The document's "05.des" alone would
 * contradict a deadline moved to Monday 7 December.
 */
export function whenLines(deadline: Deadline, language: SyncLanguage): Array<readonly [label: string, value: string]> {
  const labels = SYNC_LABELS[language];
  const span = deadline.start === deadline.end ? syncDate(deadline.start, language) : `${syncDate(deadline.start, language)} – ${syncDate(deadline.end, language)}`;
  const lines: Array<readonly [string, string]> = [[labels.when, span]];
  if (deadline.entry.whenAsWritten.trim() !== '') lines.push([labels.asWritten, deadline.entry.whenAsWritten]);
  for (const move of deadline.moves) {
    if (move.from !== move.to) lines.push([labels.movedFrom, `${syncDate(move.from, language)} (${labels.reasons[move.reason.kind]})`]);
  }
  // A text's own date that no row carries ("senest 26. september") is the template year's.
  const kept = deadline.entry.datesAsWritten;
  if (kept && kept.dates.length > 0) lines.push([labels.datesAsWritten.replace('{year}', schoolYearText(kept.schoolYear)), kept.dates.join(', ')]);
  return lines;
}
