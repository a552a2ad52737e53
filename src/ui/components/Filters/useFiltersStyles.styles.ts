import { makeStyles, tokens } from '@fluentui/react-components';

export const useFiltersStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  help: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalXS },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  toggle: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, maxWidth: '100%' },
  search: { minWidth: '16em', flexGrow: 1, maxWidth: '28em' },
  dropdown: { minWidth: '12em', maxWidth: '20em' },
  count: { color: tokens.colorNeutralForeground2 },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
});
