/**
 * The current view as SVG, for print and editing: what Sigma draws (after the reducers: emphasis,
 * dimming, hidden nodes and edges) at the same place and size, with the node labels Sigma displayed
 * and the community labels. Nodes and edges outside the view are left out. Text is escaped: names and
 * titles are data.
 */
import { xmlText } from '../../../core/util/xml-text';
import type Sigma from 'sigma';
import type { Bundle } from '../../../core/bundle/types';
import type { CanvasColors } from '../../theme';
import { communityLabelFont, placeCommunityLabels } from '../communities/community-labels';

export interface SvgStyle {
  colors: CanvasColors;
  /** Dot colour per community for its label, or null (coloured by something else). */
  communityColors: readonly string[] | null;
  extents: Float64Array;
  font: string;
  labelSize: number;
}

const esc = xmlText;

const num = (x: number): string => (Math.round(x * 10) / 10).toString();

const MAX_LABEL = 60;
const clip = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text);

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

  // node labels as Sigma displayed them, with the same halo as on the canvas
  out.push(
    `<g class="labels" font-size="${style.labelSize}" font-weight="500" fill="${style.colors.label}" stroke="${style.colors.labelHalo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const node of sigma.getNodeDisplayedLabels()) {
    const n = nodes.get(node);
    const label = sigma.getNodeDisplayData(node)?.label;
    if (!n || !label || !inView(n)) continue;
    out.push(`<text x="${num(n.x + n.r + 4)}" y="${num(n.y + style.labelSize / 3)}">${esc(clip(label))}</text>`);
  }
  out.push('</g>');

  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = communityLabelFont(style.font);
  const labels = placeCommunityLabels(sigma, bundle, style.extents, (t) => measure.measureText(t).width);
  out.push(
    `<g class="community-labels" font-size="13" font-weight="650" text-anchor="middle" dominant-baseline="middle" fill="${style.colors.label}" stroke="${style.colors.labelHalo}" stroke-width="5" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of labels) {
    if (style.communityColors) out.push(`<circle cx="${num(l.dotX)}" cy="${num(l.y)}" r="4.5" fill="${style.communityColors[l.id]}" stroke-width="1.5"/>`);
    out.push(`<text x="${num(l.x)}" y="${num(l.y)}">${esc(l.text)}</text>`);
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
