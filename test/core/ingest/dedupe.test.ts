import { describe, expect, it } from 'vitest';
import { bareDoi } from '../../../src/core/ingest/identifiers';
import { buildDataset } from '../../../src/core/pipeline';

/** A build of these files as the CLI makes it (several inputs are merged). */
const build = (...files: [name: string, text: string][]) => buildDataset(files.map(([name, text]) => ({ name, text })));
const rec = (o: object) => JSON.stringify(o);
const paperMerges = (report: ReturnType<typeof build>['report']) => report.merged.filter((m) => m.kind === 'paper');

describe('duplicates: an id that is not a database\'s (a citation key, a record number) names a paper only in its own file (a tester: two labs\' "zhang2020" made one paper, three people vanished)', () => {
  const labA = '@article{zhang2020, author={Zhang, Wei and Chen, Li}, title={Graph Neural Networks for Traffic Forecasting}, journal={IEEE T-ITS}, year={2020}}\n';
  const labB = '@inproceedings{zhang2020, author={Zhang, Min and Park, Sun and Lee, Kate}, title={Graph neural networks for traffic flow forecasting}, booktitle={KDD}, year={2020}}\n';

  it('one citation key in two files on two papers (titles alike, other authors): both papers and all five people, with a note', () => {
    const { report, bundle } = build(['labA.bib', labA], ['labB.bib', labB]);
    expect(report.papers).toBe(2);
    expect(paperMerges(report)).toEqual([]);
    expect([...bundle.authors.name].sort()).toEqual(['Kate Lee', 'Li Chen', 'Min Zhang', 'Sun Park', 'Wei Zhang']);
    const note = report.notes.find((n) => n.file === 'labB.bib' && n.line === 1)!;
    expect(note.note).toBe(
      'same id "zhang2020" as labA.bib:1 ("Graph Neural Networks for Traffic Forecasting") but a different paper (authors "Zhang, Min", "Park, Sun", … here and "Zhang, Wei", "Chen, Li" there): kept both',
    );
  });

  it('the key used twice in one file: both papers, and the reader\'s note is the only one', () => {
    const { report } = build(['lab.bib', labA + labB]);
    expect(report.papers).toBe(2);
    expect(report.notes.filter((n) => /zhang2020/.test(n.note)).map((n) => [n.line, n.note])).toEqual([[2, 'citation key "zhang2020" used twice, on lines 1 and 2: both entries are read']]);
  });

  it('EndNote record numbers (RIS "ID  - 1") in two files: "Introduction" (2019) and "Introduction to the special issue…" (2022) stay two papers', () => {
    const a = 'TY  - JOUR\nID  - 1\nAU  - Doe, Jane\nTI  - Introduction\nPY  - 2019\nER  - \n';
    const b = 'TY  - JOUR\nID  - 1\nAU  - Lee, Ann\nAU  - Park, Bo\nTI  - Introduction to the special issue on soil carbon\nPY  - 2022\nER  - \n';
    const { report, bundle } = build(['endnote-2019.ris', a], ['endnote-2022.ris', b]);
    expect(report.papers).toBe(2);
    expect([...bundle.papers.year].sort()).toEqual([2019, 2022]);
    expect([...bundle.authors.name].sort()).toEqual(['Ann Lee', 'Bo Park', 'Jane Doe']);
    expect(report.notes.find((n) => n.file === 'endnote-2022.ris')!.note).toBe(
      'same id "1" as endnote-2019.ris:1 ("Introduction") but a different paper (year 2022 here and 2019 there, authors "Lee, Ann", "Park, Bo" here and "Doe, Jane" there): kept both',
    );
  });

  it('the same key on the same paper (title cased otherwise, given names as initials) is one paper, under the names written out', () => {
    const full = '@article{ito2021, author={Ito, Hana and Berg, Lars}, title={Soil moisture from radar}, year={2021}}\n';
    const initials = '@article{ito2021, author={Ito, H. and Berg, L.}, title={Soil Moisture from Radar}, year={2021}}\n';
    const { report, bundle } = build(['mine.bib', initials], ['theirs.bib', full]);
    expect(report.papers).toBe(1);
    expect(paperMerges(report).map((m) => m.reason)).toEqual(['same id ito2021']);
    // another year, or another author, with that key: two papers
    const later = '@article{ito2021, author={Ito, Hana and Berg, Lars}, title={Soil moisture from radar}, year={2022}}\n';
    const other = '@article{ito2021, author={Ito, Hana and Stone, Lars}, title={Soil moisture from radar}, year={2021}}\n';
    expect(build(['mine.bib', full], ['theirs.bib', later]).report.papers).toBe(2);
    expect(build(['mine.bib', full], ['theirs.bib', other]).report.papers).toBe(2);
    expect(bundle.authors.name.length).toBe(2);
  });

  it('a database\'s own id (OpenAlex, WoS, Scopus) is still one record whatever its authors were corrected to', () => {
    const a = rec({ id: 'WOS:000123456700001', title: 'Drought and river ice', authors: ['Ola Nord'], year: 2018 });
    const b = rec({ id: 'WOS:000123456700001', title: 'Drought and river ice', authors: ['Ola Nord', 'Pia Sand'], year: 2018 });
    const { report } = build(['wos1.jsonl', a], ['wos2.jsonl', b]);
    expect(report.papers).toBe(1);
    expect(paperMerges(report)[0]!.reason).toBe('same id WOS:000123456700001');
  });
});

