/**
 * The language a Planner plan is written in. Pure.
 *
 * A county team shares one school-year plan, and its members read the tab in bokmål, nynorsk
 * or English. The plan's buckets, labels and task texts stay in one language, the one the plan
 * was made in, whoever pushes: otherwise every push from another language would rename the
 * labels and rewrite every task it touches.
 *
 * Planner keeps no property of ours on a plan, so the language is read back from what the app
 * wrote when it made the plan, strongest evidence first, each step keeping the languages that
 * fit it best and leaving a tie to the next:
 * 1. the title: the school year's plan is "Årshjul VIGO 2026–2027" in nb and nn, "VIGO annual
 *    wheel 2026–2027" in en;
 * 2. the names of our labels (category1–11), written when the plan is made and never renamed
 *    after; nb and nn differ in four of them;
 * 3. the names of the month buckets ("desember 2026" in nb and nn, "December 2026" in en).
 * What is still open after that goes to the pusher's language when it is among it, else to the
 * first of nb, nn, en. So a plan this push makes, a plan made but left before its labels were
 * written, and a plan the user picked that has none of our labels or buckets are written in the
 * pusher's language.
 */
import { CATEGORIES } from '../../domain/model/category';
import type { SchoolYear } from '../../domain/time/schoolYear';
import { categoryLabel, SYNC_LANGUAGES, type SyncLanguage } from './labels';
import { bucketMonth, bucketName, categorySlot, planTitle } from './taskMapping';

/** What a plan shows of its language. */
export interface PlanLanguageEvidence {
  readonly title: string;
  readonly schoolYear: SchoolYear;
  /** `plannerPlanDetails.categoryDescriptions`. */
  readonly categoryDescriptions: Readonly<Record<string, string | null | undefined>>;
  readonly bucketNames: readonly string[];
}

type Score = (language: SyncLanguage) => number;

export function planLanguage(plan: PlanLanguageEvidence, pusher: SyncLanguage): SyncLanguage {
  const byTitle: Score = (language) => (plan.title === planTitle(plan.schoolYear, language) ? 1 : 0);
  const byLabels: Score = (language) =>
    CATEGORIES.filter((c) => plan.categoryDescriptions[categorySlot(c.key)] === categoryLabel(c.key, language)).length;
  const byBuckets: Score = (language) =>
    plan.bucketNames.filter((name) => {
      const month = bucketMonth(name);
      return month !== undefined && name === bucketName(month, language);
    }).length;

  let candidates: readonly SyncLanguage[] = SYNC_LANGUAGES;
  for (const score of [byTitle, byLabels, byBuckets]) {
    const best = Math.max(...candidates.map(score));
    if (best > 0) candidates = candidates.filter((language) => score(language) === best);
  }
  return candidates.includes(pusher) ? pusher : (candidates[0] ?? pusher);
}
