/**
 * The tab: header, filters, the wheel and the list side by side (stacked on narrow screens),
 * details in a dialog, and the print layout. Everything it shows follows the view state in
 * the URL; the host adapter supplies theme, language, county and deep links.
 *
 * The wheel is drawn first: the filters and the list render in the task after its first paint
 * (as a transition, so typing or a click interrupts them), into the column beside or below the
 * wheel, so nothing already painted moves; the county question above the wheel is in the first
 * paint for the same reason. What the
 * first view does not show (the details dialog, the print layout) arrives in chunks of its own
 * when it is first wanted.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, lazy, startTransition, type ComponentType, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { categoriesOf, deadlineByKey, filterDeadlines, partiesOf } from '../domain/filters/query';
import { countyByKey } from '../domain/model/county';
import type { Deadline, DeadlineKey } from '../domain/model/entry';
import type { PlainDate } from '../domain/time/plainDate';
import type { HostAdapter, HostErrorCode, HostTheme } from '../hosts/HostAdapter';
import { CountyPicker } from '../ui/components/CountyPicker';
import { copyLink, useHostTheme } from './hostUi';
import { DeadlineList, deadlineRowTitle } from '../ui/components/DeadlineList';
import { ExportMenu, type ExportAction } from '../ui/components/ExportMenu';
import { Filters, type FilterValue } from '../ui/components/Filters';
import { Header } from '../ui/components/Header';
import type { PaperSize, PrintLayoutProps } from '../ui/components/PrintLayout';
import { Wheel } from '../ui/components/Wheel/Wheel';
import { wheelStrings } from '../ui/components/Wheel/Wheel.strings';
import { wheelMarkAgain } from '../ui/components/Wheel/markAgain';
import { appStrings } from '../ui/strings/app';
import { format, type Locale } from '../ui/strings/define';
import { exportStrings } from '../ui/strings/export';
import { AppProviders, PrintProviders } from './AppProviders';
import type { CountyMemory, PushMemory } from './deviceMemory';
import { exportErrorCode, exportIcsFile, exportPngFile, exportSvgFile, paperWheelFor, type ExportInput } from './exports';
import { afterFirstPaint } from '../ui/hooks/afterFirstPaint';
import { useReturnFocus } from '../ui/hooks/returnFocus';
import { loadPushDialog } from './pushSlot';
import { clearFilters, filterOf, hasFilters, parseDeadlineKey, withField, type ViewState } from './urlState';
import { useViewState } from './useViewState';
import type { YearData } from './yearData';
import { schoolYearText } from '../domain/time/schoolYear';

export interface AppProps {
  readonly host: HostAdapter;
  readonly data: YearData;
  readonly today: PlainDate;
  readonly memory: CountyMemory;
  /** The reminder and "show as" of the last push to Outlook, on this device. */
  readonly pushMemory?: PushMemory;
  /** The moment of an export (DTSTAMP); passed in so nothing reads a clock implicitly. */
  readonly now: () => Date;
  /** Why the page runs as a plain web page although it is framed. */
  readonly hostFallback?: HostErrorCode;
}

/** Where the focus goes when the push button it came from is disabled: the list it acts on. */
const listSection = (): HTMLElement | null => document.getElementById('deadlines');
const PushDialog = lazy(() => loadPushDialog().then((component) => ({ default: component })));
const loadDetails = () => import('../ui/components/DeadlineDetails');
const DeadlineDetails = lazy(() => loadDetails().then((m) => ({ default: m.DeadlineDetails })));
const loadPrintLayout = () => import('../ui/components/PrintLayout');

const useAppStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1600px',
    marginInline: 'auto',
    paddingInline: tokens.spacingHorizontalXL,
    paddingBottom: tokens.spacingVerticalXXL,
    '@media (max-width: 600px)': { paddingInline: tokens.spacingHorizontalM },
  },
  // Paper gets the print layout once it is in the document; the screen UI is then hidden.
  screenOnly: { '@media print': { display: 'none' } },
  // Until then (Print pressed before the layout's chunk has arrived) paper gets the wheel and
  // the list as they are on screen, without the controls, in the screen's colours (printed as
  // they are, so a dark theme stays legible).
  printFallback: {
    '@media print': {
      printColorAdjust: 'exact',
      '& header button': { display: 'none' },
      '& [data-testid="county-question"]': { display: 'none' },
      '& [data-testid="filters"]': { display: 'none' },
      '& .fui-Wheel__toolbar': { display: 'none' },
      '& main': { display: 'block' },
      '& section': { position: 'static' },
    },
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { position: 'static', left: 'auto', padding: tokens.spacingHorizontalS },
  },
  content: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.1fr) minmax(360px, 1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXXL,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  wheelPane: { position: 'sticky', top: tokens.spacingVerticalM, '@media (max-width: 1100px)': { position: 'static' } },
  paneHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outlineStyle: 'none' } },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type PrintLayoutComponent = ComponentType<PrintLayoutProps>;

