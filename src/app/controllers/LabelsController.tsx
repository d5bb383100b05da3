/**
 * The canvas labels: author and paper names and community labels, placed together by
 * graph/label-placement.ts (priority order, collision-free, inside the screen) and drawn on Sigma's label
 * layer after each render (Sigma's own label drawing is off: `renderLabels: false`; while the camera moves, the
 * last placement follows it, placed again once it stops: `followPlacement`), and again when a hover
 * changes on a big graph (its neighbourhood, drawn by HoverOverlayController under this layer, is named
 * first and the other labels are faint). The labels drawn are
 * published as `window.__atlas.labels` (boxes in viewport pixels) and kept for the SVG export; the
 * communities labelled are also `data-community-labels` on the canvas container. Renders nothing.
 */
import type { Emphasis } from '../graph/emphasis';
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { atlasDebug } from '../debug';
import { communityNodeColours, labelDotColours } from '../graph/colours';
import type { PreviewFile } from '../../core/bundle/preview';
import {
  anchorPlacement,
  clipNodeLabel,
  communityExtents,
  communityLabelFont,
  drawPlacedLabels,
  followPlacement,
  labelsDrawn,
  mostProlific,
  nodeLabelFont,
  placeLabels,
  textMeasurer,
  type AnchoredPlacement,
  type Box,
  type LabelInput,
  type LabelNode,
  type PlacedLabel,
  type Placement,
} from '../graph/label-placement';
import { hoverNeighbourhood } from '../graph/hover-neighbourhood';
import { lodOf } from '../graph/lod';
import { ownLabelsLayer, renderDue } from '../graph/sigma-layers';
import { authorKey, nodeKey } from '../graph/node-keys';
import { placedExtents } from '../graph/node-moves';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import type { Bundle } from '../../core/bundle/types';
import type { Visibility } from '../graph/visibility';
import { isDimming, type Appearance, type AppearanceState } from './appearance';
import { bundleOfGraph } from './graph-owner';
import { selectedNode } from '../store/types';
import { CANVAS_COLORS } from '../theme';
import { edgeMarkBoxes } from '../canvas-covers';

let lastPlaced: PlacedLabel[] = [];
/**
 * The last labels placed on the canvas with nothing hovered, with the camera and drawn graph they were placed for:
 * a hover's placement marks the names it moved or added (`PlacedLabel.byHover`) against them.
 */
let restPlaced: { labels: PlacedLabel[]; camera: string; graph: unknown } | null = null;
const cameraKey = (sigma: Sigma) => {
  const c = sigma.getCamera().getState();
  const { width, height } = sigma.getDimensions();
  return `${c.x},${c.y},${c.ratio},${c.angle},${width},${height}`;
};

/**
 * Whether node `key`'s name was drawn with nothing hovered at `sigma`'s present camera and drawn graph (a name the
 * user read before the hover now on screen); null when no such drawing is known (the camera moved since, another
 * graph). O(names drawn).
 */
export function namedAtRest(sigma: Sigma, key: string): boolean | null {
  if (!restPlaced || restPlaced.graph !== sigma.getGraph() || restPlaced.camera !== cameraKey(sigma)) return null;
  return restPlaced.labels.some((l) => l.kind === 'node' && l.key === key);
}

/** The labels drawn on the canvas at its last render (the SVG export writes the same). */
export const labelsOnScreen = (): readonly PlacedLabel[] => lastPlaced;

/** The last few drawings of the labels, oldest first, each with when it was drawn (`performance.now()` ms). */
const placedHistory: { at: number; labels: PlacedLabel[] }[] = [];
/** How long a drawing of the labels is kept for `labelsSeenAt` (ms). */
const LABEL_HISTORY_MS = 3000;

/**
 * The labels drawn last before `time` (ms, `performance.now()` clock), or the oldest kept (up to LABEL_HISTORY_MS
 * back); the current ones when none is older. A finger's tap is resolved against the picture it was aimed at, names
 * included (EventsController). Throws nothing.
 */
export function labelsSeenAt(time: number): readonly PlacedLabel[] {
  let seen: readonly PlacedLabel[] | null = null;
  for (const h of placedHistory) {
    if (h.at >= time) break;
    seen = h.labels;
  }
  return seen ?? placedHistory[0]?.labels ?? lastPlaced;
}

