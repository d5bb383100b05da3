/**
 * The export formats added for bibliometric databases (Web of Science, Scopus, PubMed/MEDLINE, Dimensions,
 * DBLP): small samples written from each format's public documentation (names invented, test/fixtures/formats/)
 * with the traps real exports have, built end to end and checked against facts stated in the files.
 */
import { describe, expect, it, vi } from 'vitest';
import { detectFormat, readInput } from '../../../src/core/ingest/index';
import { IngestError } from '../../../src/core/ingest/errors';
import { scopusAbstract } from '../../../src/core/ingest/scopus';
import type { Bundle } from '../../../src/core/bundle/types';
import { validateBundle } from '../../../src/core/bundle/validate';
import { authorAffiliations } from '../../../src/core/queries/affiliations';
import { buildFiles, buildText, fixture, readText } from '../helpers';

function build(name: string) {
  const { bundle, report, abstracts } = buildFiles([fixture(`formats/${name}`)], { labeler: null });
  const names = bundle.authors.name;
  const idx = (n: string) => {
    const i = names.indexOf(n);
    expect(i, `"${n}" in ${JSON.stringify(names)}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  /** Organisation and country of person `n` on the paper titled `title`. */
  const affOf = (title: string, n: string) => {
    const j = bundle.papers.title.indexOf(title);
    expect(j, title).toBeGreaterThanOrEqual(0);
    const k = bundle.papers.authors[j]!.indexOf(idx(n));
    const a = bundle.affiliations!;
    const o = a.org[j]![k];
    const c = a.country[j]![k];
    return { org: o == null ? null : a.orgs[o], country: c == null ? null : a.countries[c] };
  };
  return { bundle, report, abstracts, names, idx, affOf, format: report.inputs[0]!.format };
}

describe('Web of Science', () => {
  it('plain text: AF full names over AU, continuation lines, C1 affiliations, CA group noted, a record without authors skipped', () => {
    const c = build('wos-plain.txt');
    expect(c.format).toBe('wos');
    expect(c.report.papers).toBe(3);
    expect([...c.names].sort()).toEqual(['Ana Belen Castellanos', 'C. E. Okonkwo', 'Jonas K. Hult', 'Mei-Ling Zhou', 'P. Raghunathan', 'Tobias Rennwald']);
    expect(c.report.coauthorPairs).toBe(5);
    expect(c.report.skipped).toEqual([expect.objectContaining({ line: 47, reason: 'no authors (AF/AU)' })]);
    expect(c.bundle.papers.title[0]).toBe('Bitter taste receptors in airway epithelial cells: a comparative study across three cohorts');
    expect(c.abstracts[0]).toBe('Bitter taste receptors are expressed in airway cells. We compare three cohorts.');
    expect(c.bundle.papers.doi[0]).toBe('10.1000/rcn.2019.0001');
    expect(c.bundle.papers.year).toEqual([2019, 2020, 2021]);
    expect(c.affOf('Quinine response in nasal epithelium', 'Tobias Rennwald')).toEqual({ org: 'Univ Calif Berkeley', country: 'USA' });
    expect(c.affOf('Quinine response in nasal epithelium', 'Jonas K. Hult')).toEqual({ org: 'Lund Univ', country: 'Sweden' });
    expect(c.affOf(c.bundle.papers.title[0]!, 'Mei-Ling Zhou')).toEqual({ org: 'Peking Univ', country: 'China' });
    expect(c.affOf(c.bundle.papers.title[0]!, 'Jonas K. Hult')).toEqual({ org: 'Univ Oslo', country: 'Norway' }); // first address listing him
    expect(c.affOf('Nasal nitric oxide after cold exposure', 'P. Raghunathan')).toEqual({ org: null, country: null });
    expect(c.report.notes).toContainEqual(expect.objectContaining({ line: 23, note: expect.stringMatching(/group author \(CA\) "Airway Genomics Consortium"/) }));
  });

  it('tab-delimited (UTF-8 with BOM, and UTF-16 LE as WoS writes it) reads the same papers, people and affiliations', () => {
    const plain = build('wos-plain.txt');
    for (const file of ['wos-tab.txt', 'wos-tab-utf16.txt']) {
      const c = build(file);
      expect(c.format).toBe('wos');
      expect(c.bundle.papers.title).toEqual(plain.bundle.papers.title);
      expect(c.names).toEqual(plain.names);
      expect(c.bundle.affiliations).toEqual(plain.bundle.affiliations);
      expect(c.report.coauthorPairs).toBe(5);
      expect(c.report.skipped).toEqual([expect.objectContaining({ line: 5 })]);
    }
  });
});

describe('Web of Science books', () => {
  it('a book (PT B) with its authors only in BF/BA takes them, with a note; a GP group author is noted, not a person (a tester: "no authors (AF/AU)")', () => {
    const text = [
      'FN Clarivate Analytics Web of Science',
      'VR 1.0',
      'PT B',
      'BA Lindqvist, B',
      '   Ruiz, A',
      'BF Lindqvist, Bo',
      '   Ruiz, Ana',
      'GP Nordic Soil Working Group',
      'TI Soils of the north',
      'PY 2018',
      'UT WOS:000000000000001',
      'ER',
      '',
      'PT B',
      'BA Okonkwo, CE',
      'TI Short names only',
      'PY 2019',
      'ER',
      '',
      'PT B',
      'GP Only A Group',
      'TI Group book',
      'PY 2019',
      'ER',
      'EF',
    ].join('\n');
    const { bundle, report } = buildText('books.txt', text, { labeler: null });
    expect(report.inputs[0]!.format).toBe('wos');
    expect([...bundle.authors.name].sort()).toEqual(['Ana Ruiz', 'Bo Lindqvist', 'C. E. Okonkwo']);
    expect(bundle.papers.title).toEqual(['Soils of the north', 'Short names only']);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 6, note: 'no AF/AU author: the 2 book author(s) (BF) are used as authors' }),
        expect.objectContaining({ line: 15, note: 'no AF/AU author: the 1 book author(s) (BA) are used as authors' }),
        expect.objectContaining({ line: 8, note: 'group author (GP) "Nordic Soil Working Group" is not a person; not in the map' }),
        expect.objectContaining({ line: 21, note: 'group author (GP) "Only A Group" is not a person; not in the map' }),
      ]),
    );
    expect(report.skipped).toEqual([expect.objectContaining({ line: 20, reason: 'only a group author (CA/GP), no person (AF/AU, BF/BA)' })]);
  });
});

describe('Scopus CSV', () => {
  it('quoted cells with commas, quotes and line breaks; author ids decide identity; placeholders and copyright trailers handled', () => {
    const c = build('scopus.csv');
    expect(c.format).toBe('scopus');
    expect(c.report.papers).toBe(3);
    // two people named Jonas K. Hult (different Scopus ids); Zhou spelled two ways with one id is one person
    expect([...c.names].sort()).toEqual(['Ana Belén Castellanos', 'Jonas K. Hult', 'Jonas K. Hult', 'Mei-Ling Zhou', 'Tobias Rennwald']);
    expect(c.bundle.authors.paperCount[c.idx('Mei-Ling Zhou')]).toBe(2);
    expect(c.bundle.authors.aliases[c.idx('Mei-Ling Zhou')]).toEqual(['Meiling Zhou']);
    expect(c.report.merged).toContainEqual(expect.objectContaining({ kind: 'person', reason: 'same Scopus author id 57190000003' }));
    expect(c.report.coauthorPairs).toBe(5);
    expect(c.bundle.papers.title[0]).toBe('Bitter taste receptors, airway cells, and "three" cohorts');
    expect(c.abstracts[0]).toBe('Bitter taste receptors are expressed in airway cells. We compare "three" cohorts, with care.');
    expect(c.abstracts[1]).toBe('Runoff from three glaciers was sampled.');
    expect(c.abstracts[2]).toBeNull(); // [No abstract available]
    expect(c.report.skipped).toEqual([expect.objectContaining({ line: 5, reason: expect.stringMatching(/only placeholders/) })]);
    expect(c.report.notes).toContainEqual(expect.objectContaining({ line: 5, note: expect.stringMatching(/"\[No author name available\]" is a placeholder/) }));
    expect(c.affOf('Glacier runoff chemistry in the Sarek massif', 'Tobias Rennwald')).toEqual({ org: 'University of California', country: 'USA' });
    expect(c.affOf(c.bundle.papers.title[0]!, 'Ana Belén Castellanos')).toEqual({ org: 'University of Oslo', country: 'Norway' });
  });

  it('CRLF line ends and blank lines: each row names the line it starts on (a CRLF inside a quoted cell is one line break)', () => {
    const text = readText(fixture('formats/scopus.csv')).text.replace(/\r?\n/g, '\r\n').replace(/\r\n(?="Hult)/, '\r\n\r\n');
    const r = readInput({ name: 'crlf.csv', text }, 'scopus');
    const lines = text.split('\r\n');
    // the skipped row ([No author name available]) and every paper point at the line that starts them
    expect(r.skipped.map((s) => lines[s.line - 1]!.slice(0, 28))).toEqual(['"[No author name available]"']);
    expect(r.papers.map((p) => lines[p.source.line - 1]!.slice(0, 12))).toEqual(['"Castellanos', '"Hult J.K.; ', '"Zhou M.; Re']);
  });

  it('scopusAbstract: no-abstract marker and copyright trailers', () => {
    expect(scopusAbstract('[No abstract available]')).toBeNull();
    expect(scopusAbstract('Text. © 2020 Elsevier B.V.')).toBe('Text.');
    expect(scopusAbstract('Copyright © 2021 Wiley')).toBe('Copyright © 2021 Wiley'); // nothing left before it: kept
    expect(scopusAbstract('We measured ©-signs in 2020 data. More text follows here.')).toBe('We measured ©-signs in 2020 data. More text follows here.');
  });

  it('scopusAbstract cuts a copyright trailer only at the end, never text before it (a tester: abstracts cut at "(c) 2019" and "Copyright 2019")', () => {
    const cohorts = 'We studied three cohorts: (a) 2017, (b) 2018 and (c) 2019. Mortality fell by 20% in all three.';
    expect(scopusAbstract(cohorts)).toBe(cohorts);
    expect(scopusAbstract(`${cohorts} © 2020 Elsevier Ltd. All rights reserved.`)).toBe(cohorts);
    const law = 'We analyse how Copyright 2019 amendments changed fair use. Courts followed them.';
    expect(scopusAbstract(law)).toBe(law);
    // a mark at a sentence start with text after it is text
    expect(scopusAbstract('Results hold. (c) 2019. Mortality fell by 20% in the last cohort.')).toBe('Results hold. (c) 2019. Mortality fell by 20% in the last cohort.');
    expect(scopusAbstract('The act changed. Copyright 2019 amendments changed fair use in many ways.')).toBe('The act changed. Copyright 2019 amendments changed fair use in many ways.');
    for (const trailer of [
      '© 2020 Elsevier Ltd. All rights reserved.',
      'Copyright © 2021 The Authors. Published by Elsevier B.V.',
      '(c) 2019 The Authors',
      '© 2017 Wiley-VCH Verlag GmbH & Co. KGaA, Weinheim.',
      '© 2018 by the authors. Licensee MDPI, Basel, Switzerland.',
      '© The Author(s) 2020. Published by Oxford University Press on behalf of the Society of Things.',
      'COPYRIGHT (C) 2020 Elsevier',
    ]) {
      expect(scopusAbstract(`Results hold. ${trailer}`), trailer).toBe('Results hold.');
    }
  });

  it('older "Authors" column (no "Author full names"): a suffix after a comma belongs to the name before it (a tester: people "W. S. Moore" and "Jr.")', () => {
    const text = [
      '"Authors","Author(s) ID","Title","Year","Source title","Authors with affiliations","EID"',
      '"García-Márquez J.L., Moore W.S., Jr., De La Cruz M.","","Soil carbon in three valleys","2018","Soil Notes","García-Márquez J.L., Universidad de Sevilla, Sevilla, Spain; Moore W.S., Jr., University of Utah, Salt Lake City, United States; De La Cruz M., Universidad de Chile, Santiago, Chile","2-s2.0-1"',
      '"Moore W.S., Jr.; Smith J.","","Fair use after reform","2019","Law Notes","","2-s2.0-2"',
    ].join('\n');
    const { bundle } = buildText('old-scopus.csv', text, { labeler: null });
    expect([...bundle.authors.name].sort()).toEqual(['J. L. García-Márquez', 'J. Smith', 'M. De La Cruz', 'W. S. Moore Jr.']);
    const moore = bundle.authors.name.indexOf('W. S. Moore Jr.');
    expect(bundle.authors.paperCount[moore]).toBe(2);
    expect(bundle.affiliations!.orgs[bundle.affiliations!.org[0]![bundle.papers.authors[0]!.indexOf(moore)]!]).toBe('University of Utah');
  });
});

describe('PubMed / MEDLINE', () => {
  it('FAU over AU, 6-space continuation lines, AD per author, ORCID from AUID, LID/AID doi, CN groups not people', () => {
    const c = build('pubmed.nbib');
    expect(c.format).toBe('pubmed');
    expect(c.report.papers).toBe(3);
    expect([...c.names].sort()).toEqual(['Ana Belén Castellanos', 'Jonas K Hult', 'M. L. Zhou', 'Priya Raghunathan', 'T. Rennwald']);
    // "Castellanos, Ana Belen" (no accent) on the second record has the same ORCID: one person
    expect(c.bundle.authors.paperCount[c.idx('Ana Belén Castellanos')]).toBe(2);
    expect(c.bundle.authors.orcid[c.idx('Ana Belén Castellanos')]).toBe('0000-0002-1825-0097');
    expect(c.report.coauthorPairs).toBe(4);
    const first = c.bundle.papers.title[0]!;
    expect(first).toBe('Bitter taste receptors in airway epithelial cells: a comparative study across three cohorts');
    expect(c.abstracts[0]).toBe('Bitter taste receptors are expressed in airway cells. We compare three cohorts and find a common response.');
    expect(c.bundle.papers.doi.slice(0, 2)).toEqual(['10.1000/rcn.2019.0001', '10.1000/rcn.2020.0002']);
    expect(c.bundle.papers.year).toEqual([2019, 2020, 2021]);
    expect(c.affOf(first, 'Jonas K Hult')).toEqual({ org: 'Lund University', country: 'Sweden' });
    expect(c.affOf(first, 'Priya Raghunathan')).toEqual({ org: 'University of California', country: 'USA' });
    expect(c.report.skipped).toEqual([expect.objectContaining({ line: 43, reason: 'only a collective author (CN), no person (FAU/AU)' })]);
    expect(c.report.notes.filter((n) => /collective author \(CN\)/.test(n.note)).map((n) => n.line)).toEqual([25, 46]);
  });
});

describe('Dimensions CSV', () => {
  it('the "About the data" line before the header, affiliations by author name, an empty author list skipped', () => {
    const c = build('dimensions.csv');
    expect(c.format).toBe('dimensions');
    expect(c.report.papers).toBe(2);
    expect([...c.names].sort()).toEqual(['Ana Belén Castellanos', 'Jonas K. Hult', 'Mei-Ling Zhou', 'Tobias Rennwald']);
    expect(c.report.coauthorPairs).toBe(4);
    expect(c.bundle.venues[c.bundle.papers.venue[1]!]).toBe('Advances in Airway Biology'); // a chapter: the anthology title
    expect(c.abstracts[0]).toBe('Bitter taste receptors are expressed in airway cells.');
    expect(c.affOf('Bitter taste receptors, airway cells', 'Jonas K. Hult')).toEqual({ org: 'Lund University', country: 'Sweden' });
    expect(c.affOf('Quinine response in nasal epithelium', 'Tobias Rennwald')).toEqual({ org: 'University of California', country: 'USA' });
    expect(c.report.skipped).toEqual([expect.objectContaining({ line: 6, reason: 'no authors (Authors column empty)' })]);
  });
});

describe('DBLP XML', () => {
  it('homonym numbers are identity, shown only where two people share a name; Latin-1 entities; inner markup in titles; www pages are not papers', () => {
    const c = build('dblp.xml');
    expect(c.format).toBe('dblp');
    expect(c.report.papers).toBe(3);
    // two Wei Zhangs DBLP tells apart are shown with DBLP's number said as DBLP's (two identical names in search were
    // two people no reader could tell apart); the people alone under their name keep it bare
    expect([...c.names].sort()).toEqual(['Ana Belén Castellanos', 'Jonas K. Hult', 'Wei Zhang (DBLP 0003)', 'Wei Zhang (DBLP 0004)']);
    expect(c.bundle.authors.paperCount[c.names.indexOf('Wei Zhang (DBLP 0003)')]).toBe(2);
    expect(c.bundle.authors.paperCount[c.names.indexOf('Wei Zhang (DBLP 0004)')]).toBe(1);
    expect(c.report.coauthorPairs).toBe(4);
    expect(c.bundle.papers.title).toEqual(['Bitter taste receptors in airway cells', 'Quinine response & nasal epithelium', 'Proceedings of AirwayConf 2020']);
    expect(c.bundle.papers.doi[0]).toBe('10.1000/rcn.2019.0001');
    expect(c.report.notes).toContainEqual(expect.objectContaining({ line: 28, note: 'no author: the 1 editor(s) are used as authors' }));
    expect(c.report.skipped).toEqual([expect.objectContaining({ line: 33, reason: 'no authors (<author>) in <article>' })]);
  });

  it('a homonym number is shown only beside a namesake: one Wei Zhang 0003 alone reads "Wei Zhang"; beside DBLP\'s unnumbered Wei Zhang, "Wei Zhang (DBLP 0003)"', () => {
    const xml = (authors: string[]) =>
      `<?xml version="1.0"?>\n<dblp>\n${authors.map((a, i) => `<article key="k${i}"><author>${a}</author><author>Ana Ruiz</author><title>Paper ${i}.</title><year>2020</year></article>`).join('\n')}\n</dblp>\n`;
    const alone = buildText('alone.xml', xml(['Wei Zhang 0003', 'Wei Zhang 0003']), { labeler: null });
    expect([...alone.bundle.authors.name].sort()).toEqual(['Ana Ruiz', 'Wei Zhang']);
    const beside = buildText('beside.xml', xml(['Wei Zhang 0003', 'Wei Zhang']), { labeler: null });
    expect([...beside.bundle.authors.name].sort()).toEqual(['Ana Ruiz', 'Wei Zhang', 'Wei Zhang (DBLP 0003)']);
  });

  const thrown = (name: string, text: string): IngestError => {
    try {
      readInput({ name, text }, 'dblp');
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
      return err as IngestError;
    }
    throw new Error('no IngestError');
  };

  it('a file cut short (a broken download) is an error naming the line it ends on, with no partial output (was: the records before the break kept)', () => {
    const file = readText(fixture('formats/dblp.xml'));
    const cut = file.text.slice(0, file.text.indexOf('<www') + 30); // cut inside the www element, as a download broken off
    const err = thrown('cut.xml', cut);
    expect(err.line).toBe(cut.split('\n').length);
    expect(err.problem).toMatch(/^not well-formed XML: the file ends inside <\w+> \(opened on line \d+\): is it cut short\?$/);
    // a cut after a line break names the last line with text, not the empty one after it
    const atLineEnd = cut.slice(0, cut.lastIndexOf('\n') + 1);
    expect(thrown('cut2.xml', atLineEnd).line).toBe(atLineEnd.trimEnd().split('\n').length);
    expect(thrown('bad.xml', '<dblp><article><author>A B</author>').problem).toBe('not well-formed XML: the file ends inside <article> (opened on line 1): is it cut short?');
  });

  const records = (n: number, title: (i: number) => string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n${Array.from(
      { length: n },
      (_, i) => `<article key="journals/x/K${i}">\n<author>Ana Ruiz</author>\n<author>Bo Lindqvist ${String(i % 3).padStart(4, '0')}</author>\n<title>${title(i)}</title>\n<year>2020</year>\n</article>`,
    ).join('\n')}\n</dblp>\n`;
  // record i starts on line 4 + 6i; its title is on the line 3 after that
  const titleLine = (i: number) => 4 + 6 * i + 3;

  it('a bare "&" (R&D, not &amp;) is read as "&" with a note at its line; every record is kept (a tester: 5 of 200 papers, no error)', () => {
    const text = records(200, (i) => (i === 5 ? 'Costs of R&D in firms.' : `Paper ${i}.`));
    const { bundle, report } = buildText('amp.xml', text, { labeler: null });
    expect(report.papers).toBe(200);
    expect(report.skipped).toEqual([]);
    expect(bundle.papers.title).toContain('Costs of R&D in firms');
    expect(report.notes).toEqual([expect.objectContaining({ file: 'amp.xml', line: titleLine(5), note: expect.stringMatching(/^a bare "&" .*"Costs of R&D in firms\." is read as a literal "&"$/) })]);
    // entities and character references are still entities, "&" in CDATA and comments is text
    const ok = records(2, (i) => (i === 0 ? 'M&uuml;ller &amp; S&#246;hne &#x26; Co &amp Sons' : '<![CDATA[A&B]]> <!-- x&y -->B&C'));
    const r = readInput({ name: 'ok.xml', text: ok }, 'dblp');
    expect(r.papers.map((p) => p.title)).toEqual(['Müller & Söhne & Co &amp Sons', 'A&B B&C']);
    expect(r.notes.map((n) => n.line)).toEqual([titleLine(0), titleLine(1)]);
    // a file broken throughout: the first 100 one by one, the rest counted in one note
    const many = readInput({ name: 'many.xml', text: records(150, (i) => `R&D ${i}`) }, 'dblp');
    expect(many.papers).toHaveLength(150);
    expect(many.notes).toHaveLength(101);
    expect(many.notes[100]).toMatchObject({ line: titleLine(100), note: expect.stringMatching(/^50 more bare "&" read as a literal "&" \(lines \d+, .*, …\)$/) });
  });

  it('any other XML error is an error naming the line the parser found it on, not the end of the file', () => {
    const bad = (i: number, title: string) => records(200, (k) => (k === i ? title : `Paper ${k}.`));
    expect(thrown('e1.xml', bad(5, 'Costs &unknownthing; firms')).message).toBe(`e1.xml:${titleLine(5)}: not well-formed XML: undefined entity.`);
    expect(thrown('e2.xml', bad(7, 'Costs</year> firms')).line).toBe(titleLine(7));
    expect(thrown('e3.xml', bad(9, 'p < 0.05')).line).toBe(titleLine(9));
    expect(thrown('e4.xml', bad(11, 'Costs \u0001 firms')).line).toBe(titleLine(11));
  });
});

describe('detection', () => {
  it('each sample is detected from its content whatever its name, and --format forces a reader', () => {
    const expected: Record<string, string> = {
      'wos-plain.txt': 'wos',
      'wos-tab.txt': 'wos',
      'scopus.csv': 'scopus',
      'pubmed.nbib': 'pubmed',
      'dimensions.csv': 'dimensions',
      'dblp.xml': 'dblp',
    };
    for (const [file, format] of Object.entries(expected)) {
      const { text } = readText(fixture(`formats/${file}`));
      expect(detectFormat({ name: 'export', text }), file).toBe(format);
    }
    const { text } = readText(fixture('formats/scopus.csv'));
    expect(() => readInput({ name: 'scopus.csv', text }, 'dimensions')).not.toThrow(); // Dimensions columns missing: still has Title and Authors
    expect(() => readInput({ name: 'scopus.csv', text }, 'wos')).toThrowError(IngestError);
  });
});

describe('affiliations in the bundle (format 2)', () => {
  const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  it('a bundle with affiliations passes the viewer check; a format-1 bundle without them still opens; a broken row is refused', () => {
    const { bundle } = build('wos-plain.txt');
    expect(bundle.format).toBe(3);
    expect(validateBundle(roundTrip(bundle), 'b.json').affiliations?.orgs).toContain('Lund Univ');
    const old = roundTrip(bundle) as Bundle;
    delete old.affiliations;
    old.format = 1;
    expect(() => validateBundle(old, 'old.json')).not.toThrow();
    const broken = roundTrip(bundle);
    broken.affiliations!.org[0]!.push(0);
    expect(() => validateBundle(broken, 'b.json')).toThrowError(/affiliations\.org\[0\] has 4 entries, expected 3/);
  });

  it('authorAffiliations (the author panel): each organisation with its country and paper count, most papers then most recent first', () => {
    const { bundle, idx } = build('wos-plain.txt');
    const hult = idx('Jonas K. Hult');
    const papers = bundle.papers.authors.flatMap((a, j) => (a.includes(hult) ? [j] : []));
    expect(authorAffiliations(bundle, hult, papers)).toEqual([
      { org: 'Lund Univ', country: 'Sweden', papers: 1, lastYear: 2020 },
      { org: 'Univ Oslo', country: 'Norway', papers: 1, lastYear: 2019 },
    ]);
    expect(authorAffiliations(bundle, idx('P. Raghunathan'), [2])).toEqual([]);
  });

  it('inputs without affiliations give no affiliations column', () => {
    expect(buildFiles([fixture('cases/01-ris-semicolon-authors.ris')], { labeler: null }).bundle.affiliations).toBeUndefined();
  });
});

describe('a file no reader recognises says what is wrong with it', () => {
  const problem = (name: string, text: string) => {
    try {
      readInput({ name, text });
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
      return (err as Error).message;
    }
    return 'no error';
  };
  it('a .jsonl file whose first record has no title is read as JSON Lines: that line skipped with its reason, the next read', () => {
    const text = ['{"id": "a", "authors": ["Ada Byron"], "year": 2020}', '{"id": "b", "title": "Second", "authors": ["Alan Turing"]}'].join('\n');
    expect(detectFormat({ name: 'missing.jsonl', text })).toBe('jsonl');
    const r = readInput({ name: 'missing.jsonl', text });
    expect(r.papers.map((p) => p.title)).toEqual(['Second']);
    expect(r.skipped).toEqual([{ file: 'missing.jsonl', line: 1, reason: 'no "title"', record: 'a' }]);
    // no line gives a paper: an error naming the first bad line, as BibTeX says of a file with no usable entry
    expect(problem('missing.jsonl', text.split('\n')[0]!)).toBe('missing.jsonl:1: no paper could be read from this JSON Lines file: no "title"');
  });
  it('an empty file and a binary one (a PNG named .bib) each say so, of the whole file: no "line 1" (a tester)', () => {
    expect(problem('empty.bib', ' \n\n')).toBe('empty.bib: the file is empty');
    // a PNG's first bytes as the decoder leaves them (0x89 read as Windows-1252 "‰", or as U+FFFD)
    expect(problem('figure.bib', '\u2030PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatch(/^figure\.bib: not a text file: it looks like a PNG image; export the paper list as BibTeX/);
    expect(problem('figure.png', '\ufffdPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatch(/^figure\.png: not a text file: it looks like a PNG image/);
    expect(problem('paper.pdf', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj')).toMatch(/^paper\.pdf: not a text file: it looks like a PDF document/);
    expect(problem('sheet.xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(/^sheet\.xlsx: not a text file: it looks like a ZIP archive/);
    // binary content of no known signature: said so, still without a line
    expect(problem('blob.dat', 'abc\u0000\u0000def')).toMatch(/^blob\.dat: not a text file \(it holds binary content/);
    const err = (() => {
      try {
        readInput({ name: 'empty.txt', text: '' });
      } catch (e) {
        return e as IngestError;
      }
    })();
    expect(err?.line).toBe(0);
  });
  it('the formats it reads are named in a user\'s words, not the CLI\'s ids (a tester read "seed", "zotero-csv")', () => {
    const said = problem('notes.txt', 'just some words\non two lines');
    expect(said).toContain('BibTeX (.bib)');
    expect(said).toContain('RIS');
    expect(said).toContain('CSL-JSON');
    expect(said).toContain('Zotero CSV');
    expect(said).toContain("a plain list of papers (the sample's format)");
    expect(said).not.toMatch(/\bseed\b|zotero-csv|csl-json|\bwos\b/);
  });
  it('JSON no reader recognises says its syntax error with the line, or what it lacks (a tester: "cannot tell the format")', () => {
    const broken = ['[', '  {"title": "x", "author": [{"family": "Lee", "given": "Ann"}], "type": "article"},', '  {"title":"y", oops}', ']'].join('\n');
    expect(problem('bad.json', broken)).toMatch(/^bad\.json:3: not valid JSON/);
    expect(problem('other.json', '{"name": "not a paper list"}')).toBe('other.json:1: a JSON file, but not CSL-JSON, OpenAlex works or JSON Lines of papers (records with a "title" and their authors)');
  });
  it('a name that says nothing keeps the general message', () => {
    expect(problem('notes.txt', 'just some words\non two lines')).toMatch(/^notes\.txt:1: cannot tell the format of this file from its content/);
  });
});

describe('a bad JSON line names one line number', () => {
  it("keeps the file's line and only the column of Chromium's \"(line 1 column N)\"", () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('Expected double-quoted property name in JSON at position 8 (line 1 column 9)');
    });
    try {
      const text = '{"title": "A", "authors": ["Ada Byron"],}\n{"title": "B", "authors": ["Ada Byron"]}';
      expect(readInput({ name: 'bad.jsonl', text }, 'jsonl').skipped).toEqual([
        { file: 'bad.jsonl', line: 1, reason: 'not valid JSON (Expected double-quoted property name in JSON at position 8, column 9)' },
      ]);
    } finally {
      parse.mockRestore();
    }
  });
});
