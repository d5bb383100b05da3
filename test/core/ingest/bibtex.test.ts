import { describe, expect, it } from 'vitest';
import { joinBibtexParts, readBibtex, readBibtexPart, splitBibtexNames } from '../../../src/core/ingest/bibtex';
import { IngestError } from '../../../src/core/ingest/errors';
import { detectFormat } from '../../../src/core/ingest/index';
import { readJsonLines } from '../../../src/core/ingest/jsonl';
import { displayName, parseName } from '../../../src/core/names/parse-name';
import { aclMain } from '../helpers';
import { buildUntil, ingestPapers } from '../../../src/core/pipeline';
import { countAuthorNames, resolvePeople } from '../../../src/core/names/index';
import { LATEX_LEFTOVER, countBibEntries, fixtureFile } from './corpus';

const bib = (text: string) => readBibtex({ name: 'test.bib', text });

describe('BibTeX reader: what users write in .bib files', () => {
  it('decodes LaTeX in names and titles to Unicode', () => {
    const r = bib(`@article{a,
  author = {B\\"{u}nz, Benedikt and {\\'E}mile Zola and Fran\\c{c}ois, Jean and Ji{{\\v r}}{\\'{\\i}} Matou{{\\v s}}ek},
  title = {{\\'e}tudes on {B}razilian $\\rightarrow$ text -- 50\\% \\emph{faster}},
  year = 2020
}`);
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0]!.authors).toEqual(['Bünz, Benedikt', 'Émile Zola', 'François, Jean', 'Jiří Matoušek']);
    expect(r.papers[0]!.title).toBe('études on Brazilian → text – 50% faster');
    expect(r.papers[0]!.year).toBe(2020);
  });

  it('expands @string macros and # concatenation, and month names', () => {
    const r = bib(`@string{acl = "Proceedings of the " # {ACL}}
@String(who = {Smith, Jane})
@inproceedings{b, author = who # { and Doe, John}, title = "A {T}itle", booktitle = acl, month = jan, year = "1999"}`);
    expect(r.papers[0]!.authors).toEqual(['Smith, Jane', 'Doe, John']);
    expect(r.papers[0]!.venue).toBe('Proceedings of the ACL');
    expect(r.papers[0]!.title).toBe('A Title');
  });

  it('drops "and others" with a note, keeps corporate names in braces whole', () => {
    const r = bib(`@techreport{c,
  author = {{U.S. Food and Drug Administration} and {R Core Team} and Doe, John and others},
  title = {Guidance}
}`);
    expect(r.papers[0]!.authors).toEqual(['U.S. Food and Drug Administration', 'R Core Team', 'Doe, John']);
    expect(r.notes.some((n) => n.line === 2 && /and others/.test(n.note))).toBe(true);
  });

  it('uses editors when there is no author, and says so', () => {
    const r = bib(`

@book{d,
  editor = {Rumelhart, David E. and McClelland, James L.},
  title = {Parallel Distributed Processing}
}`);
    expect(r.papers[0]!.authors).toEqual(['Rumelhart, David E.', 'McClelland, James L.']);
    expect(r.papers[0]!.source.line).toBe(3);
    expect(r.notes).toEqual([expect.objectContaining({ line: 3, note: expect.stringMatching(/editor/) })]);
  });

  it('skips entries without authors or title, and broken entries, with their line and reason, and reads the rest', () => {
    const r = bib(`% a comment line with an email: someone@example.org
@misc{noone,
  title = {Nobody wrote this}
}
@misc{nothing, year = 1990}

@article{broken,
  author = {Doe, John},
  title = {An unclosed title,
  year = 2001

@article{fine, author = {Roe, Richard}, title = {Still read}}
@article{unfinished, author = {Poe, E.}, title = {No closing brace}
@article{alsofine, author = {Moe, M.}, title = {Read too}, note = {US$ 10 and 5% more}}
`);
    expect(r.papers.map((p) => [p.id, p.source.line])).toEqual([['fine', 12], ['alsofine', 14]]);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [2, 'no authors or editors'],
      [5, 'no authors or editors and no title'],
      [7, 'the @article entry starting on line 7 cannot be read: the value of field "title" opened on line 9 is not closed ("}" missing) before the next entry on line 12'],
      [13, 'the @article entry starting on line 13 is not closed ("}" missing) before the next entry on line 14'],
    ]);
  });

  it('says where an unclosed entry starts and which entry it runs into, each line number saying what it is', () => {
    // a tester's broken.bib: the title's "{" swallows the entry's "}" (was "unreadable @article entry (line 3): entry not closed")
    const r = bib(`@article{a, title={Ok}, author={Doe, Jane and Roe, Rick}, year={2020}}
@article{b, title={Unclosed, author={Doe, Jane}, year={2021}}
@article{c, title={Third}, author={Poe, Ed}, year=2022}
`);
    expect(r.papers.map((p) => p.id)).toEqual(['a', 'c']);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [2, 'the @article entry starting on line 2 is not closed ("}" missing) before the next entry on line 3'],
    ]);
    const last = bib(`@article{a, title={Ok}, author={Doe, Jane}}
@misc{z, title = {Open}, author = {Roe, R.},
  year = 2020
`);
    expect(last.skipped.map((s) => [s.line, s.reason])).toEqual([[2, 'the @misc entry starting on line 2 is not closed ("}" missing) before the end of the file']]);
  });

  it('splits names on "and" only outside braces', () => {
    expect(splitBibtexNames('{Barnes and Noble} and Smith, J. AND Doe,\n John')).toEqual(['{Barnes and Noble}', 'Smith, J.', 'Doe,\n John']);
  });

  it('throws an IngestError for a file with no usable entry', () => {
    expect(() => bib('@misc{x, title = {no authors}}\n')).toThrowError(/test\.bib:1: no paper could be read from this BibTeX file: no authors/);
    expect(() => bib('just text\n')).toThrowError(/test\.bib:1: no BibTeX records found/);
  });

  it('is detected from content, not from the name', () => {
    const { text } = fixtureFile('cdl.bib');
    expect(detectFormat({ name: 'export.txt', text })).toBe('bibtex');
  });
});

