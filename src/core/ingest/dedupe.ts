import type { MergeEntry } from '../bundle/report-types';
import { foldName, nameKey } from '../names/parse-name';
import type { IngestNote, RawPaper } from './types';

function normDoi(doi: string): string {
  return doi.trim().toLowerCase().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/, '');
}

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

/**
 * Keep each paper once: same DOI, or same normalised title and authors. Missing fields are filled from the duplicate.
 * `knownNameKeys`: author name keys (`nameKey`) already worked out, per name order ('auto' for none) and spelling.
 */
export function mergeDuplicatePapers(papers: RawPaper[], knownNameKeys: ReadonlyMap<string, ReadonlyMap<string, { nameKey: string }>> | null = null): { papers: RawPaper[]; merged: MergeEntry[]; notes: IngestNote[] } {
  const notes: IngestNote[] = [];
  const byDoi = new Map<string, number>();
  const byTitle = new Map<string, number>();
  const kept: RawPaper[] = [];
  const merged: MergeEntry[] = [];
  // a name's key once per spelling and order (authors recur across papers; parsing a name is the cost here)
  // (a table per order, not one keyed by order + name: a joined key is a new string per authorship, flattened and
  // hashed on each lookup, which was most of this function's time at 30k papers)
  const keys = new Map<RawPaper['nameOrder'], Map<string, string>>();
  const keyOf = (name: string, order: RawPaper['nameOrder']): string => {
    let byName = keys.get(order);
    if (!byName) keys.set(order, (byName = new Map()));
    let key = byName.get(name);
    if (key === undefined) byName.set(name, (key = knownNameKeys?.get(order ?? 'auto')?.get(name)?.nameKey ?? nameKey(name, order)));
    return key;
  };
  for (const p of papers) {
    const doi = p.doi ? normDoi(p.doi) : null;
    const titleKey = `${foldName(p.title)}|${p.authors.map((a) => keyOf(a, p.nameOrder)).join('|')}`;
    let idx = doi ? byDoi.get(doi) : undefined;
    let reason = 'same DOI';
    if (idx !== undefined && !titlesAgree(kept[idx]!.title, p.title)) {
      const k = kept[idx]!;
      notes.push({ file: p.source.file, line: p.source.line, note: `same DOI ${p.doi} as ${k.source.file}:${k.source.line} ("${k.title.slice(0, 60)}") but a different title: kept both` });
      idx = undefined;
    }
    if (idx === undefined) {
      idx = byTitle.get(titleKey);
      reason = 'same normalised title and authors';
    }
    if (idx !== undefined) {
      const k = kept[idx]!;
      kept[idx] = {
        ...k,
        abstract: k.abstract || p.abstract || null,
        year: k.year ?? p.year ?? null,
        venue: k.venue || p.venue || null,
        doi: k.doi || p.doi || null,
        url: k.url || p.url || null,
      };
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
    const i = kept.length;
    kept.push(p);
    if (doi) byDoi.set(doi, i);
    byTitle.set(titleKey, i);
  }
  return { papers: kept, merged, notes };
}
