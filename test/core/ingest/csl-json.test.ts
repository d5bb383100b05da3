import { describe, expect, it } from 'vitest';
import { readCslJson } from '../../../src/core/ingest/csl-json';
import { IngestError } from '../../../src/core/ingest/errors';
import { detectFormat, readInput } from '../../../src/core/ingest/index';
import { fixtureFile } from './corpus';

describe('CSL-JSON reader (sample.csl.json, written to the CSL-JSON schema)', () => {
  const file = fixtureFile('sample.csl.json');
  const r = readCslJson(file);

  it('reads family/given/particle/suffix/literal names, issued in its three forms, abstract, DOI, container-title, URL', () => {
    expect(r.papers.map((p) => [p.id, p.source.line, p.authors, p.year])).toEqual([
      ['lecun2015', 2, ['LeCun, Yann', 'Bengio, Yoshua', 'Hinton, Geoffrey'], 2015],
      ['vaswani2017', 20, ['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki', 'Uszkoreit, Jakob', 'Jones, Llion', 'Gomez, Aidan N.', 'Kaiser, Łukasz', 'Polosukhin, Illia'], 2017],
      ['gogh-letters', 37, ['van Gogh, Vincent'], 1996],
      ['pdp1986', 47, ['Rumelhart, David E.', 'McClelland, James L.'], 1986],
      ['brooks1975', 58, ['Brooks, Jr., Frederick P.'], 1975],
      ['rcore', 65, ['R Core Team'], 2023],
    ]);
    expect(r.papers[0]).toMatchObject({
      title: 'Deep learning',
      venue: 'Nature',
      doi: '10.1038/nature14539',
      url: 'https://www.nature.com/articles/nature14539',
      abstract: expect.stringMatching(/^Deep learning allows computational models/),
    });
    // CSL rich-text markup is not text: read so with the file's one markup note (readInput's tidyMarkup)
    expect(readInput(file).papers[1]!.title).toBe('Attention is all you need');
  });

  it('uses editors only when there is no author, and says so; skips items with neither, with their line', () => {
    expect(r.papers[2]!.authors).toEqual(['van Gogh, Vincent']);
    expect(r.notes).toEqual([expect.objectContaining({ line: 47, record: 'pdp1986', note: expect.stringMatching(/editor/) })]);
    expect(r.skipped).toEqual([expect.objectContaining({ line: 73, reason: 'no authors or editors and no title', record: 'untitled-note' })]);
  });

  it('stops at a JSON syntax error with its line', () => {
    const broken = file.text.replace('"title": "Deep learning",', '"title": "Deep learning"');
    try {
      readCslJson({ name: 'broken.json', text: broken });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
      expect((err as IngestError).line).toBe(6);
      expect((err as IngestError).message).toBe('broken.json:6: not valid JSON: "," is expected');
    }
    expect(() => readCslJson({ name: 'cut.json', text: file.text.slice(0, 400) })).toThrowError(/^cut\.json:\d+: not valid JSON/);
  });

  it('a comma after the last item is named on its own line, not the line of the bracket after it', () => {
    const item = '  {"id": "a", "type": "article-journal", "title": "T", "author": [{"family": "Doe", "given": "J"}]}';
    expect(() => readCslJson({ name: 'trailing.json', text: `[\n${item},\n]\n` })).toThrowError(
      new IngestError('trailing.json', 2, 'a comma after the last item (trailing commas are not JSON)'),
    );
    // inside an item too, with blank lines between the comma and the brace
    const inner = '[\n  {"id": "a", "type": "book",\n   "title": "T",\n\n}\n]';
    expect(() => readCslJson({ name: 'inner.json', text: inner })).toThrowError(/^inner\.json:3: a comma after the last item \(trailing commas are not JSON\)$/);
    // a comma before a bracket inside a string is text
    expect(readCslJson({ name: 'ok.json', text: `[\n${item.replace('"T"', '"T, ]"')}\n]` }).papers[0]!.title).toBe('T, ]');
  });

  it('a Crossref "name" author (a group) is a literal author, and only nameless entries are counted as such (a tester: ATLAS Collaboration dropped)', () => {
    const item = {
      id: 'atlas',
      type: 'article-journal',
      title: 'Observation of a new particle',
      author: [{ name: 'ATLAS Collaboration', sequence: 'first', affiliation: [] }, { given: 'Ana', family: 'Ruiz', sequence: 'additional' }, { sequence: 'additional' }],
      issued: { 'date-parts': [[2012]] },
    };
    const r = readCslJson({ name: 'crossref.json', text: JSON.stringify([item], null, 1) });
    expect(r.papers[0]).toMatchObject({ authors: ['ATLAS Collaboration', 'Ruiz, Ana'], literalAuthors: [true, false] });
    expect(r.notes).toEqual([expect.objectContaining({ line: 2, note: '1 author entry has no name; left out' })]);
  });

  it('is detected from content', () => {
    expect(detectFormat({ name: 'library.txt', text: file.text })).toBe('csl-json');
  });
});
