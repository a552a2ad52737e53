/**
 * What paper gets: the wheel (light colours) as large as the page's height allows, with the
 * title and the colour legend beside it, on the first page, and the list after it, on A4 or A3
 * in landscape. Always in the document but shown only in print, so the browser's own Print
 * command gets it too; the screen UI is hidden in print by the app shell.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Deadline } from '../../../domain/model/entry';
import type { PlainDate } from '../../../domain/time/plainDate';
import { schoolYearText, type SchoolYear } from '../../../domain/time/schoolYear';
import { CategoryBadge } from '../CategoryBadge';
import { DeadlineList } from '../DeadlineList';
import type { PaperWheel } from '../Wheel/exportWheel';
import { wheelStrings } from '../Wheel/Wheel.strings';
import { appStrings } from '../../strings/app';
import { formatPlainDate } from '../../strings/dates';
import { format } from '../../strings/define';
import { exportStrings } from '../../strings/export';
import { useLocale } from '../../strings/StringsProvider';

export type PaperSize = 'A4' | 'A3';

export interface PrintLayoutProps {
  /** @default 'A4' */
  readonly size?: PaperSize;
  /** The wheel drawn for paper (standalone SVG markup) and the rows of its legend. */
  readonly wheel: PaperWheel;
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
  // The wheel is a square as high as the page leaves (A4: 190 mm, A3: 277 mm, less a little so
  // rounding never pushes it onto a page of its own); title and legend take the width beside it.
  // Text is in pt, a step larger on A3, so the legend reads like the list.
  wheelPage: { breakAfter: 'page', display: 'grid', columnGap: '8mm', alignItems: 'start' },
  wheelPageA4: { gridTemplateColumns: '186mm 1fr', fontSize: '10pt' },
  wheelPageA3: { gridTemplateColumns: '272mm 1fr', fontSize: '12pt' },
  wheel: { aspectRatio: '1', '& svg': { display: 'block', width: '100%', height: '100%' } },
  side: { display: 'flex', flexDirection: 'column', gap: '0.5em', paddingTop: '2mm' },
  title: { margin: 0, fontSize: '1.5em', lineHeight: 1.25, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: '0.9em', lineHeight: 1.35 },
  legendTitle: { margin: 0, marginTop: '1em', fontSize: '1.1em', lineHeight: 1.3, fontWeight: tokens.fontWeightSemibold },
  legend: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '0.45em', lineHeight: 1.3 },
  count: { color: tokens.colorNeutralForeground2 },
  listA4: { columnCount: 2, columnGap: '8mm', fontSize: '9pt' },
  listA3: { columnCount: 3, columnGap: '8mm', fontSize: '9pt' },
});

export function PrintLayout({ size = 'A4', wheel, deadlines, today, schoolYear, countyName, of }: PrintLayoutProps) {
  const classes = usePrintLayoutStyles();
  const locale = useLocale();
  const s = appStrings[locale];
  const heading = (
    <>
      <h2 className={classes.title}>
        {s.appTitle} – {format(s.schoolYear, { year: schoolYearText(schoolYear) })}
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
      <section className={mergeClasses(classes.wheelPage, size === 'A3' ? classes.wheelPageA3 : classes.wheelPageA4)}>
        <div className={classes.wheel} dangerouslySetInnerHTML={{ __html: wheel.svg }} />
        <div className={classes.side}>
          {heading}
          <h3 className={classes.legendTitle}>{wheelStrings[locale].legendTitle}</h3>
          <ol className={classes.legend} data-testid="print-legend">
            {wheel.legend.map((row) => (
              <li key={row.category}>
                <CategoryBadge category={row.category} appearance="swatch" ringNumber={row.number}>
                  <span className={classes.count}>({row.count})</span>
                </CategoryBadge>
              </li>
            ))}
          </ol>
        </div>
      </section>
      <section>
        <div className={size === 'A3' ? classes.listA3 : classes.listA4}>
          <DeadlineList deadlines={deadlines} today={today} selectedKeys={NO_SELECTION} onSelectionChange={noop} onOpen={noop} mode="print" />
        </div>
      </section>
    </div>
  );
}
