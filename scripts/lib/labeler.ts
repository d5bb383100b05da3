import type { CommunityLabeler } from '../../src/core/pipeline';

/** The community labeler used by the CLI (distinctive terms from titles and abstracts), when available. */
export function defaultLabeler(): CommunityLabeler | null {
  return null;
}
