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

  it('names many files by the first and a count, not all of them joined (tester K: eight case files named the map with all eight)', () => {
    const files = ['01-ris-semicolon-authors.ris', '02-openalex-family-comma.jsonl', '04-bib-latin1.bib', '05-bib-crossref-chapters.bib', '06-bib-et-al.bib', '18-ris-vancouver-initials.ris', 'bib-percent-hides-next-entry-same-line.bib'];
    expect(datasetNameOf(files)).toBe('01-ris-semicolon-authors + 6 more');
    expect(datasetNameOf(['geom.bib', 'cdl.bib'])).toBe('geom + cdl');
    // three short names still all fit; three long ones do not
    expect(datasetNameOf(['a.bib', 'b.ris', 'c.json'])).toBe('a + b + c');
    expect(datasetNameOf(files.slice(0, 3))).toBe('01-ris-semicolon-authors + 2 more');
    expect(datasetNameOf(['a.bib', 'b.bib', 'c.bib', 'd.bib'])).toBe('a + 3 more');
    expect(datasetNameOf(['x.bib', 'x.ris', 'y.bib'])).toBe('x + y');
  });

  it('is the name a build without one gives its dataset', () => {
    const { bundle } = buildText('lab-2020.jsonl', JSON.stringify({ id: 'p1', title: 'One paper', authors: ['Ann Other', 'Bo Lee'], year: 2020 }));
    expect(bundle.name).toBe('lab-2020');
  });
});
