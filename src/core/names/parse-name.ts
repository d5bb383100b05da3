import { cleanText } from '../util/text-lines';

export interface PersonName {
  given: string;
  family: string;
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'al', 'el']);

/**
 * How a reader writes names: "Last, First" (BibTeX, RIS, CSL, the seed list), "First Last" (JSON Lines,
 * OpenAlex), or unknown ("auto": a comma means "Last, First").
 */
export type NameOrder = 'last-first' | 'first-last' | 'auto';

const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;

/** Split a name written "Last, First" (or "Last, Jr, First") or "First Last" into given and family parts. */
export function parseName(raw: string, order: NameOrder = 'auto'): PersonName {
  const name = cleanText(raw);
  if (order === 'first-last' && name.includes(',')) {
    // "Frederick P. Brooks, Jr." keeps its suffix with the family name; other commas are just separators.
    const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
    const suffix = parts.length > 1 && SUFFIX.test(parts[parts.length - 1]!) ? parts.pop()! : null;
    const inner = parseName(parts.join(' '), 'first-last');
    return suffix ? { given: inner.given, family: `${inner.family}, ${suffix}` } : inner;
  }
  if (order !== 'first-last' && name.includes(',')) {
    const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length === 1) return { given: '', family: parts[0]! };
    if (parts.length === 2) return { given: parts[1]!, family: parts[0]! };
    // "von Last, Jr, First"
    return { given: parts.slice(2).join(' '), family: `${parts[0]!} ${parts[1]!}` };
  }
  const tokens = name.split(' ');
  if (tokens.length === 1) return { given: '', family: tokens[0]! };
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!)) start--;
  return { given: tokens.slice(0, start).join(' '), family: tokens.slice(start).join(' ') };
}

/** "First Last" form used for display. */
export function displayName(n: PersonName): string {
  if (n.family.endsWith(',')) return n.given ? `${n.given} ${n.family.slice(0, -1)}` : n.family.slice(0, -1);
  return n.given ? `${n.given} ${n.family}` : n.family;
}

const FOLD_MAP: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

/** Lower case, diacritics removed (also the letters NFD does not split: "Łukasz" -> "lukasz", "Søren" -> "soren"). */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øłđðæœßıþ]/g, (c) => FOLD_MAP[c] ?? c);
}

/** Case, diacritics and punctuation/space folded: "François Hansen-Estruch" -> "francoishansenestruch". */
export function foldName(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key under which spellings of one person meet: given + family in that order, folded. */
export function nameKey(raw: string, order: NameOrder = 'auto'): string {
  const n = parseName(raw, order);
  const key = foldName(`${n.given} ${n.family}`);
  return key || cleanText(raw).toLowerCase();
}
