/**
 * "Legg til i Outlook / Planner" on the selection. The dialog lives in
 * `src/ui/components/PushDialog/` and pushes through the sync engines; this slot gives it the
 * host's signed-in services (`graphServices.ts`). Both are loaded only when the user opens it,
 * so sign-in and Graph code arrive in their own chunks.
 */
import { useCallback, useState, type ComponentType } from 'react';
import type { HostAdapter } from '../hosts/HostAdapter';
import type { PushMemory } from './deviceMemory';
import type { CalendarChoices } from '../sync/plan/eventChoices';
import type { PushDialogProps } from '../ui/components/PushDialog';

export interface PushSlotProps extends Omit<PushDialogProps, 'connect' | 'lastChoices' | 'onCalendarPush'> {
  /** The host: who signs in, and the team whose group Planner pushes to. */
  readonly host: HostAdapter;
  /** Where the reminder and "show as" of the last push are kept. */
  readonly memory?: PushMemory;
}

/** Loads the dialog and the Graph composition (their own chunks), bound to the host. */
export async function loadPushDialog(): Promise<ComponentType<PushSlotProps>> {
  const [{ PushDialog }, { graphServices }] = await Promise.all([import('../ui/components/PushDialog'), import('./graphServices')]);
  return function HostPushDialog({ host, memory, ...props }: PushSlotProps) {
    const connect = useCallback(() => graphServices(host), [host]);
    const [lastChoices] = useState(() => memory?.recall());
    const onCalendarPush = useCallback((choices: CalendarChoices) => memory?.remember(choices), [memory]);
    return <PushDialog {...props} connect={connect} onCalendarPush={onCalendarPush} {...(lastChoices ? { lastChoices } : {})} />;
  };
}
