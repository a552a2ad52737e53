export { LOCALES, INTL_LOCALE, ARSHJUL_LANG, isLocale, defineStrings, format, placeholdersOf, type Locale, type StringTable } from './define';
export { formatPlainDate, formatDateSpan, formatMonthHeading, plural, type DateStyle } from './dates';
export { StringsProvider, useLocale, useStrings } from './StringsProvider';
export { appStrings } from './app';
export { filterStrings } from './filters';
export { listStrings } from './list';
export { detailStrings, holidayStrings } from './details';
export { countyStrings } from './county';
export { exportStrings } from './export';
