/** Invented rows for the homonym tests (homonym-evidence, homonym-abstracts): a JSON Lines corpus in a few lines. */
export type Row = { title: string; authors: string[]; year: number; venue: string; abstract?: string | null };

export const jsonl = (rows: Row[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: r.year, venue: r.venue, doi: null, abstract: r.abstract ?? null })).join('\n');

/** 12 one-paper people who make "Wei" and "Chen" common among East Asian names (about 2.1 Wei Chens expected). */
export const others = (): Row[] =>
  ['Wei Zhang', 'Wei Liu', 'Wei Huang', 'Wei Zhou', 'Wei Sun', 'Jun Chen', 'Hao Chen', 'Lei Chen', 'Yan Chen', 'Bo Chen', 'Tao Xu', 'Min Guo'].map((a, i) => ({
    title: `Parsing study ${i}`,
    authors: [a],
    year: 2020,
    venue: 'Parsing Workshop',
    abstract: `We parse sentences of treebank ${i} with a transition system and report attachment scores.`,
  }));