let measureCtx: CanvasRenderingContext2D | null = null;
let measure: ((text: string, font: string) => number) | null = null;

/** What the placement needs from the store and Sigma's settings; extents are memoised per dataset and filter. */
const extentsCache = new WeakMap<object, Float64Array>();

/**
 * What the page lays over the canvas: the details panel (card or bottom sheet), the Rankings panel (a cluster's name
 * placed under it showed its last letters, "on", in the strip between the panel and the canvas's right edge: 30k
 * co-author view, 1280x800), the legends, the zoom buttons, and
 * on narrow screens the open filters drawer (the scrim beside it shows the map dimmed: a name cut by the drawer's
 * edge left a stray fragment on the scrim, "e gen" of "media foundation models · movie gen" on the seed's phone view).
 */
const COVERS = '.details-panel, .rankings, .legend, .year-legend, .react-sigma-controls, .ego-banner, .import-notice, .filter-chip, .chain-chip, .drawer-open .sidebar';

/**
 * The boxes the last on-screen placement kept clear, as text: a card closed (or a legend or notice gone or
 * moved) after that placement leaves a hole in the labels until they are placed again (`LabelsController`
 * compares this with the boxes now, after any change to the page).
 */
let placedAround = '';
const boxesKey = (boxes: Box[]): string => boxes.map((b) => `${b.x0},${b.y0},${b.x1},${b.y1}`).join(';');

/** The boxes of `COVERS` in the canvas's viewport pixels. */
function coveredParts(sigma: Sigma): Box[] {
  const container = sigma.getContainer();
  const origin = container.getBoundingClientRect();
  const out: Box[] = [];
  for (const el of document.querySelectorAll(COVERS)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // a drawer still sliding in is kept clear where it comes to rest (its slide's offset taken off): the names
    // are placed once, at the slide's start, not cut by its edge while it slides and placed again at its end
    const transform = el.classList.contains('sidebar') ? getComputedStyle(el).transform : 'none';
    const dx = transform && transform !== 'none' ? new DOMMatrixReadOnly(transform).m41 : 0;
    out.push({ x0: r.left - dx - origin.left, y0: r.top - origin.top, x1: r.right - dx - origin.left, y1: r.bottom - origin.top });
  }
  // the edge markers where this render puts them, from memory: they move with every frame of a pan, and read from
  // the page (with `COVERS`) they were a frame behind, each move's commit asking for a placement of its own
  for (const m of edgeMarkBoxes()) out.push({ x0: m.left, y0: m.top, x1: m.right, y1: m.bottom });
  return out;
}

/**
 * A big graph's hover (drawn by HoverOverlayController on its own layer, under this one): its nodes join the
 * placement on top of the rest, the hovered node and (when few) its neighbours named first; the rest faint.
 */
/** An emphasis's nodes and its second ring (`Emphasis.coauthors`), once per emphasis (labels are placed per frame). */
const plainCache = new WeakMap<Emphasis, ReadonlySet<string>>();
function plainlyDrawn(e: Emphasis): ReadonlySet<string> {
  let set = plainCache.get(e);
  if (!set) plainCache.set(e, (set = new Set([...e.nodes, ...(e.coauthors ?? [])])));
  return set;
}

/** A selected author's co-authors' placing order (`LabelInput.priority`), once per emphasis. */
const priorityCache = new WeakMap<Emphasis, ReadonlyMap<string, number>>();
function coauthorPriority(e: Emphasis): ReadonlyMap<string, number> | null {
  if (!e.coauthors?.size) return null;
  let map = priorityCache.get(e);
  if (!map) priorityCache.set(e, (map = new Map([...e.coauthors].map((k, i) => [k, i]))));
  return map;
}

/** The last `cardPeople` answer and what it was worked out from. */
let peopleFor: { selection: unknown; request: unknown; named: unknown; bundle: unknown; people: ReadonlySet<string> } | null = null;

/**
 * The people the open card names as its own (`LabelInput.own`): a selected paper's authors, a selected author, a pair's
 * two authors, the authors of a feature's emphasis (a traced chain), the ego view's named co-authors (node keys).
 * Memoised on its inputs (the labels are placed per frame).
 */
