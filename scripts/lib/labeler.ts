import type { CommunityLabeler } from '../../src/core/pipeline';
import { labelCommunities } from '../../src/core/analyse/terms';

/** The community labeler used by the CLI: distinctive terms from titles and abstracts. */
export function defaultLabeler(): CommunityLabeler {
  return labelCommunities;
}
