/**
 * Two people DBLP tells apart by its homonym number are shown apart ("Wei Zhang (DBLP 0001)"), found by their name
 * in search, never suggested as one person, and an alias line naming one as shown goes to that person. Invented
 * co-authors; the DBLP names are how DBLP writes homonyms.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { buildText } from '../helpers';
import { suggestSamePerson } from '../../../src/core/queries/synonyms';
import { buildSearchIndex } from '../../../src/app/search/search-index';

const xml = (rows: string[][]) =>
  `<?xml version="1.0"?>\n<dblp>\n${rows.map((a, i) => `<article key="k${i}">${a.map((x) => `<author>${x}</author>`).join('')}<title>Paper ${i}.</title><year>2020</year></article>`).join('\n')}\n</dblp>\n`;
const ROWS = [
  ['Wei Zhang 0001', 'Ana Ruiz'],
  ['Wei Zhang 0001', 'Ana Ruiz', 'Bo Lund'],
  ['Wei Zhang 0003', 'Bo Lund'],
  ['Wei Zhang 0003', 'Ana Ruiz'],
  ['Wei Zhang', 'Bo Lund', 'Ana Ruiz'],
];

describe('DBLP homonym numbers on display', () => {
  const { bundle } = buildText('people.xml', xml(ROWS), { labeler: null });
  const names = [...bundle.authors.name];

  it('two Wei Zhangs DBLP numbers read "Wei Zhang (DBLP 0001)" and "Wei Zhang (DBLP 0003)"; DBLP\'s unnumbered one "Wei Zhang"', () => {
    expect(names.filter((n) => n.startsWith('Wei Zhang')).sort()).toEqual(['Wei Zhang', 'Wei Zhang (DBLP 0001)', 'Wei Zhang (DBLP 0003)']);
    expect(bundle.authors.paperCount[names.indexOf('Wei Zhang (DBLP 0001)')]).toBe(2);
    // the name as spelled stays one of the person's spellings
    expect(bundle.authors.aliases[names.indexOf('Wei Zhang (DBLP 0003)')]).toContain('Wei Zhang');
  });

  it('search for "Wei Zhang" or "Zhang" lists all three, each told apart; "0003" finds DBLP\'s person 0003', () => {
    const index = buildSearchIndex(bundle);
    const found = (q: string) => index.search(q, () => true, 20).filter((h) => h.kind === 'author').map((h) => bundle.authors.name[h.index]);
    expect([...found('Wei Zhang')].sort()).toEqual(['Wei Zhang', 'Wei Zhang (DBLP 0001)', 'Wei Zhang (DBLP 0003)']);
    expect([...found('Zhang')].sort()).toEqual(['Wei Zhang', 'Wei Zhang (DBLP 0001)', 'Wei Zhang (DBLP 0003)']);
    expect(found('0003')).toEqual(['Wei Zhang (DBLP 0003)']);
  });

  it('people DBLP tells apart are never suggested as one (they were: "surnames 0001 and 0003 differ by 1 letter")', () => {
    const zhang = suggestSamePerson(bundle, { minProbability: 0 }).filter((s) => s.names.some((n) => n.startsWith('Wei Zhang')));
    expect(zhang).toEqual([]);
  });

  it('an alias line naming "Wei Zhang (DBLP 0003)" as shown gives a spelling of another file to that person', () => {
    const extra = JSON.stringify({ title: 'Paper from elsewhere', authors: ['W. Zhang', 'Bo Lund'], year: 2021 });
    const aliases = 'W. Zhang\tWei Zhang (DBLP 0003)\n';
    const rebuilt = buildDataset(
      [
        { name: 'people.xml', text: xml(ROWS) },
        { name: 'extra.jsonl', text: extra },
      ],
      { labeler: null, aliases: { name: 'aliases.tsv', text: aliases } },
    );
    const n = [...rebuilt.bundle.authors.name];
    expect(n.filter((x) => x.includes('Zhang')).sort()).toEqual(['Wei Zhang', 'Wei Zhang (DBLP 0001)', 'Wei Zhang (DBLP 0003)']);
    expect(rebuilt.bundle.authors.paperCount[n.indexOf('Wei Zhang (DBLP 0003)')]).toBe(3);
  });
});
