/**
 * Markers at the edge of the map for the selected node's neighbours drawn out of sight: an author's papers (in the
 * papers view) or co-authors (in the co-author view), a paper's authors, lying beyond the canvas's edge or under
 * what covers it (the details card, a phone's bottom sheet, the ego view's banner: canvas-covers.ts `clearPart`).
 * Each marker stands for the ones in one direction (edge-marks.ts `edgeMarks`), says how many, and points at them;
 * a click (or tap, or Enter) frames the node with all of its neighbours, as map tools bring into view what their
 * edge markers point at. With no node selected, the same for the nodes of an emphasis the camera is not taken to
 * (store/types.ts `EmphasisRequest.inViewOnly`: the who-is-who review list's pair, which the map does not dim about
 * while it is out of view): they are named, and a click frames them (the list opened at a pair out of view and the
 * map only went grey). Nothing is drawn while everything is in view, while the camera flies (the framing of a
 * click), or without a selected node or such an emphasis. A DOM layer over the canvas, in the part the panels leave: never under the
 * card or the sheet, clear of the zoom buttons and the legend; drawn in the theme's colours (offscreen.css).
 * Kathleen McKeown's far papers on the 30k map lay under her card with nothing saying so (a tester).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearPart, cornerCovers, setCaptionRoom, setEdgeMarkBoxes, type CanvasPart } from '../../canvas-covers';
import { parseNodeKey, nodeKey } from '../../graph/node-keys';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../../graph/sigma-graph';
import { useAtlas } from '../../store';
import { selectedNode } from '../../store/types';
import { listWords, plural } from '../../format';
import { captionedMarks, markBoxes, markedWords, type EdgeMark } from './edge-marks';
import { chainMarked } from '../../controllers/chain-framed';
import './offscreen.css';

/** A marker's size (CSS px) where a mouse points: its disc and its target. */
const SIZE = 36;
/** Gap (CSS px) between a marker's disc and the edge of the part the panels leave (its arrow is drawn in it). */
const INSET = 12;
/**
 * On a touch screen: a marker's target (CSS px, a finger's: 44), its disc drawn smaller (26) in the middle of it, and
 * the gap between the target and the part's edge (the arrow reaches to that edge). The part a phone's sheet leaves
 * is ~390×280 px: up to six 44 px discs covered much of it (testers), now at most four 26 px discs (one per edge).
 */
const TOUCH_TARGET = 44;
const TOUCH_DISC = 26;
const TOUCH_INSET = 4;
/** The caption's height (CSS px) and its gap to the part's top edge, on a touch screen (offscreen.css). */
const CAPTION_HEIGHT = 22;
const CAPTION_GAP = 6;
/** The gap (CSS px) a framing keeps between the caption's band and a framed node's disc (canvas-covers.ts `setCaptionRoom`). */
const CAPTION_CLEAR = 6;
/** Compass words for a marker's direction (radians, clockwise from the right as y grows down). */
function directionWords(angle: number): string {
  const words = ['to the right', 'below right', 'below', 'below left', 'to the left', 'above left', 'above', 'above right'];
  return words[((Math.round(angle / (Math.PI / 4)) % 8) + 8) % 8]!;
}

/** The markers shown and what they are for. */
interface Shown {
  marks: EdgeMark[];
  /** The selected node's key, and its neighbours' (all of them shown: framed by a click); '' and the nodes of an `inViewOnly` emphasis. */
  node: string;
  neighbours: string[];
  /**
   * The traced co-author chain's nodes marked beside the neighbours when the selected node is an author of it
   * (controllers/chain-framed.ts `chainMarked`: its other authors and the papers of its steps, those not neighbours).
   */
  chain: string[];
  /** A marker's target and its disc (CSS px): the same with a mouse, the disc smaller on a touch screen. */
  size: number;
  disc: number;
  /** Where the caption saying what the markers are goes (CSS px of the canvas), a touch screen or a mouse; null for none. */
  caption: CanvasPart | null;
}

/** Whether two sets of markers are drawn alike (to the pixel, the same counts). */
const sameMarks = (a: Shown | null, b: Shown | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.node === b.node &&
    a.chain.length === b.chain.length &&
    a.size === b.size &&
    a.disc === b.disc &&
    JSON.stringify(a.caption) === JSON.stringify(b.caption) &&
    a.marks.length === b.marks.length &&
    a.marks.every((m, i) => {
      const n = b.marks[i]!;
      return Math.round(m.x) === Math.round(n.x) && Math.round(m.y) === Math.round(n.y) && m.keys.length === n.keys.length && Math.abs(m.angle - n.angle) < 0.02;
    }));

/**
 * The edge markers of the selected node's off-screen neighbours in `graph` (the whole graph: a big map's drawn
 * level of detail may not hold them), as a layer inside the Sigma container. Recomputed after each render of the
 * map, when the canvas or the details panel is resized, and when the selection or what is shown changes.
 */
