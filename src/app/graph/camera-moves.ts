/**
 * Camera moves the app makes itself (a selection's flight, a fit, a search's jump, a cluster framed, Back, the zoom
 * buttons and the canvas's `+`/`-` keys), told apart from the user's own (a wheel zoom, a drag and its glide, which
 * Sigma's captors make and which never come through here). The events controller listens: a node an app move brings
 * under a resting mouse is not hovered until the user moves the pointer or turns the wheel (asked of pointer-moves.ts:
 * its hover hid the selection's emphasis the flight had just framed: the 30k map, a tester's first click), while one
 * the user's own zoom or drag brings there is.
 */
import type { Camera } from 'sigma';

const listeners = new Set<(camera: Camera) => void>();

/**
 * Call `listener` with the camera each time the app says it moves one (`appMovesCamera`). Returns the function
 * that stops it. A listener's throw is logged and does not stop the others.
 */
export function onAppCameraMove(listener: (camera: Camera) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Say that the app is about to move `camera` (Sigma's camera: a flight, a jump or a zoom step the user did not
 * make with the pointer on the canvas). Call it just before `camera.animate` or `camera.setState`. Throws nothing.
 */
export function appMovesCamera(camera: Camera): void {
  for (const listener of [...listeners]) {
    try {
      listener(camera);
    } catch (error) {
      console.error(error);
    }
  }
}