describe('acl_2020_main.bib against acl_2020_main.jsonl (the same 3,022 records)', () => {
  const bibFile = fixtureFile('acl_2020_main.bib');
  const jsonlFile = fixtureFile('acl_2020_main.jsonl');
  const b = readBibtex(bibFile);
  const j = readJsonLines(jsonlFile);

  it('reads every record, in order, on the line of its @ head', () => {
    expect(b.papers).toHaveLength(3022);
    expect(b.skipped).toEqual([]);
    expect(b.papers.map((p) => p.id)).toEqual(j.papers.map((p) => p.id));
    const lines = bibFile.text.split('\n');
    for (const p of b.papers) expect(lines[p.source.line - 1]).toBe(`@${lines[p.source.line - 1]!.slice(1, lines[p.source.line - 1]!.indexOf('{'))}{${p.id},`);
  });

  it('gives the same titles, abstracts and venues (LaTeX math typeset: one title differs)', () => {
    const differ = b.papers.filter((p, i) => p.title !== j.papers[i]!.title);
    // the jsonl title keeps the raw TeX ("Refer360$^{\circ}$"); typeset, it is a degree sign, as the paper's own abstract writes it
    expect(differ.map((p) => p.title)).toEqual(['Refer360°: A Referring Expression Recognition Dataset in 360° Images']);
    expect(differ[0]!.abstract).toContain('Refer360°');
    // The jsonl keeps raw TeX ("$\rightarrow$", "~", "--") in abstracts; the .bib's is typeset. Compare where no TeX is involved.
    const plain = b.papers.filter((_p, i) => !/[$~\\]|--|``|''/.test(j.papers[i]!.abstract ?? ''));
    expect(plain.length).toBeGreaterThan(2900);
    for (const p of plain) expect(p.abstract).toBe(j.papers.find((q) => q.id === p.id)!.abstract);
    expect(b.papers.map((p) => p.venue)).toEqual(j.papers.map((p) => p.venue));
    expect(b.papers.map((p) => p.year)).toEqual(j.papers.map((p) => p.year));
  });

  it('gives the same author names: "Last, First" decoded equals the jsonl "First Last" up to word order', () => {
    const words = (n: string) => n.replace(/,/g, ' ').split(/\s+/).filter(Boolean).sort().join(' ');
    b.papers.forEach((p, i) => expect(p.authors.map(words)).toEqual(j.papers[i]!.authors.map(words)));
    const names = (ps: typeof b.papers) => new Set(ps.flatMap((p) => p.authors.map((a) => displayName(parseName(a)))));
    expect(names(b.papers).size).toBe(7517);
    expect(names(j.papers).size).toBe(7517);
    for (const p of b.papers) for (const a of p.authors) expect(a).not.toMatch(LATEX_LEFTOVER);
  });

  it('builds to the same report figures as the jsonl', () => {
    // these figures are known once the graph stage is done: communities, labels and layout are not needed
    const rb = buildUntil([bibFile], 'graph').report;
    const rj = aclMain().report; // the same jsonl, built once per run by the unit global setup
    const figures = (r: typeof rb) => [r.records, r.papers, r.authorNames, r.authors, r.authorships, r.coauthorPairs, r.components, r.largestComponent];
    expect(rb.papers).toBe(3022);
    expect(rb.authorNames).toBe(7517);
    expect(rj.authorNames).toBe(7517);
    expect(figures(rb)).toEqual(figures(rj));
  });
});

