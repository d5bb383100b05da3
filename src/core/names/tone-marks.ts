import { type PersonName } from './parse-name';

/*
 * Vietnamese tone marks and vowel marks make other words ("Anh" and "Ánh" are two given names; so are "Văn" and
 * "Vân"), so the spelling merge's diacritics folding, right for "José" / "Jose" (one form plain: a typing
 * shortcut), must not join two Vietnamese spellings that both carry marks and carry different ones.
 *
 * Measured on the ACL Anthology (acl_2016_2021_all, acl_all): spellings of one merge key whose marks differ while
 * both carry marks are, outside Vietnamese names, one person with an accent typed wrong or left out ("Héctor
 * Martinez Alonso" / "Héctor Martínez Alonso", "Goran Glavaš" / "Goran Glavaś", "Dan Tufiș" / "Dan Tufiş": 24
 * groups in acl_2016_2021_all, every one a single Anthology id), so the rule is kept to Vietnamese names, where
 * each syllable's mark is part of the word. On acl_all the one Vietnamese case is one person ("Thị Minh Huyền
 * Nguyễn" / "Thi Minh Huyền Nguyễn"): it becomes a same-person suggestion, not a merge (anything short of
 * certainty is one).
 */

/** Apostrophes of every shape join the letters around them, as in the merge key (merge-key.ts). */
const APOSTROPHES = /['’‘ʼ`´]/gu;
/** Letters NFD does not split, which the merge key folds ("đ" -> "d", "ø" -> "o"): marked letters here. */
const UNSPLIT_MARKED = /[øłđðı]/u;
/**
 * What only Vietnamese writes among Latin names: the horn (ơ, ư), the hook above (ả), the dot below (ạ), a tone
 * mark on a vowel that already has a circumflex or breve (ễ, ặ, in either order after NFD), and đ.
 */
const VIETNAMESE_MARK = /[\u031B\u0309\u0323đ]|[\u0302\u0306][\u0300\u0301\u0303\u0309\u0323]|[\u0300\u0301\u0303\u0309\u0323][\u0302\u0306]/u;
/** Vietnamese surnames (folded): a marked name with one of them as a word is read as Vietnamese ("Lê Văn Ánh"). */
const VIETNAMESE_SURNAMES = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh'.split(' '));

/** Whether a spelling carries a diacritic: a combining mark after NFD or a letter NFD does not split. */
export function carriesMarks(s: string): boolean {
  // (ASCII has none: most names of a large list are answered without normalising)
  if (!/[^\x00-\x7F]/.test(s)) return false;
  const d = s.normalize('NFD').toLowerCase();
  return /\p{M}/u.test(d) || UNSPLIT_MARKED.test(d);
}

/** Words of a name part with their marks kept: lower case, NFD, apostrophes joined, split where the merge key splits. */
function markedWords(s: string): string[] {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether a marked spelling reads as Vietnamese (a mark only Vietnamese writes, or a Vietnamese surname as a word). */
export function readsVietnamese(s: string): boolean {
  const d = s.normalize('NFD').toLowerCase();
  if (VIETNAMESE_MARK.test(d)) return true;
  return markedWords(s).some((w) => VIETNAMESE_SURNAMES.has(w.replace(/\p{M}+/gu, '').replace(/đ/g, 'd')));
}

/**
 * The marked form of a parsed name: given then family name, its words lower-cased with their marks kept (NFC), in
 * the merge key's order and split. Two spellings of one merge key have the same marked form when they carry the
 * same marks on the same letters.
 */
export function markedForm(parsed: PersonName): string {
  return [...markedWords(parsed.given), ...markedWords(parsed.family)].join(' ').normalize('NFC');
}

/**
 * Whether two spellings of one merge key are two names because of their marks: both carry marks, at least one
 * reads as Vietnamese (`readsVietnamese`), and their marked forms differ ("Nguyễn Văn Anh" / "Nguyễn Văn Ánh").
 * `a`, `b` are the spellings as written; `pa`, `pb` their `parseName`. Never throws.
 */
export function marksClash(a: string, pa: PersonName, b: string, pb: PersonName): boolean {
  if (!carriesMarks(a) || !carriesMarks(b)) return false;
  if (!readsVietnamese(a) && !readsVietnamese(b)) return false;
  return markedForm(pa) !== markedForm(pb);
}

/**
 * The words two spellings of one merge key write with different marks, as written in each ("Anh" / "Ánh"), for
 * the reason shown to a user; empty when they do not differ word by word (the words of `parseName` given + family).
 */
export function wordsMarkedApart(pa: PersonName, pb: PersonName): [string, string][] {
  const words = (n: PersonName) => `${n.given} ${n.family}`.replace(APOSTROPHES, '').split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const wa = words(pa);
  const wb = words(pb);
  if (wa.length !== wb.length) return [];
  const out: [string, string][] = [];
  wa.forEach((w, i) => {
    if (w.normalize('NFC').toLowerCase() !== wb[i]!.normalize('NFC').toLowerCase()) out.push([w, wb[i]!]);
  });
  return out;
}

/**
 * Splits merge-key groups by their marks where `marksClash` says the marks make different names: fed every
 * spelling first (`add`), it then gives each spelling its person key (`keyOf`). A group (one merge key) whose
 * Vietnamese marked spellings carry two or more marked forms is split by marked form; a spelling of that group
 * with no marks at all ("Nguyen Van Anh" beside "Nguyễn Văn Anh" and "Nguyễn Văn Ánh") could be either and joins
 * neither (`ambiguous` lists it with the forms, for a note). Any other group keeps its merge key.
 */
export class MarkSplitter {
  /** Per merge key: the marked forms of its marked spellings, and whether one reads as Vietnamese. */
  private groups = new Map<string, { forms: Map<string, string>; vietnamese: boolean }>();

  /** Feeds one spelling as written, its merge key and its parse (`parse`, called only for a spelling with marks). */
  add(spelling: string, key: string, parse: () => PersonName): void {
    if (!carriesMarks(spelling)) return;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { forms: new Map(), vietnamese: false }));
    const form = markedForm(parse());
    if (!g.forms.has(form)) g.forms.set(form, spelling);
    if (!g.vietnamese && readsVietnamese(spelling)) g.vietnamese = true;
  }

  /** Whether the group of merge key `key` is split by marks. */
  splits(key: string): boolean {
    const g = this.groups.get(key);
    return !!g && g.vietnamese && g.forms.size >= 2;
  }

  /**
   * The person key of a spelling fed to `add` (or any spelling, when its group was not split): `key` itself, or
   * `key` with its marked form (a marked spelling of a split group), or `key` with an empty form (a plain one).
   */
  keyOf(spelling: string, key: string, parse: () => PersonName): string {
    if (!this.splits(key)) return key;
    return `${key}\u0001${carriesMarks(spelling) ? markedForm(parse()) : ''}`;
  }

  /** The first spelling seen of each marked form of a split group (for the note on a plain spelling of it). */
  formsOf(key: string): string[] {
    return [...(this.groups.get(key)?.forms.values() ?? [])];
  }
}
