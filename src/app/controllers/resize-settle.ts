/**
 * How long (ms) the canvas keeps its size before what follows its size is read again for it (a phone turned, a window
 * resized): the discs' room shares (ShownSizeController.tsx) and the framing of a part of the map
 * (CameraController.tsx `useFramingOnResize`), once, not at each frame of the change.
 */
export const RESIZE_SETTLE_MS = 250;