export function OffscreenMarks({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const selection = useAtlas((s) => s.selection);
  const visibility = useAtlas((s) => s.visibility);
  const dataset = useAtlas((s) => s.dataset);
  const emphasis = useAtlas((s) => s.emphasis);
  const [shown, setShown] = useState<Shown | null>(null);
  const node = selectedNode(selection);
  const key = node ? nodeKey(node) : null;
  // with no node selected, the nodes of an emphasis the camera is not taken to (the review list's pair), as keys
  const requested = !key && emphasis?.inViewOnly ? emphasis.nodes.map(nodeKey).join(' ') : '';
  // a selected author of the traced co-author chain: the chain's other nodes are marked too (the chain framed for the
  // author may leave some of it out of sight on a small screen: CameraController.tsx, chain-framed.ts)
  const chained = chainMarked(emphasis, node).map(nodeKey).join(' ');

  // while markers may be shown, a part of the map framed (a chain…) that would leave one of the node's neighbours
  // out of sight is framed below the band their caption then takes (canvas-covers.ts `setCaptionRoom`): set in the
  // commit that selects, before the camera's move for it is worked out
  useLayoutEffect(() => {
    if (!key && !requested) return;
    setCaptionRoom(CAPTION_GAP + CAPTION_HEIGHT + CAPTION_CLEAR);
    return () => setCaptionRoom(0);
  }, [key, requested]);

  useEffect(() => {
    if (!key && !requested) {
      setEdgeMarkBoxes([]);
      setShown(null);
      return;
    }
    const container = sigma.getContainer();
    const update = () => {
      if ((key && (!graph.hasNode(key) || graph.getNodeAttribute(key, 'hidden'))) || sigma.getCamera().isAnimated()) {
        setEdgeMarkBoxes([]);
        return setShown(null);
      }
      const neighbours: string[] = [];
      const items: { key: string; x: number; y: number }[] = [];
      const add = (n: string, a: NodeAttrs) => {
        if (a.hidden) return;
        neighbours.push(n);
        items.push({ key: n, ...sigma.graphToViewport({ x: a.x, y: a.y }) });
      };
      if (key) graph.forEachNeighbor(key, add);
      else for (const n of requested.split(' ')) if (graph.hasNode(n)) add(n, graph.getNodeAttributes(n));
      const chain: string[] = [];
      const counted = new Set(neighbours);
      for (const n of chained ? chained.split(' ') : []) {
        if (counted.has(n) || !graph.hasNode(n) || graph.getNodeAttribute(n, 'hidden')) continue;
        const a = graph.getNodeAttributes(n);
        chain.push(n);
        items.push({ key: n, ...sigma.graphToViewport({ x: a.x, y: a.y }) });
      }
      const touch = window.matchMedia('(pointer: coarse)').matches;
      const part = clearPart(container);
      // a finger's target around a small disc, one per edge (a mouse's: one per direction); when there are any,
      // below a caption across the top of the part (a phone shows no tooltip: the caption says what they are; with
      // a mouse only a tooltip said it, a tester); what they count is what lies beyond the part, not what lies under
      // the caption (edge-marks.ts `captionedMarks`)
      const { marks, caption } = captionedMarks(items, part, touch ? TOUCH_TARGET : SIZE, touch ? TOUCH_INSET : INSET, cornerCovers(container), CAPTION_HEIGHT, CAPTION_GAP, touch ? 'edges' : 'sectors');
      const disc = touch ? TOUCH_DISC : SIZE;
      const next = marks.length ? { marks, node: key ?? '', neighbours, chain, size: touch ? TOUCH_TARGET : SIZE, disc, caption } : null;
      // where they go, for the names this render's placement keeps off them (canvas-covers.ts): their targets (a
      // name under a finger's target, though clear of the disc, would open the marker's framing when tapped), their
      // arrows, and the caption
      const target = touch ? TOUCH_TARGET : SIZE;
      setEdgeMarkBoxes(caption && marks.length ? [...markBoxes(marks, target), caption] : markBoxes(marks, target));
      setShown((was) => (sameMarks(was, next) ? was : next));
    };
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    sigma.on('afterRender', update);
    // the card or sheet resized (a sheet dragged taller), the window turned: no render of the map follows
    const resized = new ResizeObserver(later);
    resized.observe(container);
    const panel = document.querySelector('.details-panel');
    if (panel) resized.observe(panel);
    // the details panel mounts with the selection: watched once it is on the page
    const watchPanel = requestAnimationFrame(() => {
      const p = document.querySelector('.details-panel');
      if (p && p !== panel) resized.observe(p);
      update();
    });
    update();
    return () => {
      setEdgeMarkBoxes([]);
      sigma.off('afterRender', update);
      resized.disconnect();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(watchPanel);
    };
  }, [sigma, graph, key, requested, chained, visibility]);

  // the caption cut by its part's width (`…|width`: its words and the width they were cut at), then said shorter
  const captionSpan = useRef<HTMLSpanElement>(null);
  const [cutAt, setCutAt] = useState<string | null>(null);
  useLayoutEffect(() => {
    const span = captionSpan.current;
    if (span && span.dataset.whole === '1' && span.scrollWidth > span.clientWidth + 1) setCutAt(span.dataset.fit ?? null);
  });

  if (!shown || !dataset || (!node && !requested)) return null;
  const { bundle } = dataset;
  // an author's neighbours are papers (the papers view) or co-authors (the co-author view); a paper's, its authors
  const noun = shown.neighbours.length && parseNodeKey(shown.neighbours[0]!).kind === 'paper' ? 'paper' : node?.kind === 'author' ? 'co-author' : 'author';
  const whose = node?.kind === 'author' ? bundle.authors.name[node.index] : 'this paper';
  const frameAll = () => {
    const refs = [...(shown.node ? [shown.node] : []), ...shown.neighbours, ...shown.chain].map(parseNodeKey);
    useAtlas.getState().moveCamera({ kind: 'nodes', refs });
  };
  // (the chain's nodes marked, said apart from the node's own neighbours: "3 papers and 2 of the co-author chain")
  const ofChain = new Set(shown.chain);
  const chainOut = (keys: readonly string[]) => keys.filter((k) => ofChain.has(k)).length;
  const outsideChain = shown.marks.reduce((sum, m) => sum + chainOut(m.keys), 0);
  const outside = shown.marks.reduce((sum, m) => sum + m.keys.length, 0) - outsideChain;
  const counted = (n: number, c: number, of = '') => markedWords(n, noun, c, of);
  const { size, disc, caption } = shown;
  // an emphasis's nodes (no node selected) are named: "Ondřej Bojar and Ond?ej Bojar"
  const nameOf = (k: string) => {
    const ref = parseNodeKey(k);
    return ref.kind === 'author' ? bundle.authors.name[ref.index]! : bundle.papers.title[ref.index]!;
  };
  const names = (keys: readonly string[]) => listWords(keys.map(nameOf));
  const all = shown.neighbours.length;
  const showAll = all === 1 ? 'show on the map' : all === 2 ? 'show both on the map' : `show all ${all}`;
  // "tap" on a touch screen (its markers' discs are smaller than their targets), "click" with a mouse
  const act = shown.disc < shown.size ? 'tap' : 'click';
  const whatOut = node ? `${counted(outside, outsideChain)} out of sight` : `${outside === 1 ? names(shown.marks.flatMap((m) => m.keys)) : outside === 2 ? 'Both' : `${outside} ${plural(noun, outside)}`} out of sight`;
  const fullCaption = node ? `${whatOut}: ${act} a number to show all` : `${whatOut}: ${act} to show ${all === 1 ? 'it' : all === 2 ? 'both' : 'all'}`;
  // a part too narrow for the whole caption (a 900 px window with a card open leaves ~200 px: "3 papers out of sight:
  // cli…", a tester) says what is out of sight, whole, and keeps the rest in its title
  const fitKey = caption ? `${fullCaption}|${Math.round(caption.right - caption.left)}` : '';
  const captionText = cutAt === fitKey ? whatOut : fullCaption;
  return (
    <div className="offscreen-marks" data-testid="offscreen-marks">
      {caption && (
        // what the markers are, seen without a tooltip (a phone shows none); the markers' own names say it to a
        // screen reader, so it is said once. Its words take a tap and do what they say, as a marker does (they let
        // it through to the map under them: a tap on "tap a number to show all" closed the card, or opened an author
        // whose disc the words hid); the strip beside them lets taps through to the map.
        <p
          className="offscreen-caption"
          data-testid="offscreen-caption"
          aria-hidden="true"
          style={{ left: caption.left, top: caption.top, width: caption.right - caption.left, height: caption.bottom - caption.top }}
        >
          <span onClick={frameAll} title={fullCaption} ref={captionSpan} data-whole={captionText === fullCaption ? '1' : '0'} data-fit={fitKey}>
            {captionText}
          </span>
        </p>
      )}
      {shown.marks.map((m) => {
        const n = m.keys.length;
        const c = chainOut(m.keys);
        const every = counted(shown.neighbours.length, shown.chain.length);
        const label = node
          ? `${counted(n - c, c, ` of ${whose}`)} ${directionWords(m.angle)}, out of sight: show all ${every}`
          : `${names(m.keys)} ${directionWords(m.angle)}, out of sight: ${showAll}`;
        return (
          <button
            key={m.keys[0]}
            type="button"
            className="offscreen-mark"
            data-count={n}
            aria-label={label}
            title={label}
            style={{ left: m.x - size / 2, top: m.y - size / 2, width: size, height: size }}
            onClick={frameAll}
          >
            {/* the disc seen (on a touch screen smaller than the finger's target around it) and its arrow */}
            <span className="offscreen-mark-disc" style={{ width: disc, height: disc }}>
              {n}
            </span>
            <span className="offscreen-mark-arrow" aria-hidden="true" style={{ transform: `translate(-50%, -50%) rotate(${m.angle}rad) translateX(${disc / 2 + 5}px)` }} />
          </button>
        );
      })}
    </div>
  );
}
