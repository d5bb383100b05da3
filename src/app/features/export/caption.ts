/**
 * The caption band under an exported picture (PNG and both SVGs): the dataset's name, what colour means (the
 * communities drawn, with their names and colours, or the year scale when coloured by year), the years it covers
 * (all, or the view's year range), what size and the other marks mean, the counts ("N authors, M papers"), how much of the map the picture holds, and the date. One
 * layout (`layoutCaption`, positions in CSS pixels from the band's top-left corner) drawn two ways: on a 2D canvas
 * (`paintCaption`, the PNG) and as SVG elements (`captionSvg`), in the theme's canvas colours. Names and titles are
 * data: the canvas draws them with fillText, the SVG escapes them (`xmlText`).
 */
import { CATEGORICAL, mix, SMALL_COMMUNITY_SIZE } from '../../../core/appearance/palette';
import type { Bundle } from '../../../core/bundle/types';
import { xmlText } from '../../../core/util/xml-text';
import { paperYearRange } from '../../../core/bundle/years';
import { yearSpan } from '../../../core/queries/time-slice';
import { yearColours } from '../../data/per-bundle';
import { communityName, count, countOf } from '../../format';
import { communityPalette } from '../../graph/colours';
import { clipCommunityLabel } from '../../graph/label-placement';
import type { ColorBy, SizeBy } from '../../store/types';
import { SIZE_WORDS } from '../../size-words';
import type { CanvasColors, Theme } from '../../theme';

/** One colour entry of the legend: a disc of `colour` and its name. */
export interface LegendEntry {
  name: string;
  colour: string;
}

/** What colour means in the picture. */
export type ColourLegend =
  | {
      kind: 'community';
      /** The communities drawn, largest first, at most `CAPTION_COMMUNITIES`. */
      entries: LegendEntry[];
      /** Communities drawn but not listed (past the 12 categorical colours, golden-angle hues that repeat on a big map). */
      more: number;
      /** The grey of the tiny groups (1–2 authors) when some are drawn, else null. */
      small: string | null;
    }
  | { kind: 'year'; stops: { year: number; colour: string }[] };

/** What the caption says, as plain text and colours (no markup). */
export interface CaptionFacts {
  /** The dataset's name. */
  title: string;
  /** "2026-12-02 · Coauthor Atlas". */
  stamp: string;
  /** "36,784 authors, 29,547 papers" (with the whole dataset's when the filters hide some). */
  counts: string;
  /** How much of the map the picture holds ("This view as drawn: 1,514 of 36,784 authors …"). */
  extent: string;
  colour: ColourLegend;
  /** What disc size and the other marks mean ("Disc size: papers per author", "squares: papers", …). */
  marks: string[];
}

/** Communities named in the legend at most (the palette's 12 categorical colours). */
export const CAPTION_COMMUNITIES = 12;

/** An export's date as YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/**
 * The community part of the legend: the communities `present` (ids; communities are numbered by size, largest
 * first) in their palette colours (`palette[id]`), named by `names[id]` (clipped as the map clips community
 * labels), the largest `CAPTION_COMMUNITIES` listed, tiny groups (`sizes[id]` ≤ `smallSize` past the palette's
 * categorical colours: one grey) as one entry,
 * the rest counted. Throws nothing.
 */
export function communityLegend(present: Iterable<number>, names: readonly string[], sizes: readonly number[], palette: readonly string[], smallSize: number): ColourLegend {
  const ids = [...new Set(present)].sort((a, b) => a - b);
  const entries: LegendEntry[] = [];
  let more = 0;
  let small: string | null = null;
  for (const id of ids) {
    // the palette's grey: past its categorical colours, the tiny groups (core/appearance/palette.ts communityColors)
    if (id >= CATEGORICAL.length && (sizes[id] ?? 0) <= smallSize) {
      small = palette[id] ?? null;
      continue;
    }
    if (entries.length < CAPTION_COMMUNITIES) entries.push({ name: clipCommunityLabel(names[id] ?? `Community ${id + 1}`), colour: palette[id] ?? '#999999' });
    else more++;
  }
  return { kind: 'community', entries, more, small };
}

/**
 * "1,234 authors, 567 papers" for counts shown (`authors`, `papers`) of the dataset's (`allAuthors`, `allPapers`);
 * "84 of 7,513 authors, 157 of 3,022 papers shown (filters)" when some are hidden, `why` naming what hides them
 * ("filters", or "the network of Ting Liu, 1 step"). Papers not shown (the co-author view) are left out of a
 * filtered count: "129 of 36,784 authors shown (…)" (the dataset's whole paper count read as shown).
 */
