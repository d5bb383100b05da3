/**
 * The viewer's visual getters, one set for the canvas and every export: the colour of each author and
 * paper (by community or by year) and its dimmed colour, and the community palette (list swatches, label
 * dots). Built from the core's palette (core/appearance/palette.ts, also GEXF's default) and year scale
 * (core/queries/year-colours.ts); memoised per bundle, theme and colour mode, so a getter costs one lookup.
 * Links too: the co-author view's shades by link strength and the level of detail's stand-in links
 * (`linkColours`).
 */
import type { Bundle } from '../../core/bundle/types';
import { communityColors, mix } from '../../core/appearance/palette';
import { yearColours } from '../data/per-bundle';
import type { ColorBy } from '../store/types';
import { CANVAS_COLORS, type Theme } from '../theme';
import { dimToStep, fadeToward } from './contrast';

/** Colours per author and per paper index (CSS hex); `…Dim` when something else is emphasised. */
export interface NodeColours {
  author: string[];
  authorDim: string[];
  paper: string[];
  paperDim: string[];
}

/**
 * A dimmed node (something else is emphasised) is mixed toward the background until it stands this far from it in
 * lightness (|ΔL*|, graph/contrast.ts `dimToStep`), on both themes: the context stays readable but clearly behind
 * (a full community colour stands 28–70 from the background). Mixed by at least DIM_LEAST and at most DIM_MOST of
 * the way, so a dimmed colour keeps a trace of its hue and never turns into the background.
 */
export const DIM_STEP = 11;
const DIM_LEAST = 0.6;
const DIM_MOST = 0.9;
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

/** Each of `palette`'s colours dimmed on `theme` (`dimmer`). */
function dimmedAll(palette: readonly string[], theme: Theme): string[] {
  return palette.map(dimmer(theme));
}

/**
 * A function dimming a `#rrggbb` colour on `theme`: toward the background to DIM_STEP of lightness from it
 * (`dimToStep`), each distinct colour worked out once per theme (the year scale's colours are a few hundred).
 */
const dimmers = new Map<Theme, (c: string) => string>();
function dimmer(theme: Theme): (c: string) => string {
  const made = dimmers.get(theme);
  if (made) return made;
  const { background } = CANVAS_COLORS[theme];
  const done = new Map<string, string>();
  const dim = (c: string) => {
    let v = done.get(c);
    if (v === undefined) done.set(c, (v = dimToStep(c, background, DIM_STEP, DIM_LEAST, DIM_MOST)));
    return v;
  };
  dimmers.set(theme, dim);
  return dim;
}

/**
 * How far a disc's ring (graph/disc-program.ts) is mixed from the disc's colour: toward black on the light theme (a
 * darker ring), toward white on the dark theme (a lighter ring, which reads on the dark background and between two
 * dark discs, where a darker one sank into both).
 */
const RING_MIX = { light: { toward: '#000000', t: 0.3 }, dark: { toward: '#ffffff', t: 0.35 } } as const;

const ringers = new Map<Theme, (c: string) => string>();

/**
 * A function giving the ring colour of a disc of colour `c` (`#rrggbb`) on `theme` (`RING_MIX`): the disc's own hue,
 * darker on the light theme and lighter on the dark (a dimmed disc has none: controllers/appearance.ts). Each
 * distinct colour worked out once per theme (a palette's dozen, a year scale's few hundred), so the node reducer
 * calls it for every drawn disc. Throws nothing.
 */
export function ringColourer(theme: Theme): (c: string) => string {
  const made = ringers.get(theme);
  if (made) return made;
  const { toward, t } = RING_MIX[theme];
  const done = new Map<string, string>();
  const ring = (c: string) => {
    let v = done.get(c);
    if (v === undefined) done.set(c, (v = mix(c, toward, t)));
    return v;
  };
  ringers.set(theme, ring);
  return ring;
}

/**
 * An author's colour and dimmed colour per community (index = community id) on `theme`, coloured by community,
 * from the communities' sizes alone (the palette's input): what `nodeColours` gives each author of that
 * community, for a first picture drawn from the preview file before the bundle is there (graph/lod.ts
 * `previewFromFile`).
 */
export function communityNodeColours(sizes: readonly number[], theme: Theme): { author: string[]; authorDim: string[] } {
  const palette = communityColors(sizes, theme);
  return { author: palette, authorDim: dimmedAll(palette, theme) };
}

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
  const { paper: paperGrey } = CANVAS_COLORS[theme];
  const m = mixer();
  const dim = dimmer(theme);
  let author: string[];
  let paper: string[];
  if (colorBy === 'year') {
    const { colours: byYear, scale } = yearColours(bundle, theme);
    author = byYear;
    paper = bundle.papers.year.map((y) => m(scale.colour(y), paperGrey, PAPER_MIX.year));
  } else {
    // per community first, then looked up per node: the mixer's string keys per node (two per author and per
    // paper) were ~180 ms of the 30k first frame at load 15 (CPU profile)
    const palette = communityPalette(bundle, theme);
    const paperOf = palette.map((c) => m(c, paperGrey, PAPER_MIX.community));
    const authorDimOf = dimmedAll(palette, theme);
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

/**
 * How far a stand-in link's colour (graph/lod.ts: co-author links drawn while no paper is) is faded toward
 * the background: inside a community its node colour, between two communities (a bridge) the strong edge
 * grey. Opaque (Sigma's WebGL output is premultiplied: a translucent colour draws lighter than the
 * background), so overlaps do not pile up into a hairball.
 */
const LINK_FADE = 0.6;
const BRIDGE_FADE = 0.62;
/** Shades of the co-author view's links, from the faintest (weakest link) to the strongest. */
const SHADES = 17;

/** The link colours of one theme (CSS hex), every one at least the least contrast of a mark (graph/contrast.ts). */
export interface LinkColours {
  /**
   * A co-author link's colour by its link strength: `t` = sqrt(strength / strongest), 0..1; 17 opaque
   * shades from the edge grey toward the strong edge grey.
   */
  byStrength(t: number): string;
  /** A link between two communities (a bridge). */
  bridge: string;
  /** A link inside one community whose nodes are `colour` (memoised per colour). */
  within(colour: string): string;
}

const linkColoursOf = new Map<Theme, LinkColours>();

/** The link colours on `theme` (made once per theme). */
export function linkColours(theme: Theme): LinkColours {
  let out = linkColoursOf.get(theme);
  if (out) return out;
  const { background, edge, edgeStrong } = CANVAS_COLORS[theme];
  const shades = Array.from({ length: SHADES }, (_, k) => mix(edge, edgeStrong, (k / (SHADES - 1)) * 0.8));
  const within = new Map<string, string>();
  out = {
    byStrength: (t) => shades[Math.round(Math.min(1, Math.max(0, t)) * (SHADES - 1))]!,
    bridge: fadeToward(edgeStrong, background, BRIDGE_FADE),
    within(colour) {
      let v = within.get(colour);
      if (v === undefined) within.set(colour, (v = fadeToward(colour, background, LINK_FADE)));
      return v;
    },
  };
  linkColoursOf.set(theme, out);
  return out;
}
