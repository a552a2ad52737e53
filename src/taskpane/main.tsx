/// <reference types="office-js" />
/**
 * Composition root of the Outlook task pane (`taskpane.html`). Office.js comes from
 * Microsoft's CDN in the page's <head>, only on this page; by the time this module runs it has
 * loaded or failed. Then: Outlook or not (and why), the language, today in Norway, the year's
 * data, and the pane. Everything else the pane shares with the tab.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../app/AppProviders';
import { browserCountyMemory, browserPushMemory } from '../app/deviceMemory';
import { YearDataError, loadYearData } from '../app/yearData';
import { osloDateAt } from '../domain/time/plainDate';
import { schoolYearOf } from '../domain/time/schoolYear';
import { createBrowserAdapter } from '../hosts/browser/browserAdapter';
import type { HostAdapter } from '../hosts/HostAdapter';
import { localeFromTag } from '../hosts/locale';
import { webAppLink } from '../sync/plan/deepLink';
import { appStrings } from '../ui/strings/app';
import { format, isLocale } from '../ui/strings/define';
import { insertIntoAppointment } from './office/appointment';
import { connectOutlook, type OfficeLike, type OutlookConnection } from './office/outlook';
import { TaskPane } from './TaskPane/TaskPane';

async function outlook(): Promise<OutlookConnection> {
  const office = (window as Window & { Office?: OfficeLike }).Office;
  try {
    return await connectOutlook(office);
  } catch (error) {
    console.warn('Office.js did not start; the pane is a list only', error);
    return { insert: false, reason: 'no-office' };
  }
}

async function main(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('taskpane.html has no #root');
  const root = createRoot(rootElement);

  const today = osloDateAt(new Date());
  const schoolYear = schoolYearOf(today);
  const [connection, data] = await Promise.allSettled([outlook(), loadYearData(schoolYear)]);
  const office: OutlookConnection = connection.status === 'fulfilled' ? connection.value : { insert: false, reason: 'no-office' };

  // Links in the appointment open the tab's web page on the entry (`?deadline=`), which works
  // for every attendee with a browser, in or outside Teams.
  const tabUrl = new URL('./', window.location.href).toString();
  const linkFor = webAppLink(tabUrl);
  const browser = createBrowserAdapter(window);
  const lang = new URLSearchParams(window.location.search).get('lang');
  const locale = isLocale(lang) ? lang : office.displayLanguage ? localeFromTag(office.displayLanguage) : browser.context.locale;
  const inOutlook = office.insert || office.reason === 'not-appointment' || office.reason === 'read-mode';
  const host: HostAdapter = {
    ...browser,
    context: { ...browser.context, locale, hostName: inOutlook ? 'Outlook' : 'browser' },
    ...(inOutlook ? { signInIdentity: { host: 'outlook', ...(office.userEmail ? { loginHint: office.userEmail } : {}) } } : {}),
    linkTo: (key) => {
      const url = new URL(tabUrl);
      url.searchParams.set('deadline', key);
      return url.toString();
    },
  };

  if (data.status === 'rejected') {
    const error: unknown = data.reason;
    console.error('The årshjul could not be loaded', error);
    const s = appStrings[locale];
    const text =
      error instanceof YearDataError && error.code === 'no-dataset'
        ? format(s.noYear, { year: schoolYear })
        : format(s.dataInvalid, { code: error instanceof YearDataError ? error.code : 'unknown' });
    root.render(
      <AppProviders theme={host.context.theme} locale={locale} page="taskpane">
        <MessageBar intent="error">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      </AppProviders>,
    );
    return;
  }

  const insert = office.insert ? { insert: (fields: Parameters<typeof insertIntoAppointment>[1]) => insertIntoAppointment(office.item, fields, office.enums) } : { noInsert: office.reason };
  root.render(<TaskPane host={host} data={data.value} today={today} memory={browserCountyMemory()} pushMemory={browserPushMemory()} linkFor={linkFor} {...insert} />);
}

void main();
