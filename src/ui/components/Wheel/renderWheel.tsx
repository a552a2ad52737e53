import { Button, ToggleButton, mergeClasses } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import { categoryByKey } from '../../../domain/model/category';
import { ARSHJUL_LANG } from '../../strings/define';
import { formatSpan, formatTemplate } from './format';
import type { WheelAnchor, WheelState } from './Wheel.types';
import { deadlineDateText } from './wheelSvg';
import { useWheelOverlayStyles, wheelClassNames, type useWheelStyles } from './useWheelStyles.styles';

type Classes = ReturnType<typeof useWheelStyles>;
type OverlayClasses = ReturnType<typeof useWheelOverlayStyles>;

function overlayPosition(anchor: WheelAnchor, classes: OverlayClasses): { className: string; style: CSSProperties } {
  const horizontal = anchor.left < 0.25 ? classes.alignStart : anchor.left > 0.75 ? classes.alignEnd : classes.alignCentre;
  const vertical = anchor.top > 0.5 ? classes.above : classes.below;
  return { className: mergeClasses(horizontal, vertical), style: { left: `${anchor.left * 100}%`, top: `${anchor.top * 100}%` } };
}

export function renderWheel(state: WheelState, classes: Classes) {
  const { props, zoom, tip, openCluster } = state;
  const { strings, locale } = props;
  const levels = [
    ['year', strings.zoomYear],
    ['quarter', strings.zoomQuarter],
    ['month', strings.zoomMonth],
  ] as const;
  const back = zoom.level === 'quarter' ? strings.previousQuarter : strings.previousMonth;
  const forward = zoom.level === 'quarter' ? strings.nextQuarter : strings.nextMonth;

  return (
    <div className={mergeClasses(wheelClassNames.root, classes.root, props.className)}>
      <div className={mergeClasses(wheelClassNames.toolbar, classes.toolbar)} role="group" aria-label={strings.zoomLabel}>
        <div className={classes.levels}>
          {levels.map(([level, label]) => (
            <ToggleButton key={level} size="small" checked={zoom.level === level} onClick={() => state.setZoomLevel(level)}>
              {label}
            </ToggleButton>
          ))}
        </div>
        {/* The window's name between its step buttons, kept together on one line when the
            toolbar wraps in a narrow pane. At the school year's first or last window a step button
            stays focusable (aria-disabled): the key press that got there must not drop the focus to the page. */}
        <div className={classes.stepper}>
          {zoom.level !== 'year' && <StepButton className={classes.step} label={back} glyph="‹" enabled={state.canStepBack} onClick={() => state.stepZoom(-1)} />}
          <span className={classes.windowName} aria-live="polite">
            {state.windowName}
          </span>
          {zoom.level !== 'year' && <StepButton className={classes.step} label={forward} glyph="›" enabled={state.canStepForward} onClick={() => state.stepZoom(1)} />}
        </div>
      </div>

      {/* The tooltip and a cluster's list are placed in the drawing's own box: the stage is the
          SVG's size exactly, so a mark's place in the viewBox is its place here. */}
      <div className={classes.stage}>
        <div
          className={mergeClasses(wheelClassNames.host, classes.host)}
          ref={state.hostRef}
          onKeyDown={state.onKeyDown}
          onClick={state.onClick}
          onPointerOver={state.onPointerOver}
          onPointerLeave={state.onPointerLeave}
          onFocus={state.onFocus}
          onBlur={state.onBlur}
          // The SVG is built from escaped text by wheelSvgMarkup; see wheelSvg.ts.
          dangerouslySetInnerHTML={{ __html: state.markup }}
        />

        {tip || openCluster ? (
          <WheelOverlays
            svgId={state.svgId}
            strings={strings}
            locale={locale}
            popoverRef={state.popoverRef}
            onPopoverKeyDown={state.onPopoverKeyDown}
            onPopoverBlur={state.onPopoverBlur}
            onTipPointerEnter={state.onTipPointerEnter}
            onTipPointerLeave={state.onTipPointerLeave}
            closeCluster={state.closeCluster}
            openDeadline={state.openDeadline}
            {...(tip ? { tip } : {})}
            {...(openCluster ? { openCluster } : {})}
          />
        ) : null}
      </div>

      {state.outsideNotes.length > 0 && (
        <p className={mergeClasses(wheelClassNames.notes, classes.notes)}>{state.outsideNotes.join(' ')}</p>
      )}
    </div>
  );
}

