/**
 * Short forms of given names: the one place the project knows that "Dan" is Daniel, "Kathy" Kathleen and "Chris"
 * Christopher. Used by who-is-who to pair two spellings of one person (`queries/synonyms.ts`) and by the top bar's
 * search to find a person typed under the other form (`app/search/search-index.ts`).
 */

/** Common English short forms that are not simple prefixes of the full name. */
const NICKNAMES: Record<string, string> = {
  kathy: 'kathleen katherine catherine kathryn', katie: 'katherine kathleen', kate: 'katherine kathleen catherine',
  mike: 'michael', bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert',
  dick: 'richard', rich: 'richard', rick: 'richard', jim: 'james', jimmy: 'james', tom: 'thomas', tim: 'timothy',
  dave: 'david', joe: 'joseph', ben: 'benjamin', chris: 'christopher christian christine christina',
  sandy: 'sandra alexander', alex: 'alexander alexandra alexandre alejandro', sasha: 'alexander alexandra',
  steve: 'steven stephen', andy: 'andrew andreas', tony: 'anthony antonio', liz: 'elizabeth', beth: 'elizabeth',
  betty: 'elizabeth', jenny: 'jennifer', jen: 'jennifer', pete: 'peter', greg: 'gregory', jeff: 'jeffrey',
  ed: 'edward edwin eduard', ted: 'edward theodore', fred: 'frederick', don: 'donald', ron: 'ronald', ken: 'kenneth',
  larry: 'lawrence', jon: 'jonathan', nate: 'nathan nathaniel', sam: 'samuel samantha', matt: 'matthew',
  nick: 'nicholas nikolaos', pat: 'patrick patricia', peggy: 'margaret', meg: 'margaret', maggie: 'margaret',
  sue: 'susan suzanne', jack: 'john', hank: 'henry', harry: 'henry', charlie: 'charles', chuck: 'charles',
  abby: 'abigail', becky: 'rebecca', vicky: 'victoria', zach: 'zachary', josh: 'joshua', frank: 'francis franklin',
};

/** Each nickname's full names, as lists. */
const FULL_NAMES = new Map(Object.entries(NICKNAMES).map(([nick, full]) => [nick, full.split(' ')]));

/** Each full name's nicknames (the reverse of `NICKNAMES`). */
const NICKNAMES_OF = new Map<string, string[]>();
for (const [nick, full] of FULL_NAMES) for (const f of full) NICKNAMES_OF.set(f, [...(NICKNAMES_OF.get(f) ?? []), nick]);

/** How two given-name parts fit: the same, one the other's initial, one a short form of the other, or not at all. */
export type GivenNameFit = 'equal' | 'initial' | 'short' | null;

/**
 * How two given-name parts fit: equal, an initial, or a short form (a prefix of 3+ letters when `prefixes`, or a
 * nickname: "Kathy" / "Kathleen"). A hyphenated part ("wei-nan") has no prefix short form: "Wei" is one syllable of
 * "Wei-Nan", another name. `prefixes` is off for romanised East Asian names: "Yan" is not a short form of
 * "Yangqiu".
 * @param x one given-name part, folded and in lower case (`foldText`)
 * @param y the other, likewise
 * @param prefixes whether a prefix of 3+ letters counts as a short form (false for romanised East Asian names)
 * @returns the fit, or null; never throws
 */
export function givenNameFit(x: string, y: string, prefixes = true): GivenNameFit {
  if (x === y) return 'equal';
  if (x.length === 1 || y.length === 1) return (x.length === 1 ? y.startsWith(x) : x.startsWith(y)) ? 'initial' : null;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (prefixes && s.length >= 3 && l.startsWith(s) && !l.includes('-')) return 'short';
  if (FULL_NAMES.get(s)?.includes(l) || FULL_NAMES.get(l)?.includes(s)) return 'short';
  return null;
}

/**
 * The given names a person written with `word` may be written with elsewhere, other than `word` itself and the
 * longer names it begins (which a prefix search finds): its initial, its prefixes of 3+ letters ("daniel": "dan",
 * "dani", "danie"), its nicknames ("kathleen": "kathy", "katie", "kate") and, for a nickname, its full names
 * ("kathy": "kathleen", "katherine", …). Each `f` of them has `givenNameFit(word, f)` not null (with prefixes on).
 * @param word a given name, folded and in lower case (`foldText`), 2+ letters (shorter gives [])
 * @returns the forms, without repeats; never throws
 */
export function givenNameForms(word: string): string[] {
  if (word.length < 2) return [];
  const forms = new Set<string>([word[0]!]);
  if (!word.includes('-')) for (let n = 3; n < word.length; n++) forms.add(word.slice(0, n));
  for (const f of FULL_NAMES.get(word) ?? []) forms.add(f);
  for (const f of NICKNAMES_OF.get(word) ?? []) forms.add(f);
  forms.delete(word);
  return [...forms];
}
