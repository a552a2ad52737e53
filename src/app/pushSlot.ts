/**
 * "Legg til i Outlook / Planner" on the selection. The dialog lives in
 * `src/ui/components/PushDialog/` and reaches Graph through `src/sync`; it is loaded only when
 * the user opens it, so sign-in and Graph code arrive in their own chunks.
 */
import type { ComponentType } from 'react';
import type { Deadline } from '../domain/model/entry';
import type { HostAdapter } from '../hosts/HostAdapter';
import type { Locale } from '../ui/strings/define';

export interface PushDialogProps {
  /** The selected deadlines, in date order. */
  readonly deadlines: readonly Deadline[];
  /**
   * Every deadline of the school year as the årshjul has it now. A push removes only what of
   * ours is no longer among them (withdrawn), never what was pushed earlier and is simply not
   * selected now.
   */
  readonly yearDeadlines: readonly Deadline[];
  readonly locale: Locale;
  /** The host: its kind, context (team, county) and deep links back to an entry. */
  readonly host: HostAdapter;
  /** Link back from an event or task to the entry in the tab. */
  readonly linkFor: (deadline: Deadline) => string;
  readonly onClose: () => void;
}

type PushModule = { readonly PushDialog: ComponentType<PushDialogProps> };

/** Loads the dialog module (its own chunk). */
export const loadPushDialog = (): Promise<PushModule> => import('../ui/components/PushDialog');
