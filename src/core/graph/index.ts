export { coauthorLinks } from './coauthor-weights';
export type { CoauthorLinks } from './coauthor-weights';
export { authorPaperGraph, coauthorGraph, authorNodeKey, paperNodeKey } from './build-graph';
