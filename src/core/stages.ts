/**
 * The pipeline's stages, defined once (no imports: the viewer's main bundle reads the list without the pipeline).
 */
/** In order, with what each does (the CLI, the import and the rebuild say this). */
export const STAGE_LABELS = {
  ingest: 'Parsing records',
  names: 'Matching author names',
  graph: 'Linking co-authors',
  communities: 'Finding communities',
  labels: 'Labelling communities',
  layout: 'Laying out the map',
  bundle: 'Packing the dataset',
} as const;
export type Stage = keyof typeof STAGE_LABELS;
export const STAGES = Object.keys(STAGE_LABELS) as Stage[];
