import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/core/ingest/errors';
import { PAPER_RADIUS, authorRadius } from '../../src/core/layout/node-size';
import { buildUntil, type EarlyStage } from '../../src/core/pipeline';
import { SEED_PATH, buildFiles, buildText, fixture, readText } from './helpers';

describe('the seed list (wang-jialiang.txt)', () => {
  const { bundle, report } = buildFiles([SEED_PATH]);

  it('matches the reference figures', () => {
    expect(report.papers).toBe(9);
    expect(report.authorNames).toBe(109);
    expect(report.authors).toBe(109);
    expect(report.authorships).toBe(142);
    expect(report.coauthorPairs).toBe(3926);
    expect(report.components).toBe(1);
    expect(report.largestComponent).toBe(109);
    expect(report.skipped).toEqual([]);
  });

  it('puts the focal author in the bundle', () => {
    expect(report.focalAuthor).toBe('Wang, Jialiang');
    expect(bundle.focalAuthor).not.toBeNull();
    expect(bundle.authors.name[bundle.focalAuthor!]).toBe('Jialiang Wang');
    expect(bundle.authors.paperCount[bundle.focalAuthor!]).toBe(9);
  });

  it('keeps paper details and metrics', () => {
    const i = bundle.papers.title.indexOf('Interpreting Robust Optimization via Adversarial Influence Functions');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(bundle.papers.authors[i]!.map((a) => bundle.authors.name[a])).toEqual(['Zhun Deng', 'Cynthia Dwork', 'Jialiang Wang', 'Linjun Zhang']);
    const dwork = bundle.authors.name.indexOf('Cynthia Dwork');
    expect(bundle.authors.paperCount[dwork]).toBe(2);
    expect(bundle.authors.coauthorCount[dwork]).toBe(4); // Deng, Wang, Zhang, Zhao
    // fractional: two 4-author papers with Deng: 1/3 + 1/3
    const deng = bundle.authors.name.indexOf('Zhun Deng');
    const link = bundle.coauthorLinks.source.findIndex((s, e) => (s === Math.min(dwork, deng) && bundle.coauthorLinks.target[e] === Math.max(dwork, deng)));
    expect(bundle.coauthorLinks.weight[link]).toBeCloseTo(2 / 3, 3);
    expect(bundle.coauthorLinks.shared[link]).toBe(2);
  });

  it('positions every node, with no two nodes overlapping', () => {
    const pts: [number, number, number][] = [];
    bundle.authors.x.forEach((x, a) => pts.push([x, bundle.authors.y[a]!, authorRadius(bundle.authors.paperCount[a]!)]));
    bundle.papers.x.forEach((x, p) => pts.push([x, bundle.papers.y[p]!, PAPER_RADIUS]));
    expect(pts).toHaveLength(109 + 9);
    for (const [x, y] of pts) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        const [xi, yi, ri] = pts[i]!;
        const [xj, yj, rj] = pts[j]!;
        expect(Math.hypot(xi - xj, yi - yj)).toBeGreaterThanOrEqual(ri + rj - 0.05);
      }
  });

  it('gives byte-identical bundles for the same input', () => {
    const again = buildFiles([SEED_PATH]);
    expect(JSON.stringify(again.bundle)).toBe(JSON.stringify(bundle));
    expect(JSON.stringify(again.abstracts)).toBe(JSON.stringify(buildFiles([SEED_PATH]).abstracts));
  });

  it('every community has a size, papers and top authors', () => {
    expect(bundle.communities.length).toBe(report.communities);
    expect(bundle.communities.reduce((s, c) => s + c.size, 0)).toBe(109);
    expect(bundle.communities.reduce((s, c) => s + c.paperCount, 0)).toBe(9);
    for (const c of bundle.communities) expect(c.topAuthors.length).toBeGreaterThan(0);
  });
});

