/**
 * Composition root: picks the host adapter (TeamsJS when framed, else the plain browser),
 * loads the school year's data and renders the tab, or the channel tab's configuration page
 * on config.html. The only place that reads the clock and the browser's storage.
 */
import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/AppProviders';
import { browserCountyMemory, browserPushMemory } from './app/deviceMemory';
import { parseDeadlineKey, readViewState } from './app/urlState';
import { schoolYearOfKey } from './domain/model/entry';
import { YearDataError, loadYearData } from './app/yearData';
import { osloDateAt } from './domain/time/plainDate';
import { isLargeWheel } from './ui/components/Wheel/wheelBatch';
import { schoolYearOf, schoolYearText } from './domain/time/schoolYear';
import { connectHost } from './hosts/connect';
import { appStrings } from './ui/strings/app';
import { format } from './ui/strings/define';

/** The app's id in the Teams catalogue; must equal the manifest's APP_ID of the deployment (see src/app/README.md). */
export const TEAMS_APP_ID: string = import.meta.env.VITE_TEAMS_APP_ID || '6f1304a9-bcb7-4599-a188-07c9e19e7c6e';

async function main(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root');
  const root = createRoot(rootElement);
  const page = document.documentElement.dataset.page === 'config' ? 'config' : 'tab';

  const connected = await connectHost({ appId: TEAMS_APP_ID });
  const { host } = connected;

  if (page === 'config') {
    const { ConfigApp } = await import('./app/config/ConfigApp');
    root.render(<ConfigApp host={host} />);
    return;
  }

  const today = osloDateAt(new Date());
  const view = readViewState(window.location.search);
  const linked = view.deadline ?? parseDeadlineKey(host.context.subEntityId);
  const schoolYear = view.year ?? (linked ? schoolYearOfKey(linked) : undefined) ?? schoolYearOf(today);
  try {
    // The tab's code and the year's data load in parallel; the configuration page needs neither.
    const [{ App }, data] = await Promise.all([import('./app/App'), loadYearData(schoolYear)]);
    const render = () =>
      root.render(
        <App
          host={host}
          data={data}
          today={today}
          memory={browserCountyMemory()}
          pushMemory={browserPushMemory()}
          now={() => new Date()}
          {...(connected.fallback ? { hostFallback: connected.fallback.code } : {})}
        />,
      );
    // A year too large for one frame renders as a transition, so React yields to the browser
    // between components and no task of the first render is long; a normal year (~124
    // deadlines) renders ~70 ms sooner at 4x CPU without the yields.
    if (isLargeWheel(data.deadlines.length)) startTransition(render);
    else render();
  } catch (error) {
    // A year that has none is the link's doing, not a fault: said on the page, with the way
    // back to this school year, and not as an error.
    const noYear = error instanceof YearDataError && error.code === 'no-dataset';
    if (noYear) console.warn(error.message);
    else console.error('The årshjul could not be loaded', error);
    const s = appStrings[host.context.locale];
    const text = noYear ? format(s.noYear, { year: schoolYear }) : format(s.dataInvalid, { code: error instanceof YearDataError ? error.code : 'unknown' });
    const current = schoolYearOf(today);
    const back = new URL(window.location.href);
    back.searchParams.delete('year');
    back.searchParams.delete('deadline');
    const offerCurrent = noYear && schoolYear !== current;
    root.render(
      <AppProviders theme={host.context.theme} locale={host.context.locale} page="tab">
        <MessageBar intent="error">
          <MessageBarBody>
            {text}
            {offerCurrent ? (
              <>
                {' '}
                <Link href={back.href}>{format(s.showCurrentYear, { year: schoolYearText(current) })}</Link>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      </AppProviders>,
    );
  }
}

void main();
