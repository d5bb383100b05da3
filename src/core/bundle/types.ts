/**
 * The bundle: one compact, versioned JSON file per dataset that the viewer loads.
 * Columnar arrays indexed by author / paper number; no per-edge strings.
 * Every type here is derived from the one schema in schema.ts (checked by the build and by the viewer).
 */
import type * as v from 'valibot';
import type {
  BuildOptionsSchema,
  BundleAuthorsSchema,
  BundleCoauthorLinksSchema,
  BundleCommunitySchema,
  BundlePapersSchema,
  BundleSchema,
} from './schema';

export { BUNDLE_FORMAT, BUNDLE_KIND } from './schema';

export type BuildOptions = v.InferOutput<typeof BuildOptionsSchema>;
export type Counting = BuildOptions['counting'];

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { counting: 'fractional', maxAuthors: null, resolution: 1, seed: 1 };

export type BundleAuthors = v.InferOutput<typeof BundleAuthorsSchema>;
export type BundlePapers = v.InferOutput<typeof BundlePapersSchema>;
/** Weighted co-author projection; source < target, sorted by (source, target). */
export type BundleCoauthorLinks = v.InferOutput<typeof BundleCoauthorLinksSchema>;
export type BundleCommunity = v.InferOutput<typeof BundleCommunitySchema>;
export type Bundle = v.InferOutput<typeof BundleSchema>;

/** The abstracts file: one entry per paper. */
export type Abstracts = (string | null)[];