describe('a build stopped after a stage (buildUntil)', () => {
  const seedFile = () => [readText(SEED_PATH)];
  const whole = buildFiles([SEED_PATH]).report;

  it('gives the whole build\'s figures known by then, and runs no stage after it', () => {
    const stages: EarlyStage[] = ['ingest', 'names', 'graph', 'communities'];
    const figures = {
      ingest: ['records', 'papers', 'skipped', 'options'],
      // (merged: the duplicate papers after ingest, the people merged too from names on)
      names: ['authorNames', 'authors', 'focalAuthor', 'merged'],
      graph: ['authorships', 'coauthorPairs', 'components', 'largestComponent', 'maxAuthorsAffected'],
      communities: ['communities', 'modularity'],
    } as const;
    stages.forEach((stop, k) => {
      const started: string[] = [];
      const { stoppedAfter, report } = buildUntil(seedFile(), stop, { onProgress: (s, f) => f === 0 && started.push(s) });
      expect(stoppedAfter).toBe(stop);
      expect(started).toEqual(stages.slice(0, k + 1));
      expect(Object.keys(report.timingsMs)).toEqual(stages.slice(0, k + 1));
      for (const s of stages.slice(0, k + 1)) for (const f of figures[s]) expect((report as Record<string, unknown>)[f], `${stop}: ${f}`).toEqual(whole[f]);
      for (const s of stages.slice(k + 1)) for (const f of figures[s]) if (f !== 'merged') expect(report, `${stop}: ${f}`).not.toHaveProperty(f);
    });
    expect(whole.modularity).toBeGreaterThan(0.3); // a figure, not null: the communities stage ran
  });

  it('throws on bad input as the whole build does', () => {
    const text = '{"title": "A", "authors": [\n{"title": "B", "authors": []}\n';
    expect(() => buildUntil([{ name: 'c.jsonl', text }], 'ingest')).toThrow(
      /^c\.jsonl:1: no paper could be read from this JSON Lines file: not valid JSON .* \(and 1 more records skipped\)$/,
    );
  });
});

describe('acl_2020_main.jsonl', () => {
  it('matches the reference figures, with modularity >= 0.915 under full counting', () => {
    const { report, bundle } = buildFiles([fixture('acl_2020_main.jsonl')], { counting: 'full' });
    expect(report.papers).toBe(3022);
    expect(report.authorNames).toBe(7517);
    expect(report.components).toBeGreaterThan(500);
    expect(report.modularity).toBeGreaterThanOrEqual(0.915);
    expect(bundle.stats.modularity).toBeGreaterThanOrEqual(0.915);
    // Every merge of people is reported with its spellings and reason.
    const people = report.merged.filter((m) => m.kind === 'person');
    expect(people.length).toBe(report.authorNames - report.authors);
    for (const m of people) {
      expect(m.reason).toMatch(/case, diacritics/);
      expect(m.merged.length).toBeGreaterThan(1);
    }
    expect(report.timingsMs.layout).toBeGreaterThan(0);
  });
});

