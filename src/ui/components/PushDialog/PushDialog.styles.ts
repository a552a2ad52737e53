import { makeStyles, tabClassNames, tokens } from '@fluentui/react-components';

export const usePushDialogStyles = makeStyles({
  // Focused from code when the dialog opens, as the place reading starts; not a control (tabindex
  // -1, nothing to operate), so no focus ring: the next Tab reaches the first control.
  title: { ':focus': { outlineStyle: 'none' } },
  // A tab while something loads or runs: it looks unavailable (as Fluent's disabled tab) but
  // keeps the focus, which a `disabled` one would drop.
  tabBusy: {
    cursor: 'not-allowed',
    [`& .${tabClassNames.content}`]: { color: tokens.colorNeutralForegroundDisabled },
    '@media (forced-colors: active)': { [`& .${tabClassNames.content}`]: { color: 'GrayText' } },
  },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // A select is as wide as its longest option ("Create a plan for the school year", a calendar's
  // name) unless allowed to shrink: in a narrow pane it pushed the dialog's content sideways.
  select: { minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  members: { display: 'flex', flexDirection: 'column', maxHeight: '10rem', overflowY: 'auto' },
  results: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    maxHeight: '12rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  summary: {
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
  },
  failed: { color: tokens.colorPaletteRedForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
});
