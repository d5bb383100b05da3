import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';

/** Build from inline files; the authors of each paper as shown, the author count and the notes (file:line note). */
function build(files: [string, string][]) {
  const { bundle, report } = buildDataset(files.map(([name, text]) => ({ name, text })));
  const names = bundle.authors.name;
  const papers = bundle.papers.title.map((t, i) => ({ title: t, authors: bundle.papers.authors[i]!.map((j) => names[j]!) }));
  const notes = report.notes.map((n) => `${n.file}:${n.line} ${n.note}`);
  return { papers, authors: [...names], notes, report };
}

const ris = (records: string[][]) => records.map((tags) => ['TY  - JOUR', ...tags, 'ER  - ', ''].join('\n')).join('\n');

describe('HTML character references in author names are decoded before any splitting (a tester: one person became 3)', () => {
  it('RIS: named and numeric references, each name one person, equal to the plain spelling, one note for the file', () => {
    const text = ris([
      ['AU  - M&uuml;ller, J&ouml;rg', 'AU  - Garc&iacute;a, Jos&eacute;', 'AU  - Bj&#246;rk, Bj&#xF6;rn', 'TI  - With references', 'PY  - 2020'],
      ['AU  - Müller, Jörg', 'AU  - García, José', 'TI  - Plain', 'PY  - 2021'],
    ]);
    const r = build([['refs.ris', text]]);
    expect(r.papers[0]!.authors).toEqual(['Jörg Müller', 'José García', 'Björn Björk']);
    expect(r.authors).toEqual(['Jörg Müller', 'José García', 'Björn Björk']);
    const refNotes = r.notes.filter((n) => n.includes('character references'));
    expect(refNotes).toEqual(['refs.ris:2 AU: 3 names carried HTML character references, decoded (e.g. "M&uuml;ller, J&ouml;rg" read as "Müller, Jörg")']);
    expect(r.notes.some((n) => n.includes('split at ";"'))).toBe(false);
  });

  it('an organisation with "&amp;" stays one organisation; a bare "&" is left as written', () => {
    const r = build([['org.ris', ris([['AU  - Vantor, Elsa', 'AU  - Quill &amp; Quill Pharmaceutical Research', 'AU  - Orbal R&D Labs', 'TI  - Org', 'PY  - 2020']])]]);
    expect(r.papers[0]!.authors).toEqual(['Elsa Vantor', 'Quill & Quill Pharmaceutical Research', 'Orbal R&D Labs']);
    expect(r.notes.filter((n) => n.includes('character references'))).toHaveLength(1);
  });

  it('BibTeX, JSON Lines, CSL-JSON (structured family/given) and PubMed: the same one person each', () => {
    const r = build([
      ['a.bib', '@article{k1, author={Bj&#246;rk, Bj&#246;rn and Lee, Sun}, title={Bib}, year={2020}}\n'],
      ['b.jsonl', '{"title":"Lines","authors":["Bj&#246;rn Bj&#246;rk","J&ouml;rg M&uuml;ller"],"year":2020}\n'],
      ['c.json', '[{"id":"c","type":"article","title":"Csl","author":[{"family":"M&#252;ller","given":"J&ouml;rg"},{"family":"Lee","given":"Sun"}],"issued":{"date-parts":[[2020]]}}]'],
      ['d.txt', 'PMID- 1\nTI  - Pubmed.\nFAU - Bj&#246;rk, Bj&#246;rn\nAU  - Bjork B\nDP  - 2020\n'],
    ]);
    expect(r.papers.map((p) => p.authors)).toEqual([['Björn Björk', 'Sun Lee'], ['Björn Björk', 'Jörg Müller'], ['Jörg Müller', 'Sun Lee'], ['Björn Björk']]);
    expect(r.authors.sort()).toEqual(['Björn Björk', 'Jörg Müller', 'Sun Lee']);
    const refNotes = r.notes.filter((n) => n.includes('character references'));
    expect(refNotes.map((n) => n.split(' ')[0])).toEqual(['a.bib:1', 'b.jsonl:1', 'c.json:1', 'd.txt:3']);
  });
});