describe('bad seed input names the file and line: a broken authors line skips its record, a broken file stops the build', () => {
  const seed = ['Doe, Jane', 'A title', 'Doe, Jane, Roe, Richard', 'An abstract.'];
  const expectError = (text: string, line: number, problem: RegExp) => {
    let err: unknown;
    try {
      buildText('bad.txt', text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).file).toBe('bad.txt');
    expect((err as IngestError).line).toBe(line);
    expect((err as IngestError).message).toMatch(problem);
    expect((err as IngestError).message.startsWith(`bad.txt:${line}: `)).toBe(true);
  };
  it('odd number of comma parts in one record: that record is skipped and reported with file, line and problem; the others build', () => {
    const { report, bundle } = buildText('bad.txt', [...seed, 'Second', 'Doe, Jane, Roe', 'x', 'Third', 'Roe, Richard, Doe, Jane', 'y'].join('\n'));
    expect(bundle.papers.title).toEqual(['A title', 'Third']);
    expect(report.records).toBe(3);
    expect(report.papers).toBe(2);
    expect(report.skipped).toEqual([{ file: 'bad.txt', line: 6, reason: 'authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs', record: 'Second' }]);
  });
  it('odd number of comma parts out of rhythm (a line missing above): still stops', () => expectError([...seed, 'Doe, Jane, Roe, Richard', 'Second', 'x'].join('\n'), 6, /odd number.*do not read as title, authors and abstract/));
  it('record cut short', () => expectError([...seed, 'Second paper', 'Doe, Jane'].join('\n'), 6, /cut short/));
  it('empty title', () => expectError([...seed, '', 'Doe, Jane, Roe, Richard', 'An abstract.'].join('\n'), 5, /empty title/));
  it('title with no letters', () => expectError([...seed, '""', 'Doe, Jane, Roe, Richard', 'An abstract.'].join('\n'), 5, /empty title/));
  it('tolerates CRLF, BOM, blank lines between records and a trailing newline', () => {
    const text = `\uFEFF${[...seed, '', '', 'Second', 'Roe, Richard, Doe, Jane', 'Abs'].join('\r\n')}\r\n`;
    const { report } = buildText('ok.txt', text);
    expect(report.papers).toBe(2);
    expect(report.authors).toBe(2);
    expect(report.coauthorPairs).toBe(1);
  });
});

describe('JSON Lines', () => {
  it('every bad line is skipped and listed with its line and reason, in one build; the good records build (a tester: two rounds for two lines)', () => {
    const text = [
      '{"id":"p1","title":"A","authors":["Jane Doe","Rick Roe"]}',
      '{"id":"p2","title":"B","authors":["Jane Doe"]}',
      'not json at all',
      '{"id":"p4","title":"","authors":["Rick Roe"]}',
      '{"id":"p5","title":"E","authors":["Rick Roe"]}',
      '[1, 2]',
      '{"id":"p7","title":"G","authors":"Jane Doe"}',
      '{"id":"p8","title":"H","authors":["Jane Doe", 7]}',
      '{"id":"p9","authors":[]}',
    ].join('\n');
    const { report } = buildText('mixed.jsonl', text);
    expect(report.papers).toBe(3);
    expect(report.authors).toBe(2);
    expect(report.skipped.map((s) => [s.line, s.reason, s.record])).toEqual([
      [3, expect.stringMatching(/^not valid JSON \(.+\)$/), undefined],
      [4, 'no "title"', 'p4'],
      [6, 'not a JSON object describing one paper (a list)', undefined],
      [7, '"authors" is not a list of names (one string: write ["First Last", …])', 'p7'],
      [8, '"authors" entry 2 is not a name in quotes (a number)', 'p8'],
      [9, 'no authors and no "title"', 'p9'],
    ]);
    expect(report.skipped.every((s) => s.file === 'mixed.jsonl')).toBe(true);
  });
  it('a record without authors is skipped and reported with its line', () => {
    const text = '{"title":"A","authors":["Jane Doe","Rick Roe"]}\n{"title":"B","authors":[]}\n';
    const { report } = buildText('c.jsonl', text);
    expect(report.papers).toBe(1);
    expect(report.skipped).toEqual([{ file: 'c.jsonl', line: 2, reason: 'no authors', record: 'B' }]);
  });
});

