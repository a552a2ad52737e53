/**
 * Styles of what surrounds the drawing (controls, tooltip, a cluster's list, notes). The SVG
 * itself carries its own colours so that it prints and exports unchanged.
 */
import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const wheelClassNames = {
  root: 'fui-Wheel',
  toolbar: 'fui-Wheel__toolbar',
  host: 'fui-Wheel__host',
  tooltip: 'fui-Wheel__tooltip',
  popover: 'fui-Wheel__popover',
  notes: 'fui-Wheel__notes',
} as const;

export const useWheelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  levels: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
  },
  // Back, the window's name and forward: one unit that wraps as a whole, never apart.
  stepper: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  // A one-character arrow: Fluent's 64px minimum for a small button would push the name out of a narrow pane.
  step: { minWidth: '32px' },
  windowName: {
    ...typographyStyles.body1Strong,
    minWidth: '10em',
    textAlign: 'center',
  },
  // The tooltip's and a cluster list's containing block (they are placed in percent of it).
  stage: {
    position: 'relative',
  },
  host: {
    '& > svg': {
      display: 'block',
      width: '100%',
      height: 'auto',
    },
  },
  notes: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
});

/**
 * The tooltip's and a cluster list's styles, apart from the wheel's own: Griffel resolves a
 * `makeStyles` the first time it is used, and these are not needed until someone points at a
 * mark, so the first paint does not pay for them.
 */
export const useWheelOverlayStyles = makeStyles({
  overlay: {
    position: 'absolute',
    zIndex: 1,
    boxSizing: 'border-box',
    maxWidth: '22rem',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    ...typographyStyles.caption1,
    '@media (forced-colors: active)': {
      ...shorthands.border(tokens.strokeWidthThin, 'solid', 'CanvasText'),
    },
  },
  tooltip: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    animationName: { from: { opacity: 0 }, to: { opacity: 1 } },
    animationDuration: tokens.durationFast,
    animationTimingFunction: tokens.curveEasyEase,
    '@media (prefers-reduced-motion: reduce)': {
      animationName: 'none',
    },
  },
  // Above the point in the lower half of the wheel, below it in the upper half; kept inside
  // the wheel's box at the sides.
  above: { transform: 'translateY(calc(-100% - 14px))' },
  below: { transform: 'translateY(14px)' },
  alignStart: { marginLeft: '-24px' },
  alignCentre: { translate: '-50% 0' },
  alignEnd: { translate: '-100% 0', marginLeft: '24px' },
  tipDate: { ...typographyStyles.caption1Strong, display: 'block' },
  tipTitle: { ...typographyStyles.body1, display: 'block', marginTop: tokens.spacingVerticalXXS },
  tipMeta: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
  popover: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    minWidth: '16rem',
    maxHeight: '20rem',
    overflowY: 'auto',
  },
  popoverHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    ...typographyStyles.body1Strong,
    paddingLeft: tokens.spacingHorizontalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    paddingLeft: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  listButton: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
});
