import type { ReaderResult } from './types';

/** A web link as data may give it: `http://` or `https://` (any case, spaces around trimmed). */
const WEB = /^https?:\/\/[^\s/]+/i;

/**
 * Keep every paper's `url` an http(s) link, in place, adding a note for each change (file, the line of the link's
 * field where the reader records it (`RawPaper.fieldLines.url`) else the record's, the value):
 * a link from data is http(s) only (`javascript:`, `data:`, `file:`, `ftp:` and anything else are left out, so
 * they reach neither the bundle nor an export), and a bare `www.` address is read as `https://www.…`.
 * `result`: a reader's result (papers, notes). Throws nothing.
 */
export function tidyLinks(result: ReaderResult): void {
  for (const p of result.papers) {
    if (p.url == null) continue;
    const url = p.url.trim();
    // the link field's own line where the reader knows it (RIS UR, BibTeX url), as notes on a title's markup name the title's
    const at = { file: p.source.file, line: p.fieldLines?.url ?? p.source.line, record: p.id ?? p.title.slice(0, 80) };
    if (WEB.test(url)) {
      if (url !== p.url) p.url = url;
      continue;
    }
    if (url === '') {
      p.url = null;
      continue;
    }
    if (/^www\.[^\s/]+\.[^\s/]+/i.test(url)) {
      p.url = `https://${url}`;
      result.notes.push({ ...at, note: `link "${url.slice(0, 80)}" has no scheme: read as ${p.url.slice(0, 90)}` });
      continue;
    }
    p.url = null;
    result.notes.push({ ...at, note: `link "${url.slice(0, 80)}" is not an http(s) address: left out` });
  }
}
