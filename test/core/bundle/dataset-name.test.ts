/** The name a dataset gets from its files when the user gives none (the import dialog and the build alike). */
import { describe, expect, it } from 'vitest';
import { datasetNameOf } from '../../../src/core/bundle/dataset-name';
import { buildText } from '../helpers';

describe('datasetNameOf', () => {
  it('joins the file stems, each once (a tester: two exports of one list named "xss + xss")', () => {
    expect(datasetNameOf(['xss.bib', 'xss.ris'])).toBe('xss');
    expect(datasetNameOf(['a.bib', 'dir/b.ris', 'C:\\lists\\c.json'])).toBe('a + b + c');
    expect(datasetNameOf([])).toBe('');
    // the whole anthology as it comes (the 70k map's header said "acl_all.jsonl")
    expect(datasetNameOf(['corpora/acl_all.jsonl.gz'])).toBe('acl_all');
    expect(datasetNameOf(['works.GZ', 'lab.v2.bib', 'lab.v3.jsonl.gz'])).toBe('works + lab.v2 + lab.v3');
  });

  it('is the name a build without one gives its dataset', () => {
    const { bundle } = buildText('lab-2020.jsonl', JSON.stringify({ id: 'p1', title: 'One paper', authors: ['Ann Other', 'Bo Lee'], year: 2020 }));
    expect(bundle.name).toBe('lab-2020');
  });
});
