import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { IngestError } from './errors';
import { notAYear, placeText, readDoi, yearFrom } from './identifiers';
import { firstString, isObject, parseJsonWithLines, withoutBom } from './json-source';
import { readOrcid } from './orcid';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * CSL-JSON (Zotero "Better CSL JSON" / "CSL JSON" export, Mendeley, Pandoc, Crossref): an array of items, one item,
 * or a Crossref REST API response (`{"status": "ok", "message-type": "work-list", "message": {"items": [...]}}` from
 * /works, or `"message-type": "work"` with the one work in `message`, from /works/{doi}), read with a note naming it.
 * Read: title, author[] (family, given, particles, suffix, or literal; Crossref's `name` of a group is a literal;
 * Crossref's `ORCID` per author), editor[] when there is no author,
 * issued (date-parts, raw or literal; else the earliest of Crossref's published-print, published-online and
 * published, as Crossref's own issued is), abstract, DOI, URL, container-title, volume, issue, page (else
 * page-first), id.
 * Names are passed on as "Family, Given" ("von Family, Suffix, Given" with a suffix, BibTeX's three-part order),
 * literal names as written.
 */

/** The rich-text tags CSL allows in titles; they are markup, not text. */
const CSL_MARKUP = /<\/?(?:i|b|sup|sub)>|<span\s+(?:class="nocase"|style="font-variant:\s*small-caps;?")>|<\/span>/gi;

/**
 * A text field; `markup: 'keep'` for the title and abstract, whose markup `tidyMarkup` reads with the file's one
 * note (taken off here, a title's `<b>` went with no note); else CSL's rich-text tags are taken off here.
 */
function cslText(v: unknown, markup: 'strip' | 'keep' = 'strip'): string | null {
  const s = firstString(v);
  if (s == null) return null;
  return cleanText(markup === 'keep' ? s : s.replace(CSL_MARKUP, '')) || null;
}

/**
 * An author's name; `literal: true` for a CSL `literal` name or Crossref's `name` (a group: `{"name": "ATLAS
 * Collaboration"}`), which is never parsed (kept as written).
 */
function cslName(v: unknown): { name: string; literal: boolean } | null {
  if (typeof v === 'string') return cleanText(v) ? { name: cleanText(v), literal: false } : null;
  if (!isObject(v)) return null;
  const str = (k: string) => (typeof v[k] === 'string' ? cleanText(v[k] as string) : '');
  const literal = str('literal');
  if (literal) return { name: literal, literal: true };
  const family = [str('non-dropping-particle'), str('family')].filter(Boolean).join(' ');
  const given = [str('given'), str('dropping-particle')].filter(Boolean).join(' ');
  const suffix = str('suffix');
  if (!family && !given) {
    // Crossref's works API writes an organisation author as {"name": "...", "sequence": "first"}
    const name = str('name');
    return name ? { name, literal: true } : null;
  }
  if (!family) return { name: given, literal: false };
  if (!given) return { name: family, literal: false };
  return { name: suffix ? `${family}, ${suffix}, ${given}` : `${family}, ${given}`, literal: false };
}

function cslYear(v: unknown): number | null {
  if (typeof v === 'string' || typeof v === 'number') return yearFrom(v);
  if (!isObject(v)) return null;
  const parts = v['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const y = yearFrom(parts[0][0]);
    if (y) return y;
  }
  return yearFrom(v.raw) ?? yearFrom(v.literal);
}

/** A date that says nothing: absent, blank, or Crossref's `{"date-parts": [[null]]}`. */
function emptyDate(v: unknown): boolean {
  if (v == null || (typeof v === 'string' && !v.trim())) return true;
  if (!isObject(v)) return false;
  const parts = v['date-parts'];
  const someValue = Array.isArray(parts) && parts.some((p) => (Array.isArray(p) ? p.some((x) => x != null && x !== '') : p != null));
  return !someValue && !firstString(v.raw)?.trim() && !firstString(v.literal)?.trim();
}

/** Crossref's publication dates, standard in its works (its `issued` is the earliest of the first two). */
const CROSSREF_DATES = ['published-print', 'published-online', 'published'] as const;

/**
 * An item's year: `issued`, else the earliest of Crossref's published-print / published-online / published (no
 * note: Crossref defines issued from them), else a non-CSL `year` field (noted). An unreadable `issued` is noted;
 * so is a `created` date left unused (when the DOI was registered, not when the work appeared).
 */
function itemYear(item: Record<string, unknown>, note: (text: string) => void): number | null {
  const issued = cslYear(item.issued);
  if (issued) return issued;
  const badIssued = !emptyDate(item.issued);
  if (badIssued) note(notAYear(item.issued, 'issued'));
  const crossref = CROSSREF_DATES.map((k) => ({ k, y: cslYear(item[k]) })).filter((d): d is { k: (typeof CROSSREF_DATES)[number]; y: number } => d.y != null);
  if (crossref.length) {
    const earliest = crossref.reduce((a, b) => (b.y < a.y ? b : a));
    if (badIssued) note(`the year is taken from ${earliest.k} (${earliest.y})`);
    return earliest.y;
  }
  const year = yearFrom(item.year);
  if (year) {
    note(`no "issued" date: the year is taken from "year" (${year}), which is not a CSL-JSON field`);
    return year;
  }
  const created = cslYear(item.created);
  if (created) note(`no "issued" or "published" date: "created" (${created}) is when the DOI was registered, not when the work appeared; no year`);
  return null;
}

/** 1-based line of each offset in `offsets` (ascending) within `text`. */
function linesAt(text: string, offsets: number[]): number[] {
  let line = 1;
  let at = 0;
  return offsets.map((o) => {
    for (let i = text.indexOf('\n', at); i >= 0 && i < o; i = text.indexOf('\n', i + 1)) {
      line++;
      at = i + 1;
    }
    return line;
  });
}

/** A Crossref REST API response: `message-type`, or `status` with `message`. */
function isCrossrefEnvelope(v: Record<string, unknown>): boolean {
  return 'message-type' in v || ('status' in v && 'message' in v);
}

/** What a Crossref error's `message` says: a string, or a list of `{"message": ...}` (validation failures). */
function crossrefErrorText(m: unknown): string {
  if (typeof m === 'string') return m.slice(0, 200);
  if (Array.isArray(m)) {
    const texts = m.map((x) => (isObject(x) && typeof x.message === 'string' ? x.message : typeof x === 'string' ? x : '')).filter(Boolean);
    if (texts.length) return texts.join('; ').slice(0, 200);
  }
  return 'no message';
}

/**
 * The works of a Crossref REST API response and the line each starts on, with the note naming the envelope.
 * Throws IngestError (line 1) for an error response (`status` other than "ok"), a response of another
 * message-type (a member, a journal...), or a work list without works.
 */
function crossrefWorks(file: InputFile, text: string, v: Record<string, unknown>): { items: unknown[]; lines: number[]; note: IngestNote } {
  const type = typeof v['message-type'] === 'string' ? (v['message-type'] as string) : null;
  const said = type ? `"message-type": "${type}"` : 'no "message-type"';
  if (typeof v.status === 'string' && v.status !== 'ok') {
    throw new IngestError(file.name, 1, `a Crossref API error response ("status": "${v.status}", ${said}), not works: ${crossrefErrorText(v.message)}`);
  }
  const msg = v.message;
  const tree = parseTree(text);
  const list = isObject(msg) && Array.isArray(msg.items);
  if (type === 'work-list' || (!type && list)) {
    if (!isObject(msg) || !Array.isArray(msg.items)) throw new IngestError(file.name, 1, `a Crossref API response (${said}) without a list of works in message.items`);
    const total = typeof msg['total-results'] === 'number' ? msg['total-results'] : null;
    if (msg.items.length === 0) throw new IngestError(file.name, 1, `a Crossref API response (${said}) with no works in message.items${total != null ? ` ("total-results": ${total})` : ''}`);
    const offsets = (tree && findNodeAtLocation(tree, ['message', 'items'])?.children?.map((c) => c.offset)) ?? [];
    const rest = total != null && total > msg.items.length ? `; "total-results" is ${total}: the other ${total - msg.items.length} are on other pages of the API, not in this file` : '';
    const n = msg.items.length;
    return { items: msg.items, lines: linesAt(text, offsets), note: { file: file.name, line: 1, note: `a Crossref REST API response (${said}): the ${n} work${n === 1 ? '' : 's'} in message.items ${n === 1 ? 'is' : 'are'} read${rest}` } };
  }
  if (type === 'work' || (!type && isObject(msg))) {
    if (!isObject(msg)) throw new IngestError(file.name, 1, `a Crossref API response (${said}) without the work in "message"`);
    const offset = tree ? findNodeAtLocation(tree, ['message'])?.offset : undefined;
    return { items: [msg], lines: linesAt(text, [offset ?? 0]), note: { file: file.name, line: 1, note: `a Crossref REST API response (${said}): the work in "message" is read` } };
  }
  throw new IngestError(file.name, 1, `a Crossref API response of ${said}, not works: this reader takes the /works responses ("work-list" with message.items, or "work" with one work in message)`);
}

/**
 * CSL-JSON file to papers. `file.text`: a JSON list of CSL items, one item, or a Crossref REST API works response
 * (see the file's comment). Items without authors or title are skipped with their line; ORCIDs are read with
 * `readOrcid` (a malformed one is a note). Throws IngestError (file, line, problem) for invalid JSON, JSON of
 * another shape (what it lacks), a Crossref error or non-works response, and a file from which no paper is read.
 */
export function readCslJson(file: InputFile): ReaderResult {
  const text = withoutBom(file.text);
  const doc = parseJsonWithLines(file, text);
  let items: unknown[];
  let itemLines: number[];
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  let crossref = false;
  if (Array.isArray(doc.value)) {
    items = doc.value;
    itemLines = doc.rootItemLines;
  } else if (isObject(doc.value) && isCrossrefEnvelope(doc.value)) {
    const works = crossrefWorks(file, text, doc.value);
    items = works.items;
    itemLines = works.lines;
    notes.push(works.note);
    crossref = true;
  } else if (isObject(doc.value)) {
    if (!['title', 'author', 'editor'].some((k) => k in (doc.value as Record<string, unknown>))) {
      throw new IngestError(
        file.name,
        1,
        'a JSON object with no "title", "author" or "editor": neither a CSL-JSON item nor a Crossref API response ({"status": "ok", "message-type": "work-list", "message": {"items": [...]}}); CSL-JSON is a list of items ([{...}, ...])',
      );
    }
    items = [doc.value];
    itemLines = [text.slice(0, text.indexOf('{')).split('\n').length];
  } else {
    throw new IngestError(file.name, 1, 'CSL-JSON must be a list of items ([{...}, ...])');
  }
  /** Lines of items read without a "type". */
  const untyped: number[] = [];
  items.forEach((item, k) => {
    const line = itemLines[k] ?? 1;
    if (!isObject(item)) {
      skipped.push({ file: file.name, line, reason: `item ${k + 1} is not an object`, record: undefined });
      return;
    }
    const title = cslText(item.title, 'keep');
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : null;
    const label = id ?? title?.slice(0, 80);
    const names = (field: string) => {
      const list = item[field];
      if (!Array.isArray(list)) return { names: [] as string[], literal: [] as boolean[], orcids: [] as (string | null)[], bad: 0 };
      const out = list.map((a) => ({ a, n: cslName(a) })).filter((x) => !!x.n);
      // Crossref writes an author's iD as "ORCID": "http://orcid.org/0000-0002-1825-0097"
      const orcidOf = (a: unknown, name: string) =>
        isObject(a) ? readOrcid(a.ORCID ?? a.orcid, { file: file.name, line, ...(label ? { record: label } : {}), author: name, field: 'ORCID' }, notes) : null;
      return { names: out.map((x) => x.n!.name), literal: out.map((x) => x.n!.literal), orcids: out.map((x) => orcidOf(x.a, x.n!.name)), bad: list.length - out.length };
    };
    let people = names('author');
    if (people.bad) notes.push({ file: file.name, line, record: label, field: 'author', note: `${people.bad} author entr${people.bad > 1 ? 'ies have' : 'y has'} no name; left out` });
    if (people.names.length === 0) {
      const editors = names('editor');
      if (editors.names.length) {
        notes.push({ file: file.name, line, record: label, field: 'editor', note: `no author: the ${editors.names.length} editor(s) are used as authors` });
        people = editors;
      }
    }
    const missing = missingAuthorsOrTitle(people.names.length > 0, !!title, 'no authors or editors');
    if (missing || !title) {
      skipped.push({ file: file.name, line, reason: missing ?? 'no title', record: label });
      return;
    }
    if (!crossref && item.type == null) untyped.push(line);
    papers.push({
      title,
      authors: people.names,
      ...(people.literal.some(Boolean) ? { literalAuthors: people.literal } : {}),
      ...(people.orcids.some(Boolean) ? { authorOrcids: people.orcids } : {}),
      abstract: cslText(item.abstract, 'keep'),
      year: itemYear(item, (note) => notes.push({ file: file.name, line, record: label, field: 'issued', note })),
      venue: cslText(item['container-title']),
      volume: placeText(item.volume),
      issue: placeText(item.issue),
      pages: placeText(item.page) ?? placeText(item['page-first']),
      doi: readDoi(item.DOI, (note) => notes.push({ file: file.name, line, record: label, field: 'DOI', note }), 'DOI'),
      url: typeof item.URL === 'string' && item.URL.trim() ? item.URL.trim() : null,
      id,
      source: { file: file.name, line },
    });
  });
  if (untyped.length) {
    notes.push({ file: file.name, line: untyped[0]!, field: 'type', note: `${untyped.length === 1 ? 'an item has' : `${untyped.length} items have`} no "type" (CSL-JSON requires one): read as papers all the same` });
  }
  return requirePapers(file, { format: 'csl-json', papers, skipped, notes }, crossref ? 'CSL-JSON (Crossref API response)' : 'CSL-JSON');
}

/**
 * CSL-JSON when the file is a JSON list (or object) whose items use CSL's keys ("type" with a CSL key, or without
 * "type" an "author" list of CSL name objects: `family`, `given`, `literal`), and not OpenAlex's; also a Crossref
 * REST API response (an object with "message-type" and "message"), whatever its message holds (the reader says
 * when it is not works). `text`: the file's text. Throws nothing.
 */
export function looksLikeCslJson(text: string): boolean {
  const head = withoutBom(text).slice(0, 65536).trimStart();
  if (!head.startsWith('[') && !head.startsWith('{')) return false;
  if (/"authorships"\s*:/.test(head)) return false;
  if (head.startsWith('{') && /"message-type"\s*:/.test(head) && /"message"\s*:/.test(head)) return true;
  if (/"type"\s*:/.test(head) && /"(?:issued|container-title|family|given|literal|citation-key|DOI|URL)"\s*:/.test(head)) return true;
  // an item without "type" (hand-written, or a tool that leaves it out): CSL's author list of name objects
  return /"author"\s*:\s*\[\s*\{[^\]]*"(?:family|given|literal)"\s*:/.test(head);
}
