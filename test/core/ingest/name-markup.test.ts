/**
 * Author names with HTML markup are read as plain text, as titles are (a tester's Scopus export: paper 2 wrote
 * `<b>Mallory</b>, June`, paper 4 `Mallory, June`, and the map showed "June <b>Mallory</b>"): in every reader, the
 * two spellings one person, with one note per file naming the file and the line of the first such name. And a
 * note about a link left out names the link field's own line (RIS UR, BibTeX url), as a title's markup note names
 * the title's.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/core/ingest/index';
import { buildText } from '../helpers';
import { parseAliasFile } from '../../../src/core/names/aliases';

const SCOPUS_HEADER = 'Authors,Author full names,Author(s) ID,Title,Year,Source title,Volume,Issue,Art. No.,Page start,Page end,Cited by,DOI,Link,Abstract,Author Keywords,Document Type,Source,EID';
/** The tester's scopus.csv, its broken row left out. */
const SCOPUS = [
  SCOPUS_HEADER,
  '"Okonkwo C.; Lindqvist H.","Okonkwo, Chidi (57190000001); Lindqvist, Hanna (57190000002)","57190000001; 57190000002","Tidal mixing in <b>shallow</b> estuaries",2019,"Journal of Coastal Studies",12,3,,101,118,4,10.1000/jcs.2019.101,https://www.scopus.com/x,"We measure tidal mixing.",,Article,Scopus,2-s2.0-1',
  '"Lindqvist H.; <b>Mallory</b> J.","Lindqvist, Hanna (57190000002); <b>Mallory</b>, June (57190000003)","57190000002; 57190000003","Sediment, salt, and ""wedges"": a review",2020,"Journal of Coastal Studies",13,1,,1,20,0,,https://www.scopus.com/y,"[No abstract available]",,Review,Scopus,2-s2.0-2',
  '"Mallory J.; Okonkwo C.","Mallory, June (57190000003); Okonkwo, Chidi (57190000001)","57190000003; 57190000001","A row after the broken one",2021,"Journal of Coastal Studies",14,2,,5,9,0,,https://www.scopus.com/z,"Abstract text",,Article,Scopus,2-s2.0-4',
  '',
].join('\n');

const nameNotes = (notes: { note: string }[]) => notes.filter((n) => /name.* HTML markup/.test(n.note));

