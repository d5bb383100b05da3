import { IngestError } from './errors';
import { cleanText, splitLines } from '../util/text-lines';
import type { InputFile, RawPaper, ReaderResult } from './types';

/**
 * The seed list format: line 1 the focal author ("Last, First"), then per paper three lines:
 * title, authors as a flat comma list of Last, First pairs, abstract. Blank lines between records are allowed.
 */
export function readSeedText(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i]!.trim()) i++;
  };
  skipBlank();
  if (i >= lines.length) throw new IngestError(file.name, 1, 'the file is empty (expected the focal author on line 1)');
  const focalLine = i + 1;
  const focalText = cleanText(lines[i]!);
  const focalParts = focalText.split(',').map((p) => p.trim());
  if (focalParts.length !== 2 || !focalParts[0] || !focalParts[1]) {
    throw new IngestError(file.name, focalLine, `line ${focalLine} must be the focal author as "Last, First", found "${clip(focalText)}"`);
  }
  i++;
  const papers: RawPaper[] = [];
  // Blank lines may separate records; inside a record the title, authors and abstract lines follow each other.
  for (;;) {
    skipBlank();
    if (i >= lines.length) break;
    const titleLine = i + 1;
    const title = cleanText(lines[i]!);
    const authorsLine = i + 2;
    const authorsText = i + 1 < lines.length ? cleanText(lines[i + 1]!) : '';
    const abstractText = i + 2 < lines.length ? cleanText(lines[i + 2]!) : '';
    const hasAbstractLine = i + 2 < lines.length && abstractText !== '';
    const parts = authorsText.split(',').map((p) => p.trim());
    // A title line that reads like an author list, after a blank line, means the real title line was empty.
    const titleParts = title.split(',');
    if ((parts.length % 2 !== 0 || !hasAbstractLine) && titleParts.length >= 4 && titleParts.length % 2 === 0 && titleLine > 1 && !lines[titleLine - 2]!.trim()) {
      throw new IngestError(file.name, titleLine - 1, 'empty title: the line before this authors list is blank');
    }
    if (!authorsText || !hasAbstractLine) {
      const missing = !authorsText ? 'authors and abstract lines' : 'abstract line';
      throw new IngestError(file.name, authorsText ? authorsLine : titleLine, `record cut short: the paper "${clip(title)}" has no ${missing}`);
    }
    if (parts.length % 2 !== 0) {
      throw new IngestError(file.name, authorsLine, `authors line has ${parts.length} comma-separated parts, an odd number: names must come in "Last, First" pairs`);
    }
    const names: string[] = [];
    for (let k = 0; k < parts.length; k += 2) {
      const last = parts[k]!;
      const first = parts[k + 1]!;
      if (!last && !first) throw new IngestError(file.name, authorsLine, `author ${k / 2 + 1} is empty`);
      names.push(first ? (last ? `${last}, ${first}` : first) : last);
    }
    if (!title || !/[\p{L}\p{N}]/u.test(title)) throw new IngestError(file.name, titleLine, 'empty title');
    papers.push({ title, authors: names, abstract: abstractText || null, source: { file: file.name, line: titleLine } });
    i += 3;
  }
  return { format: 'seed', papers, skipped: [], notes: [], focalAuthor: focalText };
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
