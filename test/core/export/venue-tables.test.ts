/**
 * The table exports under the venue filter, as under the year range: the CSV tables, VOSviewer's map and network
 * files and Gephi's spreadsheet tables hold the network of the chosen venues' papers (and years: years AND venues),
 * their links, link strengths, total link strengths, papers per author and authors counted on those papers only,
 * and say which venues in their columns, weight names and file names. Every figure here is worked out by hand from
 * the invented bylines below (fractional counting: each paper of n authors gives each of its pairs 1/(n−1)).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { authorsCsv, coauthorPairsCsv, gephiTables, papersCsv } from '../../../src/core/export/csv';
import { vosviewerMap, vosviewerNetwork } from '../../../src/core/export/vosviewer';
import { gephiFiles, vosviewerFiles } from '../../../src/core/export/bundle-files';
import { NO_VENUE, paperSlice } from '../../../src/core/queries/time-slice';
import { FILE_WORDS_MAX, venueFileWords } from '../../../src/core/queries/venue-words';
import { tableMenuDetail } from '../../../src/app/features/export/menu-words';
import { buildText } from '../helpers';
import { HARBOUR_JSONL } from '../fixtures/harbour-venues';

// Harbour Conference: p1, p2, p4; Lantern Workshop: p3, p6; no venue: p5, p7
const { bundle } = buildText('harbour.jsonl', HARBOUR_JSONL);
const H = bundle.venues.indexOf('Harbour Conference');
const L = bundle.venues.indexOf('Lantern Workshop');
const id = (name: string) => String(bundle.authors.name.indexOf(name));
const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
/** The row of the pair `a`–`b` (either order) in a table with source/target id columns named `s`, `t`. */
const pairRow = (table: Record<string, string>[], a: string, b: string, s = 'source_id', t = 'target_id') =>
  table.find((r) => new Set([r[s], r[t]]).size === 2 && [r[s], r[t]].every((x) => x === id(a) || x === id(b)));