describe('acl_2016_2021_all.bib (35 MB, committed gzipped)', () => {
  const file = fixtureFile('acl_2016_2021_all.bib.gz');

  it('reads all 29,573 records and builds them', () => {
    // The figures come from the build's ingest stage (layout and the rest are not needed for them).
    const t0 = performance.now();
    const ingest = ingestPapers([file]);
    const readMs = performance.now() - t0;
    console.log(`read acl_2016_2021_all.bib (${(file.text.length / 1e6).toFixed(1)} MB): ${readMs.toFixed(0)} ms`);
    expect(ingest.all).toHaveLength(29573);
    expect(ingest.skipped).toEqual([]);
    expect(countBibEntries(file.text).count).toBe(29573);
    const report = { records: ingest.records, papers: ingest.papers.length, notes: ingest.notes, authorNames: countAuthorNames(ingest.all) };
    expect(report.records).toBe(29573);
    // Duplicates (same title and authors, or same DOI) are merged and each merge is listed.
    const paperMerges = ingest.dedup.merged.filter((m) => m.kind === 'paper');
    // exact duplicates and ones that differ only in case/spacing, in the same year; W18-6481/6482 share a DOI but are
    // different papers; 6 titles with the same authors came out again in another year at another venue (LAW 2020 and
    // SCiL 2021, BlackboxNLP 2018 and SCiL 2020: the Anthology's own separate papers), kept apart, each with a note;
    // one paper in two 2019 workshops with a nickname in one byline ("Tsai, Yi-Ting (Alicia)") is one, with a note
    expect(paperMerges.length).toBe(27);
    expect(report.papers).toBe(29573 - 27);
    expect(report.notes.filter((n) => /read as one paper/.test(n.note)).map((n) => n.line)).toEqual([297494]);
    expect(report.notes.filter((n) => /kept as another publication/.test(n.note))).toHaveLength(6);
    expect(report.notes.some((n) => /same DOI 10\.18653\/v1\/W18-6481 .* different title: kept both/.test(n.note))).toBe(true);
    expect(report.authorNames).toBe(37325);
    // one author field written as a comma list ("Tomas Hercig, Pavel Král"), alone, so not split: a note to check it
    // (not for "Miceli Barone, Antonio Valerio", alone on two papers: the file writes it beside "Last, First" co-authors)
    expect(report.notes.filter((n) => /may hold several names/.test(n.note)).map((n) => n.line)).toEqual([301649]);
  });
});