export function countsText(authors: number, papers: number, allAuthors: number, allPapers: number, papersShown: boolean, why = 'filters'): string {
  const filtered = authors < allAuthors || (papersShown && papers < allPapers);
  const a = filtered ? `${count(authors)} of ${countOf(allAuthors, 'author')}` : countOf(authors, 'author');
  if (filtered && !papersShown) return `${a} shown (${why})`;
  const p = !papersShown ? countOf(allPapers, 'paper') : filtered ? `${count(papers)} of ${countOf(allPapers, 'paper')}` : countOf(papers, 'paper');
  return `${a}, ${p}${filtered ? ` shown (${why})` : ''}`;
}

/** What the caption of one exported picture is made from. */
export interface CaptionInput {
  bundle: Bundle;
  theme: Theme;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Authors and papers the filters leave shown (the store's `Visibility` counts) and whether papers are shown at all. */
  shown: { authors: number; papers: number; papersShown: boolean };
  /** The communities of the authors in the picture (ids). */
  communities: Iterable<number>;
  /**
   * What the picture's lines are: authorship (author–paper), co-author links shaded by strength (the co-author
   * view), the strongest co-author links standing in while no paper is drawn (a big map's papers view zoomed out:
   * graph/lod.ts, in their community's colour), or none drawn.
   */
  lines: 'authorship' | 'coauthor' | 'stand-in' | 'none';
  /** Paper squares are in the picture; the focal author is. */
  papersDrawn: boolean;
  focalDrawn: boolean;
  /** How much of the map the picture holds (`viewExtent`, `wholeExtent`). */
  extent: string;
  /** What hides the authors not shown, for the counts: "filters" (default) or the ego view's words. */
  hiddenBy?: string;
  /** The view's year range ([first, last], inclusive: its papers and their co-author links only), or null/absent for all years. */
  years?: readonly [number, number] | null;
  /** The view's venues in words ("3 venues", a series, "“Annual Meeting of the…” (10 volumes)", a venue's name: core `subsetSpan`), or null/absent for every venue. */
  venues?: string | null;
  /**
   * The other filters that hide authors or links, in words (core/export/shown-set.ts `shownFilterWords`: "at least
   * 3 papers; without community 2"), the ego view left out (said by `hiddenBy`); null/absent: none.
   */
  filters?: string | null;
  date: Date;
}

/**
 * The caption's facts for `input`: the dataset's name, the date, the counts, the colour legend (the communities in
 * the picture, `communityLegend`, or the year scale of the canvas on that theme), the years covered and the marks' meanings. Pure;
 * throws nothing.
 */
export function captionFacts(input: CaptionInput): CaptionFacts {
  const { bundle, theme } = input;
  const colour: ColourLegend =
    input.colorBy === 'year'
      ? { kind: 'year', stops: yearColours(bundle, theme).scale.stops }
      : communityLegend(
          input.communities,
          bundle.communities.map((c, id) => communityName(c, id)),
          bundle.communities.map((c) => c.size),
          communityPalette(bundle, theme),
          SMALL_COMMUNITY_SIZE,
        );
  // the years the picture covers: a range's papers and links only, or every year of the map (none said for a map
  // whose papers have no year)
  const span = input.years ? null : paperYearRange(bundle);
  // under a range every size measure is the range's (graph/node-sizes.ts): said with it
  // (and a venue choice's, as the legend says it: "at those venues")
  const marks = [`Disc size: ${SIZE_WORDS[input.sizeBy].caption}${input.venues ? ' at those venues' : ''}${input.years ? ` in ${yearSpan(input.years)}` : ''}`];
  if (input.years) marks.unshift(`Years: ${yearSpan(input.years)} (papers and co-author links of those years only)`);
  else if (span) marks.unshift(`Years: all (${yearSpan(span)})`);
  if (input.venues) marks.splice(1, 0, `Venues: ${input.venues} (papers and co-author links there only)`);
  // the filters that hide more authors or links (a caption without them read as a whole venue's network)
  if (input.filters) marks.splice(marks.length - 1, 0, `Shown: ${input.filters}`);
  if (input.papersDrawn) marks.push('squares: papers');
  if (input.lines === 'authorship') marks.push('lines: authorship');
  if (input.lines === 'coauthor') marks.push('lines: co-authorship (darker: more papers together)');
  if (input.lines === 'stand-in') marks.push('lines: the strongest co-authorships (papers are not drawn at this zoom)');
  if (input.focalDrawn) marks.push('ring: the focal author');
  const { shown } = input;
  return {
    title: bundle.name,
    stamp: `${isoDay(input.date)} · Coauthor Atlas`,
    counts: countsText(shown.authors, shown.papers, bundle.authors.name.length, bundle.papers.title.length, shown.papersShown, input.hiddenBy),
    extent: input.extent,
    colour,
    marks,
  };
}

/**
 * How much of the map the view as drawn holds: `drawn` authors of the `shown` ones the filters leave, with why
 * the others are missing when the whole graph's count in frame (`inFrame`) is known: left out by the level of
 * detail at this zoom, or outside the framing. "This view as drawn: all 109 authors" when nothing is missing.
 */
export function viewExtent(drawn: number, inFrame: number | null, shown: number): string {
  if (drawn >= shown) return `This view as drawn: all ${countOf(shown, 'author')}`;
  const why: string[] = [];
  if (inFrame !== null && inFrame > drawn) why.push(`${count(inFrame - drawn)} smaller ones left out at this zoom`);
  if (inFrame !== null && inFrame < shown) why.push(`${count(shown - inFrame)} outside this framing`);
  return `This view as drawn: ${count(drawn)} of ${countOf(shown, 'author')}${why.length ? ` (${why.join('; ')})` : ''}`;
}

/**
 * How much of the map the whole-map picture holds: its `authors` (of `shown`), `papers` and `links`. `ego`: the
 * picture is an ego view (one author's network), not the whole map.
 */
export function wholeExtent(authors: number, papers: number, links: number, shown: number, ego = false): string {
  const head =
    authors >= shown ? (ego ? `The whole network shown: all ${countOf(shown, 'author')}` : `Whole map: all ${countOf(shown, 'author')}`) : `Every author at this framing: ${count(authors)} of ${countOf(shown, 'author')}`;
  return `${head}${papers > 0 ? `, ${countOf(papers, 'paper')}` : ''} and ${countOf(links, 'link')}`;
}

/** A text run of the layout: `x` is its start (align 'left') or end ('right'), `y` its alphabetic baseline. */
export interface CaptionText {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  size: number;
  weight: number;
  tone: 'label' | 'muted';
  align: 'left' | 'right';
}

/** A legend disc (centre, radius). */
export interface CaptionSwatch {
  kind: 'swatch';
  x: number;
  y: number;
  r: number;
  colour: string;
}

/** The year scale's ramp: a box filled with a left-to-right gradient through `stops` (offsets 0..1). */
export interface CaptionRamp {
  kind: 'ramp';
  x: number;
  y: number;
  w: number;
  h: number;
  stops: { offset: number; colour: string }[];
}

export type CaptionItem = CaptionText | CaptionSwatch | CaptionRamp;

/** The caption laid out for a picture `width` pixels wide: its height and what to draw. */
export interface CaptionLayout {
  width: number;
  height: number;
  items: CaptionItem[];
}

const PAD_X = 14;
const PAD_TOP = 10;
const PAD_BOTTOM = 12;
const LINE = 18;
const TEXT = 12;
const TITLE = 15;
const SWATCH_R = 5;
const ENTRY_GAP = 14;
const RAMP_W = 180;

const TITLE_LINE = 20;
/** Rows a caption's title may take; a longer one ends in "…". */
const TITLE_ROWS = 3;

/**
 * `title` broken into rows at spaces, row `i` at most `widthOf(i)` pixels wide as `measure` (text → pixels) gives
 * it, at most TITLE_ROWS rows: the last ends in "…" when the title goes on, and so does a word wider than its row
 * (cut to fit); a first word too wide for the first row but not for the next makes the first row '' (empty).
 * Throws nothing.
 */
export function titleRows(title: string, widthOf: (row: number) => number, measure: (text: string) => number): string[] {
  const rows: string[] = [];
  const cut = (text: string, width: number) => {
    let t = text;
    while (t.length > 1 && measure(`${t}…`) > width) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  };
  const words = title.split(' ').filter((word) => word !== '');
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const width = widthOf(rows.length);
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next) <= width) {
      line = next;
      continue;
    }
    if (!line && rows.length === 0 && measure(next) <= widthOf(1)) {
      // a first word too wide beside the date but not for a row of its own ("acl_2016_2021_all" on a phone):
      // the date alone on the first row, the title from the second
      rows.push('');
      i--;
      continue;
    }
    if (!line) {
      // one word wider than the row: cut
      rows.push(cut(next.slice(0, 400), width));
      if (rows.length >= TITLE_ROWS) return rows;
      continue;
    }
    if (rows.length + 1 >= TITLE_ROWS) {
      // (a paragraph-long name is cut from its first few hundred characters: the row holds fewer)
      rows.push(cut(`${line} ${words.slice(i).join(' ')}`.slice(0, 400), width));
      return rows;
    }
    rows.push(line);
    line = '';
    i--;
  }
  if (line) rows.push(line);
  return rows.length ? rows : [''];
}

