/**
 * Two author names glued into one byline entry by the source: the ACL Anthology's `Peter Bourgonje. Julian
 * Moreno-Schneider`, `Pavel Král Tomas Hercig`, `Wassim El-Hajj Mariam Mokalled` (a separator lost when the
 * record was made). Such an entry is neither of the two people, so it is never suggested as one of them; the build
 * notes it instead (`resolvePeople`).
 */
import { foldText } from './parse-name';
import { finish, type Steps } from '../util/steps';

/** The words of a written name, folded ("Bourgonje." → "bourgonje", "Moreno-Schneider" → "morenoschneider"); empty ones dropped. */
function foldedWords(name: string): string[] {
  return name
    .split(/\s+/u)
    .map((w) => foldText(w).replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}

/** How a longer name holds a shorter one and a rest (see `gluedRest`). */
export interface GluedRest {
  /** The rest as written, the separator's dot dropped ("Julian Moreno-Schneider"). */
  rest: string;
  /** Where the shorter name is: the first words of the longer one, or the last. */
  at: 'start' | 'end';
  /** A written-out word ending in a dot where the two meet ("Bourgonje. Julian"): a separator, not an initial. */
  dot: boolean;
}

/**
 * Whether `longer` may be `shorter` glued to another name: the words of `shorter` (2+, folded, each written out
 * or an initial) are the first or the last words of `longer`, and the rest is a name of its own: 2+ words, 2 of
 * them written out (2+ letters; digits do not count). `Peter Bourgonje. Julian Moreno-Schneider` / `Peter
 * Bourgonje` → rest `Julian Moreno-Schneider`, at the start, with a dot; `Xi Victoria Lin` / `Victoria Lin` → null
 * (the rest, `Xi`, is one word: a dropped given name, not a second person). A shape only: `Thi Minh Huyen Nguyen`
 * / `Huyen Nguyen` has it too (Vietnamese given names), so callers weigh `at`, `dot` and whether the rest is an
 * author (see `gluedNames`). Null when not. Throws nothing.
 */
export function gluedRest(longer: string, shorter: string): GluedRest | null {
  return gluedRestOf(gluedForm(longer), gluedForm(shorter));
}

/**
 * A written name's words as `gluedRest` reads them, worked out once so that a name tried against many others is
 * split and folded once (`samePersonCandidates` tries each name against thousands): `written`, its words as
 * written that fold to something ("Bourgonje."), `folded`, each of them folded ("bourgonje"), and `words`, the
 * name's folded words (`foldedWords`). Throws nothing.
 */
export interface GluedForm {
  written: string[];
  folded: string[];
  words: string[];
}

/** `GluedForm` of a written name (see it). */
export function gluedForm(name: string): GluedForm {
  const written = name.split(/\s+/u).filter((w) => foldedWords(w).length > 0);
  return { written, folded: written.map((w) => foldedWords(w).join('')), words: foldedWords(name) };
}

/** `gluedRest(longer, shorter)` of the two names' `gluedForm`s: the same answer, without splitting or folding again. */
export function gluedRestOf(longer: GluedForm, shorter: GluedForm): GluedRest | null {
  const lw = longer.written;
  const l = longer.folded;
  const s = shorter.words;
  if (s.length < 2 || l.length < s.length + 2) return null;
  const written = (w: string) => w.replace(/\P{L}+/gu, '').length >= 2;
  const restOf = (from: number, to: number, at: 'start' | 'end'): GluedRest | null => {
    if (l.slice(from, to).filter(written).length < 2) return null;
    // the word before the junction: the shorter name's last (at the start) or the rest's last (at the end)
    const before = lw[at === 'start' ? s.length - 1 : to - 1]!;
    return { rest: lw.slice(from, to).join(' ').replace(/^[.,;]+|[.,;]+$/gu, ''), at, dot: /\p{L}{2,}\.$/u.test(before) };
  };
  if (s.every((w, i) => l[i] === w)) {
    const r = restOf(s.length, l.length, 'start');
    if (r) return r;
  }
  const off = l.length - s.length;
  if (s.every((w, i) => l[off + i] === w)) return restOf(0, off, 'end');
  return null;
}

/**
 * Whether two display names must not be suggested as one person because the longer may be the shorter glued to
 * another name (`gluedRest`): the shorter at its start ("Wassim El-Hajj Mariam Mokalled" / "Wassim El-Hajj"), or
 * with a dot between the two ("Peter Bourgonje. Julian Moreno-Schneider" / "Julian Moreno-Schneider"). The shorter
 * at the end without a dot is a longer given name as often ("Thi Minh Huyen Nguyen" / "Huyen Nguyen"): not barred.
 */
export function mayBeGlued(a: string, b: string): boolean {
  return mayBeGluedOf(gluedForm(a), gluedForm(b));
}

/** `mayBeGlued(a, b)` of the two names' `gluedForm`s (see `gluedRestOf`). */
export function mayBeGluedOf(a: GluedForm, b: GluedForm): boolean {
  const r = gluedRestOf(a, b) ?? gluedRestOf(b, a);
  return r !== null && (r.at === 'start' || r.dot);
}

/**
 * The people of a list whose name is, most likely, another person's name of the list glued to a second name: the
 * rest (`gluedRest`) is an author of the list too ("Pavel Král Tomas Hercig": "Pavel Kral" and "Tomáš Hercig"), or
 * a dot separates the two ("Peter Bourgonje. Julian Moreno-Schneider"). For each, its index, the other person's
 * index and the rest as written. `names`: display names ("First Last"). Only names of 4+ words are tried, against
 * the names of their first and last 2–3 words, so the work grows with the names. Throws nothing.
 */
export function gluedNames(names: readonly string[]): { glued: number; part: number; rest: string }[] {
  return finish(gluedNamesSteps(names));
}

/** Names read between two yields of `gluedNamesSteps` (a few ms). */
const NAMES_PER_STEP = 1024;

/** `gluedNames` in steps (core/util/steps.ts): it yields every thousand names or so. */
export function* gluedNamesSteps(names: readonly string[]): Steps<{ glued: number; part: number; rest: string }[]> {
  const byWords = new Map<string, number>();
  const words: string[][] = [];
  for (let i = 0; i < names.length; i++) {
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield;
    const w = foldedWords(names[i]!);
    words.push(w);
    if (w.length >= 2) {
      const k = w.join(' ');
      if (!byWords.has(k)) byWords.set(k, i);
    }
  }
  const out: { glued: number; part: number; rest: string }[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield;
    const n = names[i]!;
    const w = words[i]!;
    if (w.length < 4) continue;
    tries: for (let len = 2; len <= w.length - 2; len++) {
      for (const part of [w.slice(0, len), w.slice(w.length - len)]) {
        const j = byWords.get(part.join(' '));
        if (j === undefined || j === i) continue;
        const r = gluedRest(n, names[j]!);
        if (r && (r.dot || byWords.has(foldedWords(r.rest).join(' ')))) {
          out.push({ glued: i, part: j, rest: r.rest });
          break tries;
        }
      }
    }
  }
  return out;
}
