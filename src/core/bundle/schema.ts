/**
 * THE bundle schema (valibot): the build checks every bundle against it before handing it out or writing it,
 * the viewer checks every bundle it loads against it, and the bundle's TypeScript types (types.ts) are
 * derived from it. One definition, so the build can never write what the viewer refuses.
 *
 * Two layers: the shape (types per column item, written below as valibot schemas whose messages say what a
 * value "should be") and the cross-column rules (every column as long as its table, every index inside its
 * table, community ids in order), checked by one `rawCheck` after the shape passed.
 */
import * as v from 'valibot';

/** Kind marker of every bundle. */
export const BUNDLE_KIND = 'coauthor-atlas';
/**
 * The bundle format this code writes and reads (older formats are read as long as they pass the schema).
 * 2: optional `affiliations` (organisation and country per authorship).
 * 3: `abstractChunks`: abstracts in chunk files read per panel (abstract-chunks.ts) instead of one file.
 */
export const BUNDLE_FORMAT = 3;

const str = v.string('a string');
const strOrNull = v.nullable(v.string('a string or null'));
const num = v.pipe(v.number('a number'), v.finite('a finite number'));
const count = v.pipe(v.number('a whole number'), v.integer('a whole number'), v.minValue(0, 'a whole number'));
const index = v.pipe(v.number('an index'), v.integer('an index'), v.minValue(0, 'an index'));
const indexOrNull = v.nullable(v.pipe(v.number('an index or null'), v.integer('an index or null'), v.minValue(0, 'an index or null')));

/*
 * Columns (arrays with one item per author, paper or link: up to hundreds of thousands of items) are checked by
 * one tight loop per column instead of one valibot schema per item: the same rule, ten times faster on the 30k
 * bundle (figures in the README). The item type is declared once, next to its test.
 */
const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isIndexOrNull = (x: unknown): x is number | null => x === null || isCount(x);
/** A calendar year: a whole number (year 0 and negative years are allowed: BCE works exist). */
const isYearOrNull = (x: unknown): x is number | null => x === null || Number.isInteger(x);
const isStrList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isIndexList = (x: unknown): x is number[] => Array.isArray(x) && x.every(isCount);
const is01 = (x: unknown): x is 0 | 1 => x === 0 || x === 1;
const isIndexOrNullList = (x: unknown): x is (number | null)[] => Array.isArray(x) && x.every(isIndexOrNull);

/*
 * One hand-written loop per item type (the whole-column fast path): a single generic loop calling `ok` per item
 * sees ten different predicates and stops being inlined by the engine, which made the first check of a page
 * (before the JIT warms up) several times slower. Each loop says the same as its predicate above; the predicate
 * alone finds the first bad item for the message.
 */
const ALL = new Map<(x: unknown) => boolean, (a: unknown[]) => boolean>([
  [isStr, (a) => { for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false; return true; }],
  [isStrOrNull, (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (x !== null && typeof x !== 'string') return false; } return true; }],
  [isNum, (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (typeof x !== 'number' || x - x !== 0) return false; } return true; }],
  [isCount, (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (typeof x !== 'number' || !(x >= 0) || x % 1 !== 0 || x === Infinity) return false; } return true; }],
  [isIndexOrNull, (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (x !== null && (typeof x !== 'number' || !(x >= 0) || x % 1 !== 0 || x === Infinity)) return false; } return true; }],
  [isYearOrNull, (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (x !== null && (typeof x !== 'number' || x % 1 !== 0 || x - x !== 0)) return false; } return true; }],
  [is01, (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (x !== 0 && x !== 1) return false; } return true; }],
  [isStrList, (a) => {
    for (let i = 0; i < a.length; i++) {
      const row = a[i];
      if (!Array.isArray(row)) return false;
      for (let k = 0; k < row.length; k++) if (typeof row[k] !== 'string') return false;
    }
    return true;
  }],
  [isIndexList, (a) => {
    for (let i = 0; i < a.length; i++) {
      const row = a[i];
      if (!Array.isArray(row)) return false;
      for (let k = 0; k < row.length; k++) { const x = row[k]; if (typeof x !== 'number' || !(x >= 0) || x % 1 !== 0 || x === Infinity) return false; }
    }
    return true;
  }],
  [isIndexOrNullList, (a) => {
    for (let i = 0; i < a.length; i++) {
      const row = a[i];
      if (!Array.isArray(row)) return false;
      for (let k = 0; k < row.length; k++) { const x = row[k]; if (x !== null && (typeof x !== 'number' || !(x >= 0) || x % 1 !== 0 || x === Infinity)) return false; }
    }
    return true;
  }],
]);