/** The CSS font of a caption text run in `family`. */
export const captionFont = (family: string, size: number, weight: number): string => `${weight} ${size}px ${family}`;

/**
 * Lay `facts` out over `width` pixels with `family` (a CSS font family) and `measure(text, font)` (text width in
 * pixels: the canvas's measureText in the browser): the title (wrapped onto up to three rows, the first leaving room
 * for the date; cut with "…" only past them) and the date on the first row; the counts and extent; the colour legend (entries flowing in rows, or the year ramp
 * with its years under it); the marks. Each run wraps at word breaks within the width. Throws nothing.
 */
export function layoutCaption(facts: CaptionFacts, width: number, family: string, measure: (text: string, font: string) => number): CaptionLayout {
  const items: CaptionItem[] = [];
  const right = width - PAD_X;
  const avail = Math.max(40, right - PAD_X);
  const w = (text: string, size: number, weight: number) => measure(text, captionFont(family, size, weight));
  let y = PAD_TOP + TITLE;

  // the title, wrapped at spaces onto up to TITLE_ROWS rows (a phone's picture cut "Wang, Jialiang — papers and
  // co-authors" to "Wang, Jialiang — p…"), the last cut with "…" only past them; the date at the right of the first
  const stampW = w(facts.stamp, TEXT, 400);
  const room = avail - stampW - 16;
  const rows = titleRows(facts.title, (row) => (row === 0 ? room : avail), (text) => w(text, TITLE, 700));
  const firstRow = y;
  rows.forEach((text, i) => {
    if (i > 0) y += TITLE_LINE;
    if (text) items.push({ kind: 'text', x: PAD_X, y, text, size: TITLE, weight: 700, tone: 'label', align: 'left' });
  });
  items.push({ kind: 'text', x: right, y: firstRow, text: facts.stamp, size: TEXT, weight: 400, tone: 'muted', align: 'right' });

  /** `text` from `x0` on the current row, wrapped at spaces onto new rows from PAD_X; returns where it ends. */
  const flow = (text: string, x0: number, weight: number, tone: CaptionText['tone']): number => {
    let x = x0;
    let line = '';
    const words = text.split(' ');
    for (let i = 0; i < words.length; i++) {
      const next = line ? `${line} ${words[i]}` : words[i]!;
      if (line && x + w(next, TEXT, weight) > right) {
        items.push({ kind: 'text', x, y, text: line, size: TEXT, weight, tone, align: 'left' });
        y += LINE;
        x = PAD_X;
        line = words[i]!;
      } else line = next;
    }
    if (line) items.push({ kind: 'text', x, y, text: line, size: TEXT, weight, tone, align: 'left' });
    return x + (line ? w(line, TEXT, weight) : 0);
  };

  // counts and how much of the map the picture holds
  y += LINE + 2;
  const after = flow(facts.counts, PAD_X, 600, 'label');
  flow(`· ${facts.extent}`, after + 6, 400, 'label');

  // colour
  y += LINE + 2;
  const legend = facts.colour;
  if (legend.kind === 'community') {
    let x = flow('Colour: community', PAD_X, 600, 'label') + ENTRY_GAP;
    const entry = (name: string, colour: string | null, tone: CaptionText['tone']) => {
      const tw = w(name, TEXT, 400);
      const need = (colour ? SWATCH_R * 2 + 5 : 0) + tw;
      if (x + need > right && x > PAD_X) {
        y += LINE;
        x = PAD_X;
      }
      if (colour) {
        items.push({ kind: 'swatch', x: x + SWATCH_R, y: y - 4, r: SWATCH_R, colour });
        x += SWATCH_R * 2 + 5;
      }
      items.push({ kind: 'text', x, y, text: name, size: TEXT, weight: 400, tone, align: 'left' });
      x += tw + ENTRY_GAP;
    };
    for (const e of legend.entries) entry(e.name, e.colour, 'label');
    if (legend.small) entry('groups of 1–2 authors', legend.small, 'muted');
    if (legend.more > 0) entry(`+ ${countOf(legend.more, 'more community')} (colours may repeat)`, null, 'muted');
  } else {
    const x = flow('Colour: mean year of papers', PAD_X, 600, 'label') + ENTRY_GAP;
    const stops = legend.stops;
    if (stops.length > 0) {
      const first = stops[0]!.year;
      const span = stops[stops.length - 1]!.year - first || 1;
      const rampX = x + w(String(first), TEXT, 400) / 2;
      items.push({ kind: 'ramp', x: rampX, y: y - 10, w: RAMP_W, h: 10, stops: stops.map((s) => ({ offset: stops.length === 1 ? 0 : (s.year - first) / span, colour: s.colour })) });
      // the years under the ramp, each centred on its place
      for (const s of stops) {
        const cx = rampX + (stops.length === 1 ? 0 : ((s.year - first) / span) * RAMP_W);
        const label = String(s.year);
        items.push({ kind: 'text', x: cx - w(label, TEXT, 400) / 2, y: y + LINE - 2, text: label, size: TEXT, weight: 400, tone: 'muted', align: 'left' });
      }
      y += LINE - 2;
    }
  }

  // size and the other marks
  y += LINE + 2;
  flow(facts.marks.join(' · '), PAD_X, 400, 'muted');
  return { width, height: Math.ceil(y + PAD_BOTTOM), items };
}

