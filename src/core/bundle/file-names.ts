/** The names of a built bundle's files in its folder (written by scripts/lib/write-dataset.ts, read by the viewer). */

/** The bundle itself: the graph, its communities, metrics and layout (core/bundle/types.ts). */
export const BUNDLE_FILE = 'bundle.json';
/** The preview file: the overview's first picture, read before the bundle (core/bundle/preview.ts). */
export const PREVIEW_FILE = 'preview.json';