describe('"et al." split by Zotero into given "et" and family "al." is a placeholder (a tester: a person "et al.")', () => {
  it('BibTeX, CSL-JSON and RIS: left out, with the truncated-list note', () => {
    const r = build([
      ['z.bib', '@article{z, author = {Vantor, Elsa and al., et}, title = {Bib}, year = {2020}}\n'],
      ['z.json', '[{"id":"b","type":"article-journal","title":"Csl","author":[{"family":"Vantor","given":"Elsa"},{"family":"al.","given":"et"}],"issued":{"date-parts":[[2021]]}}]'],
      ['z.ris', ris([['AU  - Vantor, Elsa', 'AU  - al., et', 'TI  - Ris', 'PY  - 2020']])],
    ]);
    expect(r.papers.map((p) => p.authors)).toEqual([['Elsa Vantor'], ['Elsa Vantor'], ['Elsa Vantor']]);
    expect(r.authors).toEqual(['Elsa Vantor']);
    const etAl = r.notes.filter((n) => n.includes('"al., et"'));
    expect(etAl.map((n) => n.split(' ')[0])).toEqual(['z.bib:1', 'z.json:1', 'z.ris:3']);
    for (const n of etAl) expect(n).toMatch(/placeholder, not a person; left out \(the author list is truncated/);
    expect(r.notes.some((n) => n.includes('organisation'))).toBe(false);
  });
});

describe('"Smith, JA" is the same person in every format (a tester: BibTeX and CSL read the given name "JA")', () => {
  it('BibTeX, CSL-JSON, JSON Lines and RIS: one person "J. A. Vantor"', () => {
    const r = build([
      ['i.bib', '@article{i3, author={Vantor, JA and Lee, Sun}, title={B1}, year={2022}}\n'],
      ['i.ris', ris([['AU  - Vantor, JA', 'AU  - Lee, Sun', 'TI  - R1', 'PY  - 2020'], ['AU  - Vantor, J. A.', 'AU  - Lee, Sun', 'TI  - R2', 'PY  - 2021']])],
      ['i.json', '[{"id":"c","type":"article","title":"C1","author":[{"family":"Vantor","given":"JA"},{"family":"Lee","given":"Sun"}]}]'],
      ['i.jsonl', '{"title":"J1","authors":["Vantor, JA","Sun Lee"],"year":2020}\n'],
    ]);
    expect(r.authors).toEqual(['J. A. Vantor', 'Sun Lee']);
    expect(r.papers).toHaveLength(5);
    for (const p of r.papers) expect(p.authors).toEqual(['J. A. Vantor', 'Sun Lee']);
  });

  it('a shouted given name that reads as a syllable stays a name in BibTeX too ("ZHANG, WEI"), and "Laks Lakshmanan, V.S." keeps its reading', () => {
    const r = build([
      ['s.bib', '@article{s1, author={QUAN, WEI and Lee, Sun}, title={Shouted}, year={2022}}\n'],
      ['s.jsonl', '{"title":"J2","authors":["Lakso Lakshmi, V.S.","Sun Lee"],"year":2020}\n'],
    ]);
    expect(r.papers[0]!.authors).toEqual(['WEI QUAN', 'Sun Lee']);
    expect(r.papers[1]!.authors).toEqual(['Lakso Lakshmi, V.S.', 'Sun Lee']);
  });
});

describe('an author entry with no letter is no person (a tester: a blank author on the map)', () => {
  it('RIS "AU  - ," and PubMed "FAU - ,": left out with a note naming the line', () => {
    const r = build([
      ['c.ris', ris([['AU  - ,', 'AU  - Lee, Sun', 'TI  - Comma only', 'PY  - 2020']])],
      ['p.txt', 'PMID- 3\nTI  - Empty pubmed.\nFAU - ,\nAU  - \nFAU - Lee, Sun\nAU  - Lee S\nDP  - 2020\n'],
    ]);
    expect(r.papers.map((p) => p.authors)).toEqual([['Sun Lee'], ['Sun Lee']]);
    expect(r.authors).toEqual(['Sun Lee']);
    expect(r.notes).toContain('c.ris:2 AU: "," holds no name (no letter or digit); left out');
    expect(r.notes).toContain('p.txt:3 FAU: "," holds no name (no letter or digit); left out');
  });

  it('JSON Lines: empty and blank names are left out with a note, as BibTeX says of an empty name', () => {
    const r = build([['e.jsonl', '{"title":"First","authors":["Elsa Vantor"],"year":2020}\n{"id":"p4","title":"Fourth","authors":["Elsa Vantor","","  "],"year":2023}\n']]);
    expect(r.papers.map((p) => p.authors)).toEqual([['Elsa Vantor'], ['Elsa Vantor']]);
    expect(r.notes).toEqual(['e.jsonl:2 authors: 2 empty names (entries 2, 3) left out; the names around them kept as written, check the record']);
  });
});

describe('RIS "Smith, J., Jones, K., and others" (a tester: kept as one organisation)', () => {
  it('is two people and the truncated-list note, as the same list with "; et al." is', () => {
    const r = build([['o.ris', ris([['AU  - Vantor, E., Quill, K., and others', 'TI  - Commas with others', 'PY  - 2022'], ['AU  - Vantor, E.; Quill, K.; et al.', 'TI  - Semicolons', 'PY  - 2021']])]]);
    expect(r.papers.map((p) => p.authors)).toEqual([['E. Vantor', 'K. Quill'], ['E. Vantor', 'K. Quill']]);
    expect(r.notes).toContain('o.ris:2 AU: "Vantor, E., Quill, K., and others" ends with a placeholder; kept "Vantor, E., Quill, K." (the author list is truncated)');
    expect(r.notes.some((n) => n.includes('organisation'))).toBe(false);
  });
});

describe('the shown name of a person whose spellings tie is the more informative one, whatever the file order (a tester: "Goran Topic")', () => {
  const a = '{"title":"One","authors":["Gorun Topić","Wenhun ChaoX"],"year":2020}\n';
  const b = '{"title":"Two","authors":["Gorun Topic","WenHun ChaoX"],"year":2021}\n';
  it('diacritics win a tie, then capitals inside a word, in either order of the lines', () => {
    for (const text of [a + b, b + a]) {
      const r = build([['t.jsonl', text]]);
      expect(r.authors).toEqual(['Gorun Topić', 'WenHun ChaoX']);
    }
  });
  // (this pinned "Gorun Topic" until 6 Dec: the most common spelling won over one that only adds marks, and 73
  // people of the 30k ACL map were shown without their accents, "Frederic Bechet" over "Frédéric Béchet"; a
  // spelling that only adds marks is now shown, names/marked-spelling.ts, other kinds of "more informative" still
  // wait for a tie)
  it('the most common spelling still wins over capitals inside a word, not over a spelling that only adds marks', () => {
    const c = '{"title":"Three","authors":["Gorun Topic","Wenhun ChaoX"],"year":2022}\n';
    const r = build([['t.jsonl', a + b + c]]);
    expect(r.authors).toEqual(['Gorun Topić', 'Wenhun ChaoX']);
  });
});

describe('a tie between ő or ű and a stand-in for it (õ, ô, ũ, û) shows the double acute (a tester: "A Szũcs" shown, cdl.bib)', () => {
  // invented names, one record each: BibTeX's \~{u} is a writer's stand-in for the ű of \H{u} (Latin-1 has no ű)
  const records = ['A Sz\\~{u}cs', 'A Sz\\H{u}cs', 'A Szucs'].map((name, i) => `@article{k${i}, author={${name} and Bo Lindqvist}, title={Paper ${i}}, year={${2001 + i}}}\n`);
  const orders = [
    [0, 1, 2],
    [1, 0, 2],
    [2, 1, 0],
    [2, 0, 1],
  ];
  it('"A Sz\\H{u}cs" is the name shown, "A Szũcs" and "A Szucs" its other spellings, in any order of the records', () => {
    for (const order of orders) {
      const r = build([['t.bib', order.map((i) => records[i]).join('')]]);
      expect(r.authors.sort(), order.join()).toEqual(['A Szűcs', 'Bo Lindqvist']);
    }
  });
  it('ő over õ and ô alike, capitals too, even the stand-in written more often; two that differ otherwise are compared as before', () => {
    const jsonl = (names: string[]) => names.map((n, i) => JSON.stringify({ title: `T${i}`, authors: [n, 'Bo Lindqvist'], year: 2020 })).join('\n') + '\n';
    const shown = (names: string[]) => build([['t.jsonl', jsonl(names)]]).authors.sort();
    expect(shown(['Pál Kõvári', 'Pál Kővári'])).toEqual(['Bo Lindqvist', 'Pál Kővári']);
    expect(shown(['Pál Kővári', 'Pál Kôvári'])).toEqual(['Bo Lindqvist', 'Pál Kővári']);
    expect(shown(['ŐRS TÓTH', 'ÕRS TÓTH'])).toEqual(['Bo Lindqvist', 'ŐRS TÓTH']);
    // (the stand-in written more often won until 6 Dec; ő for õ now wins as added marks do: names/marked-spelling.ts)
    expect(shown(['Pál Kõvári', 'Pál Kõvári', 'Pál Kővári'])).toEqual(['Bo Lindqvist', 'Pál Kővári']);
    // (these differ in another letter too: the smaller code point, as before, à before á)
    expect(shown(['Pál Kővári', 'Pàl Kõvári'])).toEqual(['Bo Lindqvist', 'Pàl Kõvári']);
  });
});

describe('lists separated by ";" in one cell (Scopus, Dimensions, WoS tab-delimited) are not split inside a character reference', () => {
  it('Scopus "Authors" and "Author full names", Dimensions "Authors", WoS "AU"/"AF": each name one person, decoded', () => {
    const scopus = [
      '"Authors","Author full names","Title","Year","Source title","EID"',
      '"M&uuml;ller J.; Lee S.","M&uuml;ller, J&ouml;rg; Lee, Sun","Scopus paper","2020","J Test","2-s2.0-1"',
    ].join('\n');
    const dimensions = [
      '"Rank","Publication ID","DOI","Title","PubYear","Authors"',
      '"1","pub.1","","Dimensions paper","2021","M&uuml;ller, J&ouml;rg; Lee, Sun"',
    ].join('\n');
    const wosHeader = ['PT', 'AU', 'AF', 'TI', 'SO', 'PY', 'UT'].join('\t');
    const wos = [wosHeader, ['J', 'M&uuml;ller, J; Lee, S', 'M&uuml;ller, J&ouml;rg; Lee, Sun', 'WoS paper', 'J TEST', '2022', 'WOS:1'].join('\t')].join('\n');
    const r = build([
      ['s.csv', scopus],
      ['d.csv', dimensions],
      ['w.txt', wos],
    ]);
    expect(r.report.inputs.map((i) => i.format)).toEqual(['scopus', 'dimensions', 'wos']);
    expect(r.papers.map((p) => p.authors)).toEqual([['Jörg Müller', 'Sun Lee'], ['Jörg Müller', 'Sun Lee'], ['Jörg Müller', 'Sun Lee']]);
    expect(r.notes.filter((n) => n.includes('character references')).map((n) => n.split(' ')[0])).toEqual(['s.csv:2', 'd.csv:2', 'w.txt:2']);
  });
});

describe('a tie between a spelling in capitals and a mixed-case one shows the mixed case (a tester: "WEI ZHANG")', () => {
  it('"Zhang, Wei" beside "ZHANG, WEI" is shown "Wei Zhang", in either order of the files', () => {
    const a = '@article{a, author={ZHANG, WEI and Lind, Ana}, title={One}, year={2020}}\n';
    const b = '@article{b, author={Zhang, Wei and Lind, Ana}, title={Two}, year={2021}}\n';
    for (const files of [[['a.bib', a], ['b.bib', b]], [['b.bib', b], ['a.bib', a]]] as [string, string][][]) {
      const r = build(files);
      expect(r.authors.sort()).toEqual(['Ana Lind', 'Wei Zhang']);
    }
  });
  it('a spelling in capitals written more often still wins', () => {
    const r = build([['c.bib', ['a', 'b'].map((k) => `@article{${k}, author={ZHANG, WEI}, title={T${k}}, year={2020}}\n`).join('') + '@article{c, author={Zhang, Wei}, title={Tc}, year={2020}}\n']]);
    expect(r.authors).toEqual(['WEI ZHANG']);
  });
});

describe('a given name written only as question marks (a tester: geom.bib "?? Feynmann", "?. Chen")', () => {
  it('BibTeX: the marks are left out with a note, the surname kept; a "?" inside a word stays', () => {
    const r = build([['g.bib', '@book{f, author = "?? Feynmann and ?? Leighton and Sands, ??", title={Lectures}, year={1963}}\n@article{c, author = "?. Chen and T. Ling and Ond?ej Bojar", title={Regions}, year={1999}}\n']]);
    expect(r.papers.map((p) => p.authors)).toEqual([['Feynmann', 'Leighton', 'Sands'], ['Chen', 'T. Ling', 'Ond?ej Bojar']]);
    expect(r.notes.filter((n) => n.includes('stands for a given name'))).toEqual([
      'g.bib:1 author: "?? Feynmann": "??" stands for a given name the source did not have; kept as "Feynmann" (the surname alone)',
      'g.bib:1 author: "?? Leighton": "??" stands for a given name the source did not have; kept as "Leighton" (the surname alone)',
      'g.bib:1 author: "Sands, ??": "??" stands for a given name the source did not have; kept as "Sands" (the surname alone)',
      'g.bib:2 author: "?. Chen": "?." stands for a given name the source did not have; kept as "Chen" (the surname alone)',
    ]);
  });
  it('RIS "Feynmann, ??" likewise; a lone "??" is still a placeholder left out', () => {
    const r = build([['g.ris', ris([['AU  - Feynmann, ??', 'AU  - ??', 'AU  - Sands, Matthew', 'TI  - Lectures', 'PY  - 1963']])]]);
    expect(r.papers[0]!.authors).toEqual(['Feynmann', 'Matthew Sands']);
    expect(r.notes.some((n) => n.includes('"??" is a placeholder'))).toBe(true);
  });
});