describe('people, not strings', () => {
  const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');
  it('merges case, diacritic, punctuation and name-order variants, keeping all spellings', () => {
    const text = jsonl([
      { title: 'P1', authors: ['Yann LeCun', 'François Chollet', 'Philippe Hansen-Estruch'] },
      { title: 'P2', authors: ['Yann Lecun', 'Francois Chollet', 'Philippe Hansen Estruch'] },
      { title: 'P3', authors: ['Yann LeCun', 'François Chollet'] },
    ]);
    const seed = 'Chollet, François\nP4\nChollet, François, LeCun, Yann\nAbstract.';
    const { report, bundle } = buildDatasetFrom([{ name: 'v.jsonl', text }, { name: 's.txt', text: seed }]);
    expect(report.authorNames).toBe(6);
    expect(report.authors).toBe(3);
    const lecun = bundle.authors.name.indexOf('Yann LeCun');
    expect(lecun).toBeGreaterThanOrEqual(0);
    expect(bundle.authors.aliases[lecun]).toEqual(['Yann Lecun']);
    expect(bundle.authors.name).toContain('François Chollet');
    const merges = report.merged.filter((m) => m.kind === 'person');
    expect(merges).toHaveLength(3);
    expect(merges.find((m) => m.kept === 'François Chollet')!.merged.sort()).toEqual(['Chollet, François', 'Francois Chollet', 'François Chollet']);
    const chollet = bundle.authors.name.indexOf('François Chollet');
    expect(bundle.authors.paperCount[chollet]).toBe(4);
  });
  it('JSON Lines names are "First Last": a comma there is not "Last, First"', () => {
    const text = jsonl([
      { title: 'P1', authors: ['Frederick P. Brooks, Jr.', 'Laks Lakshmanan, V.S.'] },
      { title: 'P2', authors: ['Frederick P. Brooks, Jr.'] },
    ]);
    const { bundle } = buildText('c.jsonl', text);
    expect(bundle.authors.name).toEqual(['Frederick P. Brooks, Jr.', 'Laks Lakshmanan, V.S.']);
  });
  it('never merges different surnames (Chung / Chuang stay two people on the seed)', () => {
    const { bundle } = buildFiles([SEED_PATH]);
    expect(bundle.authors.name).toContain('Ching-Yao Chung');
    expect(bundle.authors.name).toContain('Ching-Yao Chuang');
  });
  it('applies an alias file, and reports each merge with the alias line', () => {
    const aliases = { name: 'aliases.tsv', text: '# merge the two\nChuang, Ching-Yao\tChung, Ching-Yao\n' };
    const { bundle, report } = buildFiles([SEED_PATH], { aliases });
    expect(report.authors).toBe(108);
    const i = bundle.authors.name.indexOf('Ching-Yao Chung');
    expect(bundle.authors.aliases[i]).toContain('Ching-Yao Chuang');
    expect(bundle.authors.paperCount[i]).toBe(2);
    expect(report.merged.some((m) => m.kind === 'person' && /alias file \(line 2\)/.test(m.reason))).toBe(true);
  });
  it('a malformed alias line is an error with its line', () => {
    expect(() => buildFiles([SEED_PATH], { aliases: { name: 'a.tsv', text: 'ok\tfine\nbroken line\n' } })).toThrow(/^a\.tsv:2: /);
  });
  it('an alias line with a paper splits one name into two people', () => {
    const aliases = { name: 'split.tsv', text: 'Wang, Jialiang\tWang, Jialiang (FaKnow)\tFaKnow: A Unified Library for Fake News Detection\n' };
    const { bundle, report } = buildFiles([SEED_PATH], { aliases });
    expect(report.authors).toBe(110);
    const split = bundle.authors.name.findIndex((n) => n.includes('FaKnow'));
    expect(bundle.authors.paperCount[split]).toBe(1);
    expect(bundle.authors.paperCount[bundle.focalAuthor!]).toBe(8);
  });
});