describe('duplicates: two different DOIs (a tester: two journals\' "Editorial" by one editor in one year made one paper)', () => {
  const edA = rec({ title: 'Editorial', authors: ['Jane Doe'], year: 2020, venue: 'Journal A', doi: '10.1/ja.2020.1' });
  const edB = rec({ title: 'Editorial', authors: ['Jane Doe'], year: 2020, venue: 'Journal B', doi: '10.2/jb.2020.7' });

  it('the same short title, authors and year under two DOIs are two papers, with a note naming both DOIs', () => {
    const { report, bundle } = build(['eds.jsonl', `${edA}\n${edB}`]);
    expect(report.papers).toBe(2);
    expect([...bundle.papers.doi].sort()).toEqual(['10.1/ja.2020.1', '10.2/jb.2020.7']);
    expect(report.notes.find((n) => n.line === 2)!.note).toBe(
      'same title, authors and year as eds.jsonl:1 ("Editorial") but DOI 10.2/jb.2020.7 here and 10.1/ja.2020.1 there: kept both (a title this short is no sign of one paper)',
    );
    // a third copy without a DOI is the first of them; with the second's DOI, the second
    const third = rec({ title: 'Editorial', authors: ['Jane Doe'], year: 2020 });
    const again = rec({ title: 'Editorial', authors: ['Jane Doe'], year: 2020, doi: 'https://doi.org/10.2/JB.2020.7' });
    const r3 = build(['eds.jsonl', [edA, edB, third, again].join('\n')]).report;
    expect(r3.papers).toBe(2);
    expect(paperMerges(r3).map((m) => [m.merged[0], m.kept])).toEqual([
      ['eds.jsonl:3', 'Editorial (eds.jsonl:1)'],
      ['eds.jsonl:4', 'Editorial (eds.jsonl:2)'],
    ]);
  });

  it('a long title by the same authors in one year under two DOIs (a conference and a workshop) is one work, with a note naming both', () => {
    const main = rec({ title: 'Probing sentence encoders for negation scope', authors: ['Rui Sato', 'Eva Lind'], year: 2020, venue: 'Findings', doi: '10.9999/findings.12' });
    const ws = rec({ title: 'Probing Sentence Encoders for Negation Scope', authors: ['Rui Sato', 'Eva Lind'], year: 2020, venue: 'A Workshop', doi: '10.9999/ws.7' });
    const { report } = build(['anthology.jsonl', `${main}\n${ws}`]);
    expect(report.papers).toBe(1);
    expect(report.notes.find((n) => n.line === 2)!.note).toBe(
      'same title, authors and year as anthology.jsonl:1 ("Probing sentence encoders for negation scope"), DOI 10.9999/ws.7 here and 10.9999/findings.12 there: taken as one work published twice, the DOI there kept',
    );
  });
});

