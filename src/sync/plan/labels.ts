/** Field labels written into event bodies and task descriptions, per UI language. */
import type { CategoryKey } from '../../domain/model/category';
import { categoryByKey } from '../../domain/model/category';

export type SyncLanguage = 'nb' | 'nn' | 'en';
export const SYNC_LANGUAGES: readonly SyncLanguage[] = ['nb', 'nn', 'en'];

export interface SyncLabels {
  readonly from: string;
  readonly to: string;
  readonly comment: string;
  readonly reportCodes: string;
  readonly when: string;
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
    openInApp: 'Åpne i Årshjul',
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  },
  nn: {
    from: 'Frå',
    to: 'Til',
    comment: 'Merknad',
    reportCodes: 'Rapportar i VIGO',
    when: 'Når',
    openInApp: 'Opne i Årshjul',
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  },
  en: {
    from: 'From',
    to: 'To',
    comment: 'Comment',
    reportCodes: 'VIGO reports',
    when: 'When',
    openInApp: 'Open in Årshjul',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

/** The Outlook category / Planner label name of an årshjul category. */
export function categoryLabel(key: CategoryKey, language: SyncLanguage): string {
  return categoryByKey(key).name[language];
}
