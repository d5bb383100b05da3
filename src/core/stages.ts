/**
 * The pipeline's stages, defined once (no imports: the viewer's main bundle reads the list without the pipeline).
 */
/** In the order they run (a build says each once, in this order), with what each does (the CLI, the import and the rebuild say this). */
export const STAGE_LABELS = {
  ingest: 'Parsing records',
  names: 'Matching author names',
  graph: 'Linking co-authors',
  communities: 'Finding communities',
  layout: 'Laying out the map',
  // after the layout, wherever they are worked out (on another thread they go on during it; the stage is the wait)
  labels: 'Labelling communities',
  bundle: 'Packing the dataset',
} as const;
export type Stage = keyof typeof STAGE_LABELS;
export const STAGES = Object.keys(STAGE_LABELS) as Stage[];