describe('DOIs are read alike in every format and compared without case (a tester: four spellings of one DOI in JSON Lines were four papers)', () => {
  it('"10.1000/ABC(1)", its doi.org URL percent-escaped, "DOI 10.1000/abc(1)" and "10.1000/abc(1)." are one paper, its DOI shown bare', () => {
    const spellings = ['10.1000/ABC(1)', 'https://doi.org/10.1000%2Fabc%281%29', 'DOI 10.1000/abc(1)', '10.1000/abc(1).'];
    // other titles each time: only the DOI makes them one
    const text = spellings.map((doi, i) => rec({ title: `Alpha ${'I'.repeat(i + 1)}`, authors: ['Mia Roth'], year: 2020, doi })).join('\n');
    const { report, bundle } = build(['dois.jsonl', text]);
    expect(report.papers).toBe(1);
    expect(paperMerges(report).map((m) => m.reason)).toEqual(['same DOI', 'same DOI', 'same DOI']);
    expect([...bundle.papers.doi]).toEqual(['10.1000/ABC(1)']);
  });

  it('a value that is no DOI ("javascript:alert(1)") is left out, with a note naming the file and line', () => {
    const { report, bundle } = build(['bad.jsonl', [rec({ title: 'Beta', authors: ['Mia Roth'], doi: '10.5/beta' }), rec({ title: 'Gamma', authors: ['Mia Roth'], doi: 'javascript:alert(1)' })].join('\n')]);
    expect([...bundle.papers.doi]).toEqual(['10.5/beta', null]);
    expect(report.notes.filter((n) => /DOI/.test(n.note)).map((n) => [n.file, n.line, n.note])).toEqual([['bad.jsonl', 2, 'doi "javascript:alert(1)" is not a DOI: left out']]);
  });

  it('every format notes a DOI field that holds no DOI, at its line (BibTeX, RIS)', () => {
    const bib = '@article{y,\n  author={Roth, Mia},\n  title={Epsilon},\n  doi={n/a}\n}\n';
    const ris = 'TY  - JOUR\nAU  - Roth, Mia\nTI  - Zeta\nDO  - see publisher\nER  - \n';
    const { report, bundle } = build(['refs.bib', bib], ['refs.ris', ris]);
    expect([...bundle.papers.doi]).toEqual([null, null]);
    expect(report.notes.filter((n) => /not a DOI/.test(n.note)).map((n) => [n.file, n.line, n.note])).toEqual([
      ['refs.bib', 4, 'doi "n/a" is not a DOI: left out'],
      ['refs.ris', 4, 'DO "see publisher" is not a DOI: left out'],
    ]);
  });

  it('the same DOI written two ways in two formats is one paper', () => {
    const bib = '@article{x, author={Roth, Mia}, title={Delta}, year={2021}, doi={https://dx.doi.org/10.7/Delta%2D1}}\n';
    const jsonl = rec({ title: 'Delta (preprint)', authors: ['Mia Roth'], year: 2021, doi: 'doi:10.7/delta-1' });
    expect(build(['a.bib', bib], ['b.jsonl', jsonl]).report.papers).toBe(1);
  });

  it('bareDoi takes off resolver, label, escapes and a sentence\'s period, and refuses what is no DOI', () => {
    expect(bareDoi('http://dx.doi.org/10.1/x')).toBe('10.1/x');
    expect(bareDoi('DOI: 10.1/x')).toBe('10.1/x');
    expect(bareDoi('doi.org/10.1%2Fx.')).toBe('10.1/x');
    expect(bareDoi('10.1/50%off')).toBe('10.1/50%off');
    expect(bareDoi('https://example.org/10.1/x')).toBeNull();
    expect(bareDoi('n/a')).toBeNull();
    expect(bareDoi(42)).toBeNull();
  });
});

