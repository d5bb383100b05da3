import { IngestError } from './errors';
import { cleanText, splitLines } from './text-lines';
import type { InputFile, RawPaper, ReaderResult } from './types';

/**
 * The seed list format: line 1 the focal author ("Last, First"), then per paper three lines:
 * title, authors as a flat comma list of Last, First pairs, abstract. Blank lines between records are allowed.
 */
export function readSeedText(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  // Non-blank lines with their 1-based line numbers.
  const rows: { text: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text) rows.push({ text, line: i + 1 });
  });
  if (rows.length === 0) throw new IngestError(file.name, 1, 'the file is empty (expected the focal author on line 1)');
  const focal = rows[0]!;
  const focalParts = focal.text.split(',').map((p) => p.trim());
  if (focalParts.length !== 2 || !focalParts[0] || !focalParts[1]) {
    throw new IngestError(file.name, focal.line, `line 1 must be the focal author as "Last, First", found "${clip(focal.text)}"`);
  }
  const papers: RawPaper[] = [];
  let i = 1;
  while (i < rows.length) {
    const title = rows[i]!;
    const authors = rows[i + 1];
    const abstract = rows[i + 2];
    if (!authors || !abstract) {
      const missing = !authors ? 'authors and abstract lines' : 'abstract line';
      throw new IngestError(file.name, (authors ?? title).line, `record cut short: the paper "${clip(title.text)}" has no ${missing}`);
    }
    const parts = authors.text.split(',').map((p) => cleanText(p));
    if (parts.length % 2 !== 0) {
      throw new IngestError(file.name, authors.line, `authors line has ${parts.length} comma-separated parts, an odd number: names must come in "Last, First" pairs`);
    }
    const names: string[] = [];
    for (let k = 0; k < parts.length; k += 2) {
      const last = parts[k]!;
      const first = parts[k + 1]!;
      if (!last && !first) throw new IngestError(file.name, authors.line, `author ${k / 2 + 1} is empty`);
      names.push(first ? (last ? `${last}, ${first}` : first) : last);
    }
    const cleanTitle = cleanText(title.text);
    if (!cleanTitle) throw new IngestError(file.name, title.line, 'empty title');
    papers.push({
      title: cleanTitle,
      authors: names,
      abstract: cleanText(abstract.text) || null,
      source: { file: file.name, line: title.line },
    });
    i += 3;
  }
  return { format: 'seed', papers, skipped: [], notes: [], focalAuthor: cleanText(focal.text) };
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** True when the text looks like the seed format: a "Last, First" line 1 and line counts in threes. */
export function looksLikeSeedText(text: string): boolean {
  const rows = splitLines(text.slice(0, 20000)).map((l) => l.trim()).filter(Boolean);
  if (rows.length < 4) return false;
  const first = rows[0]!;
  return /^[^,{}\[\]@"]+,\s*[^,{}\[\]@"]+$/.test(first) && !/^(TY|AU|TI)\s{2}-/.test(first);
}
