/**
 * Schema check for a bundle read from disk or the network: a clear message naming the file and
 * the problem instead of a blank page or a crash deep inside the viewer.
 */
import { BUNDLE_FORMAT, BUNDLE_KIND, type Abstracts, type Bundle } from './types';

export type BundleProblemKind = 'missing' | 'not-json' | 'invalid' | 'newer-format';

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

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  constructor(private readonly file: string) {}

  fail(problem: string): never {
    throw new BundleError(this.file, 'invalid', problem);
  }

  obj(v: unknown, path: string): Obj {
    if (!isObj(v)) this.fail(`${path} should be an object`);
    return v;
  }

  /** An array of exactly `length` items (when given) where every item passes `item`. */
  arr(v: unknown, path: string, length: number | null, item?: (x: unknown) => boolean, expected?: string): unknown[] {
    if (!Array.isArray(v)) this.fail(`${path} should be an array`);
    if (length !== null && v.length !== length) this.fail(`${path} has ${v.length} entries, expected ${length}`);
    if (item) {
      for (let i = 0; i < v.length; i++) {
        if (!item(v[i])) this.fail(`${path}[${i}] should be ${expected}, found ${describe(v[i])}`);
      }
    }
    return v;
  }

  num(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path} should be a number, found ${describe(v)}`);
    return v;
  }

  str(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(`${path} should be a string, found ${describe(v)}`);
    return v;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const isFiniteNum = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
const isStr = (x: unknown): boolean => typeof x === 'string';
const isStrOrNull = (x: unknown): boolean => x === null || typeof x === 'string';
const isIndex = (n: number) => (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n;
const isIndexOrNull = (n: number) => (x: unknown): boolean => x === null || isIndex(n)(x);

/**
 * Check that `value` (parsed JSON) is a bundle this viewer can draw. Throws BundleError naming `file`.
 * Checks shape, column lengths and every index, so the viewer can trust the data afterwards.
 */
export function validateBundle(json: unknown, file: string): Bundle {
  const c = new Checker(file);
  const value: Obj = isObj(json) ? json : c.fail('not a Coauthor Atlas bundle (the file holds no JSON object)');
  if (value.kind !== BUNDLE_KIND) {
    c.fail(`not a Coauthor Atlas bundle (kind is ${describe(value.kind)}, expected "${BUNDLE_KIND}")`);
  }
  const format = value.format;
  if (!Number.isInteger(format)) c.fail(`format should be an integer, found ${describe(format)}`);
  if ((format as number) > BUNDLE_FORMAT) {
    throw new BundleError(
      file,
      'newer-format',
      `made by a newer version of Coauthor Atlas (bundle format ${format}; this viewer reads format ${BUNDLE_FORMAT}). Update the viewer or rebuild the bundle with this version.`,
    );
  }
  if ((format as number) < 1) c.fail(`unknown bundle format ${format}`);
  c.str(value.name, 'name');

  const authors = c.obj(value.authors, 'authors');
  const nA = c.arr(authors.name, 'authors.name', null, isStr, 'a string').length;
  const papers = c.obj(value.papers, 'papers');
  const nP = c.arr(papers.title, 'papers.title', null, isStr, 'a string').length;
  const venues = c.arr(value.venues, 'venues', null, isStr, 'a string');

  c.arr(authors.aliases, 'authors.aliases', nA, (x) => Array.isArray(x) && x.every(isStr), 'a list of strings');
  c.arr(authors.orcid, 'authors.orcid', nA, isStrOrNull, 'a string or null');
  for (const col of ['paperCount', 'coauthorCount', 'weightedDegree', 'x', 'y'] as const) {
    c.arr(authors[col], `authors.${col}`, nA, isFiniteNum, 'a number');
  }

  c.arr(papers.year, 'papers.year', nP, (x) => x === null || Number.isInteger(x), 'a year or null');
  c.arr(papers.venue, 'papers.venue', nP, isIndexOrNull(venues.length), 'a venue index or null');
  c.arr(papers.doi, 'papers.doi', nP, isStrOrNull, 'a string or null');
  c.arr(papers.url, 'papers.url', nP, isStrOrNull, 'a string or null');
  c.arr(papers.authors, 'papers.authors', nP, (x) => Array.isArray(x) && x.every(isIndex(nA)), 'a list of author indices');
  c.arr(papers.hasAbstract, 'papers.hasAbstract', nP, (x) => x === 0 || x === 1, '0 or 1');
  c.arr(papers.x, 'papers.x', nP, isFiniteNum, 'a number');
  c.arr(papers.y, 'papers.y', nP, isFiniteNum, 'a number');

  const communities = c.arr(value.communities, 'communities', null);
  const nC = communities.length;
  c.arr(authors.community, 'authors.community', nA, isIndex(nC), 'a community index');
  c.arr(papers.community, 'papers.community', nP, isIndex(nC), 'a community index');
  communities.forEach((raw, i) => {
    const path = `communities[${i}]`;
    const com = c.obj(raw, path);
    if (com.id !== i) c.fail(`${path}.id should be ${i}, found ${describe(com.id)}`);
    c.num(com.size, `${path}.size`);
    c.num(com.paperCount, `${path}.paperCount`);
    c.str(com.label, `${path}.label`);
    c.arr(com.terms, `${path}.terms`, null, isStr, 'a string');
    c.arr(com.topAuthors, `${path}.topAuthors`, null, isIndex(nA), 'an author index');
    c.num(com.x, `${path}.x`);
    c.num(com.y, `${path}.y`);
  });

  const links = c.obj(value.coauthorLinks, 'coauthorLinks');
  const nL = c.arr(links.source, 'coauthorLinks.source', null, isIndex(nA), 'an author index').length;
  c.arr(links.target, 'coauthorLinks.target', nL, isIndex(nA), 'an author index');
  c.arr(links.weight, 'coauthorLinks.weight', nL, isFiniteNum, 'a number');
  c.arr(links.shared, 'coauthorLinks.shared', nL, isFiniteNum, 'a number');

  if (value.focalAuthor !== null && !isIndex(nA)(value.focalAuthor)) {
    c.fail(`focalAuthor should be an author index or null, found ${describe(value.focalAuthor)}`);
  }
  c.obj(value.options, 'options');
  c.obj(value.stats, 'stats');
  if (value.abstractsFile !== null && typeof value.abstractsFile !== 'string') {
    c.fail(`abstractsFile should be a relative URL or null, found ${describe(value.abstractsFile)}`);
  }
  return value as unknown as Bundle;
}

/** Check an abstracts file against its bundle: one string or null per paper. */
export function validateAbstracts(value: unknown, paperCount: number, file: string): Abstracts {
  const c = new Checker(file);
  c.arr(value, 'abstracts', paperCount, isStrOrNull, 'a string or null');
  return value as Abstracts;
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
