import { IngestError } from '../ingest/errors';
import { splitLines, cleanText } from '../util/text-lines';
import type { IngestNote } from '../ingest/types';
import { namesAsText } from '../ingest/author-list';
import { mergeKey } from './merge-key';

/**
 * Alias file (VOSviewer-thesaurus style), tab-separated, one rule per line, `#` comments:
 *   variant<TAB>canonical              every occurrence of `variant` is the person `canonical`
 *   variant<TAB>canonical<TAB>paper    only on that paper (id, DOI or exact title): splits a name shared by several people
 * A header line "label<TAB>replace by" (VOSviewer) is ignored.
 */
export interface AliasRule {
  variant: string;
  canonical: string;
  paper: string | null;
  line: number;
}

/**
 * Reads an alias file (VOSviewer thesaurus style): one `variant<TAB>canonical` rule a line, or
 * `variant<TAB>canonical<TAB>paper` for one paper only (paper id, DOI or exact title), which splits a name into
 * several people. `name` is the file's name for errors; blank lines, `#` comments and a first line headed `label`
 * (VOSviewer's header) are skipped; cells are NFC-normalised and trimmed. The variant and the canonical name are read
 * as plain text as every author name is (`namesAsText`: "<b>Mallory</b>, June" is "Mallory, June", so it names
 * the author the papers write so), with the notes that path writes pushed onto `notes` when given (one note for
 * the file, naming the line of the first such name). The paper cell is read so too, with a note of its own ("paper:
 * a paper title carries HTML markup…"), so "<i>E. coli</i> growth" names the paper whose title reads "E. coli
 * growth" as every title is read. Each rule keeps its 1-based line.
 * Throws IngestError (file, line, problem) for a line with fewer than two or more than three cells or an empty one,
 * or a name or paper that is only markup.
 */
export function parseAliasFile(name: string, text: string, notes?: IngestNote[]): AliasRule[] {
  const rules: AliasRule[] = [];
  const names = namesAsText();
  const titles = namesAsText({ one: 'paper title', many: 'paper titles' });
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const cols = raw.split('\t').map((c) => cleanText(c));
    if (line === 1 && /^label$/i.test(cols[0] ?? '')) return;
    if (cols.length < 2 || cols.length > 3 || !cols[0] || !cols[1]) {
      throw new IngestError(name, line, 'expected "variant<TAB>canonical" or "variant<TAB>canonical<TAB>paper"');
    }
    const asText = (cell: string, field: string, reader = names) => cleanText(reader.read(cell, () => ({ file: name, line, field })));
    const variant = asText(cols[0], 'variant');
    const canonical = asText(cols[1], 'canonical name');
    if (!variant || !canonical) throw new IngestError(name, line, `the ${variant ? 'canonical name' : 'variant'} "${cols[variant ? 1 : 0]}" holds no text once its HTML markup is read`);
    // a paper's title as the papers' titles are read (tidyMarkup): "<i>E. coli</i> growth" names "E. coli growth"
    const paper = cols[2] ? asText(cols[2], 'paper', titles) : '';
    if (cols[2] && !paper) throw new IngestError(name, line, `the paper "${cols[2]}" holds no text once its HTML markup is read`);
    rules.push({ variant, canonical, paper: paper || null, line });
  });
  if (notes) for (const n of [...names.notes(), ...titles.notes()]) notes.push(n);
  return rules;
}

/**
 * The lines of `rules` that map one name to two people: two global lines whose variants are one name (the same
 * merge key, as the names stage reads them) and whose canonical names differ, or two lines for one name on one
 * paper. The names stage uses the last global line and the first per-paper one (as it always did); each conflict
 * is a note naming the file (`file`), the later line and the earlier one, so nothing is dropped without a word.
 * Takes `rules` as `parseAliasFile` returns them; throws nothing.
 */
export function aliasConflicts(rules: readonly AliasRule[], file: string): IngestNote[] {
  const notes: IngestNote[] = [];
  const seen = new Map<string, AliasRule>();
  for (const r of rules) {
    const key = r.paper ? `${mergeKey(r.variant)}\u0000${r.paper}` : mergeKey(r.variant);
    const before = seen.get(key);
    if (!before) {
      seen.set(key, r);
      continue;
    }
    if (mergeKey(before.canonical) === mergeKey(r.canonical)) continue;
    const where = r.paper ? ` on paper "${r.paper}"` : '';
    const used = r.paper ? `line ${before.line} is used, line ${r.line} is not` : `line ${r.line} is used, line ${before.line} is not`;
    notes.push({
      file,
      line: r.line,
      note: `alias line ${r.line} maps "${r.variant}"${where} to "${r.canonical}", line ${before.line} to "${before.canonical}": one name, two people; ${used} (to make all of them one person, map every name to one of them)`,
    });
    if (!r.paper) seen.set(key, r);
  }
  return notes;
}

/**
 * The comment that starts an alias file's "different people" line: `# different people<TAB>name<TAB>name`, two
 * names the review list was told are not one person ("Different people"). A comment to every reader of the file
 * (`parseAliasFile`, the CLI's `--aliases`, the import dialog's check), so the file stays one they all read; the
 * explorer reads the pairs back (`differentPeopleOf`) when the file is imported with its paper list, so a
 * rejected pair is not offered again as undecided.
 */
export const DIFFERENT_PEOPLE = '# different people';

/**
 * The "different people" pairs of an alias file's text (see `DIFFERENT_PEOPLE`), in file order, each as the two
 * names written (NFC, trimmed); lines with other than two names are skipped. Pure; throws nothing.
 */
export function differentPeopleOf(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of splitLines(text)) {
    if (!raw.startsWith(`${DIFFERENT_PEOPLE}\t`)) continue;
    const cells = raw.slice(DIFFERENT_PEOPLE.length + 1).split('\t').map((c) => cleanText(c));
    if (cells.length === 2 && cells[0] && cells[1]) out.push([cells[0], cells[1]]);
  }
  return out;
}
