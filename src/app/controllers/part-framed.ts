/**
 * The app's last framing (of a part of the map as a whole, `heldPartFraming`; of anything, a card's author too,
 * `heldAppFraming`), kept so that what follows it frames it again while the camera still shows it: a resized canvas
 * (a phone turned, a window resized: CameraController.tsx `useFramingOnResize`; an ego view turned: its rings were
 * cut by the landscape canvas, and turned back it showed the focal author at a close zoom, most of the rings off
 * screen), the drawer opened (`usePartFramedOnDrawer`), a filter change (EmptyViewController.tsx).
 */
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';
import type { CameraTarget } from '../store/types';

/**
 * The moves whose framing is of a part of the map as a whole: what the filters leave shown (a link's filters, the
 * "fit" button), the whole map, a cluster, and a group of nodes (an ego view's network, a co-author chain).
 */
const PART_TARGETS: ReadonlySet<CameraTarget['kind']> = new Set(['shown', 'fit', 'community', 'nodes']);

/** Whether camera states `a` and `b` are the same up to rounding (1e-9 of the graph's frame, relative for the zoom). */
export function sameCamera(a: CameraState, b: CameraState): boolean {
  return Math.abs(a.x - b.x) <= 1e-9 && Math.abs(a.y - b.y) <= 1e-9 && Math.abs(a.ratio / b.ratio - 1) <= 1e-9 && a.angle === b.angle;
}

/**
 * The last framing of a part (its camera, the state it took the camera to, the move that framed it); null when the
 * last move was another (a node, a camera given back, a place).
 */
let partFramed: { camera: Camera; state: CameraState; target: CameraTarget } | null = null;

/**
 * Notes that `camera` was moved to `state` (whole, as Sigma's camera keeps it) by a move for `target`: a framing of
 * a part (PART_TARGETS) is kept; any other move drops the note. CameraController's moves and the "fit" button's
 * (ZoomButtons.tsx `fitShown`, noted as `shown`). Throws nothing.
 */
export function notePartFramed(camera: Camera, state: CameraState, target: CameraTarget): void {
  partFramed = PART_TARGETS.has(target.kind) ? { camera, state: { ...state }, target } : null;
  noteAppFramed(camera, state, target);
}

/**
 * The moves whose camera is the user's, not the app's: a camera given back (a step Back to where the user had the map,
 * the phone's sheet keeping the camera it had) and a shared link's place (`at=`: where its sender had the map).
 */
const OWN_TARGETS: ReadonlySet<CameraTarget['kind']> = new Set(['camera', 'at']);

/**
 * The last move of the app's own framing (a card's author or paper with their neighbours, a cluster, a chain, what the
 * filters leave shown, the whole map), with the state it took the camera to; null when the last move gave the user's
 * camera back (`OWN_TARGETS`) to a place other than that framing.
 */
let appFramed: { camera: Camera; state: CameraState; target: CameraTarget } | null = null;

/**
 * Notes a move of `camera` to `state` for `target` (`notePartFramed` calls it for every move it is told of). A camera
 * given back where the app's framing already had it (the phone's sheet keeping its camera) keeps that note.
 */
function noteAppFramed(camera: Camera, state: CameraState, target: CameraTarget): void {
  if (!OWN_TARGETS.has(target.kind)) appFramed = { camera, state: { ...state }, target };
  else if (!(appFramed && appFramed.camera === camera && sameCamera(state, appFramed.state))) appFramed = null;
}

/**
 * The move of the app's own framing that `camera` still shows (`at`: where it is, or where a move under way takes it;
 * its state now by default), or null: the user zoomed or dragged since (a wheel, a drag, the zoom buttons), or the
 * last move gave back a camera of the user's. A filter change brings what it leaves shown into view from the app's
 * framing (a card's close-up left after the card closed), not from the user's own (controllers/EmptyViewController.tsx).
 * Throws nothing.
 */
export function heldAppFraming(camera: Camera, at: CameraState = camera.getState()): CameraTarget | null {
  const noted = appFramed;
  return noted && noted.camera === camera && sameCamera(at, noted.state) ? noted.target : null;
}

/**
 * The move that framed the part of the map `camera` still shows, or null: the last move was not a part's framing,
 * or the camera left it since (the user zoomed or dragged, another move). `at`: where the camera is (or is flying
 * to); its state now by default. Throws nothing.
 */
export function heldPartFraming(camera: Camera, at: CameraState = camera.getState()): CameraTarget | null {
  const noted = partFramed;
  return noted && noted.camera === camera && sameCamera(at, noted.state) ? noted.target : null;
}
