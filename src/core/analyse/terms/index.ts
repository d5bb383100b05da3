/** Community labels: distinctive terms from titles and abstracts (see `distinctive-terms.ts`). */
export { labelCommunities, labelTokenized, scannedTexts, tokenizePapers, tokenizePapersSteps, tokenizeScannedSteps, type ScannedTexts, type TokenizedPapers } from './distinctive-terms';
export { foldPlural } from '../../text/plural';
export type { CommunityTerms, LabelOptions, LabelPaper } from './types';
export { communityLabel, distinctCommunityLabels, isAcronymOf, withoutAcronymRepeats, COMMUNITY_LABEL_DISTINCT_MAX_CHARS, COMMUNITY_LABEL_MAX_CHARS } from './label';
