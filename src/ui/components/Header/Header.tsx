/**
 * The tab's header: the title, the school year and which county the tab shows, with the
 * actions of the host (change county, print and export, add to Outlook).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { schoolYearText, type SchoolYear } from '../../../domain/time/schoolYear';
import { appStrings } from '../../strings/app';
import { countyStrings } from '../../strings/county';
import { format } from '../../strings/define';
import { useLocale } from '../../strings/StringsProvider';

export interface HeaderProps {
  readonly schoolYear: SchoolYear;
  /** The county shown (its name); absent when all counties are shown. */
  readonly countyName?: string;
  /** Present when the user may change the county here (personal tab, web). */
  readonly onChangeCounty?: () => void;
  /** Buttons and menus at the end of the header. */
  readonly actions?: ReactNode;
}

const useHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  sub: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  county: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function Header({ schoolYear, countyName, onChangeCounty, actions }: HeaderProps) {
  const classes = useHeaderStyles();
  const locale = useLocale();
  const s = appStrings[locale];
  return (
    <header className={classes.root}>
      <div className={classes.titles}>
        <h1 className={classes.title}>{s.appTitle}</h1>
        <p className={classes.sub}>
          <span>{format(s.schoolYear, { year: schoolYearText(schoolYear) })}</span>
          <span className={classes.county} data-testid="county-shown">
            {countyName ? format(s.showsCounty, { county: countyName }) : s.showsAllCounties}
          </span>
          {onChangeCounty ? (
            <Button appearance="transparent" size="small" onClick={onChangeCounty}>
              {countyStrings[locale].change}
            </Button>
          ) : null}
        </p>
      </div>
      <div className={classes.actions}>{actions}</div>
    </header>
  );
}