describe('a BibTeX file read in parts (the in-browser build reads half on each of its two threads)', () => {
  // crossref chapters (inheritance notes), a published bibliography with broken entries, LaTeX and "and others"
  it.each([
    ['cases/05-bib-crossref-chapters.bib', [2, 3]],
    ['cdl.bib', [2]],
  ] as const)('%s: the parts joined in order are what one read gives, byte for byte', (name, counts) => {
    const file = fixtureFile(name);
    const one = JSON.stringify(readBibtex(file));
    for (const parts of counts) {
      const read = Array.from({ length: parts }, (_, k) => readBibtexPart(file, k, parts));
      // every part holds some of the file's entries (no part is the whole file)
      for (const r of read) expect(r.papers.length + r.skipped.length).toBeLessThan(JSON.parse(one).papers.length + JSON.parse(one).skipped.length);
      expect(JSON.stringify(joinBibtexParts(file, read))).toBe(one);
    }
  });

  it('says which entries went where: inheritance notes once, in part 0; a file with no usable entry is still an error', () => {
    const file = fixtureFile('cases/05-bib-crossref-chapters.bib');
    const inherited = (notes: { note: string }[]) => notes.filter((n) => /inherit|crossref/i.test(n.note)).length;
    const whole = readBibtex(file);
    expect(inherited(whole.notes)).toBeGreaterThan(0);
    const [a, b] = [readBibtexPart(file, 0, 2), readBibtexPart(file, 1, 2)];
    expect(inherited(a.notes) + inherited(b.notes)).toBe(inherited(whole.notes));
    const empty = { name: 'none.bib', text: '@article{a, title = {No authors}}\n@article{b, title = {Nor here}}\n' };
    expect(() => joinBibtexParts(empty, [readBibtexPart(empty, 0, 2), readBibtexPart(empty, 1, 2)])).toThrow(IngestError);
    expect(() => readBibtexPart(empty, 2, 2)).toThrow(/no part 2 of 2/);
  });

  it('hands the papers on in batches as they are read (the in-browser build streams them to its second thread): every paper once, in order', () => {
    const file = fixtureFile('cdl.bib');
    const batches: number[] = [];
    const given: unknown[] = [];
    const read = readBibtexPart(file, 0, 1, (papers) => {
      batches.push(papers.length);
      for (const p of papers) given.push(p);
    }, 40);
    expect(read.papers.length).toBeGreaterThan(100);
    expect(batches.length).toBe(Math.ceil(read.papers.length / 40));
    expect(batches.slice(0, -1).every((n) => n === 40)).toBe(true);
    // the very objects returned, in file order
    expect(given.length).toBe(read.papers.length);
    given.forEach((p, k) => expect(p).toBe(read.papers[k]));
    expect(JSON.stringify(joinBibtexParts(file, [read]))).toBe(JSON.stringify(readBibtex(file)));
  });
});

describe.each(['geom.bib', 'cdl.bib'])('%s (published bibliography, as is)', (name) => {
  const file = fixtureFile(name);
  const r = readBibtex(file);
  const entries = countBibEntries(file.text);

  it('accounts for every entry: read, or skipped with its line and reason', () => {
    expect(r.papers.length + r.skipped.length).toBe(entries.count);
    const seen = new Set([...r.papers.map((p) => p.source.line), ...r.skipped.map((s) => s.line)]);
    expect(seen).toEqual(entries.lines);
    for (const s of r.skipped) expect(s.reason.length).toBeGreaterThan(5);
  });

  it('builds, and no author name in the bundle holds a LaTeX command or a brace', () => {
    // The names stage decides the people and their spellings; layout and the rest are not needed here.
    const ingest = ingestPapers([file]);
    expect(ingest.records).toBe(entries.count);
    expect(ingest.skipped).toHaveLength(r.skipped.length);
    const { people } = resolvePeople(ingest.papers, [], ingest.focalRaw);
    const bundle = { papers: { title: ingest.papers.map((p) => p.title) } };
    const names = [...people.map((p) => p.name), ...people.flatMap((p) => p.aliases)];
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter((n) => LATEX_LEFTOVER.test(n))).toEqual([]);
    // Titles may hold literal braces written \{ \} ("{0,1}-strings"), never a command.
    expect(bundle.papers.title.filter((t) => /\\[A-Za-z]+/.test(t))).toEqual([]);
  });
});

describe('geom.bib specifics', () => {
  const r = readBibtex(fixtureFile('geom.bib'));
  it('decodes accented names and keeps braced multi-word names', () => {
    const names = new Set(r.papers.flatMap((p) => p.authors));
    expect(names).toContain('J. Matoušek');
    expect(names).toContain('Jiří Matoušek');
    expect(names).toContain('H. Schröder');
    expect(names).toContain('Friedhelm Meyer auf der Heide');
    expect([...names].some((n) => n === 'others' || n === '??')).toBe(false);
  });
  it('notes the "and others" lists and the editors used as authors', () => {
    expect(r.notes.filter((n) => /and others/.test(n.note)).length).toBeGreaterThan(10);
    expect(r.notes.filter((n) => /editor\(s\) are used as authors/.test(n.note)).length).toBeGreaterThan(50);
  });
});

