/**
 * How long (ms) the canvas keeps its size before what follows its size is read again for it (a phone turned, a window
 * resized): the discs' room shares (ShownSizeController.tsx) and the framing of a part of the map
 * (CameraController.tsx `useFramingOnResize`), once, not at each frame of the change.
 */
export const RESIZE_SETTLE_MS = 250;

/**
 * The window event a phone's bottom sheet sends as its height starts to change (its handle tapped, keyed or dragged:
 * panels/SheetHandle.tsx): the part of the map it leaves is about to change, as a canvas resized changes it
 * (CameraController.tsx `useFramingOnResize` keeps what it read of the part before).
 */
export const FREE_PART_CHANGING = 'atlas-free-part-changing';

/**
 * The window event the bottom sheet sends once it rests at its new height: the part of the map it leaves has changed,
 * and is framed for as a resized canvas is (CameraController.tsx `useFramingOnResize`).
 */
export const FREE_PART_CHANGED = 'atlas-free-part-changed';
