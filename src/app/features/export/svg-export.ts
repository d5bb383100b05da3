/**
 * The map as SVG, for print and editing, in two kinds:
 * - `viewToSvg`: the view as drawn — what Sigma draws now (after the reducers: emphasis, dimming, hidden nodes
 *   and edges; on a big map only the level of detail's display graph, graph/lod.ts), at the same place and size;
 * - `wholeMapToSvg`: every author (and paper) and link the filters leave visible at the view's framing, from the
 *   whole graph (not the level of detail's part), through the same reducers, colours and sizes.
 * Both draw marks as the canvas does: a link as wide as its ink on the canvas (`drawnEdgeWidth`: Sigma's WebGL
 * draws a link at least 1.7 px wide with a 1 px fading rim, so a plain stroke of the link's size drew darker), a
 * disc with the area of its anti-aliased disc (`drawnDiscRadius`), the selected node on its card (a disc in the
 * background colour, 3 px wider, with a soft shadow, controllers/labels.ts `drawHover`), the focal author's ring,
 * and the labels where the canvas placed them for the picture (exports.ts `pictureLabels`). Links are written as
 * one `<path>` per colour and width (the whole map's ends to the pixel: `Picture.linkStep`), paper squares of one
 * layer as one path per colour, other coordinates to a tenth of a pixel. Text is escaped: names and titles are data.
 */
import { xmlText } from '../../../core/util/xml-text';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';
import type { Bundle } from '../../../core/bundle/types';
import type { CanvasColors } from '../../theme';
import { COMMUNITY_DOT_PX, COMMUNITY_DOT_RIM_PX, COMMUNITY_FONT_SIZE, COMMUNITY_LABEL_HALO_PX, NODE_LABEL_HALO_PX, nodeLabelBaseline, type PlacedLabel } from '../../graph/label-placement';
import { isSquareType, ringWidth } from '../../graph/node-types';
import { drawnRadius, maxDrawnRadius } from '../../graph/drawn-size';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../../graph/sigma-graph';
import { captionSvg, type CaptionLayout } from './caption';

export interface SvgStyle {
  colors: CanvasColors;
  /** Dot colour per community for its label, or null (coloured by something else). */
  communityColors: readonly string[] | null;
  /**
   * The labels to write, as the label placement gives them (graph/label-placement.ts `PlacedLabel`, viewport
   * pixels): the PNG's (exports.ts `pictureLabels`). Node labels: `align` is the canvas's textAlign at (x, y + a
   * third of the label size, the alphabetic baseline); community labels: centred on (x, y), middle baseline.
   */
  labels: readonly PlacedLabel[];
  font: string;
  labelSize: number;
  /** Node labels' weight (Sigma's `labelWeight`, as the canvas draws them); default '500'. */
  labelWeight?: string;
  /** The caption band under the map (caption.ts `layoutCaption` for this picture's width), or none. */
  caption?: CaptionLayout | null;
  /** The screen's device pixel ratio (the canvas's links fade over 1 / ratio px); default 1. */
  pixelRatio?: number;
}

const esc = xmlText;

const num = (x: number): string => (Math.round(x * 10) / 10).toString();

/** The canvas's textAlign as SVG's text-anchor (left-to-right text: 'left' starts at x, 'right' ends there). */
const ANCHOR = { left: 'start', right: 'end', center: 'middle' } as const;

/** Sigma's least link width on screen (its `minEdgeThickness` default, px) and its anti-aliasing feather (px at ratio 1). */
const MIN_EDGE_PX = 1.7;
const EDGE_FEATHER = 1;

/**
 * The width (px) of a plain stroke holding as much ink as Sigma 3.0's WebGL link of `scaled` px (`scaleSize` of
 * its size): the link program draws it max(`scaled`, 1.7) px wide, fully coloured but for its outer `1 / pixelRatio`
 * px each side, where a smoothstep fades it out (edge.frag.glsl); the ink across it is the width less that feather
 * (for a link narrower than two feathers, the integral of the smoothstep's tail). A 0.8 link drew 1.7 px wide
 * with 0.71 px of ink, a 3 px link 2 px of ink: the SVG's stroke of the plain size was the darker picture.
 */