function cardPeople(bundle: Bundle | null, appearance: AppearanceState | null): ReadonlySet<string> {
  const { selection, emphasis: request } = useAtlas.getState();
  const named = appearance?.emphasis.named ?? null;
  if (peopleFor && peopleFor.selection === selection && peopleFor.request === request && peopleFor.named === named && peopleFor.bundle === bundle) return peopleFor.people;
  const people = new Set<string>(named ?? []);
  if (selection?.kind === 'author') people.add(authorKey(selection.index));
  if (selection?.kind === 'pair') people.add(authorKey(selection.a)).add(authorKey(selection.b));
  if (selection?.kind === 'paper' && bundle) for (const a of bundle.papers.authors[selection.index] ?? []) people.add(authorKey(a));
  for (const ref of request?.nodes ?? []) if (ref.kind === 'author') people.add(authorKey(ref.index));
  peopleFor = { selection, request, named, bundle, people };
  return people;
}

function hoverPart(sigma: Sigma, graph: AtlasGraph | null): Pick<LabelInput, 'extra' | 'emphasised'> & { hovered: string | null } {
  const { dataset, hovered } = useAtlas.getState();
  if (!graph || !lodOf(graph) || !hovered) return { hovered: null };
  const hood = hoverNeighbourhood(sigma as unknown as Sigma<NodeAttrs, EdgeAttrs>, graph, dataset?.bundle ?? null, hovered);
  if (!hood) return { hovered: null };
  const extra: LabelNode[] = hood.nodes.map((n) => ({
    key: n.key,
    x: n.x,
    y: n.y,
    r: n.r,
    label: n.attrs.kind === 'paper' ? n.attrs.title : n.attrs.label,
    force: n.focus || hood.labelAll || n.attrs.focal,
    focal: n.attrs.focal,
    square: n.attrs.kind === 'paper',
  }));
  return { hovered: hood.emphasis.focus, extra, emphasised: new Set(hood.nodes.map((n) => n.key)) };
}

/**
 * The community labels' extents for `bundle` under `visibility` (memoised per visibility, else per bundle). A
 * dataset opening over a map calls it a task before its first picture is drawn, so that drawing's task does
 * not also work them out.
 */
export function labelExtents(bundle: Bundle, visibility: Visibility | null): Float64Array {
  const owner = (visibility ?? bundle) as object;
  let extents = extentsCache.get(owner);
  if (!extents) extentsCache.set(owner, (extents = communityExtents(bundle, visibility?.author ?? null)));
  return extents;
}

/** A preview file's communities and extents as the placement reads them (memoised per file). */
const previewParts = new WeakMap<PreviewFile, { communities: { size: number; label: string }[]; extents: Float64Array }>();
function previewLabelParts(file: PreviewFile | null): { communities: { size: number; label: string }[]; extents: Float64Array } | null {
  const picture = file?.picture;
  if (!file || !picture) return null;
  let parts = previewParts.get(file);
  if (!parts) {
    const { size, label } = picture.communities;
    parts = { communities: size.map((n, i) => ({ size: n, label: label[i]! })), extents: Float64Array.from(picture.extents, (e, i) => e ?? (i % 4 < 2 ? Infinity : -Infinity)) };
    previewParts.set(file, parts);
  }
  return parts;
}

