/**
 * What a bibliometrician reads from the exports and the report, on invented data: VOSviewer map and network files,
 * Gephi's spreadsheet tables, pair weights that add up to each author's total link strength, communities numbered
 * from 1, ordinary modularity beside the one at the build's resolution, link-less authors' communities, GEXF
 * attributes, control characters read as spaces.
 */
import { parse } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { describe, expect, it } from 'vitest';
import { aclMain, buildText } from '../helpers';
import { authorsCsv, coauthorPairsCsv, gephiTables, papersCsv } from '../../../src/core/export/csv';
import { vosviewerMap, vosviewerNetwork } from '../../../src/core/export/vosviewer';
import { gephiFiles, vosviewerFiles } from '../../../src/core/export/bundle-files';
import { bundleToGexf } from '../../../src/core/export/gexf';
import { bundleModularity, linklessWords, modularityWords, reportModularity } from '../../../src/core/analyse/communities';
import { componentsWords, peopleWords } from '../../../src/core/bundle/report-words';

const line = (o: object) => JSON.stringify(o);
// two teams and two sole authors: Ada–Bo–Cy (one paper of three, one of Ada and Bo), Di–Ed; Fen and Gil alone
const PAPERS = [
  line({ title: 'Tidal pools of words', year: 2019, authors: ['Ada Quill', 'Bo Ferrant', 'Cy Lumen'] }),
  line({ title: 'Lantern grammars', year: 2020, authors: ['Ada Quill', 'Bo Ferrant'] }),
  line({ title: 'Salt marsh parsing', year: 2021, authors: ['Di Marsh', 'Ed Vantongeren'] }),
  line({ title: 'Quiet corpora', year: 2020, authors: ['Fen Solo'] }),
  line({ title: 'Glass harbours', year: 2022, authors: ['Gil Moss'] }),
].join('\n');

const rowsOf = (text: string, delimiter = ',') => parse(text, { delimiter, relax_quotes: false }) as string[][];

describe('modularity: ordinary (Newman–Girvan) beside the one at the resolution', () => {
  // by hand: links AB 1/2 + 1 = 1.5, AC 0.5, BC 0.5, DE 1; W = 3.5; communities {A,B,C}, {D,E} (and Fen, Gil alone)
  // Q(γ) = Σ w_in/W − γ Σ (tot/2W)² = (2.5 + 1)/3.5 − γ ((5/7)² + (2/7)²) = 1 − γ·29/49
  const ordinary = 1 - 29 / 49;
  const atHalf = 1 - 0.5 * (29 / 49);

  it('at resolution 0.5 the report and bundle say the ordinary figure as "modularity", and the other apart', () => {
    const { bundle, report } = buildText('teams.jsonl', PAPERS, { resolution: 0.5 });
    expect(report.modularity).toBeCloseTo(ordinary, 6);
    expect(report.modularityAtResolution).toBeCloseTo(atHalf, 6);
    expect(bundle.stats.modularity).toBeCloseTo(ordinary, 6);
    expect(modularityWords(reportModularity(report))).toBe('modularity 0.4082 (fractional counting weights); modularity at resolution 0.5: 0.7041');
    // the Communities panel works both out from the bundle, so an older bundle is shown right too
    const f = bundleModularity(bundle);
    expect(f.modularity).toBeCloseTo(ordinary, 8);
    expect(f.atResolution).toBeCloseTo(atHalf, 8);
  });

  it('at resolution 1 there is one figure, and full counting says so', () => {
    const { report } = buildText('teams.jsonl', PAPERS, { counting: 'full' });
    expect(report.modularityAtResolution).toBeUndefined();
    // full counting: AB 2, AC 1, BC 1, DE 1; W = 5; Q = 5/5 − ((8/10)² + (2/10)²) = 0.32
    expect(modularityWords(reportModularity(report))).toBe('modularity 0.3200 (full counting weights)');
  });
});

