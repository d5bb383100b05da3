import { cleanText } from '../util/text-lines';
import { foldText, isCjkName, parseName, type NameOrder, type PersonName } from './parse-name';

/** Apostrophes of every shape join the letters around them ("O’Neill", "O'Neill", "ONeill" meet). */
const APOSTROPHES = /['’‘ʼ`´]/gu;

/** Folded name parts of one field: case and diacritics folded, split at anything that is not a letter or digit. */
function parts(s: string): string {
  return foldText(s)
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * The key under which spellings are merged automatically into one person: given + family name in that
 * order, case and diacritics folded, punctuation and spacing between parts normalised, but the parts
 * themselves kept. So `Tat-Seng Chua` / `Tat Seng Chua`, `Alan W. Black` / `Alan W Black`,
 * `François` / `Francois`, `LeCun` / `Lecun` meet, while a syllable break is never erased:
 * `Yu-An Wang` / `Yuan Wang`, `Ji Won Kim` / `Jiwon Kim`, `Soman K P` / `Soman KP` stay apart (on
 * real data these are as often two people as one; they go to the same-person suggestions, where shared
 * co-authors can speak for them). `raw` is a name as written; `order` as in `parseName`.
 */
export function mergeKey(raw: string, order: NameOrder = 'auto'): string {
  return mergeKeyOf(raw, parseName(raw, order));
}

/** `mergeKey(raw, order)` of a name already parsed: `parsed` must be `parseName(raw, order)` (see parse-name.ts `shownNameOf`). */
export function mergeKeyOf(raw: string, parsed: PersonName): string {
  const n = parsed;
  // CJK names: family + given with no space, so "李" + "明远" meets the unsplit "李明远"
  if (isCjkName(n.family + n.given)) return parts(n.family + n.given).replace(/ /g, '') || cleanText(raw);
  const key = [parts(n.given), parts(n.family)].filter(Boolean).join(' ');
  return key || cleanText(raw).toLowerCase();
}