function labelInput(sigma: Sigma, onScreen: boolean, graph: AtlasGraph | null = null, appearance: AppearanceState | null = null): LabelInput {
  const { dataset, visibility, selection, preview, filters } = useAtlas.getState();
  const bundle = dataset?.bundle ?? null;
  // before the bundle is in, the preview file's communities (the same as the bundle's: core/bundle/preview.ts)
  const early = bundle ? null : previewLabelParts(preview);
  // (the ego view's own layout places its communities elsewhere than the map: graph/node-moves.ts)
  const extents = bundle ? (placedExtents(graph, visibility) ?? labelExtents(bundle, visibility)) : (early?.extents ?? null);
  const sel = selectedNode(selection);
  // on big graphs the hovered neighbourhood is placed with the rest (`hoverPart`); on small graphs the hovered node's
  // card writes no name (it is highlighted: controllers/labels.ts) and its name is placed first too, before the
  // names its hover forces: placed after its authors, the title of the seed's paper "Learnings from Scaling Visual
  // Tokenizers…" found no room and went unnamed, and "David Yan" was written over its square
  const { hovered: bigHovered, ...hover } = onScreen ? hoverPart(sigma, graph) : { hovered: null };
  const hoveredRef = onScreen ? useAtlas.getState().hovered : null;
  const hovered = bigHovered ?? (hoveredRef && graph && !lodOf(graph) && sigma.getGraph().hasNode(nodeKey(hoveredRef)) ? nodeKey(hoveredRef) : null);
  // what the map emphasises (AppearanceController: a selection, a chain) while it dims the rest: on a big graph
  // the other names stay, faint (a hover's neighbourhood, above, comes first); the clusters' names dim with it
  const dimming = appearance !== null && isDimming(appearance);
  // (a selected author's co-authors, the second ring, are drawn plainly: their names too)
  if (!hover.emphasised && dimming && graph && lodOf(graph)) {
    const e = appearance.emphasis;
    hover.emphasised = e.coauthors?.size ? plainlyDrawn(e) : e.nodes;
  }
  const obstacles = onScreen ? coveredParts(sigma) : [];
  if (onScreen) placedAround = boxesKey(obstacles);
  return {
    // no cluster names in the ego view: its rings are one author's network, not the map's regions, and a cluster's
    // name placed over its members there pointed at empty space or across the rings (a tester); the legend and the
    // cards still name each author's cluster
    communities: filters.ego ? null : bundle ? bundle.communities : (early?.communities ?? null),
    extents,
    ...hover,
    first: [sel ? nodeKey(sel) : null, hovered],
    dimCommunities: dimming,
    priority: dimming && appearance ? coauthorPriority(appearance.emphasis) : null,
    own: cardPeople(bundle, appearance),
    font: sigma.getSetting('labelFont'),
    labelSize: sigma.getSetting('labelSize'),
    labelWeight: sigma.getSetting('labelWeight'),
    minRadius: sigma.getSetting('labelRenderedSizeThreshold'),
    obstacles,
    // the names on screen now: a hovered or selected name already drawn keeps its spot (a click where it was lands)
    previous: onScreen ? lastPlaced : undefined,
    rest: hover.extra && restPlaced && restPlaced.graph === sigma.getGraph() && restPlaced.camera === cameraKey(sigma) ? restPlaced.labels : null,
  };
}

/**
 * Place the labels of what `sigma` draws: for the canvas's label layer (`onScreen`: no label under the panel,
 * legends or zoom buttons, a big graph's hover named first), or the PNG export's temporary renderer (the whole
 * picture). Null when no text can be measured (no 2D canvas).
 */
function placeAtlasLabels(sigma: Sigma, onScreen: boolean, graph: AtlasGraph | null, appearance: AppearanceState | null = null): Placement | null {
  const m = measurer();
  return m && placeLabels(sigma, labelInput(sigma, onScreen, graph, appearance), m);
}

/** The memoised text measurer of the labels (null when no text can be measured: no 2D canvas). */
function measurer(): ((text: string, font: string) => number) | null {
  if (!measure) {
    measureCtx = document.createElement('canvas').getContext('2d');
    if (!measureCtx) return null;
    measure = textMeasurer(measureCtx);
  }
  return measure;
}

/** Author names whose label widths are measured ahead, most papers first. */
const WARM_NAMES = 12_000;

/** The longest slice of that measuring in one idle callback (ms). */
const WARM_SLICE_MS = 12;

/**
 * The label widths of `bundle`'s most prolific authors (up to WARM_NAMES) measured while the page is idle, in the
 * node labels' font, so the placements of a click's frames find them memoised: a click's first placements measured
 * the names the zoomed-in view and its refill brought on screen (measureText 22–69 ms in one task of the first
 * click on the 3k map, CPU profile at load 12). Returns a function that stops it.
 */