describe('VOSviewer map and network files', () => {
  const { bundle } = buildText('teams.jsonl', PAPERS);
  const ada = bundle.authors.name.indexOf('Ada Quill');
  const bo = bundle.authors.name.indexOf('Bo Ferrant');

  it('map file: VOSviewer header, one tab-separated row per author, ids from 1, clusters as the app numbers them', () => {
    const lines = vosviewerMap(bundle).split('\r\n');
    expect(lines[0]).toBe('id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Documents>');
    expect(lines).toHaveLength(1 + 7 + 1); // header, 7 authors, the last line end
    const row = lines.find((l) => l.split('\t')[1] === 'Ada Quill')!.split('\t');
    expect(row[0]).toBe(String(ada + 1));
    expect(Number(row[2])).toBe(bundle.authors.x[ada]);
    expect(row[4]).toBe(String(bundle.authors.community[ada]! + 1));
    expect(row.slice(5)).toEqual(['2', '2', '2']); // 2 co-authors, 1.5 + 0.5, 2 papers
    expect(lines.filter((l) => l && l.split('\t')[4] === '0')).toHaveLength(0);
  });

  it('network file: id<TAB>id<TAB>strength per co-author link, the map\'s ids', () => {
    const lines = vosviewerNetwork(bundle).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    const [lo, hi] = [ada + 1, bo + 1].sort((x, y) => x - y);
    expect(lines.map((l) => l.split('\t').slice(0, 2).map(Number).sort((x, y) => x - y).join())).toContain(`${lo},${hi}`);
    const ab = lines.map((l) => l.split('\t')).find((c) => new Set([c[0], c[1]]).has(String(ada + 1)) && new Set([c[0], c[1]]).has(String(bo + 1)))!;
    expect(ab[2]).toBe('1.5');
  });

  it('labels with a comma, semicolon or quote are quoted; clusters past 1000 are left empty', () => {
    const odd = structuredClone(bundle);
    odd.authors.name[ada] = 'Quill, Ada "Tide"; Jr.';
    odd.authors.community[bo] = 1000;
    const rows = vosviewerMap(odd).split('\r\n').map((l) => l.split('\t'));
    expect(rows[ada + 1]![1]).toBe('"Quill, Ada ""Tide""; Jr."');
    expect(rows[bo + 1]![4]).toBe('');
  });
});

describe('Gephi spreadsheet tables and CSV tables', () => {
  const { bundle } = buildText('teams.jsonl', PAPERS);
  const ada = bundle.authors.name.indexOf('Ada Quill');

  it('node table Id,Label,… and edge table Source,Target,Weight,Type with matching ids', () => {
    const { nodes, edges } = gephiTables(bundle);
    const n = rowsOf(nodes);
    const e = rowsOf(edges);
    expect(n[0]!.slice(0, 2)).toEqual(['Id', 'Label']);
    expect(e[0]!.slice(0, 4)).toEqual(['Source', 'Target', 'Weight', 'Type']);
    const ids = new Set(n.slice(1).map((r) => r[0]));
    expect(e.slice(1).every((r) => ids.has(r[0]!) && ids.has(r[1]!) && r[3] === 'Undirected')).toBe(true);
    const adaRow = n.find((r) => r[1] === 'Ada Quill')!;
    expect(adaRow[2]).toBe(String(bundle.authors.community[ada]! + 1));
  });

  it('authors and papers tables number communities from 1, as the app\'s cards', () => {
    const authors = rowsOf(authorsCsv(bundle));
    const community = authors[0]!.indexOf('community');
    expect(authors.find((r) => r[1] === 'Ada Quill')![community]).toBe(String(bundle.authors.community[ada]! + 1));
    expect(authors.slice(1).some((r) => r[community] === '0')).toBe(false);
    const papers = rowsOf(papersCsv(bundle));
    expect(papers.slice(1).every((r) => Number(r[8]) >= 1)).toBe(true);
  });

  it('on acl_2020_main each author\'s pair weights add up to their total link strength (1e-6)', () => {
    const { bundle: acl } = aclMain();
    const pairs = rowsOf(coauthorPairsCsv(acl)).slice(1);
    const sum = new Map<string, number>();
    for (const r of pairs) for (const id of [r[0]!, r[2]!]) sum.set(id, (sum.get(id) ?? 0) + Number(r[4]));
    const authors = rowsOf(authorsCsv(acl)).slice(1);
    const off = authors.filter((r) => Math.abs((sum.get(r[0]!) ?? 0) - Number(r[8])) > 1e-6);
    expect(off).toEqual([]);
    // a fractional weight keeps its digits: 1/3 is not cut to 0.3333
    expect(pairs.some((r) => r[4] === '0.33333333')).toBe(true);
  });
});

