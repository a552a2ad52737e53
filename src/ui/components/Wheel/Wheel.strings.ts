/**
 * Every text the wheel shows or announces, in bokmål, nynorsk and English. Templates use
 * `{name}` placeholders, filled by `formatTemplate`. Category names come from the domain
 * (`categoryByKey(key).name[locale]`), not from here.
 */

import { ENGLISH_MONTHS, NORWEGIAN_MONTHS } from '../../../domain/time/plainDate';

type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

export interface WheelStrings {
  /** Month names in running text, January first ("september"). */
  readonly monthNames: Twelve;
  /** A date: `{day}`, `{month}` (from `monthNames`), `{year}`. */
  readonly dateFormat: string;
  /** A span of days: `{start}`, `{end}` (formatted dates). */
  readonly spanFormat: string;
  /** An ISO week: `{week}`. */
  readonly weekNumber: string;
  /** Weeks of a deadline: `{weeks}` ("40" or "31–32"), `{span}`. */
  readonly weeksFormat: string;
  /** The wheel's accessible name: `{schoolYear}`, `{county}` (may be empty). */
  readonly wheelLabel: string;
  /** How to use the wheel with a keyboard (its accessible description). */
  readonly wheelInstructions: string;
  /** A deadline's accessible name: `{date}`, `{title}`, `{category}`. */
  readonly itemLabel: string;
  /** Several deadlines drawn as one mark: `{count}`, `{date}`, `{category}`. */
  readonly clusterLabel: string;
  /** Added to a deadline's accessible name while it is selected (checked in the list): `{label}`. */
  readonly selectedLabel: string;
  /** Added to a cluster's accessible name while some of its deadlines are selected: `{label}`, `{count}`. */
  readonly clusterSelectedLabel: string;
  /** Title of the list a cluster opens: `{count}`, `{date}`. */
  readonly clusterListTitle: string;
  /** A cluster's tooltip, on the line under its date: `{count}`. */
  readonly clusterTipTitle: string;
  /** A ring's accessible name: `{number}`, `{category}`. */
  readonly ringLabel: string;
  /** `{date}` */
  readonly todayLabel: string;
  /** "Fra" / "Til" in the tooltip. */
  readonly from: string;
  readonly to: string;
  /** Title of the legend drawn with the wheel. */
  readonly legendTitle: string;
  readonly wholeYear: string;
  readonly zoomLabel: string;
  readonly zoomYear: string;
  readonly zoomQuarter: string;
  readonly zoomMonth: string;
  readonly previousQuarter: string;
  readonly nextQuarter: string;
  readonly previousMonth: string;
  readonly nextMonth: string;
  /** A quarter's name: `{first}`, `{last}` (month names). */
  readonly quarterFormat: string;
  /** A month with its year (month names when zoomed to a quarter): `{month}`, `{year}`. */
  readonly monthFormat: string;
  /** Deadlines only in the list: `{count}`, `{date}` (first day of the period). */
  readonly outsideBefore: string;
  /** The same for one deadline: `{date}`. */
  readonly outsideBeforeOne: string;
  /** `{count}`, `{date}` (last day of the period). */
  readonly outsideAfter: string;
  /** `{date}` */
  readonly outsideAfterOne: string;
  readonly close: string;
}

export type WheelLocale = 'nb' | 'nn' | 'en';

const nb: WheelStrings = {
  monthNames: NORWEGIAN_MONTHS,
  dateFormat: '{day}. {month} {year}',
  spanFormat: '{start} – {end}',
  weekNumber: 'uke {week}',
  weeksFormat: 'uke {weeks}, {span}',
  wheelLabel: 'Årshjul {schoolYear} {county}',
  wheelInstructions: 'Piltastene flytter mellom fristene i datorekkefølge. Enter åpner fristen.',
  itemLabel: '{date}, {title}, {category}',
  clusterLabel: '{count} frister, {date}, {category}. Åpne listen',
  selectedLabel: '{label}, valgt',
  clusterSelectedLabel: '{label}. {count} valgt',
  clusterListTitle: '{count} frister, {date}',
  clusterTipTitle: '{count} frister',
  ringLabel: 'Ring {number}: {category}',
  todayLabel: 'I dag {date}',
  from: 'Fra',
  to: 'Til',
  legendTitle: 'Fargekoder',
  wholeYear: 'Hele skoleåret',
  zoomLabel: 'Utsnitt av årshjulet',
  zoomYear: 'År',
  zoomQuarter: 'Kvartal',
  zoomMonth: 'Måned',
  previousQuarter: 'Forrige kvartal',
  nextQuarter: 'Neste kvartal',
  previousMonth: 'Forrige måned',
  nextMonth: 'Neste måned',
  quarterFormat: '{first}–{last}',
  monthFormat: '{month} {year}',
  outsideBefore: '{count} frister før {date} vises bare i listen.',
  outsideBeforeOne: 'Én frist før {date} vises bare i listen.',
  outsideAfter: '{count} frister etter {date} vises bare i listen.',
  outsideAfterOne: 'Én frist etter {date} vises bare i listen.',
  close: 'Lukk',
};

