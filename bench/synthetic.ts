/**
 * Deterministic synthetic deadlines for the benchmark: spread over the period like the real
 * data (busy first weeks, August, January and June), across every category, about one in
 * twelve a range or a week.
 */
import { CATEGORY_KEYS } from '../src/domain/model/category';
import { deadlineKey, type Deadline, type Entry, type EntryId } from '../src/domain/model/entry';
import { addDays, type PlainDate } from '../src/domain/time/plainDate';
import type { SchoolYear } from '../src/domain/time/schoolYear';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticDeadlines(count: number, schoolYear: SchoolYear, start: PlainDate, days: number, seed = 2026): Deadline[] {
  const next = random(seed);
  const deadlines: Deadline[] = [];
  for (let i = 0; i < count; i++) {
    const busy = next() < 0.4;
    const day = busy ? [0, 5, 155, 320][Math.floor(next() * 4)]! + Math.floor(next() * 20) : Math.floor(next() * days);
    const first = addDays(start, Math.min(days - 1, day));
    const span = next() < 0.08 ? 2 + Math.floor(next() * 10) : 0;
    const last = addDays(first, Math.min(span, days - 1 - Math.min(days - 1, day)));
    const category = CATEGORY_KEYS[Math.floor(next() * CATEGORY_KEYS.length)]!;
    const id = `syntetisk-${i}` as EntryId;
    const entry: Entry = {
      id,
      when: first === last ? { kind: 'date', date: first } : { kind: 'range', start: first, end: last },
      whenAsWritten: first,
      rollForward: 'keep',
      from: 'VIGO Sentralbasen (IST)',
      title: `Syntetisk frist ${i + 1}: levering av data til mottaker`,
      to: 'Udir',
      category,
      categoryInferred: false,
      counties: 'all',
      reportCodes: [],
      references: [],
      moves: [],
    };
    deadlines.push({ key: deadlineKey(schoolYear, id, 1, 1), schoolYear, entry, occurrence: 1, occurrences: 1, start: first, end: last, moves: [] });
  }
  return deadlines.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
