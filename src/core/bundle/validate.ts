/**
 * Schema check for a bundle read from disk or the network: a clear message naming the file and
 * the problem instead of a blank page or a crash deep inside the viewer.
 */
import * as v from 'valibot';
import { AbstractChunkSchema, AbstractsSchema, BUNDLE_FORMAT, BUNDLE_KIND, bundleProblem, describeValue } from './schema';
import type { Abstracts, Bundle } from './types';

export type BundleProblemKind = 'missing' | 'not-json' | 'invalid' | 'newer-format' | 'refused';

/**
 * A bundle or abstracts file that cannot be opened: `file` (its path or URL), `kind` (missing, refused as another site's, not JSON, not a
 * valid bundle, or written by a newer version) and `problem` (a sentence for the user); the message is
 * `file: problem`.
 */
export class BundleError extends Error {
  readonly file: string;
  readonly kind: BundleProblemKind;
  readonly problem: string;
  constructor(file: string, kind: BundleProblemKind, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'BundleError';
    this.file = file;
    this.kind = kind;
    this.problem = problem;
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Check that `json` (parsed JSON) is a bundle this viewer can draw, against the one bundle schema (schema.ts):
 * shape, column lengths and every index, so the viewer can trust the data afterwards.
 * Throws BundleError naming `file`: kind "newer-format" for a bundle of a later format, else "invalid".
 */
export function validateBundle(json: unknown, file: string): Bundle {
  if (!isObj(json)) throw new BundleError(file, 'invalid', 'not a Coauthor Atlas bundle (the file holds no JSON object)');
  if (json.kind !== BUNDLE_KIND) {
    throw new BundleError(file, 'invalid', `not a Coauthor Atlas bundle (kind is ${describeValue(json.kind)}, expected "${BUNDLE_KIND}")`);
  }
  const format = json.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > BUNDLE_FORMAT) {
    throw new BundleError(
      file,
      'newer-format',
      `made by a newer version of Coauthor Atlas (bundle format ${format}; this viewer reads format ${BUNDLE_FORMAT}). Update the viewer or rebuild the bundle with this version.`,
    );
  }
  const problem = bundleProblem(json);
  if (problem) throw new BundleError(file, 'invalid', problem);
  return json as unknown as Bundle;
}

/** Check an abstracts file against its bundle: one string or null per paper. */
export function validateAbstracts(value: unknown, paperCount: number, file: string): Abstracts {
  const r = v.safeParse(AbstractsSchema, value, { abortEarly: true });
  if (!r.success) throw new BundleError(file, 'invalid', `abstracts${r.issues[0].message}`);
  if (r.output.length !== paperCount) throw new BundleError(file, 'invalid', `abstracts has ${r.output.length} entries, expected ${paperCount}`);
  return value as Abstracts;
}

/**
 * Check an abstracts chunk file (bundle format 3) against its plan: one string per paper of the chunk.
 * @param value the parsed chunk file
 * @param expected how many papers the plan puts in this chunk (abstract-chunks.ts)
 * @param file the file's name, for the message
 * @throws BundleError (kind "invalid") naming `file` and the first bad entry or the wrong length.
 */
export function validateAbstractChunk(value: unknown, expected: number, file: string): string[] {
  const r = v.safeParse(AbstractChunkSchema, value, { abortEarly: true });
  if (!r.success) throw new BundleError(file, 'invalid', `abstracts${r.issues[0].message}`);
  if (r.output.length !== expected) throw new BundleError(file, 'invalid', `abstracts has ${r.output.length} entries, expected ${expected} (the papers with an abstract the bundle puts in this chunk)`);
  return value as string[];
}

/** Parse JSON text, turning a syntax error into a BundleError that names the file. */
export function parseBundleJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new BundleError(file, 'not-json', `not valid JSON (${why})`);
  }
}
