/**
 * Each author's total link strength under full counting, for the Rankings beside a fractional map's own: under
 * fractional counting (VOSviewer's, Perianes-Rodriguez, Waltman & van Eck 2016) an author's total link strength is
 * by definition their number of papers with co-authors, so the column repeats the papers; under full counting each
 * shared paper adds 1 per co-author, which is what VOSviewer's default (full counting) shows.
 */
import type { Bundle } from '../../../core/bundle/types';
import type { PaperSlice } from '../../../core/queries/time-slice';

/**
 * Per author (bundle author index): the sum over their co-author links of the papers the two share, i.e. the total
 * link strength a `--counting full` build of the same papers gives (the build's author limit applies alike: a paper
 * over it is shared by no link). With `slice` (a year range or venues), the subset's shared papers only
 * (`PaperSlice.shared`). Reads `bundle.coauthorLinks` (source, target, shared); O(links). Throws nothing.
 */
export function fullCountingStrength(bundle: Bundle, slice: PaperSlice | null): Uint32Array {
  const { source, target } = bundle.coauthorLinks;
  const shared: ArrayLike<number> = slice ? slice.shared : bundle.coauthorLinks.shared;
  const out = new Uint32Array(bundle.authors.name.length);
  for (let i = 0; i < source.length; i++) {
    const n = shared[i]!;
    out[source[i]!] += n;
    out[target[i]!] += n;
  }
  return out;
}
