export { communityLayout, communityMembers, layoutCommunity } from './community-layout';
export type { CommunityMembers, CommunityPiece, Layout, LayoutInput } from './community-layout';
export { layoutQuality } from './quality';
export { authorRadius, PAPER_RADIUS } from './node-size';
