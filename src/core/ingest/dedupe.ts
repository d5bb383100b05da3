import type { MergeEntry } from '../bundle/report-types';
import { authorOrder, foldName, foldText, nameKey, parseName, type NameOrder } from '../names/parse-name';
import { doiKey } from './identifiers';
import type { IngestNote, RawPaper } from './types';

/** Word sets of two titles overlap enough to be one paper (a DOI shared by different papers is a data error). */
function titlesAgree(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb || fa.startsWith(fb) || fb.startsWith(fa)) return true;
  const wa = new Set(a.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const wb = new Set(b.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, Math.max(wa.size, wb.size)) >= 0.7;
}

/** A name's family name folded and its given names as folded words ("John A." -> ["john", "a"]). */
interface LooseName {
  family: string;
  given: string[];
}

/**
 * Two given names that may be one person's: word by word, the same word or an initial of it ("J." / "John",
 * "J. A." / "John A."); one side may have fewer words ("John" / "John A."). "John" / "Jane" do not agree.
 */
function givenAgree(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  if (n === 0) return a.length === b.length;
  for (let k = 0; k < n; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x === y) continue;
    if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) continue;
    return false;
  }
  return true;
}

/** A title long enough that the same one with the same authors in one year is one paper (not "Introduction"). */
const distinctiveTitle = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).length >= 4;

/** A database's own record id (OpenAlex work, its URL prefix taken off; Web of Science UT; Scopus EID): the same id is the same record in any file. */
const DATABASE_ID = /^(?:W\d+|WOS:\w+|2-s2\.0-\d+)$/i;

/** Years that do not tell two versions apart: equal, or one unknown. */
const yearsAgree = (a: number | null | undefined, b: number | null | undefined) => a == null || b == null || a === b;

/** Two papers that each have a DOI, and not the same one (compared as `doiKey`: case-insensitive). */
const doisDiffer = (a: RawPaper, b: RawPaper) => !!a.doi && !!b.doi && doiKey(a.doi) !== doiKey(b.doi);

/** Small words a venue's abbreviation leaves out ("J. Test." for "The Journal of Testing"). */
const VENUE_SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'de', 'la', 'le', 'des', 'du', 'der', 'die', 'und', 'fur']);

/** A venue name's words, folded, without the small words (`VENUE_SMALL_WORDS`). */
const venueWords = (v: string) => foldText(v).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !VENUE_SMALL_WORDS.has(w));

/**
 * Two venue names that may be one venue: the same words (case, accents, punctuation and small words aside), one
 * abbreviating the other word by word ("J. Test." / "The Journal of Testing"), or one the other's initials ("JT").
 * "J1" / "J2", "Journal of Testing" / "Annals of Examples" do not agree. A name with no letter or digit agrees with any.
 */
function venuesAgree(a: string, b: string): boolean {
  const wa = venueWords(a);
  const wb = venueWords(b);
  if (wa.length === 0 || wb.length === 0) return true;
  if (wa.length === wb.length && wa.every((x, i) => x === wb[i] || x.startsWith(wb[i]!) || wb[i]!.startsWith(x))) return true;
  const initials = (w: string[]) => w.map((x) => x[0]).join('');
  return (wa.length === 1 && wb.length > 1 && wa[0] === initials(wb)) || (wb.length === 1 && wa.length > 1 && wb[0] === initials(wa));
}

/** A volume or issue compared: case, accents, punctuation and leading zeros aside ("Vol. 012" and "vol 12"). */
const numberKey = (s: string) => foldText(s).replace(/^\s*(?:vol(?:ume)?|no|nr|issue)\b\.?/, '').replace(/[^\p{L}\p{N}]+/gu, '').replace(/^0+(?=\d)/, '');

/** The first page of a page range, compared as `numberKey` ("pp. 101--102" -> "101"). */
const firstPageKey = (s: string) => numberKey(s.replace(/^\s*(?:pp?|pages?)\b\.?\s*/i, '').split(/\s*(?:[-‐‑–—]+|,)\s*/)[0] ?? '');

/**
 * Where two records of one title say they were published differently, when both say it: `venue "A" here and "B"
 * there`, volume, issue, first page (comma-separated), or null when nothing they both give differs.
 */
