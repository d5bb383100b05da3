/**
 * The properly marked spelling of a person. The display name is the most frequent spelling, but the spellings of one
 * person often differ only by accents a database or a BibTeX file dropped: on the 30k ACL map 73 people were shown
 * without theirs ("Frederic Bechet" over "Frédéric Béchet", "Dilek Hakkani-Tur" over "Dilek Hakkani-Tür"). Folding
 * drops marks and nothing restores them, so a spelling that only adds marks to the most frequent one is the fuller
 * name of the same words, and is shown, unless its marks are doubtful (`properlyMarked`).
 */
import { readsVietnamese } from './tone-marks';

/** Letters put for Hungarian ő and ű where they could not be written: each stand-in with the letter it stands for. */
export const DOUBLE_ACUTE_STAND_INS: ReadonlyMap<string, string> = new Map([
  ['õ', 'ő'],
  ['ô', 'ő'],
  ['ũ', 'ű'],
  ['û', 'ű'],
  ['Õ', 'Ő'],
  ['Ô', 'Ő'],
  ['Ũ', 'Ű'],
  ['Û', 'Ű'],
]);

/**
 * The tilde put for the double acute (`\~{u}` for `\H{u}`: Latin-1 has no ő or ű), which no spelling of a name
 * should win by: õ and ũ are letters of their own only in Vietnamese ("Vũ") and Portuguese ("Simões", õ before e),
 * so elsewhere they are read as a stand-in. (Estonian õ, "Põld", is read so too: the plain spelling is then kept,
 * as before.) The circumflex (ô, û) is French as often ("Jérôme"), so it is not doubted alone.
 */
const TILDE_STAND_INS = new Set(['õ', 'ũ', 'Õ', 'Ũ']);

/** A letter of a spelling (NFC) with its marks: `letter` as written, `base` without marks (NFD), `marks` the marks. */
interface MarkedLetter {
  letter: string;
  base: string;
  marks: string;
}

/**
 * The letters of a spelling with their marks, or null when a mark does not compose with its Latin letter under NFC
 * ("Gu̇lçehre": u + combining dot above, a mark that is no letter of any alphabet, a copy-and-paste accident).
 */
function markedLetters(s: string): MarkedLetter[] | null {
  const out: MarkedLetter[] = [];
  for (const c of s.normalize('NFC')) {
    if (/\p{M}/u.test(c)) {
      const prev = out[out.length - 1];
      if (!prev || /\p{Script=Latin}/u.test(prev.base)) return null;
      prev.letter += c;
      prev.marks += c;
      continue;
    }
    const d = c.normalize('NFD');
    const base = d.replace(/\p{M}+/gu, '');
    out.push({ letter: c, base: base || c, marks: d.slice(base.length) });
  }
  return out;
}

/**
 * Whether spelling `b` differs from `a` only by marks it adds (`a` has none on that letter: "Frederic" →
 * "Frédéric") or by the double acute for a stand-in of `a` ("Szũcs" → "Szűcs"), at least once; the letters alike
 * otherwise, case aside. `a`, `b`: `markedLetters`.
 */
function addsMarks(a: readonly MarkedLetter[], b: readonly MarkedLetter[]): boolean {
  if (a.length !== b.length) return false;
  let added = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.base.toLowerCase() !== y.base.toLowerCase()) return false;
    if (x.marks === y.marks) continue;
    if (x.marks === '' || DOUBLE_ACUTE_STAND_INS.get(x.letter) === y.letter) added = true;
    else return false;
  }
  return added;
}

/**
 * Whether spelling `s` adds a tilde for a double acute to `top` (`letters` and `topLetters`, `markedLetters`): an õ or
 * ũ where `top` has a plain o or u, outside Vietnamese names and Portuguese õe.
 */
function addsStandIn(s: string, letters: readonly MarkedLetter[], topLetters: readonly MarkedLetter[]): boolean {
  if (readsVietnamese(s)) return false;
  return letters.some((l, i) => TILDE_STAND_INS.has(l.letter) && topLetters[i]!.marks === '' && !(l.base.toLowerCase() === 'o' && /^e/i.test(letters[i + 1]?.base ?? '')));
}

/** Minus the words written in capitals whole ("ZHANG, WEI": −2): a spelling shown must not shout more than the other. */
function shouted(s: string): number {
  let n = 0;
  for (const w of s.split(/[\s,]+/u)) if (/\p{Lu}{2,}/u.test(w) && !/\p{Ll}/u.test(w)) n++;
  return n;
}

/** A spelling preferred over the most frequent one, and why (said in the merge report). */
export interface MarkedChoice {
  spelling: string;
  /** Why, in words (for the report's merge entry): 'shown as "Frédéric Béchet" (written 6×) rather than the more frequent "Frederic Bechet" (13×): …'. */
  why: string;
}

/**
 * The spelling of one person to show in place of `top`, the most frequent of `spellings` (display spelling, times
 * written), when another differs from it only by added marks ("Frédéric Béchet" over "Frederic Bechet"), or by
 * ő or ű where `top` has a stand-in (õ, ô, ũ, û); null to keep `top`. Of several such, the one whose marks hold every
 * other's ("Frédéric Béchet" over "Frédéric Bechet"); when two carry marks the other lacks ("Barnabás Póczos" /
 * "Barnabás Poczós"), the one written more often, or none on a tie: no mark is chosen blindly. Left out: a spelling
 * seen only as an alias file's variant (written 0 times: the file named the person), one with a mark that does not
 * compose under NFC ("Gu̇lçehre"), one that adds a tilde for a double acute (an õ or ũ outside Vietnamese and
 * Portuguese names: "A Szũcs" loses to "A Szucs" and to "A Szűcs"), one that shouts more than `top` ("ÉRIC WEHRLI").
 * Who is merged does not change: only which of the person's spellings is shown.
 */
export function properlyMarked(spellings: readonly (readonly [string, number])[], top: string): MarkedChoice | null {
  if (spellings.length < 2) return null;
  const topLetters = markedLetters(top);
  if (!topLetters) return null;
  const topShouted = shouted(top);
  const found: { spelling: string; count: number; letters: MarkedLetter[] }[] = [];
  for (const [spelling, count] of spellings) {
    // (ASCII adds no marks: most spellings are answered here)
    if (spelling === top || count === 0 || !/[^\x00-\x7F]/.test(spelling)) continue;
    const letters = markedLetters(spelling);
    if (!letters || !addsMarks(topLetters, letters) || shouted(spelling) > topShouted || addsStandIn(spelling, letters, topLetters)) continue;
    found.push({ spelling, count, letters });
  }
  if (found.length === 0) return null;
  // the fullest: those no other one adds marks to
  const fullest = found.filter((f) => !found.some((g) => g !== f && addsMarks(f.letters, g.letters)));
  fullest.sort((a, b) => b.count - a.count || (a.spelling < b.spelling ? -1 : 1));
  const [best, next] = fullest;
  if (next && next.count === best!.count) return null;
  const times = new Map(spellings);
  const written = (s: string): string => `${times.get(s)}×`;
  const others = fullest.slice(1).map((f) => `"${f.spelling}" (${written(f.spelling)})`);
  const why = `shown as "${best!.spelling}" (written ${written(best!.spelling)}) rather than the more frequent "${top}" (${written(top)}): the same letters with the marks it leaves out${others.length ? `; not ${others.join(', ')}, marked otherwise and written less often` : ''}`;
  return { spelling: best!.spelling, why };
}