describe('duplicates: a short title by one author in another venue, volume, issue or on other pages is another paper (a tester: three "Editorial"s of 2020 were one, with one journal\'s name and another\'s DOI)', () => {
  // two issues of one journal (volume/issue/pages differ) and another journal with a DOI
  const ris = [
    'TY  - JOUR\nAU  - Okafor, Ada\nTI  - Editorial\nT2  - Bulletin of Made-up Studies\nPY  - 2021\nVL  - 7\nIS  - 1\nSP  - 1\nEP  - 2\nER  - \n',
    'TY  - JOUR\nAU  - Okafor, Ada\nTI  - Editorial\nT2  - Bulletin of Made-up Studies\nPY  - 2021\nVL  - 7\nIS  - 3\nSP  - 201\nEP  - 202\nER  - \n',
    'TY  - JOUR\nAU  - Okafor, Ada\nTI  - Editorial\nT2  - Review of Imagined Results\nPY  - 2021\nDO  - 10.9876/rir.2021.1\nER  - \n',
  ].join('\n');

  it('three editorials (two issues of one journal, one in another journal with a DOI) are three papers, each with its own venue and DOI, with a note each', () => {
    const { report, bundle } = build(['okafor.ris', ris]);
    expect(report.papers).toBe(3);
    expect(paperMerges(report)).toEqual([]);
    const ada = bundle.authors.name.indexOf('Ada Okafor');
    expect(bundle.authors.paperCount[ada]).toBe(3);
    // no field of one record on another: the DOI stays on the other journal's paper
    const venues = [...bundle.papers.venue].map((v) => (v === null ? null : bundle.venues[v]));
    expect(venues.map((v, i) => [v, bundle.papers.doi[i]])).toEqual([
      ['Bulletin of Made-up Studies', null],
      ['Bulletin of Made-up Studies', null],
      ['Review of Imagined Results', '10.9876/rir.2021.1'],
    ]);
    expect(report.notes.filter((n) => /kept both/.test(n.note)).map((n) => [n.line, n.note])).toEqual([
      [12, 'same title, authors and year as okafor.ris:1 ("Editorial") but issue 3 here and 1 there, pages 201 here and 1 there: kept both (a title this short is no sign of one paper)'],
      [23, 'same title, authors and year as okafor.ris:1 ("Editorial") but venue "Review of Imagined Results" here and "Bulletin of Made-up Studies" there: kept both (a title this short is no sign of one paper)'],
    ]);
  });

  it('BibTeX: one "Editorial" in three journals (one with a DOI) is three papers; the DOI is not given to the others', () => {
    const bib = ['J-One', 'J-Two', 'J-Three'].map((j, i) => `@article{e${i}, author={Okafor, Ada}, title={Editorial}, year={2021}, journal={${j}}${i === 2 ? ', doi={10.9876/j3}' : ''}}`).join('\n');
    const { report, bundle } = build(['eds.bib', bib]);
    expect(report.papers).toBe(3);
    expect([...bundle.papers.doi]).toEqual([null, null, '10.9876/j3']);
  });

  it('the same editorial twice (same journal, volume, issue and pages; the journal abbreviated in one export) is one paper', () => {
    const a = '@article{a, author={Okafor, Ada}, title={Editorial}, year={2021}, journal={The Bulletin of Made-up Studies}, volume={7}, number={1}, pages={1--2}}\n';
    const b = 'TY  - JOUR\nAU  - Okafor, Ada\nTI  - Editorial\nJO  - Bull. Made-up Stud.\nPY  - 2021\nVL  - 7\nIS  - 1\nSP  - 1\nEP  - 2\nDO  - 10.9876/bms.7.1.1\nER  - \n';
    const { report, bundle } = build(['mine.bib', a], ['theirs.ris', b]);
    expect(report.papers).toBe(1);
    expect(paperMerges(report).map((m) => m.reason)).toEqual(['same normalised title and authors']);
    expect([...bundle.papers.doi]).toEqual(['10.9876/bms.7.1.1']);
  });

  it('a copy that gives nothing to tell the kept editorials apart is merged with the first, with a note naming them all; its abstract is given to none', () => {
    const bare = 'TY  - JOUR\nAU  - Okafor, Ada\nTI  - Editorial\nPY  - 2021\nAB  - Welcome to an imagined volume.\nER  - \n';
    const { report, bundle } = build(['okafor.ris', ris], ['bare.ris', bare]);
    expect([...bundle.papers.hasAbstract]).toEqual([0, 0, 0]);
    expect(report.papers).toBe(3);
    expect(paperMerges(report).map((m) => [m.merged[0], m.kept])).toEqual([['bare.ris:1', 'Editorial (okafor.ris:1)']]);
    expect(report.notes.find((n) => n.file === 'bare.ris')!.note).toBe(
      'same title, authors and year as 3 papers kept apart (okafor.ris:1, okafor.ris:12, okafor.ris:23), and no DOI, venue, volume, issue or pages here that tells which: merged with okafor.ris:1 ("Editorial"), nothing of it used',
    );
  });

  it('one citation key in two files on a short title in two journals: two papers, the note says the venues', () => {
    const a = '@article{okafor2021, author={Okafor, Ada}, title={Editorial}, year={2021}, journal={J-One}}\n';
    const b = '@article{okafor2021, author={Okafor, Ada}, title={Editorial}, year={2021}, journal={J-Two}}\n';
    const { report } = build(['a.bib', a], ['b.bib', b]);
    expect(report.papers).toBe(2);
    expect(report.notes.filter((n) => n.file === 'b.bib').map((n) => n.note)).toEqual([
      'same title, authors and year as a.bib:1 ("Editorial") but venue "J-Two" here and "J-One" there: kept both (a title this short is no sign of one paper)',
    ]);
  });

  it('a long title by the same authors in one year at two venues stays one work, now with a note naming both venues', () => {
    const conf = rec({ title: 'Sparse probes for imaginary language models', authors: ['Ida Berg', 'Tom Lund'], year: 2021, venue: 'Proceedings of the Made-up Conference' });
    const jour = rec({ title: 'Sparse Probes for Imaginary Language Models', authors: ['Ida Berg', 'Tom Lund'], year: 2021, venue: 'Journal of Invented Linguistics' });
    const { report } = build(['two.jsonl', `${conf}\n${jour}`]);
    expect(report.papers).toBe(1);
    expect(report.notes.find((n) => n.line === 2)!.note).toBe(
      'same title, authors and year as two.jsonl:1 ("Sparse probes for imaginary language models"), venue "Journal of Invented Linguistics" here and "Proceedings of the Made-up Conference" there: taken as one work published twice, the record there kept',
    );
  });
});

