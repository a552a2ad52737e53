/**
 * Time zones for `dateTimeTimeZone` (platform-facts §C2). Graph accepts Windows names (Norway uses
 * `W. Europe Standard Time`) and a documented list of IANA names.
 *
 * [unverified] Which IANA names Graph accepts: the docs list e.g. Europe/Berlin and Europe/Paris but NOT
 * Europe/Oslo. The simulator accepts only the names below and rejects every other name (Europe/Oslo
 * included) with 400 TimeZoneNotSupportedException, so the app is pushed to send the Windows name, which
 * real Graph certainly accepts.
 */
import { badRequest } from './http.js';

const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Helsinki',
  'GTB Standard Time': 'Europe/Bucharest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Tokyo Standard Time': 'Asia/Tokyo',
};

const IANA_ACCEPTED: ReadonlySet<string> = new Set([
  'Etc/GMT',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/London',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
]);

/** The IANA zone used for arithmetic, or undefined when Graph would not accept the name. */
export function resolveTimeZone(name: string): string | undefined {
  if (Object.hasOwn(WINDOWS_TO_IANA, name)) return WINDOWS_TO_IANA[name];
  if (IANA_ACCEPTED.has(name)) return name;
  return undefined;
}

export function requireTimeZone(name: unknown): string {
  const iana = typeof name === 'string' ? resolveTimeZone(name) : undefined;
  if (!iana) {
    throw badRequest(
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${String(name ?? '')}'.`,
    );
  }
  return iana;
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0..9_999_999 (100 ns ticks), Graph keeps 7 digits. */
  ticks: number;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z)?$/;

export function parseLocal(value: unknown): LocalDateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = LOCAL_RE.exec(value.trim());
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? '0');
  const local: LocalDateTime = {
    year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6),
    ticks: Number((m[7] ?? '').padEnd(7, '0')),
  };
  if (local.month < 1 || local.month > 12 || local.day < 1 || local.day > 31 || local.hour > 23 || local.minute > 59 || local.second > 59) {
    return undefined;
  }
  return local;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Graph's `dateTime` shape: `2026-10-01T00:00:00.0000000`. */
export function formatLocal(l: LocalDateTime): string {
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}.${pad(l.ticks, 7)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(ms: number, iana: string): LocalDateTime {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(iana, f);
  }
  const get = (t: string): number => Number(f.formatToParts(ms).find((p) => p.type === t)?.value ?? '0');
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second'), ticks: 0 };
}

function wallAsUtc(l: LocalDateTime): number {
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
}

/** Epoch ms (plus sub-ms ticks dropped) of a wall-clock time in a zone. */
export function localToUtcMs(l: LocalDateTime, iana: string): number {
  const guess = wallAsUtc(l);
  const offset1 = wallAsUtc(partsIn(guess, iana)) - guess;
  const candidate = guess - offset1;
  const offset2 = wallAsUtc(partsIn(candidate, iana)) - candidate;
  return guess - offset2 + Math.floor(l.ticks / 10_000);
}

export function utcMsToLocal(ms: number, iana: string): LocalDateTime {
  const whole = Math.floor(ms / 1000) * 1000;
  return { ...partsIn(whole, iana), ticks: (ms - whole) * 10_000 };
}

export const isMidnight = (l: LocalDateTime): boolean => l.hour === 0 && l.minute === 0 && l.second === 0 && l.ticks === 0;

/** Whole calendar days from a to b (dates only). */
export function daysBetween(a: LocalDateTime, b: LocalDateTime): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** ISO instant with 7 fractional digits and Z, as Graph writes createdDateTime. */
export function isoTicks(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}
