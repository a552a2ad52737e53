/** "Legg til i Outlook / Planner": pushes the selected deadlines to a calendar or to Planner. */
import { useStrings } from '../../strings/StringsProvider';
import { pushStrings } from '../../strings/push';
import { usePushDialogStyles } from './PushDialog.styles';
import type { PushDialogProps } from './PushDialog.types';
import { renderPushDialog } from './renderPushDialog';
import { usePushDialog } from './usePushDialog';

export function PushDialog(props: PushDialogProps) {
  const { state, actions, removeButtonRef, titleRef } = usePushDialog(props);
  const strings = useStrings(pushStrings);
  const styles = usePushDialogStyles();
  return renderPushDialog({ state, actions, removeButtonRef, titleRef, strings, styles, deadlines: props.deadlines, locale: props.locale, onClose: props.onClose });
}
