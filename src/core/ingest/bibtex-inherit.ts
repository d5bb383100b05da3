import type { BibEntry, LineIndex } from './bibtex-scanner';
import type { IngestNote } from './types';

/*
 * BibTeX `crossref` and BibLaTeX `xdata` inheritance, as BibTeX and biber apply them: an entry missing a field
 * takes it from the entry it refers to. From a `crossref` parent the parent's `title` becomes the child's
 * `booktitle` (a chapter's venue is its book; biber's default data-inheritance rule for book → inbook /
 * incollection, proceedings → inproceedings), every other field keeps its name; `xdata` fields keep their
 * names. Parents may inherit in turn (bounded depth, cycles stop). Keys match case-insensitively.
 */

const NEVER = new Set(['crossref', 'xdata', 'ids', 'entryset', 'related', 'shorthand', 'label', 'keywords', 'file', 'note']);

/**
 * Fill each entry's missing fields from its `crossref` / `xdata` entries, in place. Every entry that
 * inherits gets one note (its line) naming what came from where; a reference to a key not in the file is a
 * note too. Returns the `@xdata` entries, which hold fields for others and are not papers.
 */
export function inheritFields(entries: BibEntry[], lines: LineIndex, fileName: string, notes: IngestNote[]): Set<BibEntry> {
  const byKey = new Map<string, BibEntry>();
  for (const e of entries) if (e.key && !byKey.has(e.key.toLowerCase())) byKey.set(e.key.toLowerCase(), e);
  const xdata = new Set(entries.filter((e) => e.type === 'xdata'));
  const done = new Set<BibEntry>();
  const visiting = new Set<BibEntry>();

  const resolve = (e: BibEntry, depth: number): void => {
    if (done.has(e) || visiting.has(e) || depth > 8) return;
    visiting.add(e);
    const refs: { kind: 'crossref' | 'xdata'; key: string }[] = [];
    for (const kind of ['xdata', 'crossref'] as const) {
      const v = e.fields.get(kind)?.value.replace(/[{}]/g, '').trim();
      if (!v) continue;
      for (const key of kind === 'xdata' ? v.split(',') : [v]) if (key.trim()) refs.push({ kind, key: key.trim() });
    }
    const line = lines.lineAt(e.offset);
    for (const ref of refs) {
      const parent = byKey.get(ref.key.toLowerCase());
      if (!parent || parent === e) {
        notes.push({ file: fileName, line, record: e.key || undefined, note: `${ref.kind} {${ref.key}}: no entry with that key in this file; nothing inherited` });
        continue;
      }
      resolve(parent, depth + 1);
      const taken: string[] = [];
      for (const [name, field] of parent.fields) {
        if (NEVER.has(name)) continue;
        const target = ref.kind === 'crossref' && name === 'title' ? 'booktitle' : name;
        if (ref.kind === 'crossref' && name === 'booktitle' && parent.fields.has('title')) continue; // the parent's title is the venue
        if (e.fields.has(target)) continue;
        e.fields.set(target, field);
        taken.push(target === name ? name : `${target} (its ${name})`);
      }
      if (taken.length) {
        notes.push({
          file: fileName,
          line,
          record: e.key || undefined,
          note: `${ref.kind} {${parent.key}} (line ${lines.lineAt(parent.offset)}): inherited ${taken.join(', ')}`,
        });
      }
    }
    visiting.delete(e);
    done.add(e);
  };
  for (const e of entries) if (e.fields.has('crossref') || e.fields.has('xdata')) resolve(e, 0);
  return xdata;
}

/** An entry whose citation key an earlier entry of the file already has. */
export interface RepeatedKey {
  /** The first entry with that key: the one a `crossref` or `xdata` naming the key inherits from. */
  first: BibEntry;
  /** `crossref` and / or `xdata` when some entry of the file names the key there. */
  referencedBy: ('crossref' | 'xdata')[];
}

/**
 * Entries whose key an earlier entry has (keys match case-insensitively, as BibTeX and `inheritFields` match
 * them), each with the first such entry. Both are read; the map says which one inheritance uses.
 */
export function repeatedKeys(entries: readonly BibEntry[]): Map<BibEntry, RepeatedKey> {
  const out = new Map<BibEntry, RepeatedKey>();
  const byKey = new Map<string, BibEntry>();
  for (const e of entries) {
    if (!e.key) continue;
    const k = e.key.toLowerCase();
    const first = byKey.get(k);
    if (first) out.set(e, { first, referencedBy: [] });
    else byKey.set(k, e);
  }
  if (out.size === 0) return out;
  const refs = new Map<string, Set<'crossref' | 'xdata'>>();
  for (const e of entries) {
    for (const kind of ['crossref', 'xdata'] as const) {
      const v = e.fields.get(kind)?.value.replace(/[{}]/g, '').trim();
      if (!v) continue;
      for (const key of kind === 'xdata' ? v.split(',') : [v]) {
        const k = key.trim().toLowerCase();
        if (k) refs.set(k, (refs.get(k) ?? new Set()).add(kind));
      }
    }
  }
  for (const [e, r] of out) r.referencedBy = [...(refs.get(e.key.toLowerCase()) ?? [])].sort();
  return out;
}
