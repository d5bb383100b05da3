/**
 * The dataset index (`public/data/index.json`): the list of served datasets the viewer offers, written by
 * the CLI (`scripts/lib/write-dataset.ts`) and read by the viewer (`app/data/load-bundle.ts`). One schema
 * (valibot) for both; the type is derived from it. Optional fields that are malformed are dropped rather
 * than refused (an older or hand-edited index still opens).
 */
import * as v from 'valibot';

const optional = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

export const DatasetIndexEntrySchema = v.object({
  id: v.string(),
  /** Bundle path relative to the app, e.g. "data/wang-jialiang/bundle.json". */
  bundle: v.string(),
  /** Shown in the dataset switcher (the id when missing). */
  name: optional(v.string()),
  papers: optional(v.number()),
  authors: optional(v.number()),
  /** The paper lists it was built from, as paths the viewer can fetch (so it can rebuild it, e.g. with aliases). */
  inputs: optional(v.pipe(v.array(v.string()), v.minLength(1))),
  /** The alias file it was built with, likewise. */
  aliases: optional(v.string()),
  /** A sample that ships with the app (`ensure-default`); datasets the user built with `build:graph` have none. */
  sample: optional(v.boolean()),
});

export type DatasetIndexEntry = v.InferOutput<typeof DatasetIndexEntrySchema>;

/**
 * Check a parsed index.json. Returns its entries; throws an Error saying which entry lacks its `id` or
 * `bundle` path, or that the file is not a list.
 */
export function parseDatasetIndex(value: unknown): DatasetIndexEntry[] {
  if (!Array.isArray(value)) throw new Error('should be a list of datasets');
  return value.map((entry, i) => {
    const parsed = v.safeParse(DatasetIndexEntrySchema, entry);
    if (!parsed.success) throw new Error(`entry ${i} should have an "id" and a "bundle" path`);
    return parsed.output;
  });
}

/** The valid entries of a parsed index.json (others left out), for a writer that keeps what it can. */
export function validIndexEntries(value: unknown): DatasetIndexEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = v.safeParse(DatasetIndexEntrySchema, entry);
    return parsed.success ? [parsed.output] : [];
  });
}
