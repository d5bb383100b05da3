/**
 * The viewer's visual getters, one set for the canvas and every export: the colour of each author and
 * paper (by community or by year) and its dimmed colour, and the community palette (list swatches, label
 * dots). Built from the core's palette (core/appearance/palette.ts, also GEXF's default) and year scale
 * (core/queries/year-colours.ts); memoised per bundle, theme and colour mode, so a getter costs one lookup.
 */
import type { Bundle } from '../../core/bundle/types';
import { communityColors, mix } from '../../core/appearance/palette';
import { yearColours } from '../data/per-bundle';
import type { ColorBy } from '../store/types';
import { CANVAS_COLORS, type Theme } from '../theme';

/** Colours per author and per paper index (CSS hex); `…Dim` when something else is emphasised. */
export interface NodeColours {
  author: string[];
  authorDim: string[];
  paper: string[];
  paperDim: string[];
}

/** How far a dimmed node is mixed toward the background. */
const DIM = 0.8;
/** How far a paper's colour is mixed toward the theme's paper grey: by community, by year. */
const PAPER_MIX = { community: 0.55, year: 0.45 } as const;

function memo<T>(compute: (bundle: Bundle, key: string) => T): (bundle: Bundle, key: string) => T {
  const cache = new WeakMap<Bundle, Map<string, T>>();
  return (bundle, key) => {
    let byKey = cache.get(bundle);
    if (!byKey) cache.set(bundle, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = compute(bundle, key)));
    return value;
  };
}

const palettes = memo((bundle, theme) => communityColors(bundle.communities.map((c) => c.size), theme as Theme));

/** Colour of each community (index = community id) on `theme`. */
export const communityPalette = (bundle: Bundle, theme: Theme): string[] => palettes(bundle, theme);

/** Mixing that repeats few distinct inputs (a palette, a year scale), each worked out once. */
function mixer(): (a: string, b: string, t: number) => string {
  const done = new Map<string, string>();
  return (a, b, t) => {
    const k = `${a}${b}${t}`;
    let v = done.get(k);
    if (v === undefined) done.set(k, (v = mix(a, b, t)));
    return v;
  };
}

const colours = memo((bundle, key): NodeColours => {
  const [theme, colorBy] = key.split('/') as [Theme, ColorBy];
  const { background, paper: paperGrey } = CANVAS_COLORS[theme];
  const m = mixer();
  const dim = (c: string) => m(c, background, DIM);
  let author: string[];
  let paper: string[];
  if (colorBy === 'year') {
    const { colours: byYear, scale } = yearColours(bundle);
    author = byYear;
    paper = bundle.papers.year.map((y) => m(scale.colour(y), paperGrey, PAPER_MIX.year));
  } else {
    // per community first, then looked up per node: the mixer's string keys per node (two per author and per
    // paper) were ~180 ms of the 30k first frame at load 15 (CPU profile)
    const palette = communityPalette(bundle, theme);
    const paperOf = palette.map((c) => m(c, paperGrey, PAPER_MIX.community));
    const authorDimOf = palette.map(dim);
    const paperDimOf = paperOf.map(dim);
    const { community: ac } = bundle.authors;
    const { community: pc } = bundle.papers;
    return {
      author: ac.map((c) => palette[c]!),
      authorDim: ac.map((c) => authorDimOf[c]!),
      paper: pc.map((c) => paperOf[c]!),
      paperDim: pc.map((c) => paperDimOf[c]!),
    };
  }
  return { author, authorDim: author.map(dim), paper, paperDim: paper.map(dim) };
});

/** Every node's colour and dimmed colour for `theme` and colour mode. */
export const nodeColours = (bundle: Bundle, theme: Theme, colorBy: ColorBy): NodeColours => colours(bundle, `${theme}/${colorBy}`);

/** The dot beside each community label: its palette colour, or null when nodes are coloured by something else. */
export const labelDotColours = (bundle: Bundle, theme: Theme, colorBy: ColorBy): string[] | null =>
  colorBy === 'community' ? communityPalette(bundle, theme) : null;
