/**
 * Level of detail on big graphs (graph/lod.ts): once the camera stops, Sigma's display graph is refilled
 * for the part of the graph in view; when the full graph's attributes change (filters, colours), the
 * display graph follows. Does nothing on graphs small enough to be drawn whole.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { atlasDebug } from '../debug';
import { lodOf, type Rect } from '../graph/lod';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import type Sigma from 'sigma';

/** Wait this long after the last camera update before refilling (the camera has stopped). */
const SETTLE_MS = 120;
/** Share of the view's size added on each side, so a short pan does not uncover an empty border. */
const MARGIN = 0.3;

/** The camera's view in graph coordinates, with a margin; null when it shows (about) the whole graph. */
function viewRect(sigma: Sigma<NodeAttrs, EdgeAttrs>): Rect | null {
  if (sigma.getCamera().ratio >= 0.95) return null;
  const { width, height } = sigma.getDimensions();
  const corners = [
    sigma.viewportToGraph({ x: 0, y: 0 }),
    sigma.viewportToGraph({ x: width, y: 0 }),
    sigma.viewportToGraph({ x: 0, y: height }),
    sigma.viewportToGraph({ x: width, y: height }),
  ];
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = (x1 - x0) * MARGIN;
  const my = (y1 - y0) * MARGIN;
  return { x0: x0 - mx, x1: x1 + mx, y0: y0 - my, y1: y1 + my };
}

const sameRect = (a: Rect | null, b: Rect | null): boolean =>
  a === b || (a !== null && b !== null && a.x0 === b.x0 && a.x1 === b.x1 && a.y0 === b.y0 && a.y1 === b.y1);

export function LodController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const lod = lodOf(graph);
    if (!lod) return;
    const camera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // `timer` is the second half of a refill (`apply`); a camera move that cancels it leaves `lod.rect` set for a
    // display graph not yet made (`stale`): the next refill makes it even for the same view
    let applying = false;
    let stale = false;
    const refill = () => {
      timer = undefined;
      // a camera move under way whose frames come slower than SETTLE_MS (software WebGL on a busy machine): its
      // view now is not where it stops, so a refill now would be thrown away by the one after it
      if (camera.isAnimated()) {
        timer = setTimeout(refill, SETTLE_MS);
        return;
      }
      const rect = viewRect(sigma);
      if (!stale && sameRect(rect, lod.rect)) return void (atlasDebug.lodSettled = true);
      stale = false;
      lod.rect = rect;
      lod.invalidate(false);
      // the choice of what to draw in this task, the display graph brought in line with it in the next: together
      // they were one task of up to ~100 ms after a click on the 3k map at load 2.7 (issue 12: none over 100 ms)
      lod.prepare();
      applying = true;
      timer = setTimeout(apply, 0);
    };
    const apply = () => {
      timer = undefined;
      applying = false;
      if (!lod.update()) return void (atlasDebug.lodSettled = true);
      sigma.once('afterRender', () => {
        atlasDebug.lodSettled = true;
      });
      sigma.refresh({ schedule: true });
    };
    const onCamera = () => {
      atlasDebug.lodSettled = false;
      if (timer !== undefined) clearTimeout(timer);
      if (applying) stale = true;
      applying = false;
      timer = setTimeout(refill, SETTLE_MS);
    };
    // filters set `hidden`, the year colouring sets colours: both on the full graph's attribute objects
    const onAttributes = () => {
      lod.invalidate();
      lod.update();
      sigma.refresh({ schedule: true });
    };
    camera.on('updated', onCamera);
    graph.on('eachNodeAttributesUpdated', onAttributes);
    graph.on('nodeAttributesUpdated', onAttributes);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      camera.off('updated', onCamera);
      graph.off('eachNodeAttributesUpdated', onAttributes);
      graph.off('nodeAttributesUpdated', onAttributes);
    };
  }, [sigma, graph]);

  return null;
}