describe('several inputs and duplicates', () => {
  it('keeps the same paper once across files, and reports the merge', () => {
    const dup = JSON.stringify({ title: 'Interpreting robust optimization via adversarial influence functions', authors: ['Zhun Deng', 'Cynthia Dwork', 'Jialiang Wang', 'Linjun Zhang'], year: 2020, doi: '10.5555/x' });
    const other = JSON.stringify({ title: 'Something else', authors: ['Cynthia Dwork', 'Moni Naor'], year: 2010 });
    const { report, bundle } = buildDatasetFrom([readText(SEED_PATH), { name: 'extra.jsonl', text: `${dup}\n${other}\n` }]);
    expect(report.records).toBe(11);
    expect(report.papers).toBe(10);
    const m = report.merged.find((x) => x.kind === 'paper')!;
    expect(m.reason).toBe('same normalised title and authors');
    expect(m.merged).toEqual(['extra.jsonl:1']);
    // the year from the duplicate fills the gap
    const i = bundle.papers.title.indexOf('Interpreting Robust Optimization via Adversarial Influence Functions');
    expect(bundle.papers.year[i]).toBe(2020);
    expect(bundle.papers.doi[i]).toBe('10.5555/x');
    expect(report.inputs.map((x) => x.format)).toEqual(['seed', 'jsonl']);
  });
  it('same DOI is the same paper', () => {
    const a = JSON.stringify({ title: 'Title one', authors: ['A B'], doi: '10.1/ABC' });
    const b = JSON.stringify({ title: 'Title one (extended)', authors: ['A B', 'C D'], doi: 'https://doi.org/10.1/abc' });
    const { report } = buildText('d.jsonl', `${a}\n${b}`);
    expect(report.papers).toBe(1);
    expect(report.merged[0]!.reason).toBe('same DOI');
  });
});