describe('duplicates: an author list cut short in one export ("et al.") and whole in another is one paper (a tester: the same paper was kept twice)', () => {
  const cut = 'TY  - JOUR\nAU  - Lind, Ola\nAU  - Moss, Pia\nAU  - Nagy, Rita\nAU  - et al.\nTI  - Outcomes of invented therapy\nPY  - 2022\nT2  - Journal of Pretend Medicine\nER  - \n';
  const whole = '@article{whole, author={Lind, Ola and Moss, Pia and Nagy, Rita and Ortiz, Sam and Park, Tae and Quinn, Uma}, title={Outcomes of Invented Therapy}, journal={Journal of Pretend Medicine}, year={2022}}\n';
  const six = ['Ola Lind', 'Pia Moss', 'Rita Nagy', 'Sam Ortiz', 'Tae Park', 'Uma Quinn'];

  it('the truncated record first: one paper with all six authors, and a note saying which record was truncated', () => {
    const { report, bundle } = build(['short.ris', cut], ['full.bib', whole]);
    expect(report.papers).toBe(1);
    expect([...bundle.authors.name]).toEqual(six);
    expect(bundle.papers.authors[0]!.length).toBe(6);
    expect(report.notes.find((n) => n.file === 'full.bib')!.note).toBe(
      'the author list of short.ris:1 ("Outcomes of invented therapy") is truncated after 3 names ("Lind, Ola", "Moss, Pia", …), the first of the 6 names here; same title and year: read as one paper, with the 6 names',
    );
    expect(paperMerges(report)[0]!.reason).toBe('same normalised title and year; one author list cut short ("et al."), the other beginning with the same names');
  });

  it('the whole record first, the truncated one (BibTeX "and others", given names as initials) after: one paper, six authors, a note at the truncated record', () => {
    const others = '@article{cut, author={Lind, O. and Moss, P. and others}, title={Outcomes of invented therapy}, year={2022}}\n';
    const { report, bundle } = build(['full.bib', whole], ['cut.bib', others]);
    expect(report.papers).toBe(1);
    expect([...bundle.authors.name]).toEqual(six);
    expect(report.notes.find((n) => n.file === 'cut.bib' && /read as one paper/.test(n.note))!.note).toBe(
      'the author list here is truncated after 2 names ("Lind, O.", "Moss, P."), the first of the 6 names of full.bib:1 ("Outcomes of Invented Therapy"); same title and year: read as one paper, with the 6 names',
    );
  });

  it('not the same paper: names not the beginning of the whole list, another year, or no "et al." at all: two papers', () => {
    const reordered = cut.replace('AU  - Lind, Ola\nAU  - Moss, Pia', 'AU  - Moss, Pia\nAU  - Lind, Ola');
    const otherYear = cut.replace('PY  - 2022', 'PY  - 2019');
    const noEtAl = cut.replace('AU  - et al.\n', '');
    for (const ris of [reordered, otherYear, noEtAl]) {
      const { report, bundle } = build(['short.ris', ris], ['full.bib', whole]);
      expect(report.papers).toBe(2);
      expect(bundle.authors.name.length).toBe(6);
      expect(report.notes.some((n) => /read as one paper/.test(n.note))).toBe(false);
    }
  });

  it('a short title with a truncated list in another journal is another paper', () => {
    const a = 'TY  - JOUR\nAU  - Lind, Ola\nAU  - et al.\nTI  - Editorial\nPY  - 2022\nT2  - J-One\nER  - \n';
    const b = 'TY  - JOUR\nAU  - Lind, Ola\nAU  - Moss, Pia\nTI  - Editorial\nPY  - 2022\nT2  - J-Two\nER  - \n';
    expect(build(['eds.ris', `${a}\n${b}`]).report.papers).toBe(2);
    expect(build(['eds.ris', `${a}\n${b.replace('J-Two', 'J-One')}`]).report.papers).toBe(1);
  });
});

