/**
 * Print and export: print layouts on A4 and A3, the wheel as SVG and PNG, the current filter
 * as an iCalendar file. The work is the app's (it lazy-loads the exporters); this is the menu.
 * The button is in the first view; the menu's code is fetched when a pointer or the focus
 * reaches the button, so the first view does not carry Fluent's Menu.
 */
import { MenuButton } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useRef, useState, type SyntheticEvent } from 'react';
import { exportStrings } from '../../strings/export';
import { useLocale } from '../../strings/StringsProvider';

export type ExportAction = 'print-a4' | 'print-a3' | 'wheel-svg' | 'wheel-png' | 'ics';

export interface ExportMenuProps {
  readonly onAction: (action: ExportAction) => void;
  /** Actions to leave out (e.g. ICS when the filter shows nothing). */
  readonly disabled?: readonly ExportAction[];
}

const ExportMenuPopover = lazy(() => import('./ExportMenuPopover'));
const NONE: readonly ExportAction[] = [];

export function ExportMenu({ onAction, disabled = NONE }: ExportMenuProps) {
  const s = exportStrings[useLocale()];
  const button = useRef<HTMLButtonElement | null>(null);
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const want = useCallback(() => setWanted(true), []);
  const onOpenChange = useCallback((next: boolean, event: Event | SyntheticEvent) => {
    // A click on the button itself toggles it in onClick; the menu sees it as a click outside.
    if (!next && event.target instanceof Node && button.current?.contains(event.target)) return;
    setOpen(next);
    if (!next && !(event.type === 'click' || event.type === 'mousedown')) button.current?.focus();
  }, []);
  return (
    <>
      <MenuButton
        ref={button}
        appearance="secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          setWanted(true);
          setOpen((value) => !value);
        }}
      >
        {s.menu}
      </MenuButton>
      {wanted ? (
        <Suspense fallback={null}>
          <ExportMenuPopover
            open={open}
            anchor={button}
            onOpenChange={onOpenChange}
            onAction={(action) => {
              setOpen(false);
              // The item is gone with the menu: the focus goes back to the button, as on Escape.
              button.current?.focus();
              onAction(action);
            }}
            disabled={disabled}
          />
        </Suspense>
      ) : null}
    </>
  );
}
