import { createFocusOutlineStyle, makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const deadlineListClassNames = {
  root: 'fui-DeadlineList',
  title: 'fui-DeadlineList__title',
} as const;

export const useDeadlineListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  count: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  nextSection: {
    ...shorthands.padding(tokens.spacingVerticalM, tokens.spacingHorizontalM),
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // System colours paint the page in forced colours; a tint of our own would only get in the way.
    '@media (forced-colors: active)': { backgroundColor: 'transparent', border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  monthCount: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 10.5em 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInlineEnd: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    '@media (max-width: 480px)': { gridTemplateColumns: 'auto 1fr', rowGap: tokens.spacingVerticalXXS },
    // Shift+Tab scrolls a row's checkbox or title to the top of the page, where the sticky toolbar
    // would cover it: it stops below the toolbar's height instead (up to three lines in a narrow pane).
    '& input, & button': { scrollMarginTop: '8rem' },
  },
  rowPrint: { gridTemplateColumns: '10em 1fr', paddingBlock: tokens.spacingVerticalXXS, breakInside: 'avoid' },
  // Paper: sizes follow the print layout's own font size (set in pt) instead of Fluent's screen
  // sizes in px, which would otherwise win over it in every title, date and badge.
  // A month's heading goes to the next column or page with its first deadline rather than stay
  // behind alone. On paper the list, its months and their rows are plain blocks spaced in em:
  // breaks between blocks are the oldest and surest part of Chromium's column and page breaking,
  // and the spacing follows the print size.
  headingPrint: { fontSize: '1.2em', lineHeight: 1.3, breakAfter: 'avoid' },
  rootPrint: { display: 'block' },
  sectionPrint: { display: 'block', marginBlockEnd: '0.8em' },
  listPrint: { display: 'block' },
  monthCountPrint: { fontSize: '0.85em' },
  titlePrint: { fontSize: 'inherit', lineHeight: 1.3 },
  datePrint: { fontSize: '0.9em', lineHeight: 1.3, paddingTop: '0.1em' },
  metaPrint: { fontSize: '0.85em', lineHeight: 1.3, gap: '0.2em 0.6em' },
  badgePrint: { fontSize: 'inherit', lineHeight: 'inherit', paddingBlock: 0 },
  // A narrow pane: date above the title, actions below, no grid columns to squeeze.
  rowCompact: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, paddingInlineStart: tokens.spacingHorizontalXS },
  rowActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  rowOpen: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': { outline: `${tokens.strokeWidthThick} solid Highlight` },
  },
  rowToday: { fontWeight: tokens.fontWeightSemibold },
  date: {
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
    paddingTop: tokens.spacingVerticalXXS,
    '@media (max-width: 480px)': { gridColumnStart: 2 },
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    '@media (max-width: 480px)': { gridColumnStart: 2 },
  },
  title: {
    textAlign: 'start',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    // The ring is drawn around the title's box, which holds it and is as wide as the text; its
    // own stacking context keeps the ring under the sticky toolbar when the row scrolls beneath it.
    alignSelf: 'flex-start',
    position: 'relative',
    zIndex: 0,
    // A link's own focus style is a double underline, easy to miss. Fluent's focus ring instead,
    // all round the title however many lines it wraps to: 2px of colorStrokeFocus2 (black on
    // light, white on dark, cyan on the Teams contrast theme: at least 12:1 against every row
    // background) clear of the text, and Highlight in forced colours.
    ...createFocusOutlineStyle({ style: { outlineOffset: tokens.spacingHorizontalXXS, outlineRadius: tokens.borderRadiusSmall } }),
    // A link drawn as a button: forced colours paint buttons in ButtonText, like the date beside it.
    '@media (forced-colors: active)': { color: 'LinkText' },
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  moved: {
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  empty: { color: tokens.colorNeutralForeground2, margin: 0 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
