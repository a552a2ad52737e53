import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { upcoming } from '../../../domain/filters/query';
import type { Deadline, DeadlineKey } from '../../../domain/model/entry';
import { resolveDataset } from '../../../domain/rules/resolve';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import { datasetForYear } from '../../../data/datasets';
import type { Locale } from '../../strings/define';
import { StringsProvider } from '../../strings/StringsProvider';
import { DeadlineList } from './DeadlineList';
import { NEXT_DAYS, groupByMonth } from './useDeadlineList';
import { formatDeadlineDays } from '../../strings/dates';

const all = resolveDataset(datasetForYear('2026-2027' as SchoolYear).dataset);

describe('the list of deadlines', () => {
  it('groups by the month a deadline starts in, in date order, losing none', () => {
    const groups = groupByMonth(all);
    expect(groups.map((g) => g.month)).toEqual([...new Set(all.map((d) => d.start.slice(0, 7)))]);
    expect(groups.flatMap((g) => g.deadlines)).toEqual(all);
    for (const g of groups) expect(g.deadlines.every((d) => d.start.startsWith(g.month))).toBe(true);
  });

  it('shows on top what is not over and starts within 14 days', () => {
    const today = '2026-11-28' as PlainDate;
    const next = upcoming(all, today, NEXT_DAYS);
    expect(next.length).toBeGreaterThan(0);
    expect(next.every((d) => d.end >= today && d.start <= '2026-12-11')).toBe(true);
  });
});

describe('an empty "next 14 days"', () => {
  const render = (filtered: boolean, locale: Locale = 'nb') =>
    renderToStaticMarkup(
      createElement(StringsProvider, {
        locale,
        children: createElement(DeadlineList, {
          // Only deadlines after the 14 days: the section above is empty.
          deadlines: all.filter((d) => d.start > '2027-01-01'),
          today: '2026-11-28' as PlainDate,
          selectedKeys: new Set<DeadlineKey>(),
          onSelectionChange: () => {},
          onOpen: () => {},
          filtered,
        }),
      }),
    );

  it('says nothing is due when nothing is filtered away, and that nothing matches when a filter is on', () => {
    expect(render(false)).toContain('Ingen frister de neste 14 dagene.');
    expect(render(true)).toContain('Ingen frister de neste 14 dagene passer filteret.');
    expect(render(true)).not.toContain('Ingen frister de neste 14 dagene.<');
    expect(render(true, 'en')).toContain('No deadlines in the next 14 days match the filter.');
  });
});

/** The date each row of the list shows (the first text of the row), by deadline key. */
function listDates(deadlines: readonly Deadline[], locale: Locale): Map<string, string> {
  const html = renderToStaticMarkup(
    createElement(StringsProvider, {
      locale,
      children: createElement(DeadlineList, { deadlines, today: '2026-11-28' as PlainDate, selectedKeys: new Set<DeadlineKey>(), onSelectionChange: () => {}, onOpen: () => {}, mode: 'print' }),
    }),
  );
  return new Map([...html.matchAll(/<li [^>]*data-deadline-key="([^"]+)"[^>]*>.*?>([^<]+)</g)].map((m) => [m[1]!, m[2]!]));
}

describe('dates in the list', () => {
  const byId = (id: string) => all.find((d) => d.entry.id === id)!;
  const shown = [byId('hostferie-uke-40'), byId('hostferie-uke-41'), byId('fellessensur-grunnskole'), byId('forste-overforing-soker-til-elev')];

  it.each<[Locale, string[]]>([
    ['nb', ['man. 28. sep.–fre. 2. okt. 2026', 'man. 5.–fre. 9. okt. 2026', 'man. 21.–ons. 23. juni 2027', 'man. 14. sep. 2026']],
    ['nn', ['må. 28. sep.–fr. 2. okt. 2026', 'må. 5.–fr. 9. okt. 2026', 'må. 21.–on. 23. juni 2027', 'må. 14. sep. 2026']],
    ['en', ['Mon 28 Sept – Fri 2 Oct 2026', 'Mon 5 – Fri 9 Oct 2026', 'Mon 21 – Wed 23 Jun 2027', 'Mon 14 Sept 2026']],
  ])('writes a week, a range and a day (moved from Saturday 12 September) with the weekday and the year in %s', (locale, expected) => {
    const dates = listDates(shown, locale);
    expect(shown.map((d) => dates.get(d.key))).toEqual(expected);
  });
});

describe('a row on screen', () => {
  it('describes its checkbox and its title with its date, for whoever moves through the list with Tab', () => {
    const shown = all.filter((d) => d.start >= '2026-11-30' && d.start <= '2026-12-02');
    const html = renderToStaticMarkup(
      createElement(StringsProvider, {
        locale: 'en',
        children: createElement(DeadlineList, {
          deadlines: shown,
          today: '2026-11-28' as PlainDate,
          selectedKeys: new Set<DeadlineKey>(),
          onSelectionChange: () => {},
          onOpen: () => {},
        }),
      }),
    );
    const textOf = (id: string) => html.match(new RegExp(`id="${id.replace(/[^\w-]/g, '\\$&')}"[^>]*>([^<]*)`))?.[1];
    const rows = [...html.matchAll(/<li [^>]*data-deadline-key="([^"]+)"[^>]*>(.*?)<\/li>/g)];
    // The "next 14 days" repeat these rows: every row, there too, has its own date to point at.
    expect(rows.length).toBe(shown.length * 2);
    for (const [, key, row] of rows) {
      const deadline = shown.find((d) => d.key === key)!;
      const input = row!.match(/<input [^>]*>/)![0];
      const title = row!.match(/<button [^>]*>/)![0];
      for (const control of [input, title]) {
        const described = control.match(/aria-describedby="([^"]+)"/)?.[1];
        expect(described, `${key}: ${control}`).toBeDefined();
        expect(textOf(described!), key).toBe(formatDeadlineDays(deadline, 'en'));
      }
    }
    expect(new Set(rows.map(([, , row]) => row!.match(/aria-describedby="([^"]+)"/)![1])).size).toBe(rows.length);
  });
});

describe('the list on screen and on paper in one document', () => {
  it('gives its month headings ids of their own, so each month is named by its own heading after a print', () => {
    const list = (mode?: 'print') =>
      createElement(DeadlineList, {
        deadlines: all,
        today: '2026-11-28' as PlainDate,
        selectedKeys: new Set<DeadlineKey>(),
        onSelectionChange: () => {},
        onOpen: () => {},
        ...(mode ? { mode } : {}),
      });
    // As the tab has them once the print layout has been used: the screen's list, then the paper's.
    const html = renderToStaticMarkup(createElement(StringsProvider, { locale: 'nb', children: [createElement('div', { key: 's' }, list()), createElement('div', { key: 'p' }, list('print'))] }));
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const [, id] of html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(ids, id).toContain(id);
  });
});
