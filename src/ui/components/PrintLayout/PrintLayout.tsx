/**
 * What paper gets: the wheel (light colours, legend below) on the first page and the list
 * after it, on A4 or A3 in landscape. Always in the document but shown only in print, so the
 * browser's own Print command gets it too; the screen UI is hidden in print by the app shell.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Deadline } from '../../../domain/model/entry';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import { DeadlineList } from '../DeadlineList';
import { appStrings } from '../../strings/app';
import { formatPlainDate } from '../../strings/dates';
import { format } from '../../strings/define';
import { exportStrings } from '../../strings/export';
import { useLocale } from '../../strings/StringsProvider';

export type PaperSize = 'A4' | 'A3';

export interface PrintLayoutProps {
  /** @default 'A4' */
  readonly size?: PaperSize;
  /** The wheel as standalone SVG markup (from the wheel's export). */
  readonly wheelSvg: string;
  readonly deadlines: readonly Deadline[];
  readonly today: PlainDate;
  readonly schoolYear: SchoolYear;
  readonly countyName?: string;
  /** How many of the county's deadlines the filter leaves; said on paper when it leaves out some. */
  readonly of?: number;
}

const NO_SELECTION = new Set<never>();
const noop = () => {};

const usePrintLayoutStyles = makeStyles({
  root: {
    display: 'none',
    '@media print': { display: 'block', color: '#000', backgroundColor: '#fff' },
  },
  page: { breakAfter: 'page', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase200 },
  wheelA4: { '& svg': { display: 'block', width: '100%', height: '165mm' } },
  wheelA3: { '& svg': { display: 'block', width: '100%', height: '245mm' } },
  listA4: { columnCount: 2, columnGap: '8mm', fontSize: '9pt' },
  listA3: { columnCount: 3, columnGap: '8mm', fontSize: '9pt' },
});

export function PrintLayout({ size = 'A4', wheelSvg, deadlines, today, schoolYear, countyName, of }: PrintLayoutProps) {
  const classes = usePrintLayoutStyles();
  const locale = useLocale();
  const s = appStrings[locale];
  const heading = (
    <>
      <h2 className={classes.title}>
        {s.appTitle} – {format(s.schoolYear, { year: schoolYear.replace('-', '–') })}
      </h2>
      <p className={classes.sub}>
        {countyName ? format(s.showsCounty, { county: countyName }) : s.showsAllCounties} ·{' '}
        {of !== undefined && of > deadlines.length ? `${format(exportStrings[locale].printFiltered, { shown: deadlines.length, total: of })} · ` : null}
        {format(exportStrings[locale].printedAt, { date: formatPlainDate(today, locale) })}
      </p>
    </>
  );
  return (
    <div className={classes.root} data-testid="print-layout" data-size={size}>
      {/* The page size follows the chosen paper; a style element is the only way to set @page per print. */}
      <style>{`@page { size: ${size} landscape; margin: 10mm; }`}</style>
      <section className={classes.page}>
        {heading}
        <div className={size === 'A3' ? classes.wheelA3 : classes.wheelA4} dangerouslySetInnerHTML={{ __html: wheelSvg }} />
      </section>
      <section>
        <div className={size === 'A3' ? classes.listA3 : classes.listA4}>
          <DeadlineList deadlines={deadlines} today={today} selectedKeys={NO_SELECTION} onSelectionChange={noop} onOpen={noop} mode="print" />
        </div>
      </section>
    </div>
  );
}