describe('Harbour Conference alone (p1, p2, p4): the table exports count its papers only', () => {
  const harbour = { years: null, venues: [H] };

  it('the authors table: each author\'s papers, co-authors and total link strength at the venue, beside the whole record\'s', () => {
    const t = rows(authorsCsv(bundle, harbour));
    expect(Object.keys(t[0]!).slice(-5)).toEqual(['years', 'venues', 'papers_in_years', 'coauthors_in_years', 'total_link_strength_in_years']);
    // the authors with a paper there (Ana, Ben, Cleo, Dev, Eli, Fen), as the VOSviewer file
    expect(t).toHaveLength(6);
    // Ana: p1 (Ben, 1) and p2 (Cleo, Dev: 1/2 each) there: 2 papers, 3 co-authors, 1 + 1/2 + 1/2 = 2;
    // with p6 (Lantern, Eli 1): 3 papers, 4 co-authors, 3 in all
    expect(t.find((r) => r.name === 'Ana Reyes')).toMatchObject({ papers: '3', coauthors: '4', total_link_strength: '3', years: 'all years', venues: 'Harbour Conference', papers_in_years: '2', coauthors_in_years: '3', total_link_strength_in_years: '2' });
    // Cleo: p2 (1/2 + 1/2) and p4 (1/3 × 3) there = 2; Lantern Maths (Dev, 1) not counted
    expect(t.find((r) => r.name === 'Cleo Park')).toMatchObject({ papers: '3', papers_in_years: '2', coauthors_in_years: '4', total_link_strength_in_years: '2' });
    // Eli: Four Winds only there (1/3 × 3 = 1); Undated Charts and Night Tides are elsewhere
    expect(t.find((r) => r.name === 'Eli Moss')).toMatchObject({ papers: '3', papers_in_years: '1', coauthors_in_years: '3', total_link_strength_in_years: '1' });
  });

  it('the pairs table: the 9 pairs of its papers at their strength there, the whole record\'s beside', () => {
    const t = rows(coauthorPairsCsv(bundle, harbour));
    expect(t).toHaveLength(9);
    // Cleo–Dev: p2 1/2 + p4 1/3 there (2 papers); with p3's 1: 1.8333 over 3 papers in all
    expect(pairRow(t, 'Cleo Park', 'Dev Shah')).toMatchObject({ link_strength: '0.83333333', shared_papers: '2', years: 'all years', venues: 'Harbour Conference', link_strength_all_years: '1.83333333', shared_papers_all_years: '3' });
    // Eli–Fen: p4 only (1/3); Night Tides gives no venue
    expect(pairRow(t, 'Eli Moss', 'Fen Wu')).toMatchObject({ link_strength: '0.33333333', shared_papers: '1', link_strength_all_years: '1.33333333' });
    // Ana–Eli wrote together only at the Lantern Workshop
    expect(pairRow(t, 'Ana Reyes', 'Eli Moss')).toBeUndefined();
    // an author's rows add up to the total link strength the authors table gives
    const ana = t.filter((r) => r.source_id === id('Ana Reyes') || r.target_id === id('Ana Reyes'));
    expect(ana.reduce((sum, r) => sum + Number(r.link_strength), 0)).toBeCloseTo(2, 6);
  });

  it('the papers table: its three papers, with their ids, the venue named on each row', () => {
    const t = rows(papersCsv(bundle, null, harbour));
    expect(t.map((r) => r.title)).toEqual(['Quiet Harbours', 'Salt and Rope', 'Four Winds']);
    expect(t.every((r) => r.years === 'all years' && r.venues === 'Harbour Conference')).toBe(true);
  });

  it('VOSviewer: the 6 authors of its papers, their weights there named with the venue; the network its 9 links', () => {
    const map = vosviewerMap(bundle, harbour).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(map[0]!.slice(5)).toEqual(['weight<Links at “Harbour Conference”>', 'weight<Total link strength at “Harbour Conference”>', 'weight<Documents at “Harbour Conference”>']);
    expect(map).toHaveLength(1 + 6);
    // links, total link strength, documents: Ana 3, 2, 2; Ben (p1 only) 1, 1, 1
    expect(map.find((r) => r[1] === 'Ana Reyes')!.slice(5)).toEqual(['3', '2', '2']);
    expect(map.find((r) => r[1] === 'Ben Okafor')!.slice(5)).toEqual(['1', '1', '1']);
    const network = vosviewerNetwork(bundle, harbour).trimEnd().split('\r\n');
    expect(network).toHaveLength(9);
    const [lo, hi] = [Number(id('Cleo Park')) + 1, Number(id('Dev Shah')) + 1].sort((x, y) => x - y);
    expect(network).toContain(`${lo}\t${hi}\t0.83333333`);
  });

  it('the files say the venue in their names in its words (not its index in the link)', () => {
    expect(Object.keys(vosviewerFiles(bundle, 'harbour', harbour))).toEqual([`harbour-harbour-conference-vosviewer-map.txt`, `harbour-harbour-conference-vosviewer-network.txt`]);
    expect(Object.keys(gephiFiles(bundle, 'harbour', harbour))).toEqual([`harbour-harbour-conference-gephi-nodes.csv`, `harbour-harbour-conference-gephi-edges.csv`]);
  });

  it('the Export menu counts its network and says the venue, no longer "tables ignore the venue filter"', () => {
    const slice = paperSlice(bundle, harbour);
    expect(tableMenuDetail('vosviewer', bundle, slice)).toBe('map and network files · “Harbour Conference”: 6 authors, 9 links');
    expect(tableMenuDetail('pairs-csv', bundle, slice)).toBe('CSV · “Harbour Conference”: 9 rows with weights');
    expect(tableMenuDetail('papers-csv', bundle, slice)).toBe('CSV · “Harbour Conference”: 3 rows, with abstracts');
    expect(tableMenuDetail('authors-csv', bundle, slice)).toBe('CSV · “Harbour Conference”: 6 rows, metrics and community, whole-record and venue columns');
  });
});