/** The caption's two text colours on `colors` (a theme's canvas colours): the label colour and a quieter one. */
export function captionTones(colors: CanvasColors): Record<CaptionText['tone'], string> {
  return { label: colors.label, muted: mix(colors.label, colors.background, 0.32) };
}

/**
 * Draw `layout` on `ctx` (scaled to CSS pixels) with its top-left corner at (0, `top`): the band's background, a
 * rule above it, then its texts, discs and ramp, in `colors` (the theme's canvas colours) and `family`.
 */
export function paintCaption(ctx: CanvasRenderingContext2D, layout: CaptionLayout, top: number, colors: CanvasColors, family: string): void {
  const tones = captionTones(colors);
  ctx.save();
  ctx.translate(0, top);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = colors.edge;
  ctx.fillRect(0, 0, layout.width, 1);
  for (const item of layout.items) {
    if (item.kind === 'text') {
      ctx.font = captionFont(family, item.size, item.weight);
      ctx.textAlign = item.align;
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = tones[item.tone];
      ctx.fillText(item.text, item.x, item.y);
    } else if (item.kind === 'swatch') {
      ctx.beginPath();
      ctx.arc(item.x, item.y, item.r, 0, Math.PI * 2);
      ctx.fillStyle = item.colour;
      ctx.fill();
    } else {
      const g = ctx.createLinearGradient(item.x, 0, item.x + item.w, 0);
      for (const s of item.stops) g.addColorStop(s.offset, s.colour);
      ctx.fillStyle = g;
      ctx.fillRect(item.x, item.y, item.w, item.h);
    }
  }
  ctx.restore();
}