/** What paper gets; the wheel's SVG is built only while this is in the document. */
function PrintView({ Layout, input, ...props }: { readonly Layout: PrintLayoutComponent; readonly input: ExportInput } & Omit<PrintLayoutProps, 'wheel'>) {
  const wheel = useMemo(() => paperWheelFor(input), [input]);
  return (
    <PrintProviders locale={input.locale}>
      <Layout {...props} wheel={wheel} />
    </PrintProviders>
  );
}

export function App(props: AppProps) {
  const { host } = props;
  const theme = useHostTheme(host);
  return (
    <AppProviders theme={theme} locale={host.context.locale} page="tab">
      <Tab {...props} theme={theme} locale={host.context.locale} />
    </AppProviders>
  );
}

function Tab({ host, data, today, memory, pushMemory, now, hostFallback, theme, locale }: AppProps & { theme: HostTheme; locale: Locale }) {
  const classes = useAppStyles();
  const s = appStrings[locale];
  const surface = host.context.surface;
  const countyFixed = surface === 'channel-tab' && Boolean(host.context.county);
  const [remembered] = useState(() => (host.capabilities.rememberCounty ? memory.recall() : undefined));

  const [view, setView, viewHistory] = useViewState(window, (read) => {
    let next = read;
    if (!next.county && host.context.county) next = withField(next, 'county', host.context.county);
    if (!next.county && remembered && remembered !== 'all') next = withField(next, 'county', remembered);
    // Teams deep links carry the deadline as subEntityId; the web uses ?deadline=.
    const linked = parseDeadlineKey(host.context.subEntityId);
    if (!next.deadline && linked) next = withField(next, 'deadline', linked);
    return next;
  });
  // 'first': nothing chosen yet on this device; 'change': asked again with "Bytt fylke".
  const [askCounty, setAskCounty] = useState<false | 'first' | 'change'>(() =>
    host.capabilities.rememberCounty && !countyFixed && !view.county && remembered === undefined ? 'first' : false,
  );
  const changeCountyFocus = useReturnFocus();
  const changeCounty = useCallback(() => {
    changeCountyFocus.remember();
    setAskCounty('change');
  }, [changeCountyFocus]);
  const keepCounty = useCallback(() => {
    setAskCounty(false);
    changeCountyFocus.restore();
  }, [changeCountyFocus]);
  const [selected, setSelected] = useState<ReadonlySet<DeadlineKey>>(() => new Set());
  const toggleSelected = useCallback((deadline: Deadline, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(deadline.key);
      else next.delete(deadline.key);
      return next;
    });
  }, []);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [printRequested, setPrintRequested] = useState(false);
  // The print layout's code, once loaded (after the first view, or when print is chosen), and
  // whether it is in the document: from the first print on, so the first view does not build it.
  const [Print, setPrint] = useState<PrintLayoutComponent | undefined>(undefined);
  const [printMounted, setPrintMounted] = useState(false);
  // The rest of the first view (filters, list) renders once the wheel is painted.
  const [restShown, setRestShown] = useState(false);
  const [detailsWanted, setDetailsWanted] = useState(false);
  if (view.deadline && !detailsWanted) setDetailsWanted(true);
  const [notice, setNotice] = useState<string | undefined>(hostFallback ? s.hostTimeout : undefined);
  const [pushOpen, setPushOpen] = useState(false);
  const pushFocus = useReturnFocus(listSection);
  const openPush = useCallback(() => {
    pushFocus.remember();
    setPushOpen(true);
  }, [pushFocus]);
  const closePush = useCallback(() => {
    setPushOpen(false);
    pushFocus.restore();
  }, [pushFocus]);

  useEffect(() => host.notifyReady(), [host]);
  useEffect(() => afterFirstPaint(() => startTransition(() => setRestShown(true))), []);
  useEffect(() => {
    if (!restShown) return;
    performance.mark?.('tab-first-view');
    // The print layout is fetched as soon as the first view is complete: the browser's own Print
    // command (Ctrl+P) needs it at once. Until it is here, paper gets the screen's wheel and list.
    loadPrintLayout().then((m) => setPrint(() => m.PrintLayout), (error: unknown) => console.warn('The print layout could not be loaded', error));
    // The details may soon be wanted too; they wait until the page is idle.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void loadDetails());
  }, [restShown]);
  useEffect(() => {
    if (!Print) return;
    // Mounted when printing starts, so the first view never builds the print layout.
    const before = () => flushSync(() => setPrintMounted(true));
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [Print]);
  const printing = Print !== undefined && printMounted;

  const all = data.deadlines;
  const rings = useMemo(() => categoriesOf(all), [all]);
  // Only the filters need the parties, and sorting them by Norwegian collation is not cheap:
  // computed once the filters are shown, not before the wheel is drawn.
  const parties = useMemo(() => (restShown ? partiesOf(data.dataset.entries, view.partyRole) : []), [restShown, data.dataset.entries, view.partyRole]);
  // Keyed on the filter fields only: opening a deadline changes the view but must not hand the
  // wheel a new list (that redraws it and loses the focused mark).
  const { categories, county, party, partyRole, text, upcoming } = view;
  const filter = useMemo(
    () => filterOf({ categories, partyRole, upcoming, ...(county ? { county } : {}), ...(party ? { party } : {}), ...(text ? { text } : {}) }, today),
    [categories, county, party, partyRole, text, upcoming, today],
  );
  const countyScoped = useMemo(() => filterDeadlines(all, county ? { county } : {}), [all, county]);
  const shown = useMemo(() => filterDeadlines(all, filter), [all, filter]);
  const countyName = view.county ? countyByKey(view.county).name : undefined;
  const open = view.deadline ? deadlineByKey(all, view.deadline, today) : undefined;
  const missingKey = view.deadline && !open ? view.deadline : undefined;

  const setFilter = useCallback(
    (value: FilterValue) => {
      let next: ViewState = { ...view, categories: value.categories, partyRole: value.partyRole, upcoming: value.upcoming };
      next = withField(next, 'party', value.party);
      next = withField(next, 'text', value.text);
      if (!countyFixed) {
        next = withField(next, 'county', value.county);
        if (value.county !== view.county && host.capabilities.rememberCounty) memory.remember(value.county ?? 'all');
      }
      setView(next);
    },
    [view, setView, countyFixed, host, memory],
  );

  const chooseCounty = useCallback(
    (county: ViewState['county']) => {
      memory.remember(county ?? 'all');
      setAskCounty(false);
      setView(withField(view, 'county', county));
      // The question and its buttons go away: the wheel it asked for is where reading goes on.
      requestAnimationFrame(() => document.getElementById('wheel-heading')?.focus({ preventScroll: true }));
    },
    [memory, view, setView],
  );

  // The dialog opens from code (wheel, list, links), so focus goes back to where it came from ourselves.
  const detailsFocus = useReturnFocus(wheelMarkAgain);
  const openDeadline = useCallback(
    (d: Deadline) => {
      if (!view.deadline) detailsFocus.remember();
      // A step of the history: Back returns from a "se også" target, then closes the details.
      if (d.key !== view.deadline) viewHistory.push(withField(view, 'deadline', d.key));
    },
    [view, viewHistory, detailsFocus],
  );
  // Details opened from a link (the address, a Teams deep link) or by the browser's Forward came
  // from no control: closing them gives the focus to the deadline's row (the one shown last, after
  // "se også"), or to the list when the filter leaves it out, not to the page's body, from which
  // the next Tab would start at one end of the page.
  const shownDeadline = useRef<DeadlineKey | undefined>(undefined);
  useEffect(() => {
    if (view.deadline) {
      shownDeadline.current = view.deadline;
      return undefined;
    }
    const closed = shownDeadline.current;
    shownDeadline.current = undefined;
    return closed ? detailsFocus.restore(() => deadlineRowTitle(closed) ?? listSection()) : undefined;
  }, [view.deadline, detailsFocus]);
  const closeDeadline = useCallback(() => viewHistory.unwind((at) => (at.deadline ? withField(at, 'deadline', undefined) : at)), [viewHistory]);
  const linkFor = useCallback((d: Deadline) => host.linkTo(d.key), [host]);
  const copyDeadlineLink = useCallback((d: Deadline) => copyLink(host, linkFor(d)), [host, linkFor]);

  const exportInput: ExportInput = useMemo(
    () => ({ deadlines: shown, schoolYear: data.schoolYear, today, locale, rings, linkFor, ...(countyName ? { countyLabel: countyName } : {}) }),
    [shown, data.schoolYear, today, locale, rings, linkFor, countyName],
  );

  useEffect(() => {
    if (!printRequested) return;
    const done = () => setPrintRequested(false);
    window.addEventListener('afterprint', done, { once: true });
    // Print after the chosen paper size has been rendered.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [printRequested]);

  const onExport = useCallback(
    (action: ExportAction) => {
      if (action === 'print-a4' || action === 'print-a3') {
        loadPrintLayout().then(
          (m) => {
            setPrint(() => m.PrintLayout);
            setPrintMounted(true);
            setPaper(action === 'print-a3' ? 'A3' : 'A4');
            setPrintRequested(true);
          },
          (error: unknown) => {
            console.error('Print failed', error);
            setNotice(format(exportStrings[locale].failed, { code: 'print-unavailable' }));
          },
        );
        return;
      }
      const run = action === 'wheel-svg' ? exportSvgFile(exportInput) : action === 'wheel-png' ? exportPngFile(exportInput) : exportIcsFile(exportInput, now());
      run.catch((error: unknown) => {
        console.error('Export failed', error);
        setNotice(format(exportStrings[locale].failed, { code: exportErrorCode(error) }));
      });
    },
    [exportInput, now, locale],
  );

  const selectedDeadlines = useMemo(() => all.filter((d) => selected.has(d.key)), [all, selected]);

  return (
    <>
      <div className={mergeClasses(classes.shell, printing ? classes.screenOnly : classes.printFallback)}>
        <a className={classes.skip} href="#deadlines">
          {s.skipToList}
        </a>
        <Header
          schoolYear={data.schoolYear}
          {...(countyName ? { countyName } : {})}
          {...(host.capabilities.rememberCounty && !countyFixed ? { onChangeCounty: changeCounty } : {})}
          actions={<ExportMenu onAction={onExport} disabled={shown.length === 0 ? ['ics'] : []} />}
        />
        <div className={classes.notices}>
          {notice ? (
            <MessageBar intent="warning">
              <MessageBarBody>{notice}</MessageBarBody>
              <MessageBarActions containerAction={<Button appearance="transparent" aria-label={s.dismiss} onClick={() => setNotice(undefined)}>×</Button>} />
            </MessageBar>
          ) : null}
          {data.dataset.rolledForwardFrom ? (
            <MessageBar intent="info">
              <MessageBarBody>{format(s.rolledForward, { from: schoolYearText(data.dataset.rolledForwardFrom) })}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {askCounty ? (
          <CountyPicker
            {...(view.county ? { value: view.county } : {})}
            onChange={chooseCounty}
            // Asked again: the question takes the focus, and can be left without a new choice.
            {...(askCounty === 'change' ? { onCancel: keepCounty } : {})}
          />
        ) : null}
        <main className={classes.content}>
          <section className={`${classes.pane} ${classes.wheelPane}`} aria-labelledby="wheel-heading">
            <h2 id="wheel-heading" className={classes.paneHeading} tabIndex={-1}>
              {s.wheelHeading}
            </h2>
            <Wheel
              deadlines={shown}
              schoolYear={data.schoolYear}
              today={today}
              theme={theme}
              locale={locale}
              strings={wheelStrings[locale]}
              rings={rings}
              legend="none"
              onOpen={openDeadline}
              {...(countyName ? { countyLabel: countyName } : {})}
              {...(view.deadline ? { selectedKey: view.deadline } : {})}
              selectedKeys={selected}
            />
          </section>
          {restShown ? (
            <div className={classes.column}>
              <Filters
                value={view}
                onChange={setFilter}
                categories={rings}
                parties={parties}
                county={countyFixed ? 'fixed' : 'choose'}
                shown={shown.length}
                total={countyScoped.length}
                canClear={hasFilters(view)}
                onClear={() => setView(clearFilters(view))}
              />
              <section className={classes.pane} id="deadlines" aria-labelledby="list-heading" tabIndex={-1}>
                <h2 id="list-heading" className={classes.paneHeading}>
                  {s.listHeading}
                </h2>
                <DeadlineList
                  deadlines={shown}
                  filtered={hasFilters(view)}
                  today={today}
                  selectedKeys={selected}
                  onSelectionChange={setSelected}
                  onOpen={openDeadline}
                  {...(view.deadline ? { openKey: view.deadline } : {})}
                  selectionActions={
                    <Button appearance="primary" size="small" disabled={selected.size === 0} onClick={openPush}>
                      {s.addToOutlook}
                    </Button>
                  }
                />
              </section>
            </div>
          ) : null}
        </main>
        {detailsWanted ? (
          <Suspense fallback={null}>
            <DeadlineDetails
              {...(open ? { deadline: open } : {})}
              {...(missingKey ? { missingKey } : {})}
              all={all}
              notes={data.dataset.notes}
              onOpen={openDeadline}
              onClose={closeDeadline}
              onCopyLink={copyDeadlineLink}
              {...(open ? { selection: { selected: selected.has(open.key), onChange: toggleSelected } } : {})}
            />
          </Suspense>
        ) : null}
        {pushOpen ? (
          <Suspense fallback={null}>
            <PushDialog
              deadlines={selectedDeadlines}
              yearDeadlines={all}
              locale={locale}
              host={host}
              linkFor={linkFor}
              onClose={closePush}
              {...(pushMemory ? { memory: pushMemory } : {})}
            />
          </Suspense>
        ) : null}
      </div>
      {printing ? (
        <PrintView
          Layout={Print}
          input={exportInput}
          size={paper}
          deadlines={shown}
          today={today}
          schoolYear={data.schoolYear}
          of={countyScoped.length}
          {...(countyName ? { countyName } : {})}
        />
      ) : null}
    </>
  );
}
