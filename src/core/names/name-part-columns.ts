/**
 * Author spellings' `NameParts` worked out on a second thread while the input is read, and sent back to the build
 * in columns (a few arrays of strings: one structured clone, no object per spelling), as `KnownNameParts` for the
 * names stage and the duplicate check. Used by the CLI's build thread (scripts/lib/build-worker.ts) and the
 * browser import's helper (src/app/features/import/build-helper.ts). Only a cache: the build parses any spelling
 * the columns lack, so the result is the same with or without them.
 */
import { nameParts, type KnownNameParts, type NameParts } from './resolve-people';
import type { NameOrder } from './parse-name';

/** One row per distinct spelling (per name order), in the order first seen. */
export interface NamePartColumns {
  order: NameOrder[];
  raw: string[];
  nameKey: string[];
  /** null: the same as raw */
  spelling: (string | null)[];
  shown: string[];
  key: string[];
  /** null: the same as shown */
  rawShown: (string | null)[];
}

/** Author lists of records as read: `count[k]` spellings of `flat` for record k, whose format has name order `nameOrder[k]`. */
export interface StreamedAuthors {
  flat: string[];
  count: Int32Array;
  nameOrder: NameOrder[];
  /** Positions in `flat`, ascending, of the names marked literal (parsed with order "literal"); absent: none. */
  literal?: number[];
}

/** The records' author lists in `StreamedAuthors` form (what a reader's papers carry: `authors`, `nameOrder`). */
export function streamedAuthors(papers: readonly { authors: readonly string[]; nameOrder?: NameOrder; literalAuthors?: readonly boolean[] }[]): StreamedAuthors {
  const count = new Int32Array(papers.length);
  const flat: string[] = [];
  const literal: number[] = [];
  papers.forEach((p, k) => {
    count[k] = p.authors.length;
    if (p.literalAuthors) p.literalAuthors.forEach((l, j) => l && j < p.authors.length && literal.push(flat.length + j));
    for (const a of p.authors) flat.push(a);
  });
  const out: StreamedAuthors = { flat, count, nameOrder: papers.map((p) => p.nameOrder ?? 'auto') };
  if (literal.length) out.literal = literal;
  return out;
}

const emptyColumns = (): NamePartColumns => ({ order: [], raw: [], nameKey: [], spelling: [], shown: [], key: [], rawShown: [] });

/** Parses each new spelling of the author lists it is given (`add`) and hands the rows over once (`take`). */
export class NamePartCollector {
  private seen = new Map<NameOrder, Set<string>>();
  private columns = emptyColumns();
  /** Time spent in `add`, ms. */
  ms = 0;

  /** Parses the spellings of `authors` not seen before. Throws nothing. */
  add(authors: StreamedAuthors): void {
    const t0 = performance.now();
    const c = this.columns;
    let i = 0;
    const literal = authors.literal ?? [];
    let l = 0;
    let seenOrder: NameOrder | null = null;
    let seen = new Set<string>();
    for (let k = 0; k < authors.count.length; k++) {
      const paperOrder = authors.nameOrder[k]!;
      for (const end = i + authors.count[k]!; i < end; i++) {
        while (l < literal.length && literal[l]! < i) l++;
        const order = literal[l] === i ? 'literal' : paperOrder;
        if (order !== seenOrder) {
          seenOrder = order;
          let s = this.seen.get(order);
          if (!s) this.seen.set(order, (s = new Set()));
          seen = s;
        }
        const raw = authors.flat[i]!;
        if (seen.has(raw)) continue;
        seen.add(raw);
        const p = nameParts(raw, order);
        c.order.push(order);
        c.raw.push(raw);
        c.nameKey.push(p.nameKey);
        c.spelling.push(p.spelling === raw ? null : p.spelling);
        c.shown.push(p.shown);
        c.key.push(p.key);
        c.rawShown.push(p.rawShown === p.shown ? null : p.rawShown);
      }
    }
    this.ms += performance.now() - t0;
  }

  /** The rows collected (and the time spent, ms), then forgotten here: the next `add` starts afresh. */
  take(): NamePartColumns & { ms: number } {
    const out = { ...this.columns, ms: Math.round(this.ms) };
    this.clear();
    return out;
  }

  /** Forgets every row and spelling seen. */
  clear(): void {
    this.columns = emptyColumns();
    this.seen.clear();
    this.ms = 0;
  }
}

/** `NamePartColumns` as the names stage looks them up: per name order, per spelling as written. Throws nothing. */
export function knownNameParts(c: NamePartColumns): KnownNameParts {
  const known = new Map<NameOrder, Map<string, NameParts>>();
  let order: NameOrder | null = null;
  let here = new Map<string, NameParts>();
  for (let i = 0; i < c.raw.length; i++) {
    if (c.order[i] !== order) {
      order = c.order[i]!;
      let m = known.get(order);
      if (!m) known.set(order, (m = new Map()));
      here = m;
    }
    const raw = c.raw[i]!;
    const shown = c.shown[i]!;
    here.set(raw, { spelling: c.spelling[i] ?? raw, shown, key: c.key[i]!, rawShown: c.rawShown[i] ?? shown, nameKey: c.nameKey[i]! });
  }
  return known;
}
