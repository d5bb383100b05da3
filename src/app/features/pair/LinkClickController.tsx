/**
 * In the co-author view a link can be clicked: the card of the two co-authors opens. Under a mouse, the link a
 * click would open is drawn emphasised before the click (a 2D layer under the labels), with the pointer cursor:
 * what is highlighted is what opens (its key is `data-link-under-pointer` on the canvas container). A finger has no hover, so a tap opens a link only where one is nearest by a
 * clear margin (`linkAtPoint`'s `crowded`); where several links run about as near, the tap opens nothing and a
 * note says to zoom in (a tester's taps opened an arbitrary one of 22–51 links within 5 px).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import { parseNodeKey } from '../../graph/node-keys';
import { fitLayerCanvas, killOwnLayer } from '../../graph/layer-canvas';
import type { AtlasGraph } from '../../graph/sigma-graph';
import { useAtlas } from '../../store';
import { CANVAS_COLORS } from '../../theme';
import { linkAtPoint } from './edge-at-point';
import { onAppCameraMove } from '../../graph/camera-moves';
import { movedSince, pointerMark, type PointerMark } from '../../pointer-moves';
import './pair.css';

const LAYER = 'atlasLinkHover';
/** How long the "several links here" note stays (ms). */
const NOTE_MS = 4000;
export const CROWDED_NOTE = 'Several links run here: zoom in to pick one';

export function LinkClickController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const view = useAtlas((s) => s.view);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (view !== 'coauthors') return;
    const container = sigma.getContainer();
    const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'labels' }) as HTMLCanvasElement;
    canvas.style.pointerEvents = 'none';
    const ctx = canvas.getContext('2d');
    let pointer: { x: number; y: number } | null = null;
    let pointerType = 'mouse';
    let shown: string | null = null;
    let frame: number | null = null;
    let noteTimer: ReturnType<typeof setTimeout> | null = null;
    // the link under a mouse, unless a node or a name is (a node's hover comes first, as its click does)
    // The app moved the camera (graph/camera-moves.ts) since the user last moved the mouse or turned the wheel
    // (pointer-moves.ts, as the map's nodes ask: EventsController): the link the move brought under the resting
    // mouse is not highlighted (nor opened as the highlighted one) until the user moves it
    let appMoved: PointerMark | null = null;
    const stopAppMoves = onAppCameraMove((camera) => {
      if (camera === sigma.getCamera()) {
        appMoved = pointerMark();
        schedule();
      }
    });
    const linkUnderMouse = (): string | null => {
      if (!pointer || pointerType === 'touch' || useAtlas.getState().hovered !== null) return null;
      if (appMoved !== null && !movedSince(appMoved)) return null;
      const onNode = (sigma as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null }).getNodeAtPosition(pointer);
      if (onNode !== null) return null;
      return linkAtPoint(sigma, pointer.x, pointer.y)?.edge ?? null;
    };
    const draw = () => {
      frame = null;
      if (!ctx) return;
      const edge = linkUnderMouse();
      const { resized, width, height, ratio } = fitLayerCanvas(sigma, canvas);
      if (resized) shown = null;
      const was = shown;
      if (edge === was && (edge === null || !sigma.getCamera().isAnimated())) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      shown = null;
      if (edge !== null && sigma.getGraph().hasEdge(edge)) {
        const [s, t] = sigma.getGraph().extremities(edge);
        const ds = sigma.getNodeDisplayData(s);
        const dt = sigma.getNodeDisplayData(t);
        if (ds && dt) {
          const a = sigma.framedGraphToViewport(ds);
          const b = sigma.framedGraphToViewport(dt);
          const size = sigma.getEdgeDisplayData(edge)?.size ?? 1;
          const colors = CANVAS_COLORS[useAtlas.getState().theme];
          ctx.lineCap = 'round';
          ctx.beginPath();
          ctx.moveTo(a.x, a.y);
          ctx.lineTo(b.x, b.y);
          ctx.strokeStyle = colors.background;
          ctx.lineWidth = Math.max(3, size) + 4;
          ctx.stroke();
          ctx.strokeStyle = colors.focal;
          ctx.lineWidth = Math.max(3, size);
          ctx.stroke();
          shown = edge;
        }
      }
      // (for checks: the link highlighted, `data-link-under-pointer` on the canvas container)
      if (shown) container.dataset.linkUnderPointer = shown;
      else delete container.dataset.linkUnderPointer;
      // the pointer cursor says the link can be clicked (a node's hover sets its own)
      if ((was === null) !== (shown === null) && useAtlas.getState().hovered === null) container.style.cursor = shown ? 'pointer' : '';
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(draw);
    };
    const onPointerDown = (e: PointerEvent) => {
      pointerType = e.pointerType;
    };
    const onPointerMove = (e: PointerEvent) => {
      pointerType = e.pointerType;
      const r = container.getBoundingClientRect();
      pointer = { x: e.clientX - r.left, y: e.clientY - r.top };
      schedule();
    };
    const onPointerLeave = () => {
      pointer = null;
      schedule();
    };
    const onClick = ({ event }: { event: { x: number; y: number } }) => {
      // the link highlighted under the mouse is the one that opens: a click's coordinates are whole pixels (the
      // pointer's moves are not), and among 20-odd links within 5 px the nearest to the click was another one
      // than the nearest to the pointer (7 of 8 clicks on the seed's co-author view opened another pair)
      const highlighted = pointerType !== 'touch' && shown !== null && pointer !== null && Math.hypot(pointer.x - event.x, pointer.y - event.y) <= 2 && graph.hasEdge(shown);
      const pick = highlighted ? { edge: shown!, crowded: false } : linkAtPoint(sigma, event.x, event.y);
      if (pick === null) return;
      // a finger cannot see which link it is on: where several run about as near, nothing is guessed
      if (pointerType === 'touch' && pick.crowded) {
        setNote(CROWDED_NOTE);
        if (noteTimer !== null) clearTimeout(noteTimer);
        noteTimer = setTimeout(() => setNote(null), NOTE_MS);
        return;
      }
      setNote(null);
      const [s, t] = graph.extremities(pick.edge);
      const a = parseNodeKey(s).index;
      const b = parseNodeKey(t).index;
      useAtlas.getState().select({ kind: 'pair', a: Math.min(a, b), b: Math.max(a, b) });
    };
    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (s.hovered !== prev.hovered || s.theme !== prev.theme) schedule();
    });
    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('pointermove', onPointerMove);
    container.addEventListener('pointerleave', onPointerLeave);
    sigma.on('clickStage', onClick);
    sigma.on('afterRender', schedule);
    return () => {
      unsubscribe();
      stopAppMoves();
      if (frame !== null) cancelAnimationFrame(frame);
      if (noteTimer !== null) clearTimeout(noteTimer);
      setNote(null);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('pointermove', onPointerMove);
      container.removeEventListener('pointerleave', onPointerLeave);
      sigma.off('clickStage', onClick);
      sigma.off('afterRender', schedule);
      killOwnLayer(sigma, LAYER);
      delete container.dataset.linkUnderPointer;
    };
  }, [sigma, graph, view]);
  return note === null ? null : (
    <div className="links-crowded-note" role="status" data-testid="links-crowded-note">
      {note}
    </div>
  );
}
