import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { readInput } from '../../../src/core/ingest';

/*
 * Volume, issue and pages from every format that has them (a tester: only RIS and BibTeX kept them, so two
 * "Editorial"s of one editor in one year in a Scopus or PubMed export were one paper). Invented records: one
 * editor, two editorials of one journal in 2021, in volume 7 issue 1 (pages 1-2) and volume 8 issue 2 (pages 101-102).
 */

const build = (name: string, text: string) => buildDataset([{ name, text }]);

/** Two editorials in each format, as that format writes volume, issue and pages. */
const FILES: [format: string, name: string, text: string, notedLine: number][] = [
  [
    'CSL-JSON',
    'eds.json',
    JSON.stringify(
      [
        { id: 'a', type: 'article-journal', title: 'Editorial', author: [{ family: 'Okafor', given: 'Ada' }], issued: { 'date-parts': [[2021]] }, 'container-title': 'Bulletin of Made-up Studies', volume: '7', issue: '1', page: '1-2' },
        { id: 'b', type: 'article-journal', title: 'Editorial', author: [{ family: 'Okafor', given: 'Ada' }], issued: { 'date-parts': [[2021]] }, 'container-title': 'Bulletin of Made-up Studies', volume: 8, issue: 2, page: '101-102' },
      ],
      null,
      0,
    ).replace('},{', '},\n{'),
    2,
  ],
  [
    'OpenAlex',
    'eds-openalex.jsonl',
    [
      { id: 'https://openalex.org/W1', title: 'Editorial', publication_year: 2021, authorships: [{ author: { display_name: 'Ada Okafor' } }], primary_location: { source: { display_name: 'Bulletin of Made-up Studies' } }, biblio: { volume: '7', issue: '1', first_page: '1', last_page: '2' } },
      { id: 'https://openalex.org/W2', title: 'Editorial', publication_year: 2021, authorships: [{ author: { display_name: 'Ada Okafor' } }], primary_location: { source: { display_name: 'Bulletin of Made-up Studies' } }, biblio: { volume: '8', issue: '2', first_page: '101', last_page: '102' } },
    ]
      .map((w) => JSON.stringify(w))
      .join('\n'),
    2,
  ],
  [
    'Web of Science',
    'eds-wos.txt',
    'FN Clarivate Analytics Web of Science\nVR 1.0\n' +
      'PT J\nAU Okafor, A\nAF Okafor, Ada\nTI Editorial\nSO BULLETIN OF MADE-UP STUDIES\nPY 2021\nVL 7\nIS 1\nBP 1\nEP 2\nUT WOS:000000000000001\nER\n\n' +
      'PT J\nAU Okafor, A\nAF Okafor, Ada\nTI Editorial\nSO BULLETIN OF MADE-UP STUDIES\nPY 2021\nVL 8\nIS 2\nAR e101\nUT WOS:000000000000002\nER\nEF\n',
    16,
  ],
  [
    'Scopus CSV',
    'eds-scopus.csv',
    '"Authors","Author full names","Author(s) ID","Title","Year","Source title","Volume","Issue","Art. No.","Page start","Page end","DOI","EID"\n' +
      '"Okafor A.","Okafor, Ada (57000000001)","57000000001","Editorial","2021","Bulletin of Made-up Studies","7","1","","1","2","","2-s2.0-1"\n' +
      '"Okafor A.","Okafor, Ada (57000000001)","57000000001","Editorial","2021","Bulletin of Made-up Studies","8","2","101","","","","2-s2.0-2"\n',
    3,
  ],
  [
    'PubMed',
    'eds.nbib',
    'PMID- 1\nTI  - Editorial.\nFAU - Okafor, Ada\nAU  - Okafor A\nDP  - 2021\nJT  - Bulletin of Made-up Studies\nVI  - 7\nIP  - 1\nPG  - 1-2\n\n' +
      'PMID- 2\nTI  - Editorial.\nFAU - Okafor, Ada\nAU  - Okafor A\nDP  - 2021\nJT  - Bulletin of Made-up Studies\nVI  - 8\nIP  - 2\nPG  - 101-2\n',
    11,
  ],
  [
    'Dimensions',
    'eds-dimensions.csv',
    '"About the data: Exported on Dec 2, 2026."\n' +
      '"Publication ID","DOI","Title","Abstract","Source title","PubYear","Volume","Issue","Pagination","Authors","Dimensions URL"\n' +
      '"pub.1","","Editorial","","Bulletin of Made-up Studies","2021","7","1","1-2","Okafor, Ada",""\n' +
      '"pub.2","","Editorial","","Bulletin of Made-up Studies","2021","8","2","101-102","Okafor, Ada",""\n',
    4,
  ],
  [
    'DBLP XML',
    'eds-dblp.xml',
    '<?xml version="1.0"?>\n<dblp>\n' +
      '<article key="journals/bms/Okafor21"><author>Ada Okafor</author><title>Editorial.</title><journal>Bull. Made-up Stud.</journal><volume>7</volume><number>1</number><pages>1-2</pages><year>2021</year></article>\n' +
      '<article key="journals/bms/Okafor21a"><author>Ada Okafor</author><title>Editorial.</title><journal>Bull. Made-up Stud.</journal><volume>8</volume><number>2</number><pages>101-102</pages><year>2021</year></article>\n' +
      '</dblp>\n',
    4,
  ],
  [
    'JSON Lines',
    'eds.jsonl',
    '{"id": "e1", "title": "Editorial", "authors": ["Ada Okafor"], "year": 2021, "venue": "Bulletin of Made-up Studies", "volume": "7", "issue": "1", "pages": "1-2"}\n' +
      '{"id": "e2", "title": "Editorial", "authors": ["Ada Okafor"], "year": 2021, "venue": "Bulletin of Made-up Studies", "volume": 8, "issue": 2, "pages": "101-102"}\n',
    2,
  ],
];

