/**
 * The bundle check (core/bundle/schema.ts) made warm while the page waits for the bundle. Its column loops
 * run once per page over hundreds of thousands of items, and the first time they start in V8's interpreter:
 * the 30k map's check cost 110 ms on a quiet machine (`npm run bench`, 1 Dec 2026), while the same check on a
 * page where it had already run was 30–60% faster (headless Chromium, fresh page each, 8 pairs at load 11:
 * median 155 → 96 ms). So, while the main thread has nothing to do before the bundle arrives (it is fetched
 * and decoded on a worker: data/early-fetch.ts), the check runs a few times on a small made-up bundle with the
 * same kinds of values in every column, in idle time only; the real bundle's check is the same check, only
 * no longer cold.
 */
import type { Bundle } from '../../core/bundle/types';
import { BUNDLE_FORMAT, BUNDLE_KIND } from '../../core/bundle/types';
import { bundleProblem } from '../../core/bundle/schema';

/** A valid bundle of `n` authors, `n` papers and `n` links, each column with the kinds of values real ones hold. */
export function warmUpBundle(n = 256): Bundle {
  const ints = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  const texts = (prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
  const reals = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i) + 0.25);
  const communities = 2;
  return {
    kind: BUNDLE_KIND,
    format: BUNDLE_FORMAT,
    name: 'warm-up',
    focalAuthor: null,
    options: { counting: 'fractional', maxAuthors: 100, resolution: 1, seed: 1 },
    stats: { papers: n, authors: n, authorships: 2 * n, coauthorPairs: n, communities, modularity: 0.5 },
    venues: ['a venue'],
    authors: {
      name: texts('author'),
      aliases: ints((i) => i).map((i) => (i % 3 === 0 ? [`alias ${i}`] : [])),
      orcid: ints((i) => i).map((i) => (i % 4 === 0 ? `0000-0000-0000-${String(i).padStart(4, '0')}` : null)),
      community: ints((i) => i % communities),
      paperCount: ints((i) => 1 + (i % 5)),
      coauthorCount: ints((i) => i % 7),
      weightedDegree: reals((i) => i % 9),
      x: reals((i) => i - n / 2),
      y: reals((i) => n / 2 - i),
    },
    papers: {
      title: texts('paper'),
      year: ints((i) => 2000 + (i % 20)).map((y, i) => (i % 11 === 0 ? null : y)),
      venue: ints((i) => i).map((i) => (i % 2 === 0 ? 0 : null)),
      doi: ints((i) => i).map((i) => (i % 2 === 0 ? `10.1/${i}` : null)),
      url: ints((i) => i).map((i) => (i % 5 === 0 ? `https://example.org/${i}` : null)),
      authors: ints((i) => i).map((i) => [i, (i + 1) % n]),
      community: ints((i) => i % communities),
      hasAbstract: Array.from({ length: n }, (): 0 | 1 => 0),
      x: reals((i) => i),
      y: reals((i) => -i),
    },
    coauthorLinks: {
      source: ints((i) => Math.max(0, i - 1)),
      target: ints((i) => Math.min(n - 1, i + 1)),
      weight: reals((i) => i % 3),
      shared: ints((i) => 1 + (i % 3)),
    },
    communities: Array.from({ length: communities }, (_, id) => ({ id, size: n / 2, paperCount: n / 2, label: `community ${id}`, terms: ['term'], topAuthors: [id], x: 0.5, y: 0.5 })),
    abstractsFile: null,
    abstractChunks: null,
  };
}

let warmed = false;

/**
 * Run the bundle check on the made-up bundle `rounds` times, each in an idle period of the main thread (never
 * as a task of its own that could delay the bundle); once per page. Returns at once; `onDone` is called after
 * the last round (never, when the page has no idle period meanwhile).
 */
export function warmBundleCheck(rounds = 3, onDone?: () => void): void {
  if (warmed) return;
  warmed = true;
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback;
  if (typeof idle !== 'function') return;
  const bundle = warmUpBundle();
  let left = rounds;
  const round = () => {
    bundleProblem(bundle);
    if (--left > 0) idle(round);
    else onDone?.();
  };
  idle(round);
}