export function drawnEdgeWidth(scaled: number, pixelRatio = 1): number {
  const w = Math.max(scaled, MIN_EDGE_PX);
  const f = EDGE_FEATHER / Math.max(0.25, pixelRatio);
  const h = w / 2;
  if (h >= f) return w - f;
  // ∫ (1 − smoothstep) from u0 = 1 − h/f to 1, both sides: 2f · (1/2 − (u0 − u0³ + u0⁴/2))
  const u0 = 1 - h / f;
  return 2 * f * (0.5 - (u0 - u0 ** 3 + u0 ** 4 / 2));
}

/**
 * The radius of a plain disc with the area of Sigma 3.0's anti-aliased disc of radius `r` px: fully coloured to
 * r − 1, fading linearly to nothing at r (node.circle.frag.glsl: a border of 2 × correctionRatio, 1 px). A 1.6 px
 * disc of the 30k map holds the ink of a 1.14 px one. Throws nothing.
 */
export function drawnDiscRadius(r: number): number {
  if (r <= 0) return 0;
  if (r < 1) return Math.sqrt(r ** 3 / 3);
  const a = r - 1;
  return Math.sqrt(a * a + a + 1 / 3);
}

/** One node of the picture, in viewport pixels. */
interface NodeMark {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
  square: boolean;
  author: boolean;
  z: number;
  focal: boolean;
  /** The node's community (graph attribute `community`; -1 when it has none). */
  community: number;
  /** Sigma's `highlighted` (the selected node): drawn on its card, above the rest. */
  highlighted: boolean;
  /** An author disc's ring colour (graph/disc-program.ts, from the node reducer), or null (a square, none set). */
  ring: string | null;
  inFrame: boolean;
}

/** One link of the picture, in viewport pixels; `width` is its drawn ink width. */
interface EdgeMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  z: number;
}

/** What an SVG draws: its size, its nodes (all, with `inFrame`) and its links, in graph order. */
export interface Picture {
  width: number;
  height: number;
  nodes: NodeMark[];
  edges: EdgeMark[];
  /**
   * Links' ends written to a tenth of a pixel (the view: a few thousand links) or to the pixel (the whole map: the
   * 30k map's 160k co-author links were 5.7 MB and most of the writing's time at tenths; half a pixel is under the
   * disc a link ends on).
   */
  linkStep: 0.1 | 1;
}

/** Whether a disc of radius `r` at (x, y) shows inside a `width` × `height` viewport. */
const discInFrame = (x: number, y: number, r: number, width: number, height: number) => x + r > 0 && y + r > 0 && x - r < width && y - r < height;

/** Whether the segment's bounding box meets the viewport (a link crossing the frame is drawn, clipped). */
const segmentInFrame = (a: { x: number; y: number }, b: { x: number; y: number }, width: number, height: number) =>
  Math.max(a.x, b.x) >= 0 && Math.max(a.y, b.y) >= 0 && Math.min(a.x, b.x) <= width && Math.min(a.y, b.y) <= height;

/**
 * Sigma's override for its coordinate conversions (`framedGraphToViewport`, `graphToViewport`) at camera state
 * `camera` instead of its own: the matrix Sigma's render makes for that camera (`matrixFromCamera` with the
 * renderer's viewport, graph dimensions and stage padding), made once for a walk over every node; an empty
 * override (Sigma's own camera) without `camera`. Throws nothing.
 */
export function cameraOverride(sigma: Pick<Sigma, 'getDimensions' | 'getGraphDimensions' | 'getStagePadding'>, camera?: CameraState | null): { matrix?: Float32Array } {
  return camera ? { matrix: matrixFromCamera(camera, sigma.getDimensions(), sigma.getGraphDimensions(), sigma.getStagePadding()) } : {};
}

/**
 * Graph coordinates to viewport pixels for `sigma`'s camera of the moment (or camera state `camera`: `cameraOverride`),
 * as one affine map read off Sigma's own `graphToViewport` at three points (Sigma's normalisation and camera are
 * affine): the same for every node, a few multiplications each (the whole 30k map is 66k nodes).
 */
