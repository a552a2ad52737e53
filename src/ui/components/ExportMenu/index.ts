export { ExportMenu, type ExportMenuProps, type ExportAction } from './ExportMenu';
