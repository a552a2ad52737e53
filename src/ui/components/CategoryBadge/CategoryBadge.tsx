/**
 * A category as a swatch of its colour plus its name. The colour never carries meaning alone:
 * the name is always there. In high contrast the swatch keeps a system-colour border.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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
  readonly className?: string;
}

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
  swatch: {
    flexShrink: 0,
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: 'none',
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} solid CanvasText`, backgroundColor: 'Canvas' },
  },
});

export function CategoryBadge({ category, appearance = 'badge', className }: CategoryBadgeProps) {
  const classes = useCategoryBadgeStyles();
  const locale = useLocale();
  const palette = categoryPalette(category, useThemeKind());
  const name = categoryByKey(category).name[locale];
  if (appearance === 'swatch') {
    return (
      <span className={mergeClasses(classes.plain, className)}>
        <span className={classes.swatch} style={palette ? { backgroundColor: palette.ring } : undefined} aria-hidden="true" />
        {name}
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