describe('cdl.bib specifics', () => {
  it('degrees written as entries of their own ("Schmidt and M Sc and …") are left out with a note, not made people', () => {
    const ingest = ingestPapers([fixtureFile('cdl.bib')]);
    const paper = ingest.papers.find((p) => p.authors.some((a) => /Str.hle/.test(a)))!;
    expect(paper.authors.map((a) => displayName(parseName(a)))).toEqual([
      'Andreas Ströhle', 'Dietlinde K Schmidt', 'Florian Schultz', 'Nina Fricke', 'Theresa Staden', 'Rainer Hellweg', 'Josef Priller', 'Michael A Rapp', 'Nina Rieckmann',
    ]);
    const notes = ingest.notes.filter((n) => n.line === 8148 && /academic degree/.test(n.note)).map((n) => n.note);
    expect(notes).toHaveLength(6);
    expect(notes[0]).toBe('author: "M Sc" is an academic degree (of "Dietlinde K Schmidt" before it), not a person; left out');
    const { people } = resolvePeople(ingest.papers, [], ingest.focalRaw);
    expect(people.filter((p) => /^(M Sc|D Ph|Sc M|Ph D)$/.test(p.name))).toEqual([]);
    // people whose initials look like a degree stay: "M Scolamiero", "M Schain"
    expect(people.some((p) => p.name === 'M Scolamiero')).toBe(true);
  });
});

