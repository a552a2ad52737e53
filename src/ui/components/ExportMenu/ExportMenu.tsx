/**
 * Print and export: print layouts on A4 and A3, the wheel as SVG and PNG, the current filter
 * as an iCalendar file. The work is the app's (it lazy-loads the exporters); this is the menu.
 */
import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { exportStrings } from '../../strings/export';
import { useLocale } from '../../strings/StringsProvider';

export type ExportAction = 'print-a4' | 'print-a3' | 'wheel-svg' | 'wheel-png' | 'ics';

export interface ExportMenuProps {
  readonly onAction: (action: ExportAction) => void;
  /** Actions to leave out (e.g. ICS when the filter shows nothing). */
  readonly disabled?: readonly ExportAction[];
}

export function ExportMenu({ onAction, disabled = [] }: ExportMenuProps) {
  const s = exportStrings[useLocale()];
  const item = (action: ExportAction, label: string) => (
    <MenuItem onClick={() => onAction(action)} disabled={disabled.includes(action)} data-action={action}>
      {label}
    </MenuItem>
  );
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="secondary">{s.menu}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {item('print-a4', s.printA4)}
          {item('print-a3', s.printA3)}
          <MenuDivider />
          {item('wheel-svg', s.wheelSvg)}
          {item('wheel-png', s.wheelPng)}
          {item('ics', s.ics)}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