describe('duplicates: versions and record ids (a tester: a 1995 report and the 1997 article made one record, year 1995 with the journal)', () => {
  const rec = (o: object) => JSON.stringify(o);
  it('the same title and authors in another year is another publication, kept with a note; in the same year one paper', () => {
    const text = [
      rec({ id: 'r', title: 'Convex hulls in three dimensions', authors: ['Ann Lee', 'Bo Ray'], year: 1995, venue: 'Tech. Rep.' }),
      rec({ id: 'j', title: 'Convex Hulls in Three Dimensions', authors: ['Ann Lee', 'Bo Ray'], year: 1997, venue: 'Discrete Comput. Geom.' }),
      rec({ id: 'j2', title: 'Convex hulls in three dimensions.', authors: ['Ann Lee', 'Bo Ray'], year: 1997 }),
      rec({ id: 'n', title: 'Convex hulls in three dimensions', authors: ['Ann Lee', 'Bo Ray'] }),
    ].join('\n');
    const { bundle, report } = buildText('versions.jsonl', text);
    expect(report.papers).toBe(2);
    const years = [...bundle.papers.year].sort();
    expect(years).toEqual([1995, 1997]);
    // each record's year stays with its own venue
    const i97 = [...bundle.papers.year].indexOf(1997);
    expect(bundle.venues[bundle.papers.venue[i97]!]).toBe('Discrete Comput. Geom.');
    expect(report.merged.filter((m) => m.kind === 'paper').map((m) => m.merged)).toEqual([['versions.jsonl:3'], ['versions.jsonl:4']]);
    const notes = report.notes.filter((n) => /another publication/.test(n.note));
    expect(notes.map((n) => n.line)).toEqual([2]);
    expect(notes[0]!.note).toMatch(/from 1997 \(that one 1995\)/);
  });

  it('the same paper with its authors as initials (and no DOI) in another file is one paper, under the names written out, with a note; other given names are not', () => {
    const full = rec({ title: 'Sparse coding of natural images in visual cortex', authors: ['John A. Smith', 'Maria Gómez'], year: 2019, doi: '10.1/sc' });
    const initials = 'TY  - JOUR\nAU  - Smith, J.\nAU  - Gomez, M.\nTI  - Sparse Coding of Natural Images in Visual Cortex\nPY  - 2019\nER  - \n';
    // initials first: the names written out (and their DOI) are what the paper keeps
    const { bundle, report } = buildDatasetFrom([{ name: 'zotero.ris', text: initials }, { name: 'lab.jsonl', text: `${full}\n${full}` }]);
    expect(report.papers).toBe(1);
    // the third copy, written as the names now kept, is the same paper by its title and names
    expect(report.merged.filter((m) => m.kind === 'paper').map((m) => m.reason)).toEqual([
      'same normalised title and year; the same family names, given names written out on one side and as initials on the other',
      'same DOI',
    ]);
    expect([...bundle.authors.name].sort()).toEqual(['John A. Smith', 'Maria Gómez']);
    expect(bundle.papers.doi[0]).toBe('10.1/sc');
    expect(report.merged.find((m) => m.kind === 'paper')!.merged).toEqual(['lab.jsonl:1']);
    expect(report.notes.find((n) => n.file === 'lab.jsonl' && n.line === 1)!.note).toBe(
      'same title and year as zotero.ris:1 ("Sparse Coding of Natural Images in Visual Cortex"), its authors written "John A. Smith", "Maria Gómez" here and "Smith, J.", "Gomez, M." there: read as one paper, under the names written here',
    );
    // another given name, another year, two DOIs, or a short title: kept apart
    const apart = [
      rec({ title: 'Sparse coding of natural images in visual cortex', authors: ['Jane Smith', 'Maria Gómez'], year: 2019 }),
      rec({ title: 'Sparse coding of natural images in visual cortex', authors: ['J. Smith', 'M. Gómez'], year: 2021 }),
      rec({ title: 'Sparse coding of natural images in visual cortex', authors: ['J. Smith', 'M. Gómez'], year: 2019, doi: '10.1/other' }),
    ];
    for (const other of apart) expect(buildText('apart.jsonl', [full, other].join('\n')).report.papers, other).toBe(2);
    const short = [rec({ title: 'Introduction', authors: ['John Smith'], year: 2019 }), rec({ title: 'Introduction', authors: ['J. Smith'], year: 2019 })];
    expect(buildText('short.jsonl', short.join('\n')).report.papers).toBe(2);
  });

  it('a database record id seen twice is one paper, its title corrected in between or an author added', () => {
    const a = rec({ id: 'https://openalex.org/W123', title: 'Graph neural networks for chemistry', authors: ['Ann Lee'], year: 2020 });
    const b = rec({ id: 'W123', title: 'Graph Neural Networks for Chemistry: a review', authors: ['Ann Lee', 'Bo Ray'], year: 2020 });
    const c = rec({ id: 'W123', title: 'Something else entirely', authors: ['Cy Dee'], year: 2021 });
    const { report } = buildText('oa.jsonl', [a, b, c].join('\n'));
    expect(report.papers).toBe(2);
    expect(report.merged.find((m) => m.kind === 'paper')!.reason).toBe('same id W123');
    expect(report.notes.some((n) => n.line === 3 && /same id W123 as oa\.jsonl:1 .* different title: kept both/.test(n.note))).toBe(true);
    // an id used twice in one file is said where it happens, whatever follows
    // (as written: line 1 has the id as a URL)
    expect(report.notes.filter((n) => /used twice/.test(n.note)).map((n) => [n.line, n.note])).toEqual([
      [3, "id \"W123\" used twice, on lines 2 and 3: both read (one paper only if they agree, see the report's merges)"],
    ]);
  });
});

describe('counting and caps', () => {
  it('full counting gives plain shared-paper counts', () => {
    const { bundle } = buildFiles([SEED_PATH], { counting: 'full' });
    const dwork = bundle.authors.name.indexOf('Cynthia Dwork');
    expect(bundle.authors.weightedDegree[dwork]).toBe(2 + 2 + 1 + 1);
  });
  it('--max-authors keeps big papers in the author–paper graph but adds no co-author weight', () => {
    const { report, bundle } = buildFiles([SEED_PATH], { maxAuthors: 20 });
    expect(report.maxAuthorsAffected).toBe(1); // Movie Gen
    expect(report.papers).toBe(9);
    expect(report.authorships).toBe(142);
    expect(report.coauthorPairs).toBeLessThan(3926);
    expect(bundle.options.maxAuthors).toBe(20);
  });
});

import { buildDataset } from '../../src/core/pipeline';
function buildDatasetFrom(files: { name: string; text: string }[]) {
  return buildDataset(files, {});
}
