/**
 * Deadlines built straight from the model type, for sync tests. Small on purpose: the real
 * dataset is wired in elsewhere.
 */
import type { CategoryKey } from '../../src/domain/model/category';
import { deadlineKey, type Deadline, type Entry, type EntryId } from '../../src/domain/model/entry';
import type { PlainDate } from '../../src/domain/time/plainDate';
import type { SchoolYear } from '../../src/domain/time/schoolYear';

export const YEAR = '2026-2027' as SchoolYear;

export interface DeadlineSpec {
  readonly id: string;
  readonly title?: string;
  readonly start: string;
  /** Inclusive; defaults to `start`. */
  readonly end?: string;
  readonly category?: CategoryKey;
  readonly from?: string;
  readonly to?: string;
  readonly comment?: string;
  readonly reportCodes?: readonly string[];
  readonly whenAsWritten?: string;
  readonly schoolYear?: SchoolYear;
  readonly occurrence?: number;
  readonly occurrences?: number;
}

export function makeDeadline(spec: DeadlineSpec): Deadline {
  const schoolYear = spec.schoolYear ?? YEAR;
  const start = spec.start as PlainDate;
  const end = (spec.end ?? spec.start) as PlainDate;
  const entry: Entry = {
    id: spec.id as EntryId,
    when: start === end ? { kind: 'date', date: start } : { kind: 'range', start, end },
    whenAsWritten: spec.whenAsWritten ?? start,
    rollForward: 'keep',
    from: spec.from,
    title: spec.title ?? `Frist ${spec.id}`,
    to: spec.to,
    comment: spec.comment,
    category: spec.category ?? 'vigo-intern',
    categoryInferred: false,
    counties: 'all',
    reportCodes: spec.reportCodes ?? [],
    references: [],
    moves: [],
  };
  const occurrence = spec.occurrence ?? 1;
  const occurrences = spec.occurrences ?? 1;
  return {
    key: deadlineKey(schoolYear, entry.id, occurrence, occurrences),
    schoolYear,
    entry,
    occurrence,
    occurrences,
    start,
    end,
    moves: [],
  };
}

/** A varied set: single days, a range, categories across the legend, report codes. */
export function sampleDeadlines(): Deadline[] {
  return [
    makeDeadline({ id: 'soknadsfrist-ordinaer', title: 'Søknadsfrist ordinært inntak', start: '2027-03-01', category: 'udir-soker-inntak', from: 'Søkere', to: 'Inntakskontoret' }),
    makeDeadline({ id: 'ssb-elev', title: 'Levere ssbElev', start: '2026-10-01', category: 'ssb-udir', reportCodes: ['6A015'] }),
    makeDeadline({ id: 'lanekassen-resultat', title: 'Eksamensresultat til Lånekassen', start: '2027-06-21', end: '2027-06-23', category: 'lanekassen' }),
    makeDeadline({ id: 'sommeravslutning', title: 'Sommeravslutning i VIGO', start: '2026-08-14', category: 'vigo-intern', comment: 'Kjøres av IST' }),
    makeDeadline({ id: 'ot-sluttere', title: 'Sluttere til OT', start: '2026-11-16', category: 'oppfolgingstjenesten', reportCodes: ['5A001'] }),
  ];
}

export const INJECTION = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  amp: 'Rambøll & Conexus',
  emoji: 'Frist 🎓📅',
  long: 'L'.repeat(280) + '🎓'.repeat(10),
} as const;

/** A deadline with hostile or awkward text in every field. */
export function hostileDeadline(id = 'hostile'): Deadline {
  return makeDeadline({
    id,
    title: `${INJECTION.script}${INJECTION.img}${INJECTION.amp}${INJECTION.emoji}${INJECTION.long}`,
    start: '2027-01-15',
    from: INJECTION.img,
    to: INJECTION.script,
    comment: `${INJECTION.amp} ${INJECTION.emoji}`,
    reportCodes: ['<b>5A001</b>', '"6A015"'],
    whenAsWritten: '15.jan <i>',
    category: 'ramboll-conexus',
  });
}

export const TEST_LINK = (d: Deadline) => `https://arshjul.example.no/tab?deadline=${encodeURIComponent(d.key)}`;

/** `count` weekly deadlines from 1 September, across categories: enough for more than one batch. */
export function manyDeadlines(count: number): Deadline[] {
  const categories: CategoryKey[] = ['fpvs', 'lanekassen', 'ssb-udir', 'vilbli', 'general', 'vigo-intern'];
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 8, 1 + i * 7)).toISOString().slice(0, 10);
    return makeDeadline({ id: `frist-${String(i + 1).padStart(2, '0')}`, title: `Frist nummer ${i + 1}`, start: day, category: categories[i % categories.length] });
  });
}