/** A column: an array whose every item passes `ok` (said as `expected` in the message, with the first bad item's index). */
function column<T>(ok: (x: unknown) => x is T, expected: string) {
  const all = ALL.get(ok);
  const check = (input: unknown): boolean => {
    if (!Array.isArray(input)) return false;
    if (all) return all(input);
    for (let i = 0; i < input.length; i++) if (!ok(input[i])) return false;
    return true;
  };
  return v.custom<T[]>(check, (issue) => {
    const input = issue.input;
    if (!Array.isArray(input)) return ` should be an array, found ${describeValue(input)}`;
    const i = input.findIndex((x) => !ok(x));
    return `[${i}] should be ${expected}, found ${describeValue(input[i])}`;
  });
}

export const BuildOptionsSchema = v.object({
  counting: v.picklist(['fractional', 'full'], '"fractional" or "full"'),
  /** Papers with more authors add no co-author weight (null: no cap). */
  maxAuthors: v.nullable(v.pipe(v.number('a whole number or null'), v.integer('a whole number or null'), v.minValue(2, 'a whole number of at least 2 or null'))),
  resolution: v.pipe(num, v.gtValue(0, 'a positive number')),
  seed: v.pipe(v.number('a whole number'), v.integer('a whole number')),
});

export const BundleAuthorsSchema = v.object({
  /** Display name: the most frequent spelling, or one that only adds the marks it lacks (`properlyMarked`). */
  name: column(isStr, 'a string'),
  /** Every other spelling seen for this person. */
  aliases: column(isStrList, 'a list of strings'),
  orcid: column(isStrOrNull, 'a string or null'),
  /** Community index per author. */
  community: column(isCount, 'a community index'),
  paperCount: column(isCount, 'a whole number'),
  coauthorCount: column(isCount, 'a whole number'),
  /** Sum of co-author link weights (fractional or full, per options). */
  weightedDegree: column(isNum, 'a number'),
  x: column(isNum, 'a number'),
  y: column(isNum, 'a number'),
});

export const BundlePapersSchema = v.object({
  title: column(isStr, 'a string'),
  year: column(isYearOrNull, 'a year (a whole number) or null'),
  /** Index into `venues`, or null. */
  venue: column(isIndexOrNull, 'a venue index or null'),
  doi: column(isStrOrNull, 'a string or null'),
  url: column(isStrOrNull, 'a string or null'),
  /** Author indices, byline order. */
  authors: column(isIndexList, 'a list of author indices'),
  community: column(isCount, 'a community index'),
  /** 1 when an abstract exists in the abstracts file. */
  hasAbstract: column(is01, '0 or 1'),
  x: column(isNum, 'a number'),
  y: column(isNum, 'a number'),
});

/** Weighted co-author projection; source < target, sorted by (source, target). */
export const BundleCoauthorLinksSchema = v.object({
  source: column(isCount, 'an author index'),
  target: column(isCount, 'an author index'),
  weight: column(isNum, 'a number'),
  /** Number of shared papers (full count), whatever the counting. */
  shared: column(isCount, 'a whole number'),
});

export const BundleCommunitySchema = v.object(
  {
    /** Index in `communities`; communities are numbered by size, largest first. */
    id: index,
    size: count,
    paperCount: count,
    /** Short label: distinctive terms when computed, else top author names. */
    label: str,
    /** Distinctive terms (may be empty). */
    terms: v.array(str, 'a list of strings'),
    /** Author indices, most weighted degree first (at most 10). */
    topAuthors: v.array(index, 'a list of author indices'),
    x: num,
    y: num,
  },
  'an object',
);

/**
 * Where each author was when writing each paper, as the input states it (WoS C1, Scopus, PubMed AD, OpenAlex
 * institutions, Dimensions). Format 2; absent when no input carries affiliations.
 */
export const BundleAffiliationsSchema = v.object(
  {
    /** Organisation names, each once. */
    orgs: column(isStr, 'a string'),
    /** Countries (ISO 3166-1 alpha-2 code when the input gives one, else as written), each once. */
    countries: column(isStr, 'a string'),
    /** Per paper, per author in `papers.authors` order: index into `orgs`, or null when unknown. */
    org: column(isIndexOrNullList, 'a list of organisation indices or nulls'),
    /** Per paper, per author in `papers.authors` order: index into `countries`, or null when unknown. */
    country: column(isIndexOrNullList, 'a list of country indices or nulls'),
  },
  'an object',
);

