export { communityLayout, communityMembers, layoutCommunity, warmCommunityLayout } from './community-layout';
export type { CommunityMembers, CommunityPiece, Layout, LayoutInput, WarmLayoutStart } from './community-layout';
export { layoutQuality } from './quality';
export { authorRadius, PAPER_RADIUS } from './node-size';