export function viewportMap(
  sigma: Pick<Sigma, 'graphToViewport' | 'getDimensions' | 'getGraphDimensions' | 'getStagePadding'>,
  camera?: CameraState | null,
): (x: number, y: number) => { x: number; y: number } {
  const override = cameraOverride(sigma, camera);
  const o = sigma.graphToViewport({ x: 0, y: 0 }, override);
  const ex = sigma.graphToViewport({ x: 1, y: 0 }, override);
  const ey = sigma.graphToViewport({ x: 0, y: 1 }, override);
  const ax = ex.x - o.x;
  const ay = ex.y - o.y;
  const bx = ey.x - o.x;
  const by = ey.y - o.y;
  return (x, y) => ({ x: o.x + x * ax + y * bx, y: o.y + x * ay + y * by });
}

/**
 * The view as drawn: Sigma's display data of every node and link of the graph it draws (`sigma.getGraph()`; on a
 * big map the level of detail's), in viewport pixels, at `sigma`'s camera or at camera state `camera` (what a
 * renderer of the same graph and settings drawn at that camera draws: picture-camera.ts's framing with a card open,
 * read off the renderer on screen without making one). Links whose ends are hidden or gone are left out, as Sigma
 * leaves them.
 */
export function viewPicture(sigma: Sigma, pixelRatio = 1, camera?: CameraState | null): Picture {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const override = cameraOverride(sigma, camera);
  const cameraRatio = camera?.ratio;
  const nodes: NodeMark[] = [];
  const at = new Map<string, NodeMark>();
  graph.forEachNode((node, attrs) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d, override);
    const r = drawnRadius(sigma, d.size, cameraRatio);
    const square = isSquareType(d.type) || attrs.type === 'square';
    const mark: NodeMark = {
      key: node,
      x: p.x,
      y: p.y,
      r,
      color: d.color,
      square,
      author: attrs.kind ? attrs.kind === 'author' : !square,
      z: d.zIndex ?? 0,
      focal: attrs.focal === true,
      community: typeof attrs.community === 'number' ? attrs.community : -1,
      highlighted: d.highlighted === true,
      ring: square ? null : ((d as { ringColor?: string }).ringColor ?? null),
      inFrame: discInFrame(p.x, p.y, r, width, height),
    };
    nodes.push(mark);
    at.set(node, mark);
  });
  const edges: EdgeMark[] = [];
  graph.forEachEdge((edge, _attrs, source, target) => {
    const e = sigma.getEdgeDisplayData(edge);
    const a = at.get(source);
    const b = at.get(target);
    if (!e || e.hidden || !a || !b || !segmentInFrame(a, b, width, height)) return;
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: e.color, width: drawnEdgeWidth(sigma.scaleSize(e.size, cameraRatio), pixelRatio), z: (e as { zIndex?: number }).zIndex ?? 0 });
  });
  return { width, height, nodes, edges, linkStep: 0.1 };
}

type NodeReducer = (key: string, data: NodeAttrs & Record<string, unknown>) => Partial<NodeAttrs> & Record<string, unknown>;
type EdgeReducer = (key: string, data: EdgeAttrs & Record<string, unknown>) => Partial<EdgeAttrs> & Record<string, unknown>;

/**
 * The whole map at the view's framing: every node of `graph` (the whole graph, graph/sigma-instance.ts
 * `wholeGraphOnScreen`) the filters leave visible (`hidden` unset) and every link between two of them (not hidden
 * by the link-strength threshold), through `sigma`'s node and edge reducers (the emphasis and dimming of the
 * moment), placed by `sigma`'s camera (`viewportMap`) and sized by it (`scaleSize`). Throws nothing.
 */