const BundleShape = v.object(
  {
    kind: v.literal(BUNDLE_KIND, `"${BUNDLE_KIND}"`),
    format: v.pipe(v.number('a format number'), v.integer('a format number'), v.minValue(1, 'a format number (1 or more)')),
    name: str,
    /** Author index of the list's focal author, or null. */
    focalAuthor: indexOrNull,
    options: BuildOptionsSchema,
    stats: v.object(
      {
        papers: count,
        authors: count,
        authorships: count,
        coauthorPairs: count,
        communities: count,
        /** Newman's modularity of the communities; null when undefined (no co-author link at all). */
        modularity: v.nullable(v.pipe(v.number('a number or null'), v.finite('a finite number or null'))),
      },
      'an object',
    ),
    venues: column(isStr, 'a string'),
    authors: v.object(BundleAuthorsSchema.entries, 'an object'),
    papers: v.object(BundlePapersSchema.entries, 'an object'),
    coauthorLinks: v.object(BundleCoauthorLinksSchema.entries, 'an object'),
    communities: v.array(BundleCommunitySchema, 'an array'),
    /** Organisation and country per authorship (format 2, optional). */
    affiliations: v.optional(BundleAffiliationsSchema),
    /**
     * People written two or more times on one paper's byline (counted once in `papers.authors`): the paper, the
     * person and the byline positions (0-based, ascending). Two people of one name who wrote together, or a data
     * error; evidence for the who-is-who check (homonyms.ts `listedTwice`). Optional (absent: none, or a bundle
     * built before it was kept); no format change, since a viewer that does not know it drops it.
     */
    repeatedAuthors: v.optional(
      v.array(
        v.object({ paper: index, author: index, positions: v.array(count, 'a list of byline positions') }, 'an object'),
        'an array',
      ),
    ),
    /** Relative URL of the abstracts file (JSON array of string|null aligned with papers), or null when chunked or kept by the caller. */
    abstractsFile: strOrNull,
    /**
     * Format 3: the abstracts in chunk files `<dir><i>.json` (i < count), `size` papers with an abstract each,
     * planned from `papers.community` and `papers.hasAbstract` (abstract-chunks.ts); null or absent: none.
     */
    abstractChunks: v.optional(
      v.nullable(
        v.object(
          {
            dir: str,
            size: v.pipe(v.number('a whole number of at least 1'), v.integer('a whole number of at least 1'), v.minValue(1, 'a whole number of at least 1')),
            count,
          },
          'an object',
        ),
      ),
    ),
  },
  'an object',
);

type Shape = v.InferOutput<typeof BundleShape>;

