import { describe, expect, it } from 'vitest';
import { bundleProblem } from '../../../src/core/bundle/schema';
import type { Bundle } from '../../../src/core/bundle/types';
import { BundleError, validateAbstracts, validateBundle } from '../../../src/core/bundle/validate';
import { buildDataset } from '../../../src/core/pipeline';
import { fixtureFile } from '../ingest/corpus';
import { aclMain } from '../helpers';

const roundTrip = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));
const small = buildDataset([fixtureFile('break/jsonl-control-char-breaks-gexf.jsonl')]);

function refused(mutate: (b: Bundle) => void): string {
  const b = roundTrip(small.bundle) as Bundle;
  mutate(b);
  try {
    validateBundle(b, 'x/bundle.json');
  } catch (err) {
    expect(err).toBeInstanceOf(BundleError);
    return (err as BundleError).message;
  }
  throw new Error('the bundle was accepted');
}

describe('one bundle schema, checked by the build and by the viewer', () => {
  it('a built bundle, as written to disk, passes the viewer check', () => {
    // acl_2020_main.jsonl with default options, built once per run by the unit global setup
    const { bundle, abstracts } = aclMain();
    const read = validateBundle(roundTrip(bundle), 'bundle.json');
    expect(read.papers.title).toHaveLength(3022);
    expect(validateAbstracts(roundTrip(abstracts), 3022, 'abstracts.json')).toHaveLength(3022);
  });

  it('a fractional year (jsonl-fractional-year.jsonl) builds to its whole year with a note, and the viewer opens the bundle', () => {
    const file = fixtureFile('break/jsonl-fractional-year.jsonl');
    const { bundle, report } = buildDataset([file]);
    expect(bundle.papers.year).toEqual([2020]);
    expect(report.notes).toContainEqual(expect.objectContaining({ file: file.name, line: 1, note: 'year 2020.5 is not a whole year: 2020 used' }));
    expect(() => validateBundle(roundTrip(bundle), 'bundle.json')).not.toThrow();
  });

  it('the viewer refuses a fractional year with the path of the value', () => {
    expect(refused((b) => (b.papers.year[0] = 2020.5))).toBe('x/bundle.json: papers.year[0] should be a year (a whole number) or null, found 2020.5');
  });

  it('no co-author link (jsonl-no-coauthors-modularity-nan.jsonl): modularity is null, said as undefined, and the bundle is valid', () => {
    const { bundle, report } = buildDataset([fixtureFile('break/jsonl-no-coauthors-modularity-nan.jsonl')]);
    expect(bundle.stats.coauthorPairs).toBe(0);
    expect(bundle.stats.modularity).toBeNull();
    expect(report.modularity).toBeNull();
    expect(() => validateBundle(roundTrip(bundle), 'bundle.json')).not.toThrow();
  });

  it('names the first broken rule: types, missing columns, lengths, indices, community order', () => {
    expect(refused((b) => ((b.authors as { name: unknown }).name = 'x'))).toBe('x/bundle.json: authors.name should be an array, found "x"');
    expect(refused((b) => delete (b.papers as Partial<Bundle['papers']>).doi)).toBe('x/bundle.json: papers.doi is missing');
    expect(refused((b) => b.papers.x.push(1))).toBe(`x/bundle.json: papers.x has ${b0().papers.x.length + 1} entries, expected ${b0().papers.title.length}`);
    expect(refused((b) => (b.papers.authors[0]![0] = 999))).toBe(`x/bundle.json: papers.authors[0][0] should be an author index below ${b0().authors.name.length}, found 999`);
    expect(refused((b) => (b.authors.x[1] = Number.NaN))).toBe('x/bundle.json: authors.x[1] should be a number, found NaN');
    expect(refused((b) => (b.communities[0]!.id = 3))).toBe('x/bundle.json: communities[0].id should be 0, found 3');
    expect(refused((b) => ((b.options as { counting: string }).counting = 'half'))).toBe('x/bundle.json: options.counting should be "fractional" or "full", found "half"');
    expect(refused((b) => (b.abstractChunks!.count = 7))).toBe(
      'x/bundle.json: abstractChunks.count should be 0 (the chunks planned from papers.community and papers.hasAbstract), found 7',
    );
    expect(refused((b) => ((b.abstractChunks as { size: number }).size = 0))).toBe('x/bundle.json: abstractChunks.size should be a whole number of at least 1, found 0');
    expect(refused((b) => ((b as { kind: string }).kind = 'other'))).toBe('x/bundle.json: not a Coauthor Atlas bundle (kind is "other", expected "coauthor-atlas")');
  });

  it('a later format asks for a newer viewer', () => {
    try {
      validateBundle({ ...(roundTrip(small.bundle) as object), format: 99 }, 'b.json');
      throw new Error('accepted');
    } catch (err) {
      expect((err as BundleError).kind).toBe('newer-format');
    }
  });

  it('bundleProblem is null for every bundle the build makes from the break cases', () => {
    for (const name of ['jsonl-6000-authors-one-paper.jsonl', 'jsonl-control-char-breaks-gexf.jsonl', 'bib-percent-hides-next-entry-same-line.bib']) {
      expect(bundleProblem(roundTrip(buildDataset([fixtureFile(`break/${name}`)], { maxAuthors: 50 }).bundle))).toBeNull();
    }
  });
});

function b0(): Bundle {
  return small.bundle;
}
