export { PushDialog } from './PushDialog';
export type { PushDialogProps } from './PushDialog.types';
