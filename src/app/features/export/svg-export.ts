/**
 * The current view as SVG, for print and editing: what Sigma draws (after the reducers: emphasis,
 * dimming, hidden nodes and edges) at the same place and size, with the labels where the canvas placed
 * them (authors and communities). Nodes and edges outside the view are left out. Text is escaped: names and
 * titles are data.
 */
import { xmlText } from '../../../core/util/xml-text';
import type Sigma from 'sigma';
import type { Bundle } from '../../../core/bundle/types';
import type { CanvasColors } from '../../theme';
import type { PlacedLabel } from '../../graph/label-placement';

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
}

const esc = xmlText;

const num = (x: number): string => (Math.round(x * 10) / 10).toString();

/** The canvas's textAlign as SVG's text-anchor (left-to-right text: 'left' starts at x, 'right' ends there). */
const ANCHOR = { left: 'start', right: 'end', center: 'middle' } as const;

/**
 * The picture `sigma` draws now as an SVG document (a string): its width × height in viewport pixels, edges
 * and nodes from Sigma's display data (after the reducers), `style.labels` where they were placed (node labels
 * anchored on the side the placement chose, community labels centred, as `drawPlacedLabels` draws them).
 * Names and titles are escaped (`xmlText`). Throws nothing on a live renderer.
 */
export function viewToSvg(sigma: Sigma, bundle: Bundle, style: SvgStyle): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const margin = 40;
  const inView = (p: { x: number; y: number }) => p.x > -margin && p.y > -margin && p.x < width + margin && p.y < height + margin;

  interface Drawn {
    x: number;
    y: number;
    r: number;
    color: string;
    square: boolean;
    z: number;
    focal: boolean;
  }
  const nodes = new Map<string, Drawn>();
  graph.forEachNode((node, attrs) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    nodes.set(node, { ...p, r: sigma.scaleSize(d.size), color: d.color, square: attrs.type === 'square', z: d.zIndex ?? 0, focal: attrs.focal === true });
  });

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(style.font)}">`,
    `<title>${esc(bundle.name)}</title>`,
    `<rect width="100%" height="100%" fill="${style.colors.background}"/>`,
    '<g class="edges" stroke-linecap="round">',
  );
  graph.forEachEdge((edge, _attrs, source, target) => {
    const e = sigma.getEdgeDisplayData(edge);
    const a = nodes.get(source);
    const b = nodes.get(target);
    if (!e || e.hidden || !a || !b || (!inView(a) && !inView(b))) return;
    out.push(`<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${e.color}" stroke-width="${num(Math.max(0.5, sigma.scaleSize(e.size)))}"/>`);
  });
  out.push('</g>', '<g class="nodes">');
  const order = [...nodes.entries()].filter(([, n]) => inView(n)).sort((x, y) => x[1].z - y[1].z);
  for (const [, n] of order) {
    out.push(
      n.square
        ? `<rect x="${num(n.x - n.r)}" y="${num(n.y - n.r)}" width="${num(2 * n.r)}" height="${num(2 * n.r)}" fill="${n.color}"/>`
        : `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${n.color}"/>`,
    );
    if (n.focal) out.push(`<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r + 3)}" fill="none" stroke="${style.colors.focal}" stroke-width="2"/>`);
  }
  out.push('</g>');

  // node labels where the canvas placed them, with the same halo
  out.push(
    `<g class="labels" font-size="${style.labelSize}" font-weight="${esc(style.labelWeight ?? '500')}" fill="${style.colors.label}" stroke="${style.colors.labelHalo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of style.labels) {
    if (l.kind !== 'node') continue;
    const weight = l.node?.strong ? ' font-weight="700"' : '';
    out.push(`<text x="${num(l.x)}" y="${num(l.y + style.labelSize / 3)}" text-anchor="${ANCHOR[l.align]}"${weight}>${esc(l.text)}</text>`);
  }
  out.push('</g>');

  out.push(
    `<g class="community-labels" font-size="13" font-weight="650" text-anchor="middle" dominant-baseline="middle" fill="${style.colors.label}" stroke="${style.colors.labelHalo}" stroke-width="5" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of style.labels) {
    if (l.kind !== 'community') continue;
    if (style.communityColors && l.dotX !== undefined) out.push(`<circle cx="${num(l.dotX)}" cy="${num(l.y)}" r="4.5" fill="${style.communityColors[Number(l.key)]}" stroke-width="1.5"/>`);
    out.push(`<text x="${num(l.x)}" y="${num(l.y)}">${esc(l.text)}</text>`);
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
