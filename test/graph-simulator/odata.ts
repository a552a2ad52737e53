/**
 * The OData query forms the app uses, and nothing more: `$select`, `$top`, `$skip`, paging with
 * `@odata.nextLink`, the extended-property `$expand`, and a `$filter` made of `and`-joined clauses:
 *   singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq|ne '…')
 *   singleValueExtendedProperties/Any(ep: ep/id eq '…' and contains|startswith(ep/value,'…'))
 *   start/dateTime ge|gt|le|lt '…', end/dateTime …, subject eq '…', isAllDay eq true|false
 * Anything else is 400, so an unsupported query shows up in development instead of in production.
 */
import { badRequest, type SimRequest } from './http.js';

export type ValueTest = { op: 'eq' | 'ne' | 'contains' | 'startswith'; value: string } | { op: 'exists' };

export type FilterClause =
  | { kind: 'extendedProperty'; propertyId: string; test: ValueTest }
  | { kind: 'compare'; field: 'start/dateTime' | 'end/dateTime' | 'subject' | 'isAllDay'; op: 'eq' | 'ne' | 'ge' | 'gt' | 'le' | 'lt'; value: string | boolean };

const invalidFilter = (detail: string): Error => badRequest('BadRequest', `Invalid filter clause: ${detail}`);

const unquote = (s: string): string => s.slice(1, -1).replace(/''/g, "'");

/** Splits on top-level ` and ` (outside quotes and parentheses). */
function splitAnd(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === "'") inQuote = !inQuote;
    else if (!inQuote && ch === '(') depth++;
    else if (!inQuote && ch === ')') depth--;
    else if (!inQuote && depth === 0 && /^\s+and\s+/i.test(expr.slice(i))) {
      out.push(expr.slice(start, i).trim());
      const m = /^\s+and\s+/i.exec(expr.slice(i));
      i += (m?.[0].length ?? 1) - 1;
      start = i + 1;
    }
  }
  out.push(expr.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

const QUOTED = "'(?:[^']|'')*'";

function parseAny(clause: string): FilterClause | undefined {
  const m = new RegExp(`^singleValueExtendedProperties/any\\(\\s*(\\w+)\\s*:\\s*(.*)\\)$`, 'is').exec(clause);
  if (!m || !m[1] || m[2] === undefined) return undefined;
  const v = m[1];
  const inner = splitAnd(m[2]);
  let propertyId: string | undefined;
  let test: ValueTest = { op: 'exists' };
  for (const part of inner) {
    const idEq = new RegExp(`^${v}/id\\s+eq\\s+(${QUOTED})$`, 'i').exec(part);
    if (idEq?.[1]) { propertyId = unquote(idEq[1]); continue; }
    const valCmp = new RegExp(`^${v}/value\\s+(eq|ne)\\s+(${QUOTED})$`, 'i').exec(part);
    if (valCmp?.[1] && valCmp[2]) { test = { op: valCmp[1].toLowerCase() as 'eq' | 'ne', value: unquote(valCmp[2]) }; continue; }
    const fn = new RegExp(`^(contains|startswith)\\(\\s*${v}/value\\s*,\\s*(${QUOTED})\\s*\\)$`, 'i').exec(part);
    if (fn?.[1] && fn[2]) { test = { op: fn[1].toLowerCase() as 'contains' | 'startswith', value: unquote(fn[2]) }; continue; }
    throw invalidFilter(part);
  }
  if (!propertyId) throw invalidFilter(`${clause} (the lambda must name ${v}/id)`);
  return { kind: 'extendedProperty', propertyId, test };
}

export function parseEventFilter(filter: string | null): FilterClause[] {
  if (filter === null || filter.trim() === '') return [];
  return splitAnd(filter.trim()).map((clause): FilterClause => {
    const any = parseAny(clause);
    if (any) return any;
    const cmp = new RegExp(`^(start/dateTime|end/dateTime|subject|isAllDay)\\s+(eq|ne|ge|gt|le|lt)\\s+(${QUOTED}|true|false)$`, 'i').exec(clause);
    if (cmp?.[1] && cmp[2] && cmp[3]) {
      const fieldRaw = cmp[1].toLowerCase();
      const field = fieldRaw === 'start/datetime' ? 'start/dateTime' : fieldRaw === 'end/datetime' ? 'end/dateTime' : fieldRaw === 'isallday' ? 'isAllDay' : 'subject';
      const raw = cmp[3];
      const value = raw.startsWith("'") ? unquote(raw) : raw.toLowerCase() === 'true';
      return { kind: 'compare', field, op: cmp[2].toLowerCase() as 'eq', value };
    }
    throw invalidFilter(clause);
  });
}

export function testValue(test: ValueTest, actual: string | undefined): boolean {
  if (test.op === 'exists') return actual !== undefined;
  if (actual === undefined) return false;
  // Values compare case-insensitively (platform-facts §C6).
  const a = actual.toLowerCase();
  const b = test.value.toLowerCase();
  switch (test.op) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'contains': return a.includes(b);
    case 'startswith': return a.startsWith(b);
  }
}

/** `$expand=singleValueExtendedProperties($filter=id eq '…')` → the property id, or undefined. */
export function parseExtendedExpand(expand: string | null): string | undefined {
  if (expand === null || expand.trim() === '') return undefined;
  const m = new RegExp(`^singleValueExtendedProperties\\(\\s*\\$filter\\s*=\\s*id\\s+eq\\s+(${QUOTED})\\s*\\)$`, 'i').exec(expand.trim());
  if (!m?.[1]) throw badRequest('BadRequest', `Unsupported $expand: ${expand}`);
  return unquote(m[1]);
}

export function parseSelect(select: string | null): string[] | undefined {
  if (select === null || select.trim() === '') return undefined;
  return select.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Keeps `id`, `@odata.*` and the selected properties (case-insensitive, as OData). */
export function applySelect(obj: object, select: string[] | undefined): Record<string, unknown> {
  if (!select) return { ...obj };
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'id' || k.startsWith('@odata.') || wanted.has(k.toLowerCase())) out[k] = v;
  }
  return out;
}

function parseNonNegativeInt(raw: string | null, name: string): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) throw badRequest('BadRequest', `Invalid value '${raw}' for query option ${name}.`);
  return Number(raw);
}

/**
 * One page of `items` plus `@odata.nextLink` when more remain. `defaultPageSize` is Graph's
 * (10 for events); `undefined` returns everything unless `$top` is given.
 */
export function page<T>(req: SimRequest, items: T[], defaultPageSize: number | undefined): { value: T[]; nextLink?: string } {
  const top = parseNonNegativeInt(req.query.get('$top'), '$top');
  const skip = parseNonNegativeInt(req.query.get('$skip'), '$skip') ?? 0;
  const size = top ?? defaultPageSize ?? Number.POSITIVE_INFINITY;
  const value = items.slice(skip, skip + size);
  if (skip + size >= items.length) return { value };
  const next = new URLSearchParams(req.query);
  next.set('$skip', String(skip + size));
  if (top !== undefined) next.set('$top', String(top));
  const path = req.path.split('/').map(encodeURIComponent).join('/');
  return { value, nextLink: `${req.baseUrl}${path}?${next.toString().replace(/\+/g, '%20')}` };
}