describe('HTML markup in author names', () => {
  it('Scopus CSV: "<b>Mallory</b>, June" and "Mallory, June" are one person shown "June Mallory", with a note naming file and line', () => {
    const r = readInput({ name: 'scopus.csv', text: SCOPUS });
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Okonkwo, Chidi', 'Lindqvist, Hanna'],
      ['Lindqvist, Hanna', 'Mallory, June'],
      ['Mallory, June', 'Okonkwo, Chidi'],
    ]);
    expect(nameNotes(r.notes)).toEqual([
      expect.objectContaining({
        file: 'scopus.csv',
        line: 3,
        field: 'Author full names',
        note: 'Author full names: a name carries HTML markup (the first on line 3): read as plain text, as titles are (e.g. "<b>Mallory</b>, June" read as "Mallory, June")',
      }),
    ]);
    const { bundle } = buildText('scopus.csv', SCOPUS);
    expect([...bundle.authors.name].sort()).toEqual(['Chidi Okonkwo', 'Hanna Lindqvist', 'June Mallory']);
  });

  it('RIS, BibTeX, JSON Lines and CSL-JSON: tags removed and their text kept, <img>/<script> dropped and named, a literal "<unk>" kept', () => {
    const ris = 'TY  - JOUR\nAU  - Ferreira, Lúcia\nAU  - <i>O\'Neill</i>, Seán<img src=x onerror=alert(1)>\nTI  - One\nPY  - 2017\nER  - \n';
    const r = readInput({ name: 'refs.ris', text: ris });
    expect(r.papers[0]!.authors).toEqual(['Ferreira, Lúcia', "O'Neill, Seán"]);
    expect(nameNotes(r.notes)).toEqual([
      expect.objectContaining({
        file: 'refs.ris',
        line: 3,
        field: 'AU',
        note: 'AU: a name carries HTML markup (the first on line 3): read as plain text, as titles are (e.g. "<i>O\'Neill</i>, Seán<img src=x onerror=alert(1)>" read as "O\'Neill, Seán"); <img> dropped (no text to read)',
      }),
    ]);

    const bib = '@article{a,\n  title = {One},\n  author = {Doe, Jane and <b>Roe</b>, Rick<script>alert(1)</script>},\n  year = 2020\n}\n';
    const b = readInput({ name: 'x.bib', text: bib });
    expect(b.papers[0]!.authors).toEqual(['Doe, Jane', 'Roe, Rick']);
    expect(nameNotes(b.notes)).toEqual([expect.objectContaining({ file: 'x.bib', line: 3, field: 'author' })]);
    expect(nameNotes(b.notes)[0]!.note).toContain('<script> dropped (no text to read)');

    const jsonl = `${JSON.stringify({ title: 'One', authors: ['Jane <span class="x">Doe</span>', 'Rick Roe'], year: 2020 })}\n${JSON.stringify({ title: 'Two', authors: ['<b>Rick</b> Roe'], year: 2021 })}\n`;
    const j = readInput({ name: 'x.jsonl', text: jsonl });
    expect(j.papers.map((p) => p.authors)).toEqual([['Jane Doe', 'Rick Roe'], ['Rick Roe']]);
    expect(nameNotes(j.notes)).toEqual([expect.objectContaining({ file: 'x.jsonl', line: 1, note: expect.stringContaining('2 names carry HTML markup (the first on line 1)') })]);

    const csl = JSON.stringify([{ type: 'article', title: 'One', author: [{ family: '<b>Doe</b>', given: 'Jane' }], issued: { 'date-parts': [[2020]] } }]);
    expect(readInput({ name: 'x.json', text: csl }).papers[0]!.authors.join()).not.toContain('<');

    // "<unk>" is no HTML element: kept as written, no note
    const unk = readInput({ name: 'y.jsonl', text: `${JSON.stringify({ title: 'One', authors: ['Jane <unk> Doe'], year: 2020 })}\n` });
    expect(unk.papers[0]!.authors).toEqual(['Jane <unk> Doe']);
    expect(nameNotes(unk.notes)).toEqual([]);
  });

  it('the build shows the cleaner spelling: no author name in the bundle holds a tag', () => {
    const bib = '@article{a, title={One}, author={<b>Mallory</b>, June and Doe, Jane}, year=2020}\n@article{b, title={Two}, author={Mallory, June and Doe, Jane}, year=2021}\n';
    const { bundle } = buildText('x.bib', bib);
    expect([...bundle.authors.name].sort()).toEqual(['Jane Doe', 'June Mallory']);
  });
});

