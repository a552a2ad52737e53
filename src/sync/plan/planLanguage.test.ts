import { describe, expect, it } from 'vitest';
import type { SchoolYear } from '../../domain/time/schoolYear';
import { SYNC_LANGUAGES, type SyncLanguage } from './labels';
import { planLanguage, type PlanLanguageEvidence } from './planLanguage';
import { bucketName, categoryDescriptions, planTitle } from './taskMapping';

const YEAR = '2026-2027' as SchoolYear;

/** A plan as the app leaves it when `language` made it. */
function madeIn(language: SyncLanguage, over: Partial<PlanLanguageEvidence> = {}): PlanLanguageEvidence {
  return {
    title: planTitle(YEAR, language),
    schoolYear: YEAR,
    categoryDescriptions: categoryDescriptions(language),
    bucketNames: ['2026-10', '2026-12'].map((m) => bucketName(m, language)),
    ...over,
  };
}

describe('planLanguage', () => {
  it('a plan the app made keeps its language, whoever pushes', () => {
    for (const made of SYNC_LANGUAGES) {
      for (const pusher of SYNC_LANGUAGES) expect(planLanguage(madeIn(made), pusher), `${made} pushed by ${pusher}`).toBe(made);
    }
  });

  it('tells bokmål from nynorsk by the labels, since the title and the month names are the same', () => {
    expect(planTitle(YEAR, 'nb')).toBe(planTitle(YEAR, 'nn'));
    expect(planLanguage(madeIn('nn'), 'nb')).toBe('nn');
    expect(planLanguage(madeIn('nb'), 'nn')).toBe('nb');
  });

  it('goes by the labels that fit best when people renamed some', () => {
    const renamed = { ...categoryDescriptions('nn'), category6: 'LK', category11: null };
    expect(planLanguage(madeIn('nn', { categoryDescriptions: renamed }), 'en')).toBe('nn');
  });

  it('the title outweighs labels that an earlier version renamed to another language', () => {
    // Made in English, then a bokmål reader's push (before plans kept their language) renamed the labels.
    expect(planLanguage(madeIn('en', { categoryDescriptions: categoryDescriptions('nb') }), 'nn')).toBe('en');
    // Made in nynorsk, labels renamed to English: the title says Norwegian, nothing says which.
    expect(planLanguage(madeIn('nn', { categoryDescriptions: categoryDescriptions('en') }), 'nn')).toBe('nn');
    expect(planLanguage(madeIn('nn', { categoryDescriptions: categoryDescriptions('en') }), 'en')).toBe('nb');
  });

  it('a plan made but left before its labels were written: the pusher’s language when the title allows it', () => {
    const unlabelled = (language: SyncLanguage) => madeIn(language, { categoryDescriptions: {}, bucketNames: [] });
    expect(planLanguage(unlabelled('nb'), 'nn')).toBe('nn');
    expect(planLanguage(unlabelled('nb'), 'en')).toBe('nb');
    expect(planLanguage(unlabelled('en'), 'nb')).toBe('en');
  });

  describe('a plan the user picked that the app did not make', () => {
    const own = (over: Partial<PlanLanguageEvidence>) => madeIn('nb', { title: 'Inntak Vestland', categoryDescriptions: { category1: 'Haster', category12: 'Venter' }, bucketNames: [], ...over });

    it('is written in the language of the month buckets it has', () => {
      expect(planLanguage(own({ bucketNames: ['Gjøremål', 'March 2027', 'April 2027'] }), 'nb')).toBe('en');
      expect(planLanguage(own({ bucketNames: ['mars 2027'] }), 'en')).toBe('nb');
      expect(planLanguage(own({ bucketNames: ['mars 2027'] }), 'nn')).toBe('nn');
    });

    it('else in the pusher’s language', () => {
      for (const pusher of SYNC_LANGUAGES) expect(planLanguage(own({ bucketNames: ['Gjøremål', 'Ferdig'] }), pusher)).toBe(pusher);
    });

    it('once a push has labelled it, keeps that language', () => {
      expect(planLanguage(own({ categoryDescriptions: categoryDescriptions('nn'), bucketNames: ['Gjøremål'] }), 'en')).toBe('nn');
    });
  });

  it('a plan with buckets in two languages (pushes before buckets were matched by month) goes by the labels, then by most buckets', () => {
    const mixed = ['oktober 2026', 'desember 2026', 'December 2026'];
    expect(planLanguage(madeIn('nn', { bucketNames: mixed }), 'en')).toBe('nn');
    expect(planLanguage({ title: 'Plan', schoolYear: YEAR, categoryDescriptions: {}, bucketNames: mixed }, 'en')).toBe('nb');
  });
});
