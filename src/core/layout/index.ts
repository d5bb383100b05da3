export { communityLayout } from './community-layout';
export type { Layout, LayoutInput } from './community-layout';
export { layoutQuality } from './quality';
export { authorRadius, PAPER_RADIUS } from './node-size';
