export { CountyPicker, type CountyPickerProps } from './CountyPicker';
