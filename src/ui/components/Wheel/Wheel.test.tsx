import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { testDeadline } from '../../../domain/geometry/testDeadlines';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import { Wheel } from './Wheel';
import { wheelStrings } from './Wheel.strings';
import type { WheelProps } from './Wheel.types';

const base: WheelProps = {
  deadlines: [
    testDeadline('stopp-sluttere', '2026-07-03'),
    testDeadline('overforing', '2026-09-12', '2026-09-12', 'vigo-intern', 'Første dato for overføring fra søker til elev'),
    testDeadline('hostferie', '2026-09-28', '2026-10-02', 'general'),
    testDeadline('lanekassen', '2027-02-01', '2027-02-01', 'lanekassen'),
  ],
  schoolYear: '2026-2027' as SchoolYear,
  today: '2026-11-28' as PlainDate,
  theme: 'light',
  locale: 'nb',
  strings: wheelStrings.nb,
  onOpen: () => {},
};

const render = (props: Partial<WheelProps> = {}) => renderToStaticMarkup(<Wheel {...base} {...props} />);
const buttons = (html: string) => [...html.matchAll(/<g class="aw-it"[^>]*>/g)].map((m) => m[0]);

describe('Wheel', () => {
  it('draws the wheel as a labelled group with a keyboard description', () => {
    const html = render({ countyLabel: 'Vestland fylkeskommune' });
    expect(html).toMatch(/<svg [^>]*role="group" aria-labelledby="(\w+)-t" aria-describedby="\1-d"/);
    expect(html).toContain('>Årshjul 2026–2027 Vestland fylkeskommune</title>');
    expect(html).toContain('Piltastene flytter mellom fristene');
  });

  it('makes every drawn deadline a button with a name, all out of the tab order until mounted', () => {
    const marks = buttons(render());
    expect(marks).toHaveLength(3);
    for (const mark of marks) {
      expect(mark).toContain('role="button"');
      expect(mark).toContain('tabindex="-1"');
      expect(mark).toMatch(/aria-label="[^"]+, [^"]+, [^"]+"/);
    }
  });

  it('leaves the July rows out of the wheel and says they are in the list', () => {
    const html = render();
    expect(html).not.toContain('Frist stopp-sluttere');
    expect(html).toContain('Én frist før 1. august 2026 vises bare i listen.');
  });

  it('offers year, quarter and month as buttons, and previous/next when zoomed', () => {
    const year = render();
    expect(year).toMatch(/<div[^>]*role="group" aria-label="Utsnitt av årshjulet"/);
    expect(year).toMatch(/aria-pressed="true"[^>]*>År</);
    expect(year).not.toContain('aria-label="Forrige måned"');
    expect(year).toContain('Hele skoleåret');
    const month = render({ zoom: { level: 'month', index: 2 } });
    expect(month).toContain('aria-label="Forrige måned"');
    expect(month).toContain('aria-label="Neste måned"');
    expect(month).toContain('Oktober 2026');
    expect(buttons(month)).toHaveLength(1);
  });

  it('speaks the chosen language', () => {
    const html = render({ locale: 'en', strings: wheelStrings.en });
    expect(html).toContain('aria-label="12 September 2026, Første dato for overføring fra søker til elev, VIGO internal dates"');
    expect(html).toContain('aria-label="Ring 6: State Educational Loan Fund (Lånekassen)"');
    expect(html).toContain('Whole school year');
  });
});