function placesDiffer(p: RawPaper, k: RawPaper): string | null {
  const how: string[] = [];
  if (p.venue && k.venue && !venuesAgree(p.venue, k.venue)) how.push(`venue "${p.venue}" here and "${k.venue}" there`);
  const fields = [
    ['volume', numberKey],
    ['issue', numberKey],
    ['pages', firstPageKey],
  ] as const;
  for (const [field, key] of fields) {
    const x = p[field];
    const y = k[field];
    if (!x || !y) continue;
    const kx = key(x);
    const ky = key(y);
    if (kx && ky && kx !== ky) how.push(`${field} ${x} here and ${y} there`);
  }
  return how.length ? how.join(', ') : null;
}

/** The first two authors of a paper, quoted, for notes (`"Wei Zhang", "Li Chen", …`). */
const authorsShown = (q: RawPaper) => q.authors.slice(0, 2).map((a) => `"${a}"`).join(', ') + (q.authors.length > 2 ? ', …' : '');

/** A note on a reader's line that already says this record's id is used twice in its file (BibTeX, JSON Lines). */
const REPEATED_ID_NOTE = /\bused (?:twice|again)\b/;

/**
 * Keep each paper once: same DOI (compared case-insensitively); the same record id of a database (an OpenAlex, WoS
 * or Scopus id) with the title agreeing, e.g. overlapping exports of one database whose titles were corrected in
 * between; the same id of any other kind (a citation key, a reference manager's record number: `zhang2020`, `1`),
 * which names different papers in different files, only with the title, the year and the authors agreeing (the
 * same family names in order, given names alike or initials of each other), else both are kept with a note; or the
 * same normalised title and authors **in the same year** (or a year missing on one side): a technical report of 1995
 * and the journal article of 1997 with that title are two publications, kept apart with a note, not made one record
 * with one's year and the other's venue. A short title (fewer than four words of three letters or more: "Editorial")
 * is kept apart by anything both records give that differs: the DOI, the venue (`venuesAgree`: an abbreviation
 * agrees), the volume, the issue or the first page (two journals' or two issues' "Editorial" by one editor in 2020),
 * with a note naming the difference; a copy that gives none of these and could be any of several papers so kept
 * apart is merged with the first, with a note naming them all. A title of four words or more stays one work
 * presented twice (the ACL Anthology gives a paper in a main conference and in a workshop a DOI each; a conference
 * paper and its journal version), with a note naming both DOIs or both venues. An author list cut short in one
 * export (`authorsTruncated`: "et al.", "and others") that is the beginning of the other's longer list (names
 * compared as for initials), with the same folded title and year (both known), no two DOIs and, for a short title,
 * nothing else that differs, is one paper under the longer list, with a note saying which record was truncated.
 * The same title and year with the same family names, given names written out on one side and as initials on the
 * other ("Smith, John A." / "Smith, J."), is one paper under the fuller names, with a note; for a short title only
 * when both give the year and the venue and these agree (and no volume, issue or pages differ), else both are kept
 * with a note saying why.
 * Missing fields are filled from the duplicate.
 * `papers`: as the readers gave them, in input order (the first of duplicates is kept). `knownNameKeys`: author
 * name keys (`nameKey`) already worked out, per name order ('auto' for none) and spelling. `readerNotes`: the
 * readers' notes, so an id used twice in one file that the reader noted is not noted again. Throws nothing.
 */