describe('Harbour Conference AND 2019–2020 (p2, p4): years and venue together', () => {
  const both = { years: [2019, 2020] as const, venues: [H] };

  it('Gephi tables: its 5 authors (not Ben: his paper there is of 2018) and 8 links, counted on p2 and p4', () => {
    const { nodes, edges } = gephiTables(bundle, both);
    const n = rows(nodes);
    expect(n.map((r) => r.Label).sort()).toEqual(['Ana Reyes', 'Cleo Park', 'Dev Shah', 'Eli Moss', 'Fen Wu']);
    // Ana: Salt and Rope only: 1 paper, Cleo and Dev at 1/2 each
    expect(n.find((r) => r.Label === 'Ana Reyes')).toMatchObject({ papers: '1', coauthors: '2', total_link_strength: '1', years: '2019–2020', venues: 'Harbour Conference', papers_all_years: '3', coauthors_all_years: '4', total_link_strength_all_years: '3' });
    expect(n.find((r) => r.Label === 'Dev Shah')).toMatchObject({ papers: '2', coauthors: '4', total_link_strength: '2' });
    const e = rows(edges);
    expect(e).toHaveLength(8);
    expect(pairRow(e, 'Cleo Park', 'Dev Shah', 'Source', 'Target')).toMatchObject({ Weight: '0.83333333', shared_papers: '2', years: '2019–2020', venues: 'Harbour Conference', weight_all_years: '1.83333333', shared_papers_all_years: '3' });
    expect(pairRow(e, 'Ana Reyes', 'Ben Okafor', 'Source', 'Target')).toBeUndefined();
  });

  it('VOSviewer and the authors table: the years and the venue in the weight names and columns, the figures of p2 and p4', () => {
    const map = vosviewerMap(bundle, both).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(map[0]![7]).toBe('weight<Documents 2019–2020 at “Harbour Conference”>');
    expect(map.find((r) => r[1] === 'Ana Reyes')!.slice(5)).toEqual(['2', '1', '1']);
    expect(map.some((r) => r[1] === 'Ben Okafor')).toBe(false);
    // Ben has no paper there: no row in the authors table either (it held him with zeros)
    const table = rows(authorsCsv(bundle, both));
    expect(table.some((r) => r.name === 'Ben Okafor')).toBe(false);
    expect(table.find((r) => r.name === 'Ana Reyes')).toMatchObject({ years: '2019–2020', venues: 'Harbour Conference', papers_in_years: '1' });
    expect(table.map((r) => r.name).sort()).toEqual(map.slice(1).map((r) => r[1]).sort());
    expect(Object.keys(vosviewerFiles(bundle, 'harbour', both))[0]).toBe(`harbour-2019-2020-harbour-conference-vosviewer-map.txt`);
  });

  it('2020 at the Lantern Workshop and no venue (p3, p5, p7): both named, Ben alone counted with his paper', () => {
    const mixed = { years: [2020, 2020] as const, venues: [L, NO_VENUE] };
    const pairs = rows(coauthorPairsCsv(bundle, mixed));
    // Lantern Maths: Cleo–Dev 1; Night Tides: Eli–Fen 1; Alone at Sea has no pair
    expect(pairs.map((r) => [r.source, r.target].sort().join(' – ')).sort()).toEqual(['Cleo Park – Dev Shah', 'Eli Moss – Fen Wu']);
    expect(pairs.every((r) => r.link_strength === '1' && r.years === '2020' && r.venues === 'no venue given; Lantern Workshop')).toBe(true);
    const map = vosviewerMap(bundle, mixed).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(map[0]![7]).toBe('weight<Documents 2020 at no venue given + “Lantern Workshop”>');
    expect(map.find((r) => r[1] === 'Ben Okafor')!.slice(5)).toEqual(['0', '0', '1']);
    // (the venues in the order asked, as the link and the view's other files give them)
    expect(Object.keys(gephiFiles(bundle, 'harbour', mixed))[0]).toBe(`harbour-2020-lantern-workshop-no-venue-gephi-nodes.csv`);
  });
});