describe('VOSviewer and Gephi files under a year range: the network of the range\'s papers, as the map draws it', () => {
  // 2020: Ada and Bo's "Lantern grammars" (their 2019 paper with Cy is not in it) and Fen's paper alone
  const { bundle } = buildText('teams.jsonl', PAPERS);
  const id = (name: string) => bundle.authors.name.indexOf(name);
  const [ada, bo, cy, fen] = ['Ada Quill', 'Bo Ferrant', 'Cy Lumen', 'Fen Solo'].map(id) as [number, number, number, number];

  it('VOSviewer map: only the authors with a 2020 paper, their 2020 links, strength and documents, the years in the weight names', () => {
    const rows = vosviewerMap(bundle, [2020, 2020]).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['id', 'label', 'x', 'y', 'cluster', 'weight<Links 2020>', 'weight<Total link strength 2020>', 'weight<Documents 2020>']);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(['Ada Quill', 'Bo Ferrant', 'Fen Solo']);
    const adaRow = rows.find((r) => r[1] === 'Ada Quill')!;
    expect(adaRow[0]).toBe(String(ada + 1));
    // all years: 2 co-authors, strength 2, 2 papers; in 2020: Bo only, 1 (one paper of two authors), 1 paper
    expect(adaRow.slice(5)).toEqual(['1', '1', '1']);
    expect(rows.find((r) => r[1] === 'Fen Solo')!.slice(5)).toEqual(['0', '0', '1']);
    expect(rows.some((r) => r[0] === String(cy + 1))).toBe(false);
  });

  it('VOSviewer network: only the links with a 2020 paper together, at their 2020 strength', () => {
    const lines = vosviewerNetwork(bundle, [2020, 2020]).trimEnd().split('\r\n');
    const [lo, hi] = [ada + 1, bo + 1].sort((x, y) => x - y);
    expect(lines).toEqual([`${lo}\t${hi}\t1`]);
    // 2019–2020 holds both of Ada and Bo's papers: 1/2 + 1, and Cy's links
    const both = vosviewerNetwork(bundle, [2019, 2020]).trimEnd().split('\r\n');
    expect(both).toHaveLength(3);
    expect(both).toContain(`${lo}\t${hi}\t1.5`);
  });

  it('a range holding every paper writes the all-years files, but for the years in the weight names', () => {
    const all = vosviewerMap(bundle).split('\r\n');
    const ranged = vosviewerMap(bundle, [2019, 2022]).split('\r\n');
    expect(ranged.slice(1)).toEqual(all.slice(1));
    expect(ranged[0]).toContain('weight<Documents 2019–2022>');
    expect(vosviewerNetwork(bundle, [2019, 2022])).toBe(vosviewerNetwork(bundle));
  });

  it('Gephi tables: the 2020 nodes and edges with their 2020 figures, the years and the all-years figures beside', () => {
    const { nodes, edges } = gephiTables(bundle, [2020, 2020]);
    const n = parse(nodes, { columns: true }) as Record<string, string>[];
    expect(n.map((r) => r.Label).sort()).toEqual(['Ada Quill', 'Bo Ferrant', 'Fen Solo']);
    const adaRow = n.find((r) => r.Label === 'Ada Quill')!;
    expect(adaRow).toMatchObject({ Id: String(ada), papers: '1', coauthors: '1', total_link_strength: '1', years: '2020', papers_all_years: '2', coauthors_all_years: '2', total_link_strength_all_years: '2' });
    const e = parse(edges, { columns: true }) as Record<string, string>[];
    expect(e).toHaveLength(1);
    expect(new Set([e[0]!.Source, e[0]!.Target])).toEqual(new Set([String(ada), String(bo)]));
    expect(e[0]).toMatchObject({ Weight: '1', Type: 'Undirected', shared_papers: '1', years: '2020', weight_all_years: '1.5', shared_papers_all_years: '2' });
    expect(n.some((r) => r.Id === String(fen))).toBe(true);
  });

  it('the files in the ZIP are named with the range; all years keep the plain names', () => {
    expect(Object.keys(vosviewerFiles(bundle, 'teams', [2019, 2020]))).toEqual(['teams-2019-2020-vosviewer-map.txt', 'teams-2019-2020-vosviewer-network.txt']);
    expect(Object.keys(gephiFiles(bundle, 'teams', [2020, 2020]))).toEqual(['teams-2020-gephi-nodes.csv', 'teams-2020-gephi-edges.csv']);
    expect(Object.keys(vosviewerFiles(bundle, 'teams'))).toEqual(['teams-vosviewer-map.txt', 'teams-vosviewer-network.txt']);
  });
});

