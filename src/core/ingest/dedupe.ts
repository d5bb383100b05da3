import type { MergeEntry } from '../bundle/report-types';
import { foldName, nameKey } from '../names/parse-name';
import type { RawPaper } from './types';

function normDoi(doi: string): string {
  return doi.trim().toLowerCase().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/, '');
}

/** Keep each paper once: same DOI, or same normalised title and authors. Missing fields are filled from the duplicate. */
export function mergeDuplicatePapers(papers: RawPaper[]): { papers: RawPaper[]; merged: MergeEntry[] } {
  const byDoi = new Map<string, number>();
  const byTitle = new Map<string, number>();
  const kept: RawPaper[] = [];
  const merged: MergeEntry[] = [];
  for (const p of papers) {
    const doi = p.doi ? normDoi(p.doi) : null;
    const titleKey = `${foldName(p.title)}|${p.authors.map(nameKey).join('|')}`;
    let idx = doi ? byDoi.get(doi) : undefined;
    let reason = 'same DOI';
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
  return { papers: kept, merged };
}
