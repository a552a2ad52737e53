/**
 * Search text folding for Norwegian: case-insensitive, and accent-insensitive so that
 * "lanekassen" finds "Lånekassen", "ramboll" finds "Rambøll" and "ae" finds "æ".
 */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the folded haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldText(haystack);
  return words.every((word) => folded.includes(word));
}

let norwegian: Intl.Collator | undefined;

/**
 * Compares in Norwegian (bokmål) order, for `sort`. One collator for all calls:
 * `a.localeCompare(b, 'nb')` builds one per call, which made sorting the ~100 parties ~30 ms
 * at 4x CPU.
 */
export function norwegianOrder(a: string, b: string): number {
  norwegian ??= new Intl.Collator('nb');
  return norwegian.compare(a, b);
}