describe('GEXF author attributes', () => {
  it('mean_year (typed double even when whole), total link strength, co-authors, community number and name', () => {
    const { bundle } = buildText('teams.jsonl', PAPERS, { counting: 'full' });
    const text = bundleToGexf(bundle);
    expect(text).toMatch(/<attribute id="mean_year" title="mean_year" type="double"\/>/);
    expect(text).toMatch(/<attribute id="total_link_strength" title="total_link_strength" type="double"\/>/);
    const g = parseGexf(Graph, text);
    const ada = bundle.authors.name.indexOf('Ada Quill');
    const a = g.getNodeAttributes(`a${ada}`);
    expect(a.mean_year).toBe(2019.5);
    expect(a.total_link_strength).toBe(3);
    expect(a.coauthors).toBe(2);
    expect(a.community).toBe(bundle.authors.community[ada]! + 1);
    expect(a.community_label).toBe(bundle.communities[bundle.authors.community[ada]!]!.label);
  });
});

describe('authors with no co-author link: one rule, said in the report', () => {
  it('sole authors are communities of one; a capped paper\'s authors one group; components say how many are alone', () => {
    const crowd = line({ title: 'A crowded consortium', year: 2021, authors: ['Hal One', 'Ivy Two', 'Jo Three', 'Kit Four'] });
    const { report } = buildText('teams.jsonl', `${PAPERS}\n${crowd}`, { maxAuthors: 3 });
    expect(report.communitiesWithoutLinks).toEqual({ single: 2, cappedGroups: 1, authors: 6 });
    expect(report.communities).toBe(2 + 2 + 1);
    expect(report.components).toBe(2 + 6);
    expect(linklessWords(report.communitiesWithoutLinks!)).toBe(
      '2 communities are single authors with no co-author link (such an author is a community of one); 1 community is the group of a paper over the author cap (its authors with no other co-author link form one community)',
    );
    expect(componentsWords(report)).toBe('largest: 3 people; 6 are authors with no co-author link, each a component of one');
  });
});

describe('build report: People adds up with Author names', () => {
  it('says how many fewer people than spellings, and how many people were written more than one way', () => {
    const merged = [
      { kind: 'person' as const, reason: 'same name, written in another order', kept: 'Lia Del Monte', merged: ['Monte, Lia Del', 'Del Monte, Lia'] },
      { kind: 'person' as const, reason: 'spellings differ only in case', kept: 'Ana Lima', merged: ['Ana Lima', 'ANA LIMA'] },
    ];
    expect(peopleWords({ authorNames: 5, authors: 4, merged })).toBe(
      '1 fewer than author names: 2 people written more than one way (4 spellings as written in the files, listed under Merged; spellings that display alike count once among author names)',
    );
    expect(peopleWords({ authorNames: 3, authors: 3, merged: [] })).toBe('one per spelling: no variants merged');
  });
});

describe('control characters', () => {
  it('a control character in an author name is a space, with a note at the record', () => {
    const { bundle, report } = buildText('ctl.jsonl', line({ title: 'Night shift', year: 2020, authors: ['Mo\u0002Reyes', 'Nia Park'] }));
    expect(bundle.authors.name).toContain('Mo Reyes');
    const note = report.notes.find((n) => /control character U\+0002/.test(n.note))!;
    expect(note.file).toBe('ctl.jsonl');
    expect(note.line).toBe(1);
  });
});

describe('the two-file exports come as one ZIP named after the dataset', () => {
  it('VOSviewer: map and network files; Gephi: nodes and edges tables', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { vosviewerFiles, gephiFiles, zipTexts } = await import('../../../src/core/export/bundle-files');
    const { bundle } = buildText('teams.jsonl', PAPERS);
    const vos = unzipSync(zipTexts(vosviewerFiles(bundle, 'teams')));
    expect(Object.keys(vos)).toEqual(['teams-vosviewer-map.txt', 'teams-vosviewer-network.txt']);
    expect(strFromU8(vos['teams-vosviewer-map.txt']!)).toBe(vosviewerMap(bundle));
    const gephi = unzipSync(zipTexts(gephiFiles(bundle, 'teams')));
    expect(Object.keys(gephi)).toEqual(['teams-gephi-nodes.csv', 'teams-gephi-edges.csv']);
    expect(strFromU8(gephi['teams-gephi-edges.csv']!).split('\r\n')[0]).toBe('Source,Target,Weight,Type,shared_papers');
  });
});
