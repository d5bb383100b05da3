import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/ingest/errors';
import { detectFormat } from '../../../src/core/ingest/index';
import { readOpenAlex, rebuildAbstract } from '../../../src/core/ingest/openalex';
import { buildDataset } from '../../../src/core/pipeline';
import { fixtureFile } from './corpus';

// openalex-works.json / .jsonl follow the OpenAlex Work object. "Deep learning", BERT and "Attention Is All You Need"
// are real papers; the Carberry works use ORCID's and Crossref's test identity (0000-0002-1825-0097, 10.5555/12345678);
// the W/A ids and the two "Wei Wang" ORCIDs are made up for the test.

describe('OpenAlex reader', () => {
  const api = fixtureFile('openalex-works.json');
  const lines = fixtureFile('openalex-works.jsonl');

  it('reads an API response: names, ORCIDs, rebuilt abstract, year, source, DOI without prefix', () => {
    const r = readOpenAlex(api);
    expect(r.papers).toHaveLength(3);
    expect(r.papers[0]).toMatchObject({
      title: 'Deep learning',
      authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey E. Hinton'],
      abstract: 'Deep learning allows computational models that are composed of multiple processing layers to learn representations of data with multiple levels of abstraction.',
      year: 2015,
      venue: 'Nature',
      doi: '10.1038/nature14539',
      id: 'W9000000001',
      source: { file: 'openalex-works.json', line: 4 },
    });
    expect(r.papers[0]!.authorOrcids).toBeUndefined();
    expect(r.papers[1]).toMatchObject({ authors: ['Josiah Carberry', 'Wei Wang'], authorOrcids: ['0000-0002-1825-0097', '0000-0003-1111-222X'], abstract: null, doi: '10.5555/12345678', source: { line: 29 } });
    expect(r.papers[2]).toMatchObject({ authors: ['J. S. Carberry', 'Wei Wang'], authorOrcids: ['0000-0002-1825-0097', '0000-0003-4444-5557'], abstract: 'Cracked Pots revisited.', venue: null, source: { line: 42 } });
  });

  it('reads JSON Lines of works; skips works without named authors, with the line', () => {
    const r = readOpenAlex(lines);
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([
      ['BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', 1],
      ['Attention Is All You Need', 2],
    ]);
    // raw_author_name stands in when the author object has no display_name
    expect(r.papers[1]!.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Illia Polosukhin']);
    expect(r.skipped).toEqual([expect.objectContaining({ line: 3, reason: 'no authorships with a name', record: 'W9000000006' })]);
  });

  it('reads a single work and a list of works', () => {
    const work = JSON.stringify((JSON.parse(api.text) as { results: unknown[] }).results[1], null, 2);
    expect(readOpenAlex({ name: 'w.json', text: work }).papers[0]!.title).toMatch(/^Toward a Unified Theory/);
    expect(readOpenAlex({ name: 'l.json', text: `[${work}]` }).papers).toHaveLength(1);
  });

  it('reads titles with inline HTML or JATS markup as plain text, searchable, with one note (a tester: "Growth of <i>Escherichia coli</i> in CO<sub>2</sub>-rich media" shown raw)', () => {
    const works = [
      { id: 'https://openalex.org/W1', title: 'Growth of <i>Escherichia coli</i> in CO<sub>2</sub>-rich media', publication_year: 2020, authorships: [{ author: { display_name: 'Ann Bio' } }] },
      { id: 'https://openalex.org/W2', title: 'Q&amp;A on <jats:italic>TP53</jats:italic><br/>mutations', publication_year: 2021, authorships: [{ author: { display_name: 'Ann Bio' } }] },
      { id: 'https://openalex.org/W3', title: 'Effects at p < 0.05 and <unk> tokens', publication_year: 2021, authorships: [{ author: { display_name: 'Ann Bio' } }] },
    ];
    const r = readOpenAlex({ name: 'html.json', text: JSON.stringify({ results: works }, null, 1) });
    expect(r.papers.map((p) => p.title)).toEqual(['Growth of Escherichia coli in CO2-rich media', 'Q&A on TP53 mutations', 'Effects at p < 0.05 and <unk> tokens']);
    expect(r.notes).toEqual([expect.objectContaining({ file: 'html.json', note: expect.stringMatching(/^2 titles carry HTML markup .*: read as plain text$/) })]);
  });

  it('an API response with a comma after its last work names the comma\'s line', () => {
    const text = '{"meta": {"count": 1},\n "results": [\n  {"id": "https://openalex.org/W1", "title": "T", "authorships": []},\n ]\n}';
    expect(() => readOpenAlex({ name: 'trailing.json', text })).toThrowError(new IngestError('trailing.json', 3, 'a comma after the last item (trailing commas are not JSON)'));
  });

  it('rebuilds abstracts from the inverted index, whatever the key order', () => {
    expect(rebuildAbstract({ world: [1], Hello: [0], again: [3], hello: [2] })).toBe('Hello world hello again');
    expect(rebuildAbstract(null)).toBeNull();
    expect(rebuildAbstract({ bad: [-1] })).toBeUndefined();
  });

  it('stops at bad JSON with its line', () => {
    const text = lines.text.replace('"publication_year": 2017', '"publication_year": 2017,,');
    expect(() => readOpenAlex({ name: 'bad.jsonl', text })).toThrowError(IngestError);
    expect(() => readOpenAlex({ name: 'bad.jsonl', text })).toThrowError(/^bad\.jsonl:2: not valid JSON/);
    const cut = api.text.slice(0, 2000);
    expect(() => readOpenAlex({ name: 'cut.json', text: cut })).toThrowError(/^cut\.json:\d+: not valid JSON/);
  });

  it('is detected from content, before the corpus JSON Lines format', () => {
    expect(detectFormat({ name: 'works.jsonl', text: lines.text })).toBe('openalex');
    expect(detectFormat({ name: 'works.txt', text: api.text })).toBe('openalex');
  });

  it('ORCID decides who is who: two spellings with one ORCID are one person, one spelling with two ORCIDs two people', () => {
    const { bundle, report } = buildDataset([api]);
    const { name, aliases, orcid } = bundle.authors;
    const carberry = orcid.indexOf('0000-0002-1825-0097');
    expect([name[carberry], aliases[carberry]]).toEqual(['Josiah Carberry', ['J. S. Carberry']]);
    expect(bundle.authors.paperCount[carberry]).toBe(2);
    const wangs = name.map((n, i) => [n, orcid[i]]).filter(([n]) => n === 'Wei Wang');
    expect(wangs).toEqual([['Wei Wang', '0000-0003-1111-222X'], ['Wei Wang', '0000-0003-4444-5557']]);
    expect(report.authors).toBe(6);
    expect(report.merged).toEqual([expect.objectContaining({ kind: 'person', reason: 'same ORCID 0000-0002-1825-0097' })]);
  });
});
