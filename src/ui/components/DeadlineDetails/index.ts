export { DeadlineDetails } from './DeadlineDetails';
export type { DeadlineDetailsProps, CopyLinkResult, ResolvedReference } from './DeadlineDetails.types';
export { resolveReferences } from './useDeadlineDetails';
export { moveText } from './renderDeadlineDetails';
