/**
 * The wheel on its own page, for the benchmark and for looking at it:
 * `?n=2000` draws 2,000 synthetic deadlines instead of the national data (which is then not
 * even loaded, so `?n=124` measures the wheel without the data loading),
 * `?theme=dark|contrast`, `?locale=nn|en`, `?zoom=quarter:1|month:3`, `?today=2026-11-28`.
 * The "filter" button toggles one category off and on, as the app's filter does.
 * `?ondemand` draws only when `window.__benchDraw()` is called.
 */
import { FluentProvider, webDarkTheme, webLightTheme, teamsHighContrastTheme } from '@fluentui/react-components';
import { startTransition, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { wheelPeriod } from '../src/domain/geometry/wheelPeriod';
import type { WheelZoom } from '../src/domain/geometry/zoom';
import type { Deadline } from '../src/domain/model/entry';
import { parsePlainDate, type PlainDate } from '../src/domain/time/plainDate';
import { parseSchoolYear, type SchoolYear } from '../src/domain/time/schoolYear';
import { Wheel } from '../src/ui/components/Wheel/Wheel';
import { wheelStrings, type WheelLocale } from '../src/ui/components/Wheel/Wheel.strings';
import { isLargeWheel } from '../src/ui/components/Wheel/wheelBatch';
import type { WheelTheme } from '../src/ui/components/Wheel/wheelTheme';
import { syntheticDeadlines } from './synthetic';

performance.mark('bench-modules-evaluated');
const params = new URLSearchParams(location.search);
const schoolYear: SchoolYear = parseSchoolYear(params.get('year') ?? '') ?? ('2026-2027' as SchoolYear);
const today: PlainDate = parsePlainDate(params.get('today') ?? '') ?? ('2026-11-28' as PlainDate);
const theme = (['light', 'dark', 'contrast'].includes(params.get('theme') ?? '') ? params.get('theme') : 'light') as WheelTheme;
const locale = (['nb', 'nn', 'en'].includes(params.get('locale') ?? '') ? params.get('locale') : 'nb') as WheelLocale;
const count = Number(params.get('n') ?? 0);
const zoomParam = /^(quarter|month):(\d+)$/.exec(params.get('zoom') ?? '');
const initialZoom: WheelZoom = zoomParam ? { level: zoomParam[1] as 'quarter' | 'month', index: Number(zoomParam[2]) } : { level: 'year' };
const legend = (['right', 'below', 'none'].includes(params.get('legend') ?? '') ? params.get('legend') : 'right') as 'right' | 'below' | 'none';

async function loadDeadlines(): Promise<Deadline[]> {
  if (count > 0) {
    const period = wheelPeriod(schoolYear);
    return syntheticDeadlines(count, schoolYear, period.start, period.days);
  }
  const [{ shippedDatasets }, { yearDataset }, { resolveDataset }] = await Promise.all([
    import('../src/data/shipped'),
    import('../src/data/years'),
    import('../src/domain/rules/resolve'),
  ]);
  return resolveDataset(yearDataset(schoolYear, shippedDatasets()).dataset);
}

const fluentTheme = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme }[theme];

function Page({ all }: { readonly all: readonly Deadline[] }) {
  const [hideInternal, setHideInternal] = useState(false);
  const [opened, setOpened] = useState<Deadline | undefined>(undefined);
  const [zoom, setZoom] = useState<WheelZoom>(initialZoom);
  const deadlines = useMemo(() => (hideInternal ? all.filter((d) => d.entry.category !== 'vigo-intern') : all), [all, hideInternal]);
  return (
    <main style={{ maxWidth: 1280, margin: '0 auto', padding: 16 }}>
      <button id="toggle" type="button" onClick={() => setHideInternal((v) => !v)}>
        filter
      </button>
      <output id="opened" style={{ marginLeft: 16 }}>
        {opened ? `${opened.start} ${opened.entry.title}` : ''}
      </output>
      <Wheel
        deadlines={deadlines}
        schoolYear={schoolYear}
        today={today}
        theme={theme}
        locale={locale}
        strings={wheelStrings[locale]}
        countyLabel="Vestland fylkeskommune"
        legend={legend}
        zoom={zoom}
        onZoomChange={setZoom}
        {...(opened ? { selectedKey: opened.key } : {})}
        onOpen={setOpened}
      />
    </main>
  );
}

document.body.style.background = fluentTheme.colorNeutralBackground1;
declare global {
  interface Window {
    /** With `?ondemand`: starts drawing (see below). */
    __benchDraw?: () => void;
  }
}

void loadDeadlines().then((all) => {
  performance.mark('bench-data-loaded');
  const root = createRoot(document.getElementById('root')!);
  const render = () =>
    root.render(
      <FluentProvider theme={fluentTheme}>
        <Page all={all} />
      </FluentProvider>,
    );
  // As the tab does (src/main.tsx): a wheel too large for one frame renders as a transition.
  const draw = () => (isLargeWheel(all.length) ? startTransition(render) : render());
  // `?ondemand` waits for the benchmark to start the drawing, so that the frames it counts as
  // drawing begin with the drawing and not with loading this page's code and making its data.
  if (params.has('ondemand')) window.__benchDraw = draw;
  else draw();
});