describe('BibTeX scanner: comments and one-line files (break cases)', () => {
  it('a "%" inside a value is text: the next entry on the same line is read (bib-percent-hides-next-entry-same-line.bib)', () => {
    const r = readBibtex(fixtureFile('break/bib-percent-hides-next-entry-same-line.bib'));
    expect(r.papers.map((p) => [p.id, p.title, p.source.line])).toEqual([
      ['a', 'Gains of 5% in graphs', 1],
      ['b', 'A second paper', 1],
      ['c', 'A third paper', 2],
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('outside entries "%" still starts a comment: an entry commented out is not read', () => {
    const r = bib(`% @article{gone, title={Commented out}, author={Doe, Jane}}
@article{kept, title={Kept}, author={Doe, Jane}} % trailing note @article{alsogone, title={X}, author={Y, Z}}
@article{next, title={Next 100% line}, author={Roe, Rich}}`);
    expect(r.papers.map((p) => p.id)).toEqual(['kept', 'next']);
    expect(r.skipped).toEqual([]);
  });

  it('an 80 KB line of "@" signs is read through, and the entry after it is read (bib-many-at-signs-one-line.bib)', () => {
    const r = readBibtex(fixtureFile('break/bib-many-at-signs-one-line.bib'));
    expect(r.papers.map((p) => p.id)).toEqual(['k']);
    // text between entries, which BibTeX ignores: nothing to skip
    expect(r.skipped).toEqual([]);
  });

  it('a one-line export of acl_2020_main.bib reads the same 3,022 records as the file', () => {
    const { text } = fixtureFile('acl_2020_main.bib');
    const oneLine = text.split('\n').filter((l) => !l.startsWith('%')).join(' ');
    const r = bib(oneLine);
    const ref = readBibtex(fixtureFile('acl_2020_main.bib'));
    expect(r.papers).toHaveLength(3022);
    expect(r.skipped).toEqual([]);
    expect(r.papers.map((p) => [p.id, p.title, p.authors.join('; ')])).toEqual(ref.papers.map((p) => [p.id, p.title, p.authors.join('; ')]));
    expect(new Set(r.papers.map((p) => p.source.line))).toEqual(new Set([1]));
  });

  it('on one line, a broken entry is skipped and the entries after it on that line are read', () => {
    const r = bib(
      '@article{a, title={A}, author={Doe, J}} @article{bad, title={T} author={X, Y}} @article{c, title={C}, author={Roe, R}} @article{open, title={never closed @article{d, title={D}, author={Poe, E}}',
    );
    expect(r.papers.map((p) => p.id)).toEqual(['a', 'c', 'd']);
    expect(r.skipped.map((s) => s.record)).toEqual(['bad', 'open']);
  });
});

describe('@xdata entries', () => {
  it('hold fields for the entries that name them and are not papers themselves, even with a title and authors', () => {
    const result = bib(`@xdata{series, title = {Proceedings of a Workshop Series}, author = {Ann Editor}, publisher = {ACL}, year = {2020}}
@inproceedings{p1, title = {A Paper}, author = {Bo Writer}, xdata = {series}}
`);
    expect(result.papers.map((p) => p.title)).toEqual(['A Paper']);
    expect(result.papers[0].year).toBe(2020);
  });
});

describe('BibTeX as real files write it: @comment blocks, odd years, repeated fields and keys (every guess is a note)', () => {
  const notes = (r: { notes: { line: number; note: string }[] }) => r.notes.map((n) => [n.line, n.note]);

  it('an entry inside a @comment{...} block is not a paper: the block ends at its balancing brace', () => {
    const r = bib(`@comment{
@article{ghost, author={Ghost, Casper}, title={Should not appear}, year=2020}
}
@article{real, author={Real, Ann}, title={Real one}, year=2021}
`);
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([['Real one', 4]]);
    expect(r.skipped).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it("JabRef's and Zotero's @comment{jabref-meta: ...} blocks are skipped, nested braces and escapes included", () => {
    const r = bib(`@Comment{jabref-meta: databaseType:bibtex;}
@article{one, author={Ann, A}, title={First}, year=2001}
@comment{jabref-meta: grouping:
0 AllEntriesGroup:;
1 StaticGroup:Mine\\;0\\;1\\;{\\}};
  @article{inner, author={In, Side}, title={{Nested} not a paper}}
}
% @article{commented, author={Out, C}, title={Commented out}}
@article{two, author={Bo, B}, title={Second}, year=2002}
`);
    expect(r.papers.map((p) => [p.id, p.source.line])).toEqual([['one', 2], ['two', 9]]);
    expect(r.skipped).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('a @comment{ never closed is noted with its line, and the entries after it are read', () => {
    const r = bib(`@article{a, author={Ann, A}, title={Before}}
@comment{ a stray brace: {
@article{b, author={Bo, B}, title={After}}
`);
    expect(r.papers.map((p) => [p.id, p.source.line])).toEqual([['a', 1], ['b', 3]]);
    expect(r.notes).toEqual([
      expect.objectContaining({ file: 'test.bib', line: 2, note: '@comment is not closed ("}" missing before the end of the file): taken to end before the next entry, line 3' }),
    ]);
    const last = bib('@article{a, author={Ann, A}, title={Before}}\n\n@comment{ to the end\n no entry follows\n');
    expect(notes(last)).toEqual([[3, '@comment is not closed ("}" missing before the end of the file): the rest of the file is a comment']]);
  });

  it('a comment inside a never-closed one closes where its own braces balance; thousands of unclosed ones are each noted and the entry after them read', () => {
    const r = bib(`@comment{ opened { here
@article{b, author={Bo, B}, title={Read}}
@comment{ closes at its brace } }
@article{c, author={Cy, C}, title={Read too}}
`);
    expect(r.papers.map((p) => p.id)).toEqual(['b', 'c']);
    expect(notes(r)).toEqual([[1, '@comment is not closed ("}" missing before the end of the file): taken to end before the next entry, line 2']]);
    const many = Array.from({ length: 20000 }, () => '@comment{ never closed').join('\n') + '\n@article{z, author={Zed, Z}, title={Last}}\n';
    // (a scan that went back to each unclosed comment's start would take minutes here: the test's time-out says so,
    // no timed assertion)
    const m = bib(many);
    expect(m.papers.map((p) => [p.id, p.source.line])).toEqual([['z', 20001]]);
    expect(m.notes).toHaveLength(20000);
  });

  it.each([
    ['2020a', 2020, 'year "2020a" read as 2020'],
    ['2020-2021', 2020, 'year "2020-2021" read as 2020'],
    ['{1993/94}', 1993, 'year "1993/94" read as 1993'],
    ['in press', null, 'year "in press" is not a year: left out'],
    ['99', null, 'year "99" is not a year: left out'],
    ['20201', null, 'year "20201" is not a year: left out'],
    ['MMXX', null, 'year "MMXX" is not a year: left out'],
    ['forthcoming', null, 'year "forthcoming" is not a year: left out'],
  ])('year = {%s}: year %s, with a note at the year field', (value, year, note) => {
    const r = bib(`@article{y,\n  author = {Ann, A},\n  title = {A paper},\n  year = {${value}}\n}`);
    expect(r.papers.map((p) => p.year)).toEqual([year]);
    expect(r.notes).toEqual([{ file: 'test.bib', line: 4, record: 'y', field: 'year', note }]);
  });

  it('a four-digit year, a bare number and a BibLaTeX date need no note; the JSON Lines reader words an unreadable year the same', () => {
    const r = bib(`@article{a, author={Ann, A}, title={One}, year=2001}
@article{b, author={Ann, A}, title={Two}, year={{2002}}}
@article{c, author={Ann, A}, title={Three}, date={2020-05-01}}
@article{d, author={Ann, A}, title={Four}, date={2019-05/2019-08}}
@article{e, author={Ann, A}, title={Five}}
@article{f, author={Ann, A}, title={Six}, year={in press}, date={2021-03}}
@article{g, author={Ann, A}, title={Seven}, year={2022}, date={2022-03-01}}`);
    expect(r.papers.map((p) => p.year)).toEqual([2001, 2002, 2020, 2019, null, 2021, 2022]);
    // the year field left out says which year the paper has instead
    expect(notes(r)).toEqual([[6, 'year "in press" is not a year: left out; the date\'s year, 2021, taken']]);
    const dates = bib(`@article{g, author={Ann, A}, title={Seven}, date={20201}}
@article{h, author={Ann, A}, title={Eight}, date={Spring 2020}}
@article{i, author={Ann, A}, title={Nine}, date={2020-2021}}
@article{j, author={Ann, A}, title={Ten}, date={2018-04-01T10:00:00Z}}`);
    expect(dates.papers.map((p) => p.year)).toEqual([null, 2020, 2020, 2018]);
    expect(notes(dates)).toEqual([[1, 'date "20201" is not a year: left out'], [2, 'date "Spring 2020" read as 2020'], [3, 'date "2020-2021" read as 2020']]);
    const j = readJsonLines({ name: 'x.jsonl', text: '{"title": "T", "authors": ["Ann A"], "year": "in press"}\n' });
    expect(j.notes.map((n) => n.note)).toEqual(['year "in press" is not a year: left out']);
  });

  it('a BibLaTeX date range over two years, or open-ended, gives its start year with a note, as a year range does', () => {
    const r = bib(`@article{r1, author={Vell, Orrin}, title={Range year}, year={2019/2020}}
@article{r2, author={Vell, Orrin}, title={Range date},
  date={2019/2020}}
@article{r3, author={Vell, Orrin}, title={Open range}, date={2017~/..}}
@article{r4, author={Vell, Orrin}, title={Months}, date={2019-11/2020-02}}`);
    expect(r.papers.map((p) => p.year)).toEqual([2019, 2019, 2017, 2019]);
    expect(notes(r)).toEqual([
      [1, 'year "2019/2020" read as 2019'],
      [3, 'date "2019/2020" is a range (2019 to 2020): its start, 2019, taken'],
      [4, 'date "2017~/.." is a range (2017 open-ended): its start, 2017, taken'],
      [5, 'date "2019-11/2020-02" is a range (2019 to 2020): its start, 2019, taken'],
    ]);
  });

  it('a year and a date of different years: the date\'s year is taken (as biber does) with a note at the date\'s line naming both', () => {
    const r = bib(`@article{d1, author={Vell, Orrin}, title={Disagree},
  year={2019},
  date={2020-01-15}}
@article{d2, author={Vell, Orrin}, title={Agree}, year={2020}, date={2020-01-15}}
@article{d3, author={Vell, Orrin}, title={Year and range}, year={2018}, date={2019/2020}}`);
    expect(r.papers.map((p) => p.year)).toEqual([2020, 2020, 2019]);
    expect(notes(r)).toEqual([
      [3, 'year "2019" and date "2020-01-15" disagree: the date\'s 2020 taken, as biber does; classic BibTeX, which has no date field, would print 2019'],
      [5, 'year "2018" and date "2019/2020" disagree: the date\'s 2019 (the start of its range, 2019 to 2020) taken, as biber does; classic BibTeX, which has no date field, would print 2018'],
    ]);
    expect(r.notes.every((n) => n.file === 'test.bib')).toBe(true);
  });

  it('a field given twice keeps the first value, and each repeated field is a note naming it, its line and what was ignored', () => {
    const r = bib(`@article{a, author={Ann, A}, author={Other, O}, title={Dup field}, title={Second title}, year=2001, year=2002}
@article{b,
  author = {Bo, B},
  title = {Kept},
  title = {Also
           ignored},
  title = {Third},
  year = 2003,
  year = {2003}
}`);
    expect(r.papers.map((p) => [p.title, p.authors, p.year])).toEqual([
      ['Dup field', ['Ann, A'], 2001],
      ['Kept', ['Bo, B'], 2003],
    ]);
    expect(r.notes.map((n) => [n.line, n.record, n.note])).toEqual([
      [1, 'a', 'field "author" given twice: "Other, O" ignored, the first kept'],
      [1, 'a', 'field "title" given twice: "Second title" ignored, the first kept'],
      [1, 'a', 'field "year" given twice: "2002" ignored, the first kept'],
      [5, 'b', 'field "title" given 3 times: "Also ignored", "Third" ignored, the first kept'],
      [9, 'b', 'field "year" given twice, with the same value "2003"'],
    ]);
  });

  it('a citation key used twice is a note naming the key and both lines; both papers are read', () => {
    const r = bib(`@article{h1, author={Ann, A}, title={First h1}, year=2001}
@article{other, author={Bo, B}, title={Other}, year=2002}
@article{h1, author={Cy, C}, title={Second h1}, year=2003}
@article{H1, author={Di, D}, title={Third h1}, year=2004}`);
    expect(r.papers.map((p) => [p.id, p.title, p.source.line])).toEqual([
      ['h1', 'First h1', 1],
      ['other', 'Other', 2],
      ['h1', 'Second h1', 3],
      ['H1', 'Third h1', 4],
    ]);
    expect(notes(r)).toEqual([
      [3, 'citation key "h1" used twice, on lines 1 and 3: both entries are read'],
      [4, 'citation key "h1" (line 1) used again as "H1" (line 4; keys ignore case): both entries are read'],
    ]);
  });

  it('with a key used twice, crossref inherits from the first entry, and the note says so', () => {
    const r = bib(`@book{proc, editor={Ed, E}, title={Proceedings One}, year=2010}
@book{proc, editor={Fa, F}, title={Proceedings Two}, year=2011}
@incollection{ch, author={Au, A}, title={A chapter}, crossref={proc}}`);
    expect(r.papers.map((p) => [p.title, p.venue, p.year])).toEqual([
      ['Proceedings One', null, 2010],
      ['Proceedings Two', null, 2011],
      ['A chapter', 'Proceedings One', 2010],
    ]);
    expect(notes(r)).toEqual(expect.arrayContaining([
      [2, 'citation key "proc" used twice, on lines 1 and 2: both entries are read; crossref {proc} takes the entry on line 1'],
      [3, expect.stringMatching(/^crossref \{proc\} \(line 1\): inherited /)],
    ]));
  });

  it('these notes are the same whether the file is read whole or in parts', () => {
    const file = {
      name: 'parts.bib',
      text: `@comment{ open {
@article{a, author={Ann, A}, title={One}, title={Uno}, year={2020a}}
@article{a, author={Bo, B}, title={Two}, year={in press}}
@article{c, author={Cy, C}, title={Three}, year=2003, year=2004}
@article{d, author={Di, D}, title={Four}, year=2004}
`,
    };
    const one = readBibtex(file);
    expect(one.notes).toHaveLength(6);
    for (const parts of [2, 3]) {
      const read = Array.from({ length: parts }, (_, k) => readBibtexPart(file, k, parts));
      expect(JSON.stringify(joinBibtexParts(file, read))).toBe(JSON.stringify(one));
    }
  });
});
