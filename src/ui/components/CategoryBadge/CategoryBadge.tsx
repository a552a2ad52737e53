/**
 * A category as a swatch of its colour plus its name. The colour never carries meaning alone:
 * the name is always there. In high contrast the swatch is a dot of the text colour.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { categoryByKey, type CategoryKey } from '../../../domain/model/category';
import { categoryPalette, useThemeKind } from '../../hooks/themeKind';
import { useLocale } from '../../strings/StringsProvider';

export interface CategoryBadgeProps {
  readonly category: CategoryKey;
  /**
   * `badge`: name on the category's tint; `swatch`: a coloured square before plain text.
   * @default 'badge'
   */
  readonly appearance?: 'badge' | 'swatch';
  /** The category's ring number on the wheel, drawn like the wheel's ring badge (swatch appearance). */
  readonly ringNumber?: number;
  /** Shown after the name in the same run of text, so it wraps with the name (e.g. a count in a legend; swatch appearance). */
  readonly children?: ReactNode;
  readonly className?: string;
}

/**
 * Paper: browsers leave out background colours unless "background graphics" is ticked (it is
 * not by default), which printed a swatch as an empty outlined square, read as an unticked
 * checkbox, and a ring number without its disc. The colour is the mark's meaning, so it prints.
 */
const PRINT_COLOUR = { WebkitPrintColorAdjust: 'exact', printColorAdjust: 'exact' } as const;

/** Text on a category's mark colour: the mark colours are dark in light themes and light in dark ones. */
const ON_MARK = { light: '#ffffff', dark: '#141414' } as const;

export const useCategoryBadgeStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    border: `${tokens.strokeWidthThin} solid transparent`,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  plain: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  ringNumber: {
    flexShrink: 0,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '18px',
    height: '18px',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    forcedColorAdjust: 'none',
    ...PRINT_COLOUR,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText`, backgroundColor: 'Canvas', color: 'CanvasText' },
  },
  swatch: {
    flexShrink: 0,
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: 'none',
    ...PRINT_COLOUR,
    // A filled dot, like the wheel's marks: an outlined square beside a row's checkbox read as a
    // second checkbox.
    '@media (forced-colors: active)': { border: 'none', borderRadius: tokens.borderRadiusCircular, backgroundColor: 'CanvasText' },
  },
});

export function CategoryBadge({ category, appearance = 'badge', ringNumber, children, className }: CategoryBadgeProps) {
  const classes = useCategoryBadgeStyles();
  const locale = useLocale();
  const kind = useThemeKind();
  const palette = categoryPalette(category, kind);
  const name = categoryByKey(category).name[locale];
  if (appearance === 'swatch') {
    return (
      <span className={mergeClasses(classes.plain, className)}>
        {ringNumber !== undefined ? (
          <span
            className={classes.ringNumber}
            style={palette && kind !== 'contrast' ? { backgroundColor: palette.ring, color: ON_MARK[kind] } : undefined}
            aria-hidden="true"
          >
            {ringNumber}
          </span>
        ) : (
          <span className={classes.swatch} style={palette ? { backgroundColor: palette.ring } : undefined} aria-hidden="true" />
        )}
        {children === undefined ? (
          name
        ) : (
          <span>
            {name} {children}
          </span>
        )}
      </span>
    );
  }
  return (
    <span
      className={mergeClasses(classes.badge, className)}
      style={palette ? { backgroundColor: palette.background, color: palette.text } : undefined}
      data-category={category}
    >
      <span className={classes.swatch} style={palette ? { backgroundColor: palette.ring } : undefined} aria-hidden="true" />
      {name}
    </span>
  );
}
