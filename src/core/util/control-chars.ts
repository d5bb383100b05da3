/**
 * Control characters inside text fields (U+0000–U+0008, U+000E–U+001F, U+007F: a PDF copy's U+0001, a broken
 * encoding; tab, line ends, vertical tab and form feed are whitespace and are collapsed by `cleanText`). They show
 * nothing, XML cannot hold them (the exports dropped them, which glued "Control\u0001char" into "Controlchar"),
 * and they split words for search: each is read as a space between the words it separates, with a note. Unicode's
 * noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF) are read the same way, the note calling them so.
 */
import type { IngestNote, RawPaper } from '../ingest/types';

// (with Unicode's noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF: never text, a byte-order mark read backwards or a
// broken conversion; they show as boxes and XML cannot hold them either)
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f\ufdd0-\ufdef\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const CONTROL_RUN = /\s*[\u0000-\u0008\u000e-\u001f\u007f\ufdd0-\ufdef\ufffe\uffff][\s\u0000-\u0008\u000e-\u001f\u007f\ufdd0-\ufdef\ufffe\uffff]*/g;
const NONCHARACTER = /[\ufdd0-\ufdef\ufffe\uffff]/;

/** `text` with each run of control characters (and the spaces around it) replaced by one space, trimmed; `text` itself when it holds none. */
export function spaceForControls(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_RUN, ' ').trim() : text;
}

/** What the characters replaced in `text` are called in a note: "control character", "noncharacter" or both. */
function kindOf(text: string): string {
  const non = NONCHARACTER.test(text);
  const control = CONTROL.test(text.replace(new RegExp(NONCHARACTER.source, 'g'), ''));
  return non && control ? 'control character or noncharacter' : non ? 'noncharacter' : 'control character';
}

/** "U+0001" for each distinct control character in `text`, in order of appearance. */
function codes(text: string): string {
  const seen = new Set<string>();
  for (const ch of text) if (CONTROL.test(ch)) seen.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...seen].join(', ');
}

/**
 * Replaces control characters in every paper's title, abstract, venue and author names (in place; see
 * `spaceForControls`) and adds one note per field changed, at the field's line where the reader knows it (else the
 * record's), e.g. `title: control character U+0001 read as a space: "Control char title"`. Returns how many fields
 * changed. Throws nothing.
 */
export function replaceControlCharacters(papers: RawPaper[], notes: IngestNote[]): number {
  let changed = 0;
  const note = (p: RawPaper, field: string, line: number | undefined, before: string, after: string) => {
    changed++;
    notes.push({
      file: p.source.file,
      line: line ?? p.source.line,
      record: after.slice(0, 80),
      field,
      note: `${field}: ${kindOf(before)} ${codes(before)} read as a space between words: "${after.slice(0, 120)}"`,
    });
  };
  for (const p of papers) {
    if (CONTROL.test(p.title)) {
      const before = p.title;
      p.title = spaceForControls(before);
      note(p, 'title', p.fieldLines?.title, before, p.title);
    }
    if (p.abstract && CONTROL.test(p.abstract)) {
      const before = p.abstract;
      p.abstract = spaceForControls(before) || null;
      note(p, 'abstract', p.fieldLines?.abstract, before, p.abstract ?? '');
    }
    if (p.venue && CONTROL.test(p.venue)) {
      const before = p.venue;
      p.venue = spaceForControls(before) || null;
      note(p, 'venue', undefined, before, p.venue ?? '');
    }
    for (let k = 0; k < p.authors.length; k++) {
      const a = p.authors[k]!;
      if (!CONTROL.test(a)) continue;
      p.authors[k] = spaceForControls(a);
      note(p, p.authorField ?? 'author', p.authorLines?.[k], a, p.authors[k]!);
    }
  }
  return changed;
}