describe('a short title whose authors are written out once and with initials once (a tester: "A Duplicated Paper" kept twice, no note)', () => {
  const full = '@article{dup1, author={Smith, John A. and Jones, Kate}, title={A Duplicated Paper}, year={2017}, journal={J. Test.}}\n';

  it('with the same year and venue: one paper under the names written out, with a note naming both records', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/dedupe/short-title-initials.bib'), 'utf8');
    const { report, bundle } = build(['dup-c.bib', text]);
    expect(report.papers).toBe(1);
    expect([...bundle.authors.name].sort()).toEqual(['John A. Smith', 'Kate Jones']);
    expect(report.notes.find((n) => n.line === 7)!.note).toBe(
      'same title, venue and year as dup-c.bib:1 ("A Duplicated Paper"), its authors written "Smith, J.", "Jones, K." here and "Smith, John A.", "Jones, Kate" there: read as one paper, under the names written there',
    );
  });

  it('without a venue on one side: two papers, with a note saying why they were not merged', () => {
    const bare = '@article{dup2, author={Smith, J. and Jones, K.}, title={A Duplicated Paper}, year={2017}}\n';
    const { report } = build(['a.bib', full + bare]);
    expect(report.papers).toBe(2);
    expect(report.notes.find((n) => n.line === 2)!.note).toBe(
      'same short title as a.bib:1 ("A Duplicated Paper"), its authors written "Smith, J.", "Jones, K." here and "Smith, John A.", "Jones, Kate" there, but no venue on one of them: kept both (a title this short is no sign of one paper); check whether they are one',
    );
  });

  it('in another journal: two papers, with a note naming both venues', () => {
    const other = '@article{dup2, author={Smith, J. and Jones, K.}, title={A Duplicated Paper}, year={2017}, journal={Annals of Examples}}\n';
    const { report } = build(['a.bib', full + other]);
    expect(report.papers).toBe(2);
    expect(report.notes.find((n) => n.line === 2)!.note).toMatch(/but venue "Annals of Examples" here and "J\. Test\." there: kept both/);
  });
});
