/** Print and export: wheel as SVG and PNG, the filter as ICS, print layouts. */
import { defineStrings } from './define';

export const exportStrings = defineStrings('export', {
  nb: {
    menu: 'Skriv ut og eksporter',
    printA4: 'Skriv ut på A4',
    printA3: 'Skriv ut på A3',
    wheelSvg: 'Last ned hjulet som SVG',
    wheelPng: 'Last ned hjulet som PNG',
    ics: 'Last ned filteret som kalender (ICS)',
    failed: 'Eksporten mislyktes ({code}).',
    fileName: 'arshjul-{year}',
    printedAt: 'Skrevet ut {date}',
    printFiltered: 'Filtrert: {shown} av {total} frister',
  },
  nn: {
    menu: 'Skriv ut og eksporter',
    printA4: 'Skriv ut på A4',
    printA3: 'Skriv ut på A3',
    wheelSvg: 'Last ned hjulet som SVG',
    wheelPng: 'Last ned hjulet som PNG',
    ics: 'Last ned filteret som kalender (ICS)',
    failed: 'Eksporten gjekk ikkje ({code}).',
    fileName: 'arshjul-{year}',
    printedAt: 'Skrive ut {date}',
    printFiltered: 'Filtrert: {shown} av {total} fristar',
  },
  en: {
    menu: 'Print and export',
    printA4: 'Print on A4',
    printA3: 'Print on A3',
    wheelSvg: 'Download the wheel as SVG',
    wheelPng: 'Download the wheel as PNG',
    ics: 'Download the filter as a calendar (ICS)',
    failed: 'The export failed ({code}).',
    fileName: 'arshjul-{year}',
    printedAt: 'Printed {date}',
    printFiltered: 'Filtered: {shown} of {total} deadlines',
  },
});
