/**
 * Abstracts stored in chunks (bundle format 3): the viewer fetches only the chunk holding the paper a panel
 * shows, instead of every abstract of the dataset (29 MB on the 30k-paper ACL map) before the first one.
 *
 * The plan is a pure function of two bundle columns (`papers.community`, `papers.hasAbstract`) and the chunk
 * size written in the bundle, so the bundle stores no per-paper chunk column: the papers with an abstract are
 * put in order of community (community 0 first), by paper index inside a community, and that sequence is cut
 * every `size` papers (so small communities share a chunk). An author's papers mostly sit in their own
 * community, so an author panel usually needs one or two chunks. There are ceil(papers with an abstract / size)
 * chunks; chunk `i` is the file `<dir><i>.json`: a JSON array of the abstracts (strings) of its papers, in plan
 * order.
 */

/** Papers per chunk written by the build (about 200–300 KB of JSON per chunk with ACL-length abstracts). */
export const ABSTRACT_CHUNK_SIZE = 200;
/** The chunk folder written by the build, relative to the bundle. */
export const ABSTRACT_CHUNK_DIR = 'abstracts/';

export interface AbstractChunkPlan {
  /** Per paper: its chunk, or -1 when it has no abstract. */
  chunkOf: Int32Array;
  /** Per paper: its position inside its chunk (-1 when it has no abstract). */
  slot: Int32Array;
  /** Per chunk: its papers (indices), in the order the chunk file lists their abstracts. */
  papers: number[][];
}

/**
 * The chunk plan of a bundle's papers.
 * @param community `papers.community` (a community index per paper, whole numbers ≥ 0)
 * @param hasAbstract `papers.hasAbstract` (1 when the paper has an abstract)
 * @param size papers per chunk (a whole number ≥ 1)
 * @throws RangeError when `size` is not a whole number ≥ 1 or the columns differ in length.
 */
export function planAbstractChunks(community: ArrayLike<number>, hasAbstract: ArrayLike<number>, size: number): AbstractChunkPlan {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`abstract chunk size should be a whole number of at least 1, found ${size}`);
  const n = community.length;
  if (hasAbstract.length !== n) throw new RangeError(`papers.hasAbstract has ${hasAbstract.length} entries, expected ${n}`);
  // counting sort of the papers with an abstract by community, stable by paper index
  let maxC = -1;
  for (let i = 0; i < n; i++) if (hasAbstract[i] === 1 && community[i]! > maxC) maxC = community[i]!;
  const start = new Int32Array(maxC + 2);
  for (let i = 0; i < n; i++) if (hasAbstract[i] === 1) start[community[i]! + 1]!++;
  for (let c = 0; c <= maxC; c++) start[c + 1]! += start[c]!;
  const order = new Int32Array(start[maxC + 1]!);
  const fill = start.slice(0, maxC + 1);
  for (let i = 0; i < n; i++) if (hasAbstract[i] === 1) order[fill[community[i]!]!++] = i;
  const chunkOf = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n).fill(-1);
  const papers: number[][] = [];
  for (let k = 0; k < order.length; k += size) {
    const chunk: number[] = [];
    for (let j = k; j < Math.min(k + size, order.length); j++) {
      const p = order[j]!;
      chunkOf[p] = papers.length;
      slot[p] = chunk.length;
      chunk.push(p);
    }
    papers.push(chunk);
  }
  return { chunkOf, slot, papers };
}

/**
 * The chunk files' contents for a build: one array of abstracts per chunk of the plan.
 * @param abstracts one string or null per paper (the build's abstracts)
 * @param plan the plan of the same papers (planAbstractChunks)
 */
export function abstractChunkFiles(abstracts: readonly (string | null)[], plan: AbstractChunkPlan): string[][] {
  return plan.papers.map((chunk) => chunk.map((p) => abstracts[p]!));
}

/** The file of chunk `i`, relative to the bundle: `abstracts/12.json`. */
export function abstractChunkFile(dir: string, i: number): string {
  return `${dir}${i}.json`;
}