const n1 = (x: number): string => (Math.round(x * 10) / 10).toString();

/**
 * `layout` as SVG elements (a string): one `<g class="caption">` moved down by `top`, its background, the rule,
 * texts (escaped), discs and the ramp (a linearGradient with id `caption-ramp`), in `colors` and `family`.
 */
export function captionSvg(layout: CaptionLayout, top: number, colors: CanvasColors, family: string): string {
  const tones = captionTones(colors);
  const out: string[] = [`<g class="caption" transform="translate(0 ${n1(top)})" font-family="${xmlText(family)}">`];
  out.push(`<rect width="${n1(layout.width)}" height="${n1(layout.height)}" fill="${colors.background}"/>`, `<rect width="${n1(layout.width)}" height="1" fill="${colors.edge}"/>`);
  for (const item of layout.items) {
    if (item.kind === 'text') {
      const anchor = item.align === 'right' ? ' text-anchor="end"' : '';
      out.push(`<text x="${n1(item.x)}" y="${n1(item.y)}" font-size="${item.size}" font-weight="${item.weight}" fill="${tones[item.tone]}"${anchor}>${xmlText(item.text)}</text>`);
    } else if (item.kind === 'swatch') {
      out.push(`<circle cx="${n1(item.x)}" cy="${n1(item.y)}" r="${item.r}" fill="${item.colour}"/>`);
    } else {
      const stops = item.stops.map((s) => `<stop offset="${n1(s.offset * 100)}%" stop-color="${s.colour}"/>`).join('');
      out.push(`<defs><linearGradient id="caption-ramp" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>`);
      out.push(`<rect x="${n1(item.x)}" y="${n1(item.y)}" width="${n1(item.w)}" height="${n1(item.h)}" fill="url(#caption-ramp)"/>`);
    }
  }
  out.push('</g>');
  return out.join('\n');
}