function warmLabelWidths(bundle: Bundle, font: string, fonts: readonly string[]): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let order: number[] | null = null;
  let next = 0;
  let id = 0;
  let fontsWarmed = false;
  // the order, the fonts and each slice of widths are idle callbacks of their own, a slice at most WARM_SLICE_MS:
  // an idle callback runs to its deadline (up to 50 ms), and the 30k import's opening had one of 43 ms of CPU (the
  // order, the glyphs and the fonts at once) between the full graph's slices, where a scavenge can land in it too
  const step = (deadline: IdleDeadline) => {
    const m = measurer();
    if (!m) return;
    if (order === null) {
      order = mostProlific(bundle.authors.paperCount, WARM_NAMES);
      return void (id = requestIdleCallback(step));
    }
    if (!fontsWarmed) {
      fontsWarmed = true;
      warmLabelFonts(fonts, glyphsOf(bundle.authors.name, order.slice(0, WARM_GLYPH_NAMES)));
      return void (id = requestIdleCallback(step));
    }
    const { name } = bundle.authors;
    const until = performance.now() + WARM_SLICE_MS;
    while (next < order.length && deadline.timeRemaining() > 2 && performance.now() < until) m(clipNodeLabel(name[order[next++]!]!), font);
    if (next < order.length) id = requestIdleCallback(step);
  };
  id = requestIdleCallback(step);
  return () => cancelIdleCallback(id);
}

/** Names whose characters are drawn ahead in each label font (`warmLabelFonts`). */
const WARM_GLYPH_NAMES = 3_000;

/** The distinct characters of `names[i]` for `order`'s indices, as one string (each character once). */
function glyphsOf(names: readonly string[], order: readonly number[]): string {
  const seen = new Set<string>();
  for (const i of order) for (const ch of names[i]!) seen.add(ch);
  return [...seen].join('');
}

/**
 * Draw `text` once in each of `fonts` (CSS font strings), halo and fill as the labels are drawn, on the measuring
 * canvas, and make the canvas paint it now: the font's first use (its lookup among the system's fonts) and its
 * glyphs' first drawing then happen while the page is idle, not in the frames of a click. A click's first
 * placement names the selected author in bold (`nodeLabelFont`, strong), a font the map had not drawn before: in
 * a Chrome trace of the first click on the 3k map (load 11) the label layer's update took 53 ms of the main
 * thread (`LayerTreeHost::DoUpdateLayers`, the canvas drawing its text) against 3–7 ms in the frames after it,
 * and a page setting a new weight's font spent 28–45 ms of script on it the first time.
 */
function warmLabelFonts(fonts: readonly string[], text: string): void {
  if (!text) return;
  // a canvas of its own, big enough that every character is drawn inside it (text outside is not rasterised)
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  const chars = [...text];
  const PER_LINE = 32;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  for (const font of fonts) {
    ctx.font = font;
    for (let i = 0, y = 20; i < chars.length && y < canvas.height; i += PER_LINE, y += 20) {
      const line = chars.slice(i, i + PER_LINE).join(' ');
      ctx.strokeText(line, 4, y);
      ctx.fillText(line, 4, y);
    }
    // reading a pixel back makes the canvas draw what it recorded (its glyphs rasterised) now
    ctx.getImageData(0, 0, 1, 1);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
  }
}

/** Draw `placement` on `ctx` (a layer scaled to CSS pixels) in the store's theme and colouring, with `sigma`'s label font. */
function paintAtlasLabels(ctx: CanvasRenderingContext2D, sigma: Sigma, placement: Placement): void {
  const { dataset, theme, colorBy, preview } = useAtlas.getState();
  const colors = CANVAS_COLORS[theme];
  // before the bundle is in (a preview file's picture, coloured by community), the same palette from its sizes
  const early = dataset ? null : preview?.picture;
  const community = dataset ? labelDotColours(dataset.bundle, theme, colorBy) : early ? communityNodeColours(early.communities.size, theme).author : null;
  drawPlacedLabels(
    ctx,
    placement,
    { label: colors.label, labelHalo: colors.labelHalo, focal: colors.focal, dimAlpha: colors.labelFaintAlpha, community },
    sigma.getSetting('labelFont'),
    sigma.getSetting('labelSize'),
    sigma.getSetting('labelWeight'),
  );
}

/**
 * The map's emphasis and full graph as the canvas's labels are drawn under them (set by the mounted
 * `LabelsController`), read by the exported picture's labels: its community names and other names faint while a
 * selection dims the map, as on screen (the PNG drew them in full black over the faded map: a tester).
 */
let onScreenLook: { appearance: Appearance; graph: AtlasGraph | null } | null = null;

/**
 * Place and draw the labels of what `sigma` draws on `ctx` (a layer scaled to CSS pixels): the canvas's
 * label layer (`onScreen`: no label under the panel, legends or zoom buttons), or the PNG export's
 * temporary renderer (the whole picture: under the canvas's emphasis, `onScreenLook`, so dimmed as the screen is).
 * Returns what was drawn.
 */
