/**
 * The menu of ExportMenu, in a chunk of its own (Fluent's Menu and its positioning are not
 * needed until someone reaches for the button). Anchored to the button, opened and closed by it.
 */
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover, type MenuOpenChangeData } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { exportStrings } from '../../strings/export';
import { useLocale } from '../../strings/StringsProvider';
import type { ExportAction } from './ExportMenu';

export interface ExportMenuPopoverProps {
  readonly open: boolean;
  readonly anchor: RefObject<HTMLButtonElement | null>;
  readonly onOpenChange: (open: boolean, event: Event | React.SyntheticEvent) => void;
  readonly onAction: (action: ExportAction) => void;
  readonly disabled: readonly ExportAction[];
}

export default function ExportMenuPopover({ open, anchor, onOpenChange, onAction, disabled }: ExportMenuPopoverProps) {
  const s = exportStrings[useLocale()];
  const item = (action: ExportAction, label: string) => (
    <MenuItem onClick={() => onAction(action)} disabled={disabled.includes(action)} data-action={action}>
      {label}
    </MenuItem>
  );
  return (
    <Menu
      open={open}
      onOpenChange={(event, data: MenuOpenChangeData) => onOpenChange(data.open, event)}
      positioning={{ target: anchor.current, position: 'below', align: 'start' }}
    >
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
