/**
 * The bundle: one compact, versioned JSON file per dataset that the viewer loads.
 * Columnar arrays indexed by author / paper number; no per-edge strings.
 * Every type here is derived from the one schema in schema.ts (checked by the build and by the viewer).
 */
import type * as v from 'valibot';
import type {
  BuildOptionsSchema,
  BundleAffiliationsSchema,
  BundleAuthorsSchema,
  BundleCoauthorLinksSchema,
  BundleCommunitySchema,
  BundlePapersSchema,
  BundleSchema,
} from './schema';

export { BUNDLE_FORMAT, BUNDLE_KIND } from './schema';

export type BuildOptions = v.InferOutput<typeof BuildOptionsSchema>;
export type Counting = BuildOptions['counting'];

/**
 * Defaults. maxAuthors 100: a paper with more authors (hyperauthorship: physics collaborations, 6,000-author
 * papers) stays in the author–paper view but adds no co-author links: its n(n-1)/2 pairs would swamp the
 * co-author graph (and, above ~5,800 authors, the memory of a browser tab). 100 keeps every paper of the ACL
 * corpora (at most 62 authors) and large ML papers such as Movie Gen (88 authors).
 */
export const DEFAULT_BUILD_OPTIONS: BuildOptions = { counting: 'fractional', maxAuthors: 100, resolution: 1, seed: 1 };

export type BundleAuthors = v.InferOutput<typeof BundleAuthorsSchema>;
export type BundlePapers = v.InferOutput<typeof BundlePapersSchema>;
/** Weighted co-author projection; source < target, sorted by (source, target). */
export type BundleCoauthorLinks = v.InferOutput<typeof BundleCoauthorLinksSchema>;
export type BundleCommunity = v.InferOutput<typeof BundleCommunitySchema>;
export type Bundle = v.InferOutput<typeof BundleSchema>;
/** Organisation and country per authorship (bundle format 2, optional). */
export type BundleAffiliations = v.InferOutput<typeof BundleAffiliationsSchema>;

/** The abstracts file: one entry per paper. */
export type Abstracts = (string | null)[];