export function drawAtlasLabels(ctx: CanvasRenderingContext2D, sigma: Sigma, onScreen = false, graph: AtlasGraph | null = null): PlacedLabel[] {
  const look = onScreen ? null : onScreenLook;
  const placed = placeAtlasLabels(sigma, onScreen, graph ?? look?.graph ?? null, look?.appearance.state ?? null);
  if (!placed) return [];
  paintAtlasLabels(ctx, sigma, placed);
  return placed.labels;
}

export function LabelsController({ graph, appearance }: { graph: AtlasGraph | null; appearance: Appearance }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const visibility = useAtlas((s) => s.visibility);
  const colorBy = useAtlas((s) => s.colorBy);
  const preview = useAtlas((s) => s.preview);

  useEffect(() => {
    const look = { appearance, graph };
    onScreenLook = look;
    return () => {
      if (onScreenLook === look) onScreenLook = null;
    };
  }, [appearance, graph]);

  useEffect(() => {
    if (!dataset) return;
    const [family, size, weight] = [sigma.getSetting('labelFont'), sigma.getSetting('labelSize'), sigma.getSetting('labelWeight')];
    const font = nodeLabelFont(family, size, false, weight);
    // the fonts a click's frames draw labels in: names, the selected name (strong), the communities
    return warmLabelWidths(dataset.bundle, font, [font, nodeLabelFont(family, size, true, weight), communityLabelFont(family)]);
  }, [sigma, dataset]);

  useEffect(() => {
    let frame: number | null = null;
    let live = true;
    let drawn = false;
    // the last placement made, with the picture (display graph) it was made for: followed while the camera moves
    let anchored: AnchoredPlacement | null = null;
    let anchoredFor: unknown = null;
    // …and the emphasis it was made under (a selection's dimming): a placement made before it is not followed
    let anchoredEmphasis: unknown = null;
    // …and whether it left the selected node unnamed
    let anchoredUnnamed = false;
    // the last drawing moved the placement before it with the camera (not placed for this view)
    let followed = false;
    let stopCheck: number | null = null;
    // a placement for the last render, to be made in a task of its own (`afterRender`)
    let deferred: ReturnType<typeof setTimeout> | null = null;
    // a new dataset opened over the map still on screen (`graph`, the full graph, is still the old map's)
    const overOldMap = graph !== null && dataset !== null && bundleOfGraph(graph) !== dataset.bundle;
    const cancelDeferred = () => {
      if (deferred !== null) clearTimeout(deferred);
      deferred = null;
    };
    // while the camera moves (a click's flight to its author, a zoom), the last placement moves with it; the
    // frame after it stops places again (Sigma's animation ends with a last camera update, so a last render)
    // A placement that leaves the selected node unnamed (made as the flight to it began: its disc off screen or under
    // the card just opened) is not followed: each frame places again until one names it. Followed, it kept the
    // flight's labels without the selected author's name while its neighbours' were drawn (30k map, "Yang Liu"
    // from the search on a loaded machine: his name came ~1.5 s after theirs, once the camera stopped).
    const followable = () =>
      anchored !== null && anchoredFor === sigma.getGraph() && anchoredEmphasis === appearance.state.emphasis && !anchoredUnnamed && sigma.getCamera().isAnimated();
    // this layer is cleared here, not by Sigma's renders (`ownLabelsLayer`); null when it has no 2D context
    const clearLayer = (): CanvasRenderingContext2D | null => {
      const canvas = sigma.getCanvases().labels;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return null;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.restore();
      return ctx;
    };
    // the camera the labels on the layer were drawn for (`cameraKey`)
    let drawnFor = '';
    const draw = (place = false, followAnyway = false) => {
      drawn = true;
      drawnFor = cameraKey(sigma);
      const follow = !place && (followAnyway ? anchored !== null && anchoredFor === sigma.getGraph() : followable());
      // (a placement due in its task stays due while the drawing only follows the camera)
      if (!follow) cancelDeferred();
      const ctx = clearLayer();
      if (!ctx) return;
      let placement: Placement | null;
      if (follow) {
        placement = followPlacement(sigma, anchored!);
        // Sigma's camera emits no update (so no render) when an animation's last step changes nothing, which
        // happens when the frame before it reached the end state: the followed placement would stay (an earlier
        // view's labels moved here: e2e map-30k, a camera sent back after Escape). The frame after, if the
        // camera has stopped with no render of its own, places them again.
        // (checked each frame while it moves: which of Sigma's frame callbacks comes first varies)
        const check = () => {
          stopCheck = null;
          if (!live || !followed || frame !== null) return;
          if (sigma.getCamera().isAnimated()) stopCheck = requestAnimationFrame(check);
          else if (deferred === null) redraw();
        };
        if (stopCheck === null) stopCheck = requestAnimationFrame(check);
      } else {
        placement = placeAtlasLabels(sigma, true, graph, appearance.state);
        anchored = placement && anchorPlacement(sigma, placement);
        anchoredFor = sigma.getGraph();
        anchoredEmphasis = appearance.state.emphasis;
        const sel = selectedNode(useAtlas.getState().selection);
        const selKey = sel ? nodeKey(sel) : null;
        anchoredUnnamed = !!placement && selKey !== null && sigma.getGraph().hasNode(selKey) && !placement.labels.some((l) => l.key === selKey);
      }
      followed = follow;
      if (!placement) return;
      paintAtlasLabels(ctx, sigma, placement);
      lastPlaced = placement.labels;
      if (!follow && !useAtlas.getState().hovered) restPlaced = { labels: lastPlaced, camera: cameraKey(sigma), graph: sigma.getGraph() };
      const now = performance.now();
      placedHistory.push({ at: now, labels: lastPlaced });
      while (placedHistory.length > 2 && placedHistory[1]!.at < now - LABEL_HISTORY_MS) placedHistory.shift();
      if (lastPlaced.length) atlasDebug.timings.labelsDrawn ??= performance.now();
      atlasDebug.labels = lastPlaced;
      atlasDebug.labelsPlacedFor = { followed, around: placedAround, ratio: sigma.getCamera().ratio, drawnNodes: sigma.getGraph().order, at: performance.now() };
      sigma.getContainer().dataset.communityLabels = lastPlaced
        .filter((l) => l.kind === 'community')
        .map((l) => l.key)
        .join(',');
      // what a resting pointer is over may have changed with them (EventsController)
      labelsDrawn();
    };
    // a big graph's hover re-places the labels without a WebGL render: the layer is cleared and drawn again
    const redraw = () => {
      frame = null;
      // a render of Sigma's due in this frame or the next, the camera still: its afterRender places the labels
      // anew (`draw`), so placing them now too would be thrown away; at a click's end the camera's stop and the
      // level-of-detail refill each asked for both in one frame (two placements in one task of the 3k map:
      // ~60 ms of CPU at load 10, trace)
      if (renderDue(sigma) && !sigma.getCamera().isAnimated()) return;
      // a hover's neighbourhood is named first: placed again, camera moving or not
      draw(true);
    };
    // After a render, the labels for it. Placed and drawn in the render's own frame when they follow the moving
    // camera, for a new picture (a new graph: the dataset's first) and when a placement was still due from the
    // render before (at most one frame late); otherwise in a task after that frame, the last labels staying
    // on the layer until then. A frame whose WebGL layers changed is the main thread's longest: the GPU process
    // draws each changed WebGL layer and the page waits to read it back (GLES2::ReadPixels, 14-20 ms each in a
    // Chrome trace of the 3k map's clicks at load 10), and each changed 2D layer is copied for the compositor
    // (Canvas2DResourceProvider::ProduceCanvasResource, 13-15 ms each); the placement added 10-40 ms of script and
    // the labels layer its copy to the frame that dims the map at a click, to the camera's stop and to the level of
    // detail's refill. Now they come in the task and the frame after it.
    // placed and drawn in a task of its own, before the next frame if it comes first (`afterRender` places then)
    const placeInTask = () => {
      if (deferred !== null) return;
      deferred = setTimeout(() => {
        deferred = null;
        if (live) draw(true);
      }, 0);
    };
    // A new dataset opening over the map on screen (`overOldMap`: an import, another dataset) has the labels of
    // its first picture placed in the task after that picture's frame, the old map's cleared in it; and those of
    // the full graph's display graph that replaces that picture (the same picture: its labels stay on the layer
    // meanwhile) too. In a trace of the 30k import's opening (load 3-4) the render of that first picture was one
    // task of 56-59 ms of CPU, about half of it placing its labels, the longest of the opening but for garbage
    // collection; the full graph's first render was 40-50 ms at load 7, with a scavenge in it. A dataset's first
    // picture on an empty page is labelled in its frame as before.
    const afterRender = () => {
      // a frame of a camera move with a placement due in its task (a hover the move ended): the last placement
      // follows the camera until that task has run
      if (deferred !== null && followable()) return draw(false);
      const opening = overOldMap && deferred === null && (!drawn || anchoredFor !== sigma.getGraph());
      if (opening && !drawn) clearLayer();
      else if (!opening && (deferred !== null || !drawn || anchoredFor !== sigma.getGraph() || followable())) return draw(deferred !== null);
      // the camera moved in this frame (a click's flight begins under a new emphasis, or the flight's last step) and
      // the placement waits for its task: meanwhile the last one follows the camera, so each name stays on its disc.
      // Left on the layer, the names hung where the camera before had them: on the seed, "Peter Vajda" 200 px off his
      // disc for over a second on a loaded machine, opened from the search (tester; e2e labels-attached)
      else if (!opening && anchored !== null && anchoredFor === sigma.getGraph() && drawnFor !== cameraKey(sigma)) {
        placeInTask();
        return draw(false, true);
      }
      placeInTask();
    };
    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (s.hovered === prev.hovered || !graph || !lodOf(graph) || frame !== null) return;
      // while the camera moves every frame renders (its labels follow the last placement): a hover ended by the
      // move (a click's flight takes its author from under the pointer) is placed between two of them, not in
      // the next (the placement's 18 ms of script in a frame of the 3k map's first click, quiet machine)
      if (sigma.getCamera().isAnimated()) placeInTask();
      else frame = requestAnimationFrame(redraw);
    });
    ownLabelsLayer(sigma, true);
    sigma.on('afterRender', afterRender);
    // the page changed (a card closed, a legend or notice came or went, often a commit after the render that
    // followed the store's change): once that frame's layout is done, the labels are placed again if what they
    // must keep clear is not what they kept clear (e2e map-30k: a card closed by Escape left the labels under it
    // missing until the next camera move)
    let checking: number | null = null;
    const checkCovers = () => {
      checking = null;
      if (!drawn || frame !== null) return;
      if (boxesKey(coveredParts(sigma)) === placedAround) return;
      // (checked again then: a click's card is usually followed by the map's own render, which places them)
      frame = requestAnimationFrame(() => {
        if (boxesKey(coveredParts(sigma)) !== placedAround) redraw();
        else frame = null;
      });
    };
    const pageChanged = new MutationObserver(() => {
      if (checking === null) checking = requestAnimationFrame(checkCovers);
    });
    pageChanged.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
    // …and when a panel's slide or fade ends (no DOM change marks it)
    const moved = () => {
      if (checking === null) checking = requestAnimationFrame(checkCovers);
    };
    document.addEventListener('transitionend', moved);
    document.addEventListener('animationend', moved);
    // a new dataset opening over the map still on screen (`graph` is the old map's): its labels come with its
    // first picture; re-drawing the old map now would only cost the page a frame (~70 ms at the 30k import)
    const owner = graph ? bundleOfGraph(graph) : undefined;
    // …unless a render in this commit's effects has drawn them already: at start-up GraphDataController draws
    // the dataset's first picture right after this effect, and a second render of it (WebGL and labels) would
    // come before the first paint (30k map: one render more, ~300 ms of the main thread at load 18)
    if (!owner || owner === dataset?.bundle) queueMicrotask(() => live && !drawn && sigma.scheduleRender());
    return () => {
      live = false;
      cancelDeferred();
      ownLabelsLayer(sigma, false);
      unsubscribe();
      pageChanged.disconnect();
      document.removeEventListener('transitionend', moved);
      document.removeEventListener('animationend', moved);
      if (checking !== null) cancelAnimationFrame(checking);
      if (stopCheck !== null) cancelAnimationFrame(stopCheck);
      if (frame !== null) cancelAnimationFrame(frame);
      sigma.off('afterRender', afterRender);
    };
  }, [sigma, graph, appearance, dataset, theme, visibility, colorBy, preview]);

  return null;
}
