import { IngestError } from './errors';
import { readDoi, yearFrom } from './identifiers';
import { firstString, isObject, parseJsonWithLines, withoutBom } from './json-source';
import { requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * CSL-JSON (Zotero "Better CSL JSON" / "CSL JSON" export, Mendeley, Pandoc, Crossref): an array of items.
 * Read: title, author[] (family, given, particles, suffix, or literal; Crossref's `name` of a group is a literal), editor[] when there is no author,
 * issued (date-parts, raw or literal), abstract, DOI, URL, container-title, id.
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

/** CSL-JSON file to papers; items without authors or title are skipped with their line. */
export function readCslJson(file: InputFile): ReaderResult {
  const text = withoutBom(file.text);
  const doc = parseJsonWithLines(file, text);
  let items: unknown[];
  let itemLines: number[];
  if (Array.isArray(doc.value)) {
    items = doc.value;
    itemLines = doc.rootItemLines;
  } else if (isObject(doc.value)) {
    items = [doc.value];
    itemLines = [text.slice(0, text.indexOf('{')).split('\n').length];
  } else {
    throw new IngestError(file.name, 1, 'CSL-JSON must be a list of items ([{...}, ...])');
  }
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
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
      if (!Array.isArray(list)) return { names: [] as string[], literal: [] as boolean[], bad: 0 };
      const out = list.map(cslName).filter((n) => !!n);
      return { names: out.map((n) => n.name), literal: out.map((n) => n.literal), bad: list.length - out.length };
    };
    let people = names('author');
    if (people.bad) notes.push({ file: file.name, line, record: label, note: `${people.bad} author entr${people.bad > 1 ? 'ies have' : 'y has'} no name; left out` });
    if (people.names.length === 0) {
      const editors = names('editor');
      if (editors.names.length) {
        notes.push({ file: file.name, line, record: label, note: `no author: the ${editors.names.length} editor(s) are used as authors` });
        people = editors;
      }
    }
    if (people.names.length === 0) {
      skipped.push({ file: file.name, line, reason: title ? 'no authors or editors' : 'no authors and no title', record: label });
      return;
    }
    if (!title) {
      skipped.push({ file: file.name, line, reason: 'no title', record: label });
      return;
    }
    papers.push({
      title,
      authors: people.names,
      ...(people.literal.some(Boolean) ? { literalAuthors: people.literal } : {}),
      abstract: cslText(item.abstract, 'keep'),
      year: cslYear(item.issued),
      venue: cslText(item['container-title']),
      doi: readDoi(item.DOI, (note) => notes.push({ file: file.name, line, record: label, note }), 'DOI'),
      url: typeof item.URL === 'string' && item.URL.trim() ? item.URL.trim() : null,
      id,
      source: { file: file.name, line },
    });
  });
  return requirePapers(file, { format: 'csl-json', papers, skipped, notes }, 'CSL-JSON');
}

/** CSL-JSON when the file is a JSON list (or object) whose items use CSL's keys, and not OpenAlex's. */
export function looksLikeCslJson(text: string): boolean {
  const head = withoutBom(text).slice(0, 65536).trimStart();
  if (!head.startsWith('[') && !head.startsWith('{')) return false;
  if (/"authorships"\s*:/.test(head)) return false;
  return /"type"\s*:/.test(head) && /"(?:issued|container-title|family|given|literal|citation-key|DOI|URL)"\s*:/.test(head);
}
