import { makeStyles, tokens } from '@fluentui/react-components';

export const useDeadlineDetailsStyles = makeStyles({
  surface: { maxWidth: 'min(720px, calc(100vw - 32px))' },
  // Focused from code when a deadline is shown, as the place reading starts; not a control
  // (tabindex -1, nothing to operate), so no focus ring: the next Tab reaches the first control.
  title: { ':focus': { outlineStyle: 'none' } },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  codes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // No bullets: a link that wraps is a button box, and the bullet would sit at its last line.
  refs: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // A link drawn as a button: forced colours paint buttons in ButtonText, like the text around it.
  seeAlso: { '@media (forced-colors: active)': { color: 'LinkText' } },
  note: {
    marginBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'pre-line',
  },
  noteTitle: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  moves: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  subtle: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // An empty status region takes no room among the actions, and stays in the accessibility tree.
  quietWhenEmpty: { ':empty': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' } },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  linkField: { flexGrow: 1, minWidth: '16em' },
  select: { marginInlineEnd: 'auto' },
});