describe('volume, issue and pages are read from every format that has them, and keep two short titles apart', () => {
  for (const [format, name, text, line] of FILES) {
    it(`${format}: two "Editorial"s of one editor in 2021, in volumes 7 and 8, stay two papers, with a note naming the difference`, () => {
      const { report, bundle } = build(name, text);
      expect([...bundle.papers.title]).toEqual(['Editorial', 'Editorial']);
      expect(report.merged.filter((m) => m.kind === 'paper')).toEqual([]);
      const kept = report.notes.filter((n) => /kept both/.test(n.note));
      expect(kept.map((n) => [n.file, n.line])).toEqual([[name, line]]);
      expect(kept[0]!.note).toMatch(/but (?:venue .*, )?volume 8 here and 7 there, issue 2 here and 1 there, pages (?:101|e101)\S* here and 1\S* there: kept both/);
    });
  }

  it('each reader gives volume, issue and pages as written (first-last pages joined; an article number when there is no first page)', () => {
    const read = (name: string, text: string) => readInput({ name, text }).papers.map((p) => [p.volume, p.issue, p.pages]);
    const get = (format: string) => FILES.find((f) => f[0] === format)!;
    expect(read(get('CSL-JSON')[1], get('CSL-JSON')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101-102']]);
    expect(read(get('OpenAlex')[1], get('OpenAlex')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101-102']]);
    expect(read(get('Web of Science')[1], get('Web of Science')[2])).toEqual([['7', '1', '1-2'], ['8', '2', 'e101']]);
    expect(read(get('Scopus CSV')[1], get('Scopus CSV')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101']]);
    expect(read(get('PubMed')[1], get('PubMed')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101-2']]);
    expect(read(get('Dimensions')[1], get('Dimensions')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101-102']]);
    expect(read(get('DBLP XML')[1], get('DBLP XML')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101-102']]);
    expect(read(get('JSON Lines')[1], get('JSON Lines')[2])).toEqual([['7', '1', '1-2'], ['8', '2', '101-102']]);
  });

  it('the same editorial in a Scopus export and a PubMed export (same volume, issue and first page) is one paper', () => {
    const scopus = FILES.find((f) => f[0] === 'Scopus CSV')!;
    const pubmed = 'PMID- 1\nTI  - Editorial.\nFAU - Okafor, Ada\nAU  - Okafor A\nDP  - 2021\nJT  - Bulletin of Made-up Studies\nVI  - 7\nIP  - 1\nPG  - 1-2\n';
    const { report } = buildDataset([{ name: scopus[1], text: scopus[2] }, { name: 'one.nbib', text: pubmed }]);
    expect(report.papers).toBe(2);
    expect(report.merged.filter((m) => m.kind === 'paper').map((m) => m.merged[0])).toEqual(['one.nbib:1']);
  });
});