describe('export file names say the chosen venues in words a user knows (a tester: "…-venues-89-349")', () => {
  const line = (id: string, year: number, venue: string) => JSON.stringify({ id, title: `Paper ${id}`, authors: [`Ana ${id}`, `Ben ${id}`], year, venue, doi: null, abstract: null });
  const titles: [number, string][] = [
    [2019, 'Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics'],
    [2020, 'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics'],
    [2020, 'Proceedings of ACL 2020, System Demonstrations'],
    [2019, 'Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing (EMNLP-IJCNLP)'],
    [2020, 'Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)'],
    [2016, "Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC'16)"],
    [2018, 'Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018)'],
    [2020, 'Proceedings of the 12th Language Resources and Evaluation Conference'],
    ...Array.from({ length: 14 }, (_, i): [number, string] => [2017, `Proceedings of the First Workshop on Harbour Knot Number ${String.fromCharCode(65 + i)}`]),
  ];
  const { bundle } = buildText('names.jsonl', titles.map(([y, v], i) => line(`p${i}`, y, v)).join('\n'));
  const v = (start: string) => bundle.venues.findIndex((n) => n.startsWith(start));
  const all = (part: string) => bundle.venues.flatMap((n, i) => (n.includes(part) ? [i] : []));
  const acl = all('Annual Meeting of the Association');
  const emnlp = all('Conference on Empirical Methods');

  it('whole series by their acronym, a volume by its acronym and year, part of a series by its volumes or as how many', () => {
    expect(Object.keys(gephiFiles(bundle, 'acl-2016-2021', { years: [2019, 2021], venues: [...acl, ...emnlp] }))[0]).toBe('acl-2016-2021-2019-2021-acl-emnlp-gephi-nodes.csv');
    expect(venueFileWords(bundle, [v('Proceedings of the 12th Language')])).toBe('lrec-2020');
    expect(venueFileWords(bundle, [...acl, v('Proceedings of the 12th Language')])).toBe('acl-lrec-2020');
    expect(venueFileWords(bundle, [acl[0]!, ...emnlp])).toMatch(/^emnlp-(acl-2019|acl-1-of-2)$/);
    // no "venue" or index left
    expect(venueFileWords(bundle, [...acl, ...emnlp, v('Proceedings of ACL 2020, System')])).not.toMatch(/venue|\b\d{1,2}\b-/);
  });

  it('many venues: the first that fit, how many more and a hash, so two choices never share a name; file-name safe', () => {
    const knots = all('Harbour Knot');
    const a = venueFileWords(bundle, knots);
    const b = venueFileWords(bundle, knots.slice(1));
    expect(a.length).toBeLessThanOrEqual(FILE_WORDS_MAX + 5);
    expect(a).toMatch(/-and-\d+-more-[0-9a-z]{4}$/);
    expect(a).not.toBe(b);
    for (const name of [a, b, venueFileWords(bundle, [...acl, ...emnlp])]) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("one volume's file name is not another's (a tester: the 3k map's AACL 2020 volumes all read \"1st-conference-of-the\")", () => {
  const line = (id: string, year: number, venue: string) => JSON.stringify({ id, title: `Paper ${id}`, authors: [`Ana ${id}`, `Ben ${id}`], year, venue, doi: null, abstract: null });
  const head = 'Proceedings of the 1st Conference of the Asia-Pacific Chapter of the Association for Computational Linguistics and the 10th International Joint Conference on Natural Language Processing';
  const venues = [
    head,
    `${head}: Student Research Workshop`,
    `${head}: System Demonstrations`,
    'Computational Linguistics, Volume 46, Issue 1 - March 2020',
    'Computational Linguistics, Volume 46, Issue 2 - June 2020',
    'Computational Linguistics, Volume 46, Issue 3 - September 2020',
    'Computational Linguistics, Volume 46, Issue 4 - December 2020',
  ];
  const { bundle } = buildText('volumes.jsonl', venues.map((v, i) => line(`q${i}`, 2020, v)).join('\n'));
  const index = (name: string) => bundle.venues.indexOf(name);

  it('the volumes of one proceedings: the distinguishing end whole, each name its own', () => {
    const names = venues.slice(0, 3).map((v) => venueFileWords(bundle, [index(v)]));
    expect(names[1]).toMatch(/student-research-workshop/);
    expect(names[2]).toMatch(/system-demonstrations/);
    expect(new Set(names).size).toBe(3);
  });

  it('volumes of one proceedings chosen together: its short name once, then each volume\'s own words (a tester: "emnlp-2020-2020-conference-system-demonstrations-…")', () => {
    const { bundle: emnlp } = buildText(
      'emnlp.jsonl',
      [
        'Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)',
        'Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations',
        'Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: Tutorial Abstracts',
      ]
        .map((v, i) => line(`e${i}`, 2020, v))
        .join('\n'),
    );
    const at = (part: string) => emnlp.venues.findIndex((n) => n.endsWith(part));
    const [main, demos, tutorials] = [at('(EMNLP)'), at('Demonstrations'), at('Abstracts')];
    expect(venueFileWords(emnlp, [demos])).toBe('emnlp-2020-system-demonstrations');
    expect(venueFileWords(emnlp, [main, demos])).toBe('emnlp-2020-with-system-demonstrations');
    expect(venueFileWords(emnlp, [demos, tutorials])).toBe('emnlp-2020-system-demonstrations-tutorial-abstracts');
    expect(venueFileWords(emnlp, [main, demos, tutorials])).toBe('emnlp-2020-with-system-demonstrations-tutorial-abstracts');
  });

  it("a journal's issues chosen one at a time: each its own name, not \"computational-1-of-4\"", () => {
    const names = venues.slice(3).map((v) => venueFileWords(bundle, [index(v)]));
    expect(names.every((n) => !/-1-of-4$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
