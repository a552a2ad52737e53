import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resolveDataset } from '../../../domain/rules/resolve';
import type { DateMove, Deadline, DeadlineKey } from '../../../domain/model/entry';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import { datasetForYear } from '../../../data/datasets';
import type { Locale } from '../../strings/define';
import { StringsProvider } from '../../strings/StringsProvider';
import { DeadlineList } from '../DeadlineList';
import type { DeadlineDetailsState } from './DeadlineDetails.types';
import { DetailsFields, datesAsWrittenText, moveText } from './renderDeadlineDetails';
import { resolveReferences } from './useDeadlineDetails';

const { dataset } = datasetForYear('2026-2027' as SchoolYear);
const all = resolveDataset(dataset);

describe('details of a deadline', () => {
  it('says which dates in the text stay as the template year wrote them', () => {
    const entry = (id: string) => dataset.entries.find((e) => e.id === id)!;
    expect(datesAsWrittenText(entry('ssbresultat-vgs-endelig-levering'), 'nb')).toBe(
      '«26. september» står som i årshjulet for 2022–2023, og er ikke regnet om til dette skoleåret. Sjekk datoen før du bruker den.',
    );
    expect(datesAsWrittenText(entry('privatskoler-oppdatert-ssbelev'), 'nn')).toBe(
      '«1. oktober» og «11. november» står som i årshjulet for 2022–2023, og er ikkje rekna om til dette skuleåret. Sjekk datoane før du brukar dei.',
    );
    expect(datesAsWrittenText(entry('privatskoler-oppdatert-ssbelev'), 'en')).toBe(
      '“1. oktober” and “11. november” are as written in the annual wheel for 2022–2023 and have not been carried over to this school year. Check the dates before you rely on them.',
    );
    // A row whose only text date moved with it says nothing.
    expect(datesAsWrittenText(entry('forste-overforing-soker-til-elev'), 'nb')).toBeUndefined();
  });

  it('resolves "se også" to the linked entry and notes to their text', () => {
    for (const d of all) {
      const refs = resolveReferences(d, d.entry, all, dataset.notes);
      expect(refs).toHaveLength(d.entry.references.length);
      d.entry.references.forEach((ref, i) => {
        if (ref.kind === 'entry') expect(refs[i]!.target?.entry.id).toBe(ref.entryId);
        else expect(refs[i]!.note?.id).toBe(ref.noteId);
      });
    }
  });

  it('links a routine to its first occurrence on or after the deadline that cites it', () => {
    const routine = all.filter((d) => d.entry.id === 'sluttere-til-ot-manedlig');
    expect(routine.length).toBeGreaterThan(3);
    const citing = all.find((d) => d.start > routine[2]!.start && d.start < routine[3]!.start && d.entry.id !== routine[0]!.entry.id)!;
    const entry = { ...citing.entry, references: [{ kind: 'entry' as const, entryId: routine[0]!.entry.id, text: 'Se også' }] };
    const [ref] = resolveReferences(citing, entry, all, dataset.notes);
    expect(ref!.target?.key).toBe(routine[3]!.key);
    const after = { ...citing, start: '2099-01-01' as PlainDate };
    expect(resolveReferences(after, entry, all, dataset.notes)[0]!.target?.key).toBe(routine[0]!.key);
  });

  it.each<[DateMove, 'nb' | 'nn' | 'en', string]>([
    [{ field: 'date', from: '2026-07-04' as PlainDate, to: '2026-07-06' as PlainDate, reason: { kind: 'weekend' } }, 'nb', 'Flyttet fra 4. juli 2026 til 6. juli 2026 fordi datoen faller på en helg.'],
    [{ field: 'date', from: '2027-05-17' as PlainDate, to: '2027-05-18' as PlainDate, reason: { kind: 'holiday', holiday: 'constitutionDay' } }, 'nn', 'Flytta frå 17. mai 2027 til 18. mai 2027 fordi datoen er 17. mai.'],
    [{ field: 'start', from: '2027-06-19' as PlainDate, to: '2027-06-21' as PlainDate, reason: { kind: 'weekend' } }, 'nb', 'Flyttet fra 19. juni 2027 til 21. juni 2027 fordi datoen faller på en helg. Perioden beholder lengden sin.'],
    [{ field: 'date', from: '2027-03-01' as PlainDate, to: '2027-03-01' as PlainDate, reason: { kind: 'leap-day' } }, 'en', 'Moved from 1 March 2027 to 1 March 2027 because 29 February does not exist this year.'],
  ])('explains a moved date (%#)', (move, locale, expected) => {
    expect(moveText(move, locale)).toBe(expected);
  });
});

/** What the dialog shows under its date heading ("Dato", "Date"). */
function detailsDate(deadline: Deadline, locale: Locale): string {
  const state = { locale, references: resolveReferences(deadline, deadline.entry, all, dataset.notes) } as unknown as DeadlineDetailsState;
  const html = renderToStaticMarkup(createElement(DetailsFields, { state, classes: {} as never, deadline }));
  return /<dd[^>]*>([^<]+)/.exec(html)![1]!;
}