describe('HTML markup in the names of a seed file\'s focal author line and of an alias file', () => {
  const SEED = '<b>Mallory</b>, June\nTidal mixing\nMallory, June, Okonkwo, Chidi\nAn abstract.\n\nSalt wedges\nOkonkwo, Chidi, Lindqvist, Hanna\nAnother abstract.\n';

  it('the seed format\'s focal author "<b>Mallory</b>, June" is June Mallory, with the note every name\'s markup gets', () => {
    const r = readInput({ name: 'list.txt', text: SEED }, 'seed');
    expect(r.focalAuthor).toBe('Mallory, June');
    expect(nameNotes(r.notes)).toEqual([
      {
        file: 'list.txt',
        line: 1,
        field: 'focal author',
        note: 'focal author: a name carries HTML markup (the first on line 1): read as plain text, as titles are (e.g. "<b>Mallory</b>, June" read as "Mallory, June")',
      },
    ]);
    const { bundle, report } = buildText('list.txt', SEED);
    expect(bundle.authors.name[bundle.focalAuthor!]).toBe('June Mallory');
    expect(report.focalAuthor).toBe('Mallory, June');
    // (not said to be an author of none of the papers)
    expect(report.notes.filter((n) => /focal author on line/.test(n.note))).toEqual([]);
    // character references too, as in an authors line
    expect(readInput({ name: 'list.txt', text: SEED.replace('<b>Mallory</b>', 'M&aacute;llory') }, 'seed').focalAuthor).toBe('Mállory, June');
  });

  it('a focal author given with the build (an OpenAlex researcher, fetched.json) is read as the seed line is: "<b>Mallory</b>, June" marks June Mallory, with the same note', () => {
    const papers = `${JSON.stringify({ title: 'Tidal mixing', authors: ['Mallory, June', 'Okonkwo, Chidi'], year: 2020 })}\n${JSON.stringify({ title: 'Salt wedges', authors: ['Okonkwo, Chidi', 'Lindqvist, Hanna'], year: 2021 })}\n`;
    const { bundle, report } = buildText('works.jsonl', papers, { focalAuthor: { name: '<b>Mallory</b>, June', orcid: null } });
    expect(bundle.focalAuthor).not.toBeNull();
    expect(bundle.authors.name[bundle.focalAuthor!]).toBe('June Mallory');
    expect(report.focalAuthor).toBe('Mallory, June');
    expect(nameNotes(report.notes)).toEqual([
      {
        file: 'works.jsonl',
        line: 1,
        field: 'focal author (given with the build)',
        note: 'focal author (given with the build): a name carries HTML markup (the first on line 1): read as plain text, as titles are (e.g. "<b>Mallory</b>, June" read as "Mallory, June")',
      },
    ]);
    // character references and stray spaces too, as in the seed line
    expect(buildText('works.jsonl', papers, { focalAuthor: { name: '  M&aacute;llory, June ' } }).report.focalAuthor).toBe('Mállory, June');
  });

  it('an alias file\'s canonical name "<b>Mallory</b>, June" is the author the papers write "Mallory, June", with the note naming the alias line', () => {
    const papers = `${JSON.stringify({ title: 'One', authors: ['J. Mallory', 'Chidi Okonkwo'], year: 2020 })}\n${JSON.stringify({ title: 'Two', authors: ['Mallory, June', 'Hanna Lindqvist'], year: 2021 })}\n`;
    const aliases = { name: 'aliases.tsv', text: '# my aliases\nJ. Mallory\t<b>Mallory</b>, June\n' };
    expect(parseAliasFile('aliases.tsv', aliases.text)).toEqual([{ variant: 'J. Mallory', canonical: 'Mallory, June', paper: null, line: 2 }]);
    const { bundle, report } = buildText('x.jsonl', papers, { aliases });
    expect([...bundle.authors.name].sort()).toEqual(['Chidi Okonkwo', 'Hanna Lindqvist', 'June Mallory']);
    expect(nameNotes(report.notes)).toEqual([
      {
        file: 'aliases.tsv',
        line: 2,
        field: 'canonical name',
        note: 'canonical name: a name carries HTML markup (the first on line 2): read as plain text, as titles are (e.g. "<b>Mallory</b>, June" read as "Mallory, June")',
      },
    ]);
    // a variant so written names the author the papers write without the tags
    const variant = buildText('x.jsonl', papers, { aliases: { name: 'aliases.tsv', text: '<i>J. Mallory</i>\tMallory, June\n' } });
    expect([...variant.bundle.authors.name].sort()).toEqual(['Chidi Okonkwo', 'Hanna Lindqvist', 'June Mallory']);
    // a name that is only markup is an error with its line, not an empty person
    expect(() => parseAliasFile('aliases.tsv', 'J. Mallory\t<img src=x>\n')).toThrowError(/aliases\.tsv:1: the canonical name "<img src=x>" holds no text/);
  });
});

