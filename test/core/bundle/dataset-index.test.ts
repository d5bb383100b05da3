/** The dataset index (public/data/index.json): one schema for the CLI that writes it and the viewer that reads it. */
import { describe, expect, it } from 'vitest';
import { parseDatasetIndex, validIndexEntries } from '../../../src/core/bundle/dataset-index';

describe('dataset index', () => {
  const good = { id: 'seed', name: 'Seed', bundle: 'data/seed/bundle.json', papers: 9, authors: 109, inputs: ['samples/seed.txt'], sample: true };

  it('reads what the CLI writes', () => {
    expect(parseDatasetIndex([good])).toEqual([good]);
  });

  it('drops malformed optional fields; refuses an entry without id or bundle, saying which', () => {
    expect(parseDatasetIndex([{ id: 'x', bundle: 'data/x/bundle.json', name: 3, inputs: 'a.bib' }])).toEqual([{ id: 'x', bundle: 'data/x/bundle.json' }]);
    expect(() => parseDatasetIndex([good, { name: 'no id' }])).toThrow('entry 1 should have an "id" and a "bundle" path');
    expect(() => parseDatasetIndex({})).toThrow('should be a list of datasets');
  });

  it('a writer keeps the valid entries of a damaged index', () => {
    expect(validIndexEntries([good, { bundle: 'x' }, null]).map((e) => e.id)).toEqual(['seed']);
    expect(validIndexEntries('not a list')).toEqual([]);
  });
});
