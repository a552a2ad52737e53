/**
 * The channel tab's configuration page (TeamsJS `pages.config`): asks which county the team
 * works for and saves it with the tab (`contentUrl …/?county=<key>`). Outside Teams it shows
 * the same choice with a link to the tab for that county, so the page can be tried in a browser.
 */
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { countyByKey, type CountyKey } from '../../domain/model/county';
import type { HostAdapter, HostTheme } from '../../hosts/HostAdapter';
import { CountyPicker } from '../../ui/components/CountyPicker';
import { countyStrings } from '../../ui/strings/county';
import { format } from '../../ui/strings/define';
import { AppProviders } from '../AppProviders';

const useConfigStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '40em',
    padding: tokens.spacingHorizontalXL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  help: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function ConfigApp({ host }: { readonly host: HostAdapter }) {
  const [theme, setTheme] = useState<HostTheme>(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return (
    <AppProviders theme={theme} locale={host.context.locale} page="config">
      <ConfigPage host={host} />
    </AppProviders>
  );
}

function ConfigPage({ host }: { readonly host: HostAdapter }) {
  const classes = useConfigStyles();
  const s = countyStrings[host.context.locale];
  const [county, setCounty] = useState<CountyKey | undefined>(host.context.county);
  const latest = useRef(county);
  useEffect(() => {
    latest.current = county;
  }, [county]);

  useEffect(() => {
    const config = host.config;
    if (!config) return;
    config.onSave(() => {
      const chosen = latest.current;
      return chosen ? { county: chosen, displayName: format(s.tabName, { county: countyByKey(chosen).name }) } : undefined;
    });
    host.notifyReady();
  }, [host, s.tabName]);

  useEffect(() => host.config?.setValid(Boolean(county)), [host, county]);

  const preview = county ? `./?county=${county}` : undefined;
  return (
    <main className={classes.root}>
      <h1 className={classes.title}>{s.configTitle}</h1>
      <p className={classes.help}>{s.configHelp}</p>
      <CountyPicker appearance="field" {...(county ? { value: county } : {})} onChange={setCounty} />
      <MessageBar intent={county ? 'success' : 'info'}>
        <MessageBarBody role="status" data-testid="config-status">
          {county ? format(s.configReady, { county: countyByKey(county).name }) : s.configChoose}
        </MessageBarBody>
      </MessageBar>
      {!host.config && preview ? <Link href={preview}>{format(s.tabName, { county: countyByKey(county!).name })}</Link> : null}
    </main>
  );
}