/** The cross-column rules, as messages (empty: all hold). Stops at the first broken rule of each column. */
export function crossColumnProblems(b: Shape): string[] {
  const problems: string[] = [];
  const nA = b.authors.name.length;
  const nP = b.papers.title.length;
  const nC = b.communities.length;
  const nV = b.venues.length;
  const nL = b.coauthorLinks.source.length;
  const sameLength = (table: string, n: number, cols: Record<string, unknown[]>) => {
    for (const [col, arr] of Object.entries(cols)) {
      if (arr.length !== n) problems.push(`${table}.${col} has ${arr.length} entries, expected ${n}`);
    }
  };
  const a = b.authors;
  const p = b.papers;
  const l = b.coauthorLinks;
  sameLength('authors', nA, { aliases: a.aliases, orcid: a.orcid, community: a.community, paperCount: a.paperCount, coauthorCount: a.coauthorCount, weightedDegree: a.weightedDegree, x: a.x, y: a.y });
  sameLength('papers', nP, { year: p.year, venue: p.venue, doi: p.doi, url: p.url, authors: p.authors, community: p.community, hasAbstract: p.hasAbstract, x: p.x, y: p.y });
  sameLength('coauthorLinks', nL, { target: l.target, weight: l.weight, shared: l.shared });
  const below = (path: string, arr: readonly (number | null)[], n: number, what: string) => {
    for (let i = 0; i < arr.length; i++) {
      const x = arr[i];
      if (x != null && x >= n) {
        problems.push(`${path}[${i}] should be ${what} below ${n}, found ${x}`);
        return;
      }
    }
  };
  below('authors.community', a.community, nC, 'a community index');
  below('papers.community', p.community, nC, 'a community index');
  below('papers.venue', p.venue, nV, 'a venue index');
  for (let i = 0; i < p.authors.length; i++) {
    const list = p.authors[i]!;
    const bad = list.findIndex((x) => x >= nA);
    if (bad !== -1) {
      problems.push(`papers.authors[${i}][${bad}] should be an author index below ${nA}, found ${list[bad]}`);
      break;
    }
  }
  below('coauthorLinks.source', l.source, nA, 'an author index');
  below('coauthorLinks.target', l.target, nA, 'an author index');
  for (let i = 0; i < b.communities.length; i++) {
    const c = b.communities[i]!;
    if (c.id !== i) problems.push(`communities[${i}].id should be ${i}, found ${c.id}`);
    below(`communities[${i}].topAuthors`, c.topAuthors, nA, 'an author index');
  }
  if (b.affiliations) {
    const f = b.affiliations;
    for (const [col, n, table] of [['org', f.orgs.length, 'orgs'], ['country', f.countries.length, 'countries']] as const) {
      const rows = f[col];
      if (rows.length !== nP) {
        problems.push(`affiliations.${col} has ${rows.length} entries, expected ${nP}`);
        continue;
      }
      for (let i = 0; i < nP; i++) {
        const row = rows[i]!;
        if (row.length !== p.authors[i]!.length) {
          problems.push(`affiliations.${col}[${i}] has ${row.length} entries, expected ${p.authors[i]!.length} (one per author of the paper)`);
          break;
        }
        const bad = row.findIndex((x) => x != null && x >= n);
        if (bad !== -1) {
          problems.push(`affiliations.${col}[${i}][${bad}] should be an index into affiliations.${table} below ${n}, found ${row[bad]}`);
          break;
        }
      }
    }
  }
  if (b.repeatedAuthors) {
    for (let i = 0; i < b.repeatedAuthors.length; i++) {
      const r = b.repeatedAuthors[i]!;
      const problem =
        r.paper >= nP
          ? `paper should be a paper index below ${nP}, found ${r.paper}`
          : !p.authors[r.paper]!.includes(r.author)
            ? `author ${r.author} is not among the authors of paper ${r.paper}`
            : r.positions.length < 2
              ? `positions should list 2 or more byline positions, found ${r.positions.length}`
              : null;
      if (problem) {
        problems.push(`repeatedAuthors[${i}]: ${problem}`);
        break;
      }
    }
  }
  if (b.abstractChunks && problems.length === 0) {
    const { count: n, size } = b.abstractChunks;
    let withAbstract = 0;
    for (let i = 0; i < nP; i++) withAbstract += p.hasAbstract[i]!;
    const planned = Math.ceil(withAbstract / size);
    if (n !== planned) problems.push(`abstractChunks.count should be ${planned} (the chunks planned from papers.community and papers.hasAbstract), found ${n}`);
  }
  if (b.focalAuthor !== null && b.focalAuthor >= nA) problems.push(`focalAuthor should be an author index below ${nA} or null, found ${b.focalAuthor}`);
  return problems;
}

/** The whole bundle schema: shape, then cross-column rules. */
export const BundleSchema = v.pipe(
  BundleShape,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const message of crossColumnProblems(dataset.value)) addIssue({ message });
  }),
);

/** The abstracts file: one string or null per paper (its length is checked against the bundle by the caller). */
export const AbstractsSchema = column(isStrOrNull, 'a string or null');

/** An abstracts chunk file: one string per paper of the chunk (its length is checked against the plan by the caller). */
export const AbstractChunkSchema = column(isStr, 'a string');

/** How a value looks in a message: short, never the whole thing. */
export function describeValue(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return `"${x.length > 40 ? `${x.slice(0, 40)}…` : x}"`;
  if (typeof x === 'object') return 'an object';
  return String(x);
}

/** `papers.year[0]` from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line per issue: `papers.year[0] should be a year (a whole number) or null, found 2020.5`. */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'raw_check') return issue.message;
  const path = issuePath(issue) || 'the bundle';
  if (issue.type === 'custom') return `${path}${issue.message}`;
  if (issue.input === undefined) return `${path} is missing`;
  return `${path} should be ${issue.message}, found ${describeValue(issue.input)}`;
}

/**
 * Check a parsed bundle against the schema. Returns the first problem as a message (null: valid).
 * Cost on the 30k-paper bundle: see README ("bundle schema check").
 */
export function bundleProblem(value: unknown): string | null {
  const r = v.safeParse(BundleSchema, value, { abortEarly: true });
  return r.success ? null : issueMessage(r.issues[0]);
}