describe("HTML markup in an alias line's paper (its third cell)", () => {
  it('"Growth of <i>E. coli</i> in brine" names the paper whose title reads "Growth of E. coli in brine": the split applies, with the note a name\'s markup gets', () => {
    const papers = [
      { title: 'Growth of <i>E. coli</i> in brine', authors: ['Wei Zhang', 'Hanna Lindqvist'], year: 2020 },
      { title: 'Salt wedges', authors: ['Wei Zhang', 'Chidi Okonkwo'], year: 2021 },
    ].map((p) => JSON.stringify(p)).join('\n');
    const aliases = { name: 'aliases.tsv', text: '# split\nWei Zhang\tWei Zhang (2)\tGrowth of <i>E. coli</i> in brine\n' };
    expect(parseAliasFile(aliases.name, aliases.text)).toEqual([{ variant: 'Wei Zhang', canonical: 'Wei Zhang (2)', paper: 'Growth of E. coli in brine', line: 2 }]);
    const { bundle, report } = buildText('x.jsonl', `${papers}\n`, { aliases });
    expect([...bundle.authors.name].sort()).toEqual(['Chidi Okonkwo', 'Hanna Lindqvist', 'Wei Zhang', 'Wei Zhang (2)']);
    expect(report.notes.filter((n) => /no paper/.test(n.note))).toEqual([]);
    expect(report.notes.filter((n) => n.file === 'aliases.tsv' && /HTML/.test(n.note))).toEqual([
      {
        file: 'aliases.tsv',
        line: 2,
        field: 'paper',
        note: 'paper: a paper title carries HTML markup (the first on line 2): read as plain text, as titles are (e.g. "Growth of <i>E. coli</i> in brine" read as "Growth of E. coli in brine")',
      },
    ]);
    // character references too; a paper that is only markup is an error with its line
    expect(parseAliasFile('a.tsv', 'Wei Zhang\tWei Zhang (2)\tSalt &amp; wedges\n')[0]!.paper).toBe('Salt & wedges');
    expect(() => parseAliasFile('a.tsv', 'Wei Zhang\tWei Zhang (2)\t<img src=x>\n')).toThrowError(/^a\.tsv:1: the paper "<img src=x>" holds no text once its HTML markup is read/);
  });
});

describe('a link left out is noted at its own line', () => {
  it("RIS: the note names the UR line (refs.ris:8), not the record's first line, as the TI markup note names TI's", () => {
    const ris = 'TY  - JOUR\nAU  - Ferreira, Lúcia\nAU  - O\'Neill, Seán\nTI  - Soil carbon <iframe src="https://evil.example"></iframe> under grazing\nJO  - Soil Biology\nPY  - 2017\nDO  - 10.1000/sb.2017.7\nUR  - javascript:alert(document.cookie)\nAB  - Grazing changes soil carbon.\nER  - \n';
    const r = readInput({ name: 'refs.ris', text: ris });
    expect(r.papers[0]!.url).toBeNull();
    expect(r.notes.find((n) => /^link /.test(n.note))).toEqual({
      file: 'refs.ris',
      line: 8,
      record: 'Soil carbon under grazing',
      note: 'link "javascript:alert(document.cookie)" is not an http(s) address: left out',
    });
    expect(r.notes.find((n) => /markup/.test(n.note))!.line).toBe(4);
    // several UR lines: the one read (the first web link, else the first) is the one named
    const two = readInput({ name: 'two.ris', text: 'TY  - JOUR\nAU  - Doe, Jane\nTI  - One\nUR  - \nUR  - ftp://files.example.org/one.pdf\nER  - \n' });
    expect(two.notes.find((n) => /^link /.test(n.note))!.line).toBe(5);
  });

  it('BibTeX: the note names the url field\'s line', () => {
    const bib = '@article{a,\n  author = {Doe, Jane},\n  title = {One},\n  year = 2020,\n  url = {javascript:alert(1)}\n}\n';
    const r = readInput({ name: 'x.bib', text: bib });
    expect(r.notes.find((n) => /^link /.test(n.note))).toEqual(expect.objectContaining({ file: 'x.bib', line: 5 }));
  });
});