export function wholeMapPicture(sigma: Sigma, graph: AtlasGraph, pixelRatio = 1): Picture {
  const { width, height } = sigma.getDimensions();
  const toViewport = viewportMap(sigma);
  const nodeReducer = sigma.getSetting('nodeReducer') as NodeReducer | null;
  const edgeReducer = sigma.getSetting('edgeReducer') as EdgeReducer | null;
  const nodes: NodeMark[] = [];
  const at = new Map<string, NodeMark>();
  graph.forEachNode((node, attrs) => {
    if (attrs.hidden) return;
    const d: Partial<NodeAttrs> & Record<string, unknown> = nodeReducer ? nodeReducer(node, { ...attrs }) : { ...attrs };
    if (d.hidden) return;
    const p = toViewport(attrs.x, attrs.y);
    const r = drawnRadius(sigma, (d.size as number | undefined) ?? attrs.size);
    const mark: NodeMark = {
      key: node,
      x: p.x,
      y: p.y,
      r,
      color: (d.color as string | undefined) ?? attrs.color,
      square: attrs.type === 'square',
      author: attrs.kind === 'author',
      z: (d.zIndex as number | undefined) ?? attrs.zIndex ?? 0,
      focal: attrs.focal === true,
      community: attrs.community,
      highlighted: d.highlighted === true,
      ring: attrs.type === 'square' ? null : ((d.ringColor as string | undefined) ?? null),
      inFrame: discInFrame(p.x, p.y, r, width, height),
    };
    nodes.push(mark);
    at.set(node, mark);
  });
  const edges: EdgeMark[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.hidden) return;
    const a = at.get(source);
    const b = at.get(target);
    if (!a || !b || !segmentInFrame(a, b, width, height)) return;
    const e: Partial<EdgeAttrs> & Record<string, unknown> = edgeReducer ? edgeReducer(edge, { ...attrs }) : { ...attrs };
    if (e.hidden) return;
    const size = (e.size as number | undefined) ?? attrs.size;
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: (e.color as string | undefined) ?? attrs.color, width: drawnEdgeWidth(sigma.scaleSize(size), pixelRatio), z: (e.zIndex as number | undefined) ?? 0 });
  });
  return { width, height, nodes, edges, linkStep: 1 };
}

/** What `picture` holds: its authors and papers in frame, its links, and the communities of those authors. */
export function pictureCounts(picture: Picture): { authors: number; papers: number; links: number; communities: Set<number>; focal: boolean } {
  let authors = 0;
  let papers = 0;
  let focal = false;
  const communities = new Set<number>();
  for (const n of picture.nodes) {
    if (!n.inFrame) continue;
    if (n.focal) focal = true;
    if (!n.author) {
      papers++;
      continue;
    }
    authors++;
    if (n.community >= 0) communities.add(n.community);
  }
  return { authors, papers, links: picture.edges.length, communities, focal };
}

/**
 * How many authors and papers `wholeMapPicture` would hold (the visible nodes of `graph` whose disc shows in
 * `sigma`'s frame, or in the frame of camera state `camera`), without making it: for the Export menu's line and
 * a picture's caption. Throws nothing.
 */
export function framingCounts(sigma: Sigma, graph: AtlasGraph, camera?: CameraState | null): { authors: number; papers: number } {
  const { width, height } = sigma.getDimensions();
  const toViewport = viewportMap(sigma, camera);
  // Sigma's `scaleSize` is the size times a factor of the camera's ratio: read once (the whole 30k map is 66k nodes),
  // and a node drawn no larger than the canvas's cap (graph/drawn-size.ts)
  const perSize = sigma.scaleSize(1, camera?.ratio);
  const most = maxDrawnRadius(width, height);
  let authors = 0;
  let papers = 0;
  graph.forEachNode((_node, attrs) => {
    if (attrs.hidden) return;
    const p = toViewport(attrs.x, attrs.y);
    if (!discInFrame(p.x, p.y, Math.min(attrs.size * perSize, most), width, height)) return;
    if (attrs.kind === 'author') authors++;
    else papers++;
  });
  return { authors, papers };
}

/**
 * `picture` as an SVG document (a string) of its width and height (plus `style.caption`'s band under it): the
 * background; links, one `<path>` per drawing layer, colour and width (in Sigma's order: by zIndex, the emphasised
 * links last); the nodes in frame by zIndex (then graph order), as Sigma stacks them; the focal author's ring and
 * the labels as placed (`style.labels`: node labels anchored on the side the placement chose, community labels
 * centred with their dot, as `drawPlacedLabels` draws them); the selected node on its card above them (Sigma's
 * hover layer is above the labels); the caption. `title` is the document's title. Text escaped (`xmlText`).
 */