export function mergeDuplicatePapers(
  papers: RawPaper[],
  knownNameKeys: ReadonlyMap<string, ReadonlyMap<string, { nameKey: string }>> | null = null,
  readerNotes: readonly IngestNote[] = [],
): { papers: RawPaper[]; merged: MergeEntry[]; notes: IngestNote[] } {
  const notes: IngestNote[] = [];
  // "file\nline" of each reader note saying an id is used twice there, worked out on the first id seen twice
  let repeatedIdLines: Set<string> | null = null;
  const readerNotedId = (p: RawPaper, k: RawPaper): boolean => {
    if (p.source.file !== k.source.file) return false;
    repeatedIdLines ??= new Set(readerNotes.filter((n) => REPEATED_ID_NOTE.test(n.note)).map((n) => `${n.file}\n${n.line}`));
    return repeatedIdLines.has(`${p.source.file}\n${p.source.line}`);
  };
  const byDoi = new Map<string, number>();
  /** Kept papers by title key: more than one when versions of other years were kept apart. */
  const byTitle = new Map<string, number[]>();
  const byId = new Map<string, number>();
  const kept: RawPaper[] = [];
  const merged: MergeEntry[] = [];
  // a name's key once per spelling and order (authors recur across papers; parsing a name is the cost here)
  // (a table per order, not one keyed by order + name: a joined key is a new string per authorship, flattened and
  // hashed on each lookup, which was most of this function's time at 30k papers)
  const keys = new Map<NameOrder, Map<string, string>>();
  const keyOf = (name: string, order: NameOrder): string => {
    let byName = keys.get(order);
    if (!byName) keys.set(order, (byName = new Map()));
    let key = byName.get(name);
    if (key === undefined) byName.set(name, (key = knownNameKeys?.get(order)?.get(name)?.nameKey ?? nameKey(name, order)));
    return key;
  };
  // the same title and family names, for a version whose authors are written with initials ("J. Smith" / "John Smith")
  // kept papers by folded title alone: names are parsed only for a title seen before (parsing every name again for
  // a title-and-family-names key raised the 30k build's peak memory by 40–140 MB)
  const byFoldedTitle = new Map<string, number[]>();
  const looseNames = new Map<NameOrder, Map<string, LooseName>>();
  const looseOf = (name: string, order: NameOrder): LooseName => {
    let byName = looseNames.get(order);
    if (!byName) looseNames.set(order, (byName = new Map()));
    let n = byName.get(name);
    if (n === undefined) {
      const parsed = parseName(name, order);
      n = { family: foldName(parsed.family), given: foldText(parsed.given).split(/[^\p{L}\p{N}]+/u).filter(Boolean) };
      byName.set(name, n);
    }
    return n;
  };
  const loosesOf = (p: RawPaper) => p.authors.map((a, k) => looseOf(a, authorOrder(p, k)));
  /** The same family names in the same order, given names alike or initials of each other ("Wei" / "W."). */
  const authorsAgree = (a: RawPaper, b: RawPaper): boolean => {
    if (a.authors.length !== b.authors.length) return false;
    const la = loosesOf(a);
    const lb = loosesOf(b);
    return la.every((n, i) => n.family === lb[i]!.family && givenAgree(n.given, lb[i]!.given));
  };
  /**
   * The whole and the truncated record, when one of `a`, `b` has an author list cut short (`authorsTruncated`) that is
   * the beginning of the other's longer one: the same family names in order, given names alike or initials of each
   * other (as `authorsAgree`); else null.
   */
  const truncatedPrefix = (a: RawPaper, b: RawPaper): [whole: RawPaper, cut: RawPaper] | null => {
    const [cut, whole] = a.authors.length < b.authors.length ? [a, b] : [b, a];
    if (!cut.authorsTruncated || cut.authors.length === 0 || cut.authors.length === whole.authors.length) return null;
    const lc = loosesOf(cut);
    const lw = loosesOf(whole);
    return lc.every((n, i) => n.family === lw[i]!.family && givenAgree(n.given, lw[i]!.given)) ? [whole, cut] : null;
  };
  /** How two records of one non-database id differ ("another title", "year 2022 here and 2019 there"...), or null when they agree. */
  const idRecordsDiffer = (p: RawPaper, k: RawPaper): string | null => {
    const how: string[] = [];
    if (!titlesAgree(k.title, p.title)) how.push('another title');
    if (!yearsAgree(k.year, p.year)) how.push(`year ${p.year} here and ${k.year} there`);
    if (!authorsAgree(p, k)) how.push(`authors ${authorsShown(p)} here and ${authorsShown(k)} there`);
    if (doisDiffer(p, k)) how.push(`DOI ${p.doi} here and ${k.doi} there`);
    // a short title ("Editorial") in another journal, volume, issue or on other pages is another paper
    const place = distinctiveTitle(p.title) ? null : placesDiffer(p, k);
    if (place) how.push(place);
    return how.length ? how.join(', ') : null;
  };
  for (const p of papers) {
    const doi = p.doi ? doiKey(p.doi) : null;
    const notesBefore = notes.length;
    // a non-database id seen before on a different paper: said once this paper is known to be kept
    let idNote: string | null = null;
    // merged where it could be any of several papers kept apart: nothing of it is given to the one chosen
    let ambiguous = false;
    const folded = foldName(p.title);
    const titleKey = `${folded}|${p.authors.map((a, k) => keyOf(a, authorOrder(p, k))).join('|')}`;
    let idx = doi ? byDoi.get(doi) : undefined;
    let reason = 'same DOI';
    if (idx !== undefined && !titlesAgree(kept[idx]!.title, p.title)) {
      const k = kept[idx]!;
      notes.push({ file: p.source.file, line: p.source.line, note: `same DOI ${p.doi} as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}") but a different title: kept both` });
      idx = undefined;
    }
    const id = p.id ? p.id.trim().replace(/^https?:\/\/openalex\.org\//i, '') : '';
    if (idx === undefined && id) {
      const j = byId.get(id);
      if (j !== undefined) {
        const k = kept[j]!;
        if (DATABASE_ID.test(id)) {
          // a database's own record id: one record, whatever its title was corrected to
          if (titlesAgree(k.title, p.title)) {
            idx = j;
            reason = `same id ${id}`;
          } else {
            notes.push({ file: p.source.file, line: p.source.line, note: `same id ${id} as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}") but a different title: kept both` });
          }
        } else {
          // a citation key or a record number names a paper only within its own file: one paper only when it is the same paper
          const differ = idRecordsDiffer(p, k);
          if (differ === null) {
            idx = j;
            reason = `same id ${id}`;
          } else if (!readerNotedId(p, k)) {
            idNote = `same id ${JSON.stringify(id).slice(0, 60)} as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}") but a different paper (${differ}): kept both`;
          }
        }
      }
    }
    if (idx === undefined) {
      const versions = byTitle.get(titleKey);
      const sameYear = versions?.filter((j) => yearsAgree(kept[j]!.year, p.year));
      // a short title ("Editorial") is one paper only where nothing both records give tells them apart: another
      // DOI, venue, volume, issue or first page is another paper (one editor's editorials of one year); asked only
      // where a paper of this title and these authors was kept (no version: nothing below reads it), since
      // splitting every title into words was a fifth of this function's time at 30k papers
      const short = versions !== undefined && !distinctiveTitle(p.title);
      const fits = sameYear?.filter((j) => !doisDiffer(kept[j]!, p) && !(short && placesDiffer(p, kept[j]!)));
      idx = fits?.[0];
      reason = 'same normalised title and authors';
      if (fits && fits.length > 1) {
        // several papers kept apart, and this record gives nothing that tells which: a guess, said, and none of
        // its fields (an abstract, a link) is given to a paper it may not be
        ambiguous = true;
        const k = kept[fits[0]!]!;
        const where = fits.map((j) => `${kept[j]!.source.file}:${kept[j]!.source.line}`).join(', ');
        notes.push({
          file: p.source.file,
          line: p.source.line,
          note: `same title, authors and year as ${fits.length} papers kept apart (${where}), and no DOI, venue, volume, issue or pages here that tells which: merged with ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}"), nothing of it used`,
        });
      }
      const place = idx !== undefined && !short ? placesDiffer(p, kept[idx]!) : null;
      if (place) {
        // a title this long by the same authors in one year at two venues is one work presented twice (a conference
        // paper and its journal version, a main conference and a workshop of the ACL Anthology): one paper, said
        const k = kept[idx!]!;
        notes.push({ file: p.source.file, line: p.source.line, note: `same title, authors and year as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}"), ${place}: taken as one work published twice, the record there kept` });
      }
      if (idx === undefined && sameYear?.length) {
        const k = kept[sameYear[0]!]!;
        const dois = `DOI ${p.doi} here and ${k.doi} there`;
        if (!short && doisDiffer(k, p)) {
          // a title this long by the same authors in one year is one work presented twice (a main conference and a
          // workshop of the ACL Anthology, each with its own DOI): one paper, with a note naming both DOIs
          idx = sameYear[0]!;
          reason = 'same normalised title and authors in the same year, under two DOIs';
          notes.push({ file: p.source.file, line: p.source.line, note: `same title, authors and year as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}"), ${dois}: taken as one work published twice, the DOI there kept` });
        } else {
          // two DOIs, venues, volumes, issues or first pages on a short title are two publications (two journals' or
          // two issues' "Editorial" by one editor in one year)
          const how = doisDiffer(k, p) ? dois : placesDiffer(p, k)!;
          notes.push({ file: p.source.file, line: p.source.line, note: `same title, authors and year as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}") but ${how}: kept both (a title this short is no sign of one paper)` });
        }
      } else if (idx === undefined && versions) {
        const k = kept[versions[0]!]!;
        notes.push({
          file: p.source.file,
          line: p.source.line,
          note: `same title and authors as ${k.source.file}:${k.source.line} but from ${p.year} (that one ${k.year}): kept as another publication (a report, a conference and a journal version are often so)`,
        });
      }
    }
    /**
     * Kept paper `j` (`k`) takes the author list of `from` (`k` or `p`): the names, ORCIDs, ids and affiliations
     * `from` has, each filled from `other` where `from` has none at that position; a third copy written as the
     * names now kept is then found by its title and names.
     */
    const takeAuthors = (j: number, from: RawPaper, other: RawPaper, truncated: boolean): void => {
      const k = kept[j]!;
      const either = <T,>(a: (T | null)[] | undefined, b: (T | null)[] | undefined): (T | null)[] | undefined =>
        a || b ? from.authors.map((_, i) => a?.[i] ?? b?.[i] ?? null) : undefined;
      kept[j] = {
        ...k,
        authors: from.authors,
        nameOrder: from.nameOrder,
        literalAuthors: from.literalAuthors,
        authorOrcids: either(from.authorOrcids, other.authorOrcids),
        authorIds: either(from.authorIds, other.authorIds),
        authorAffiliations: either(from.authorAffiliations, other.authorAffiliations),
        authorLines: from.source.file === k.source.file ? from.authorLines : undefined,
        authorField: from.authorField,
        authorsTruncated: truncated || undefined,
      };
      if (from === p) {
        const versions = byTitle.get(titleKey);
        if (versions) versions.push(j);
        else byTitle.set(titleKey, [j]);
      }
    };
    const sameTitle = idx === undefined ? byFoldedTitle.get(folded) : undefined;
    if (sameTitle) {
      // the same paper with its authors written with initials on one side (and often no DOI there): same title, same
      // family names in the same order, given names that agree word by word, the same year, no two different DOIs;
      // for a short title ("A Duplicated Paper", "Editorial") also the same year and venue, both given, and no
      // volume, issue or pages that differ (else a note says why the two are kept apart)
      const short = !distinctiveTitle(p.title);
      const mine = loosesOf(p);
      let shortKeptApart: { k: RawPaper; why: string } | null = null;
      idx = sameTitle.find((j) => {
        const k = kept[j]!;
        if (!(yearsAgree(k.year, p.year) && !doisDiffer(k, p) && authorsAgree(k, p))) return false;
        if (!short) return true;
        const why: string[] = [];
        if (p.year == null || k.year == null) why.push('no year on one of them');
        if (!p.venue || !k.venue) why.push('no venue on one of them');
        const place = placesDiffer(p, k);
        if (place) why.push(place);
        if (why.length === 0) return true;
        shortKeptApart ??= { k, why: why.join(', ') };
        return false;
      });
      // (a note already said why this record is kept apart from one of the same names: not said twice)
      if (idx === undefined && shortKeptApart && notes.length === notesBefore) {
        const { k, why } = shortKeptApart as { k: RawPaper; why: string };
        notes.push({
          file: p.source.file,
          line: p.source.line,
          note: `same short title as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}"), its authors written ${authorsShown(p)} here and ${authorsShown(k)} there, but ${why}: kept both (a title this short is no sign of one paper); check whether they are one`,
        });
      }
      if (idx !== undefined) {
        const k = kept[idx]!;
        reason = short
          ? 'same normalised short title, year and venue; the same family names, given names written out on one side and as initials on the other'
          : 'same normalised title and year; the same family names, given names written out on one side and as initials on the other';
        const fuller = mine.reduce((n, x) => n + x.given.join('').length, 0) > loosesOf(k).reduce((n, x) => n + x.given.join('').length, 0);
        notes.push({
          file: p.source.file,
          line: p.source.line,
          note: `same title${short ? ', venue' : ''} and year as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}"), its authors written ${authorsShown(p)} here and ${authorsShown(k)} there: read as one paper, under the names ${fuller ? 'written here' : 'written there'}`,
        });
        // the names written out are kept; an ORCID, id or affiliation either side has per author is kept too
        if (fuller) takeAuthors(idx, p, k, !!(p.authorsTruncated || k.authorsTruncated));
        else takeAuthors(idx, k, p, !!(p.authorsTruncated || k.authorsTruncated));
      }
    }
    if (idx === undefined) {
      // one export cut the author list short ("Alpha, Beta, Gamma, et al."), the other gives it whole: one paper when
      // the short list is the whole one's beginning, with the same title and year (both known), no two DOIs, and for
      // a short title nothing else that tells them apart (`placesDiffer`)
      const candidates = byFoldedTitle.get(folded);
      if (candidates && (p.authorsTruncated || candidates.some((j) => kept[j]!.authorsTruncated))) {
        const short = !distinctiveTitle(p.title);
        const fits = candidates.filter((j) => {
          const k = kept[j]!;
          return p.year != null && k.year === p.year && !doisDiffer(k, p) && !(short && placesDiffer(p, k)) && truncatedPrefix(p, k) !== null;
        });
        const k = fits.length ? kept[fits[0]!]! : null;
        if (fits.length === 1) {
          idx = fits[0]!;
          const [whole, cut] = truncatedPrefix(p, k!)!;
          const here = whole === p;
          reason = 'same normalised title and year; one author list cut short ("et al."), the other beginning with the same names';
          const cutAt = here ? `${k!.source.file}:${k!.source.line} ("${k!.title.slice(0, 60)}")` : 'here';
          const wholeAt = here ? 'here' : `${k!.source.file}:${k!.source.line} ("${k!.title.slice(0, 60)}")`;
          notes.push({
            file: p.source.file,
            line: p.source.line,
            note: `the author list ${here ? `of ${cutAt}` : 'here'} is truncated after ${cut.authors.length} name${cut.authors.length > 1 ? 's' : ''} (${authorsShown(cut)}), the first of the ${whole.authors.length} names ${here ? 'here' : `of ${wholeAt}`}; same title and year: read as one paper, with the ${whole.authors.length} names`,
          });
          takeAuthors(idx, whole, cut, !!whole.authorsTruncated);
        } else if (fits.length > 1) {
          const where = fits.map((j) => `${kept[j]!.source.file}:${kept[j]!.source.line}`).join(', ');
          notes.push({
            file: p.source.file,
            line: p.source.line,
            note: `same title and year as ${fits.length} papers (${where}) whose author lists begin alike, one list cut short ("et al."): cannot tell which is this one, kept apart`,
          });
        }
      }
    }
    if (idx !== undefined) {
      const k = kept[idx]!;
      if (!ambiguous) {
        kept[idx] = {
          ...k,
          abstract: k.abstract || p.abstract || null,
          year: k.year ?? p.year ?? null,
          venue: k.venue || p.venue || null,
          volume: k.volume || p.volume || null,
          issue: k.issue || p.issue || null,
          pages: k.pages || p.pages || null,
          doi: k.doi || p.doi || null,
          url: k.url || p.url || null,
        };
        // a DOI the duplicate brought (where this one had none, or another) finds the next copy that has it
        if (doi && !byDoi.has(doi)) byDoi.set(doi, idx);
      }
      merged.push({
        kind: 'paper',
        reason,
        kept: `${k.title} (${k.source.file}:${k.source.line})`,
        merged: [`${p.source.file}:${p.source.line}`],
        file: p.source.file,
        line: p.source.line,
      });
      continue;
    }
    // kept: the id seen before on another paper is said, unless a note on this paper already says why it is kept
    if (idNote && notes.length === notesBefore) notes.push({ file: p.source.file, line: p.source.line, record: p.id ?? undefined, note: idNote });
    const i = kept.length;
    kept.push(p);
    if (doi) byDoi.set(doi, i);
    if (id && !byId.has(id)) byId.set(id, i);
    const versions = byTitle.get(titleKey);
    if (versions) versions.push(i);
    else byTitle.set(titleKey, [i]);
    const sameTitleKept = byFoldedTitle.get(folded);
    if (sameTitleKept) sameTitleKept.push(i);
    else byFoldedTitle.set(folded, [i]);
  }
  return { papers: kept, merged, notes };
}