const nn: WheelStrings = {
  monthNames: NORWEGIAN_MONTHS,
  dateFormat: '{day}. {month} {year}',
  spanFormat: '{start} – {end}',
  weekNumber: 'veke {week}',
  weeksFormat: 'veke {weeks}, {span}',
  wheelLabel: 'Årshjul {schoolYear} {county}',
  wheelInstructions: 'Piltastane flyttar mellom fristane i datorekkjefølgje. Enter opnar fristen.',
  itemLabel: '{date}, {title}, {category}',
  clusterLabel: '{count} fristar, {date}, {category}. Opne lista',
  selectedLabel: '{label}, vald',
  clusterSelectedLabel: '{label}. {count} valde',
  clusterListTitle: '{count} fristar, {date}',
  clusterTipTitle: '{count} fristar',
  ringLabel: 'Ring {number}: {category}',
  todayLabel: 'I dag {date}',
  from: 'Frå',
  to: 'Til',
  legendTitle: 'Fargekodar',
  wholeYear: 'Heile skuleåret',
  zoomLabel: 'Utsnitt av årshjulet',
  zoomYear: 'År',
  zoomQuarter: 'Kvartal',
  zoomMonth: 'Månad',
  previousQuarter: 'Førre kvartal',
  nextQuarter: 'Neste kvartal',
  previousMonth: 'Førre månad',
  nextMonth: 'Neste månad',
  quarterFormat: '{first}–{last}',
  monthFormat: '{month} {year}',
  outsideBefore: '{count} fristar før {date} blir berre viste i lista.',
  outsideBeforeOne: 'Éin frist før {date} blir berre vist i lista.',
  outsideAfter: '{count} fristar etter {date} blir berre viste i lista.',
  outsideAfterOne: 'Éin frist etter {date} blir berre vist i lista.',
  close: 'Lukk',
};

const en: WheelStrings = {
  monthNames: ENGLISH_MONTHS,
  dateFormat: '{day} {month} {year}',
  spanFormat: '{start} – {end}',
  weekNumber: 'week {week}',
  weeksFormat: 'week {weeks}, {span}',
  wheelLabel: 'Annual wheel {schoolYear} {county}',
  wheelInstructions: 'Arrow keys move between the deadlines in date order. Enter opens the deadline.',
  itemLabel: '{date}, {title}, {category}',
  clusterLabel: '{count} deadlines, {date}, {category}. Open the list',
  selectedLabel: '{label}, selected',
  clusterSelectedLabel: '{label}. {count} selected',
  clusterListTitle: '{count} deadlines, {date}',
  clusterTipTitle: '{count} deadlines',
  ringLabel: 'Ring {number}: {category}',
  todayLabel: 'Today {date}',
  from: 'From',
  to: 'To',
  legendTitle: 'Colour codes',
  wholeYear: 'Whole school year',
  zoomLabel: 'Wheel view',
  zoomYear: 'Year',
  zoomQuarter: 'Quarter',
  zoomMonth: 'Month',
  previousQuarter: 'Previous quarter',
  nextQuarter: 'Next quarter',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  quarterFormat: '{first}–{last}',
  monthFormat: '{month} {year}',
  outsideBefore: '{count} deadlines before {date} are shown in the list only.',
  outsideBeforeOne: 'One deadline before {date} is shown in the list only.',
  outsideAfter: '{count} deadlines after {date} are shown in the list only.',
  outsideAfterOne: 'One deadline after {date} is shown in the list only.',
  close: 'Close',
};

export const wheelStrings: Readonly<Record<WheelLocale, WheelStrings>> = { nb, nn, en };
export { nb as wheelStringsNb, nn as wheelStringsNn, en as wheelStringsEn };