export function pictureToSvg(picture: Picture, title: string, style: SvgStyle): string {
  const { width, height } = picture;
  const caption = style.caption ?? null;
  const total = height + (caption?.height ?? 0);
  const out: string[] = [];
  // a label drawn faint on the canvas (`dim`: the map dimmed for a selection) is as faint here (theme's labelFaintAlpha)
  const faint = (l: PlacedLabel): string => (l.dim ? ` opacity="${style.colors.labelFaintAlpha}"` : '');
  const cards = picture.nodes.filter((n) => n.highlighted && n.inFrame);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(total)}" viewBox="0 0 ${width} ${num(total)}" font-family="${esc(style.font)}">`,
    `<title>${esc(title)}</title>`,
  );
  if (cards.length > 0) {
    // the hover card's shadow: canvas shadowBlur 10 is a Gaussian of standard deviation 5, black at 25 %; made of
    // SVG 1.1 primitives (blur, alpha, merge), which editors read (feDropShadow is newer)
    out.push(
      '<defs><filter id="card-shadow" x="-100%" y="-100%" width="300%" height="300%"><feGaussianBlur in="SourceAlpha" stdDeviation="5"/><feComponentTransfer><feFuncA type="linear" slope="0.25"/></feComponentTransfer><feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter></defs>',
    );
  }
  out.push(`<rect width="${width}" height="${num(total)}" fill="${style.colors.background}"/>`);

  // links: grouped by layer, colour and width (one path each), layers in Sigma's order
  const groups = new Map<string, { z: number; color: string; width: string; d: string[] }>();
  const at = picture.linkStep === 1 ? (x: number) => String(Math.round(x)) : num;
  for (const e of picture.edges) {
    const w = num(Math.max(0.1, e.width));
    const key = `${e.z}|${e.color}|${w}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { z: e.z, color: e.color, width: w, d: [] }));
    g.d.push(`M${at(e.x1)} ${at(e.y1)}L${at(e.x2)} ${at(e.y2)}`);
  }
  out.push('<g class="edges" fill="none">');
  for (const g of [...groups.values()].sort((a, b) => a.z - b.z)) out.push(`<path stroke="${g.color}" stroke-width="${g.width}" d="${g.d.join('')}"/>`);
  out.push('</g>');

  // a disc of radius `r` with its ring where the canvas draws one (graph/node-types.ts `ringWidth` of its radius as
  // drawn, `n.r`): a stroke over the disc's outer `ring` px (centred that far in), as the disc program draws it (a
  // ring in the disc's own colour, a dimmed disc's, is none)
  const shape = (n: NodeMark, r: number, fill: string, extra = '') => {
    if (n.square) return `<rect x="${num(n.x - n.r)}" y="${num(n.y - n.r)}" width="${num(2 * n.r)}" height="${num(2 * n.r)}" fill="${fill}"${extra}/>`;
    const ring = n.ring && n.ring !== fill ? ringWidth(n.r) : 0;
    if (ring === 0) return `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(r)}" fill="${fill}"${extra}/>`;
    return `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(r - ring / 2)}" fill="${fill}" stroke="${n.ring}" stroke-width="${num(ring)}"${extra}/>`;
  };
  out.push('<g class="nodes">');
  const order = picture.nodes.filter((n) => n.inFrame);
  // a stable sort: ties keep graph order, as Sigma's
  order.sort((x, y) => x.z - y.z);
  // discs one element each (their stacking by zIndex is what makes the prolific author's disc the one on top); a
  // run of squares (papers, all at zIndex 0 but the emphasised) one path per colour and zIndex: squares of one
  // layer do not overlap much, and 29,546 <rect>s were a third of the 30k map's file
  for (let i = 0; i < order.length; ) {
    const n = order[i]!;
    if (!n.square) {
      out.push(shape(n, drawnDiscRadius(n.r), n.color));
      i++;
      continue;
    }
    const runs = new Map<string, string[]>();
    for (; i < order.length && order[i]!.square && order[i]!.z === n.z; i++) {
      const q = order[i]!;
      const side = num(2 * q.r);
      let d = runs.get(q.color);
      if (!d) runs.set(q.color, (d = []));
      d.push(`M${num(q.x - q.r)} ${num(q.y - q.r)}h${side}v${side}h-${side}z`);
    }
    for (const [color, d] of runs) out.push(`<path class="papers" fill="${color}" d="${d.join('')}"/>`);
  }
  out.push('</g>');

  // the focal author's ring, drawn with the labels (label-placement.ts drawPlacedLabels), then node labels with the same halo
  const rings = order.filter((n) => n.focal && !n.square);
  if (rings.length) {
    out.push(`<g class="rings" fill="none" stroke="${style.colors.focal}" stroke-width="2">`);
    for (const n of rings) out.push(`<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r + 3)}"/>`);
    out.push('</g>');
  }
  out.push(
    `<g class="labels" font-size="${style.labelSize}" font-weight="${esc(style.labelWeight ?? '500')}" fill="${style.colors.label}" stroke="${style.colors.labelHalo}" stroke-width="${NODE_LABEL_HALO_PX}" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of style.labels) {
    if (l.kind !== 'node') continue;
    const weight = `${l.node?.strong ? ' font-weight="700"' : ''}${l.node?.paper ? ' font-style="italic"' : ''}`;
    out.push(`<text x="${num(l.x)}" y="${num(nodeLabelBaseline(l, style.labelSize))}" text-anchor="${ANCHOR[l.align]}"${weight}${faint(l)}>${esc(l.text)}</text>`);
  }
  out.push('</g>');

  out.push(
    `<g class="community-labels" font-size="${COMMUNITY_FONT_SIZE}" font-weight="650" text-anchor="middle" dominant-baseline="middle" fill="${style.colors.label}" stroke="${style.colors.labelHalo}" stroke-width="${COMMUNITY_LABEL_HALO_PX}" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of style.labels) {
    if (l.kind !== 'community') continue;
    if (style.communityColors && l.dotX !== undefined) out.push(`<circle cx="${num(l.dotX)}" cy="${num(l.y)}" r="${COMMUNITY_DOT_PX}" fill="${style.communityColors[Number(l.key)]}" stroke-width="${COMMUNITY_DOT_RIM_PX}"${faint(l)}/>`);
    // (a faint cluster name on its halo at full strength, its letters faint, as on the canvas: `drawPlacedLabels`)
    if (l.dim) out.push(`<text x="${num(l.x)}" y="${num(l.y)}" fill="none">${esc(l.text)}</text>`, `<text x="${num(l.x)}" y="${num(l.y)}" stroke="none"${faint(l)}>${esc(l.text)}</text>`);
    else out.push(`<text x="${num(l.x)}" y="${num(l.y)}">${esc(l.text)}</text>`);
  }
  out.push('</g>');

  // the selected node on its card (controllers/labels.ts drawHover: a disc in the background colour 3 px wider,
  // with a soft shadow, the node drawn again on it), above the labels as Sigma's hover layer is
  if (cards.length > 0) {
    out.push('<g class="selected">');
    for (const n of cards) {
      out.push(`<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r + 3)}" fill="${style.colors.background}" filter="url(#card-shadow)"/>`);
      out.push(shape(n, n.r, n.color));
    }
    out.push('</g>');
  }

  if (caption) out.push(captionSvg(caption, height, style.colors, style.font));
  out.push('</svg>');
  return out.join('\n');
}

/**
 * The view `sigma` draws now as an SVG document (`viewPicture`, `pictureToSvg`), titled with the dataset's name.
 * Throws nothing on a live renderer.
 */
export function viewToSvg(sigma: Sigma, bundle: Bundle, style: SvgStyle): string {
  return pictureToSvg(viewPicture(sigma, style.pixelRatio ?? 1), bundle.name, style);
}

/**
 * Every visible author, paper and link of `graph` (the whole graph) at `sigma`'s framing as an SVG document
 * (`wholeMapPicture`, `pictureToSvg`), titled with the dataset's name. Throws nothing on a live renderer.
 */
export function wholeMapToSvg(sigma: Sigma, graph: AtlasGraph, bundle: Bundle, style: SvgStyle): string {
  return pictureToSvg(wholeMapPicture(sigma, graph, style.pixelRatio ?? 1), bundle.name, style);
}