/** A step to the previous or next window; at the year's ends it stays focusable (aria-disabled). */
function StepButton({ className, label, glyph, enabled, onClick }: { readonly className: string; readonly label: string; readonly glyph: string; readonly enabled: boolean; readonly onClick: () => void }) {
  return (
    <Button className={className} size="small" appearance="subtle" aria-label={label} title={label} disabledFocusable={!enabled} onClick={onClick}>
      <span aria-hidden="true">{glyph}</span>
    </Button>
  );
}

/** The tooltip and a cluster's list; rendered only while one of them is shown. */
type OverlayProps = Pick<
  WheelState,
  'svgId' | 'popoverRef' | 'onPopoverKeyDown' | 'onPopoverBlur' | 'onTipPointerEnter' | 'onTipPointerLeave' | 'closeCluster' | 'openDeadline' | 'tip' | 'openCluster'
> &
  Pick<WheelState['props'], 'strings' | 'locale'>;

function WheelOverlays(props: OverlayProps) {
  const { svgId, strings, locale, tip, openCluster, popoverRef, onPopoverKeyDown, onPopoverBlur, onTipPointerEnter, onTipPointerLeave, closeCluster, openDeadline } = props;
  const classes = useWheelOverlayStyles();
  const tipId = `${svgId}-tip`;
  return (
    <>
        {tip && (
          <div
            id={tipId}
            role="tooltip"
            className={mergeClasses(wheelClassNames.tooltip, classes.overlay, classes.tooltip, overlayPosition(tip, classes).className)}
            style={overlayPosition(tip, classes).style}
            onPointerEnter={onTipPointerEnter}
            onPointerLeave={onTipPointerLeave}
          >
            {tip.item.kind === 'cluster' ? (
              <>
                <span className={classes.tipDate}>{formatSpan(strings, tip.item.start, tip.item.end)}</span>
                <span className={classes.tipTitle}>{formatTemplate(strings.clusterTipTitle, { count: tip.item.deadlines.length })}</span>
                <span className={classes.tipMeta}>{categoryByKey(tip.item.category).name[locale]}</span>
              </>
            ) : (
              <>
                <span className={classes.tipDate}>{deadlineDateText(tip.item.deadlines[0]!, strings)}</span>
                <span className={classes.tipTitle}>{tip.item.deadlines[0]!.entry.title}</span>
                {(tip.item.deadlines[0]!.entry.from || tip.item.deadlines[0]!.entry.to) && (
                  <span className={classes.tipMeta}>
                    {[
                      tip.item.deadlines[0]!.entry.from && `${strings.from}: ${tip.item.deadlines[0]!.entry.from}`,
                      tip.item.deadlines[0]!.entry.to && `${strings.to}: ${tip.item.deadlines[0]!.entry.to}`,
                    ]
                      .filter(Boolean)
                      .join(' → ')}
                  </span>
                )}
                <span className={classes.tipMeta}>{categoryByKey(tip.item.category).name[locale]}</span>
              </>
            )}
          </div>
        )}

        {openCluster && (
          <div
            ref={popoverRef}
            role="dialog"
            aria-labelledby={`${svgId}-list`}
            className={mergeClasses(wheelClassNames.popover, classes.overlay, classes.popover, overlayPosition(openCluster, classes).className)}
            style={overlayPosition(openCluster, classes).style}
            onKeyDown={onPopoverKeyDown}
            onBlur={onPopoverBlur}
          >
            <div className={classes.popoverHeader}>
              <span id={`${svgId}-list`}>
                {formatTemplate(strings.clusterListTitle, {
                  count: openCluster.item.deadlines.length,
                  date: formatSpan(strings, openCluster.item.start, openCluster.item.end),
                })}
              </span>
              <Button size="small" appearance="subtle" aria-label={strings.close} title={strings.close} onClick={closeCluster}>
                <span aria-hidden="true">×</span>
              </Button>
            </div>
            <ul className={classes.list}>
              {openCluster.item.deadlines.map((deadline) => (
                <li key={deadline.key}>
                  <Button className={classes.listButton} appearance="subtle" size="small" onClick={() => openDeadline(deadline)}>
                    {`${deadlineDateText(deadline, strings)}: `}
                    <span lang={ARSHJUL_LANG}>{deadline.entry.title}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
    </>
  );
}
