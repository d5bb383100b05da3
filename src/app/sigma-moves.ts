import type { Settings } from 'sigma/settings';

/**
 * Sigma's camera-move settings (ms): its defaults (200 ms zoom per wheel step and on a double click or double tap),
 * or, when `still` (reduced motion, or under test: env.ts `animationMs`), zooms that end on the next frame; with
 * `reduced` (the system asks for reduced motion) no glide of the map after a drag either (else Sigma's 200 ms).
 * Source of the defaults: sigma/settings (v3).
 */
export function sigmaMoves(still: boolean, reduced: boolean): Pick<Settings, 'zoomDuration' | 'doubleClickZoomingDuration' | 'inertiaDuration' | 'inertiaRatio'> {
  const zoom = still ? 1 : 200;
  return { zoomDuration: zoom, doubleClickZoomingDuration: zoom, ...(reduced ? { inertiaDuration: 1, inertiaRatio: 0 } : { inertiaDuration: 200, inertiaRatio: 3 }) };
}