/** What the list shows at the start of each row, by deadline key. */
function listDates(deadlines: readonly Deadline[], locale: Locale): Map<string, string> {
  const list = createElement(DeadlineList, { deadlines, today: '2026-11-28' as PlainDate, selectedKeys: new Set<DeadlineKey>(), onSelectionChange: () => {}, onOpen: () => {} });
  const html = renderToStaticMarkup(createElement(StringsProvider, { locale, children: list }));
  return new Map([...html.matchAll(/<li [^>]*data-deadline-key="([^"]+)"[^>]*>.*?>([^<]+)</g)].map((m) => [m[1]!, m[2]!]));
}

describe('the date of a deadline', () => {
  it.each<Locale>(['nb', 'nn', 'en'])('reads the same in the details as in the list, for every deadline, in %s', (locale) => {
    const list = listDates(all, locale);
    expect(list.size).toBe(all.length);
    for (const deadline of all) expect(detailsDate(deadline, locale), deadline.key).toBe(list.get(deadline.key));
  });

  it.each<[Locale, string]>([
    ['nb', 'man. 28. sep.–fre. 2. okt. 2026'],
    ['en', 'Mon 28 Sept – Fri 2 Oct 2026'],
  ])('writes the autumn holiday of week 40 in %s as %s', (locale, expected) => {
    const week40 = all.find((d) => d.entry.id === 'hostferie-uke-40')!;
    expect(detailsDate(week40, locale)).toBe(expected);
    expect(listDates([week40], locale).get(week40.key)).toBe(expected);
  });
});

describe('the fields of the details', () => {
  // The entry's comment (the årshjul's "Kommentar" column) and the end notes it cites are two
  // things; nynorsk once called them "Merknad" and "Merknader".
  it.each<[Locale, string, string]>([
    ['nb', 'Kommentar', 'Merknader'],
    ['nn', 'Kommentar', 'Merknader'],
    ['en', 'Comment', 'Notes'],
  ])('name the comment and the notes it cites apart in %s', (locale, comment, notes) => {
    const deadline = all.find((d) => d.entry.comment && resolveReferences(d, d.entry, all, dataset.notes).some((r) => r.note))!;
    const state = { locale, references: resolveReferences(deadline, deadline.entry, all, dataset.notes), props: { onOpen: () => {} } } as unknown as DeadlineDetailsState;
    const html = renderToStaticMarkup(createElement(DetailsFields, { state, classes: {} as never, deadline }));
    const terms = [...html.matchAll(/<dt[^>]*>(.*?)<\/dt>/g)].map((m) => m[1]!);
    expect(terms).toContain(comment);
    expect(terms).toContain(notes);
    expect(new Set(terms).size, terms.join(', ')).toBe(terms.length);
  });
});

describe('the årshjul\'s own texts in another interface language', () => {
  /** The texts inside elements marked as bokmål, and the whole text, of some markup. */
  const marked = (html: string) => [...html.matchAll(/<(\w+)[^>]*\blang="nb-NO"[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));

  it('marks the text as written, parties, comment, category reason and "se også" as bokmål in the English details', () => {
    const deadline = all.find((d) => d.entry.id === 'forste-overforing-soker-til-elev')!;
    const state = { locale: 'en', references: resolveReferences(deadline, deadline.entry, all, dataset.notes), props: { onOpen: () => {} } } as unknown as DeadlineDetailsState;
    const html = renderToStaticMarkup(createElement(DetailsFields, { state, classes: {} as never, deadline }));
    const texts = marked(html);
    const { entry } = deadline;
    for (const text of [entry.whenAsWritten, entry.from!, entry.comment!, entry.categoryReason!]) expect(texts, text).toContain(text);
    const target = state.references.find((r) => r.target)!;
    expect(texts).toContain(target.target!.entry.title);
    expect(texts).toContain(target.text);
    // The interface's own words around them are not marked.
    expect(html).toContain('The category was inferred from the content: <span lang="nb-NO">');
    expect(texts.join(' ')).not.toMatch(/inferred|Moved from/);
  });

  it('marks each row\'s title and parties as bokmål in the English list', () => {
    const deadlines = all.filter((d) => d.start >= '2026-12-01' && d.start <= '2026-12-31');
    const list = createElement(DeadlineList, { deadlines, today: '2026-11-28' as PlainDate, selectedKeys: new Set<DeadlineKey>(), onSelectionChange: () => {}, onOpen: () => {} });
    const html = renderToStaticMarkup(createElement(StringsProvider, { locale: 'en', children: list }));
    const texts = marked(html);
    for (const d of deadlines) expect(texts, d.key).toContain(d.entry.title);
    expect(texts.some((t) => t.includes('→'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/Select|deadlines selected|Moved/);
  });
});
