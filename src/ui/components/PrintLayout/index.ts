export { PrintLayout, type PrintLayoutProps, type PaperSize } from './PrintLayout';
