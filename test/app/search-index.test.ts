/**
 * Search ranking on the 3k ACL map (acl_2020_main): a name with an initial finds people who carry that
 * surname before anyone found by typo forgiveness (the tester's "Wang J" opened JoonHo Jang).
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, nameFit, spreadInitials, titleFit, wordsInOrder } from '../../src/app/search/search-index';
import { foldText } from '../../src/core/names/parse-name';
import { aclMain, buildText } from '../core/helpers';
import { timeSlice } from '../../src/core/queries/time-slice';

describe('search ranking', () => {
  const { bundle } = aclMain();
  const index = buildSearchIndex(bundle);
  const names = (q: string, n = 5) =>
    index
      .search(q, () => true, 20)
      .filter((h) => h.kind === 'author')
      .slice(0, n)
      .map((h) => bundle.authors.name[h.index]);

  it('"BERT": the names that begin with it leave room for the titles holding it (a tester got 20 authors, no paper), and the whole word comes first', () => {
    const made = {
      authors: {
        name: Array.from({ length: 30 }, (_, i) => (i % 2 ? `Bert Tester${i}` : `Bertie Person${i}`)),
        aliases: Array.from({ length: 30 }, () => []),
        paperCount: Array.from({ length: 30 }, (_, i) => 30 - i),
      },
      papers: {
        title: ['BERTology Revisited', 'What BERT Sees', 'Probing BERT for Syntax', 'A Study of Robertson', 'Sentence Embeddings'],
        year: [2021, 2019, 2020, 2018, 2020],
      },
    } as unknown as Parameters<typeof buildSearchIndex>[0];
    const hits = buildSearchIndex(made).search('BERT', () => true, 20, 8);
    const kinds = hits.map((h) => h.kind);
    // the three titles with BERT in them are shown though 30 names begin with it; authors fill the rest
    expect(hits).toHaveLength(20);
    expect(kinds.filter((k) => k === 'paper')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'author')).toHaveLength(17);
    // whole words first across kinds: the 15 Berts, the two titles holding the word BERT (newest first), then the
    // names and the title that only begin with it
    const shown = hits.map((h) => (h.kind === 'author' ? made.authors.name[h.index]! : made.papers.title[h.index]!));
    expect(shown.slice(0, 15).every((n) => n.startsWith('Bert Tester'))).toBe(true);
    expect(shown.slice(15, 17)).toEqual(['Probing BERT for Syntax', 'What BERT Sees']);
    expect(shown.slice(17, 19).every((n) => n.startsWith('Bertie '))).toBe(true);
    expect(shown[19]).toBe('BERTology Revisited');
    // without room for papers the whole words still come first: the two titles holding BERT are listed, after the
    // Berts and before the names that only begin with it
    const plain = buildSearchIndex(made).search('BERT', () => true, 20);
    expect(plain.findIndex((h) => h.kind === 'paper')).toBe(15);
    expect(plain.filter((h) => h.kind === 'paper').map((h) => made.papers.title[h.index])).toEqual(['Probing BERT for Syntax', 'What BERT Sees']);
  });

  it('"BERT": a title with the whole word comes before a name that only holds the letters inside a longer word; a name part that is the word comes first', () => {
    const made = {
      authors: {
        name: ['Bertrand Okafor', 'Lina Bertolucci', 'Bertie Marsh', 'Bert Quayle', 'Hanna Bert', 'Robert Albertsen'],
        aliases: [[], [], [], [], [], []],
        // the loose matches are the prolific ones: their paper counts do not lift them above whole words
        paperCount: [40, 30, 20, 1, 2, 50],
      },
      papers: {
        title: ['Probing BERT Layers', 'BERTology of Cats', 'Robust Parsing'],
        year: [2019, 2021, 2020],
      },
    } as unknown as Parameters<typeof buildSearchIndex>[0];
    const show = (q: string) =>
      buildSearchIndex(made)
        .search(q, () => true, 20, 8)
        .map((h) => (h.kind === 'author' ? made.authors.name[h.index]! : made.papers.title[h.index]!));
    // Hanna Bert and Bert Quayle carry the word as a name; then the title with the word; then names and the title
    // that only begin with it. Robert Albertsen holds "bert" only inside words and is not a match at all
    expect(show('BERT')).toEqual(['Hanna Bert', 'Bert Quayle', 'Probing BERT Layers', 'Bertrand Okafor', 'Lina Bertolucci', 'Bertie Marsh', 'BERTology of Cats']);
    expect(show('bert')).toEqual(show('BERT'));
    // a name begun only, with no whole word anywhere, keeps names before titles
    expect(show('Berto')).toEqual(['Lina Bertolucci', 'BERTology of Cats']);
  });

  it('"BERT" on the 3k map: the titles holding BERT as a word come first among the papers', () => {
    const papers = index.search('BERT', () => true, 20, 8).filter((h) => h.kind === 'paper');
    expect(papers.length).toBeGreaterThanOrEqual(8);
    for (const h of papers.slice(0, 8)) expect(bundle.papers.title[h.index]).toMatch(/\bBERT\b/i);
  });

  it.each(['Wang J', 'J Wang', 'Wang, J.'])('"%s": the first authors are Wangs with a J given name', (q) => {
    const top = names(q);
    expect(top.length).toBe(5);
    for (const name of top) expect(foldText(name)).toMatch(/^j\S* .*\bwang$|^j.* wang$/);
  });

  it('a name written in full-width letters is found by the same name typed in plain letters, and the other way round', () => {
    const jsonl = [
      { id: 'w1', title: 'Wide letters in bylines', authors: ['Ｆｕｌｌ Ｗｉｄｔｈ', 'Ann Other'], year: 2020 },
      { id: 'w2', title: 'Plain letters', authors: ['Ann Other', 'Half Breadth'], year: 2021 },
    ].map((r) => JSON.stringify(r)).join('\n');
    const { bundle: small } = buildText('wide.jsonl', jsonl);
    const found = (q: string) => buildSearchIndex(small).search(q, () => true, 5).filter((h) => h.kind === 'author').map((h) => small.authors.name[h.index]);
    expect(found('Full Width')).toEqual(['Ｆｕｌｌ Ｗｉｄｔｈ']);
    expect(found('Ｈａｌｆ')).toEqual(['Half Breadth']);
  });

  it('a typo still finds the name when nothing is spelled that way', () => {
    const someone = bundle.authors.name.findIndex((n) => n === 'Graham Neubig');
    expect(someone).toBeGreaterThanOrEqual(0);
    expect(names('Grahan Neubig', 1)).toEqual(['Graham Neubig']);
  });

  it('titles that spell the typed word rank by that word alone: words a typo away add nothing', () => {
    const titles = (q: string) =>
      index
        .search(q, () => true, 20)
        .filter((h) => h.kind === 'paper')
        .map((h) => bundle.papers.title[h.index]!);
    const top = titles('neural');
    expect(top.length).toBe(20);
    for (const title of top) expect(foldText(title)).toMatch(/\bneural/);
    // none of the first ten is there for holding "neutral", "neuron" or "neuronal" beside "neural"
    expect(top.slice(0, 10).filter((t) => /\bneut|\bneuron/i.test(t))).toEqual([]);
    // a typo is still forgiven when nothing is spelled that way
    expect(titles('transfromer').length).toBeGreaterThan(0);

    // invented titles: the one that says "neural" once among many near words came first before
    const made = {
      authors: { name: ['Ada Byron'], aliases: [[]], paperCount: [2] },
      papers: { title: ['Neutral neutral neutral tone and neuron counts in neural speech', 'Neural speech models of tone and counts'], year: [2020, 2020] },
    } as unknown as Parameters<typeof buildSearchIndex>[0];
    const hits = buildSearchIndex(made).search('neural', () => true, 20);
    expect(hits.map((h) => made.papers.title[h.index]!.split(' ')[0])).toEqual(['Neural', 'Neutral']);
  });
});

describe('typo forgiveness', () => {
  const made = {
    authors: {
      name: ['Qiang Ning', 'Qiang Ling', 'Jiang Ning', 'Peizhao Zhang', 'Ching-Yao Chuang'],
      aliases: [[], [], [], [], []],
      paperCount: [2, 9, 7, 12, 1],
    },
    papers: { title: ['Ning and qiang in single words', 'Mining the Zhang corpus'], year: [2019, 2020] },
  } as unknown as Parameters<typeof buildSearchIndex>[0];
  const index = buildSearchIndex(made);
  const found = (q: string) =>
    index.search(q, () => true, 20).map((h) => (h.kind === 'author' ? made.authors.name[h.index]! : `paper: ${made.papers.title[h.index]!}`));

  it('a name typed in full is not padded with names and titles a typo away (a tester: "Qiang Ning", then 19 loose titles)', () => {
    expect(found('Qiang Ning')).toEqual(['Qiang Ning', 'paper: Ning and qiang in single words']);
    // begun, or with initials, the same
    expect(found('Qiang Ni')).toEqual(['Qiang Ning', 'paper: Ning and qiang in single words']);
    // a typo in it is still forgiven: the near names come, the nearest spelling first
    expect(found('Qiang Nimg')[0]).toBe('Qiang Ning');
  });

  it('a name the filters hide is not replaced by a match a typo away (a tester: "Scott Nowson" with years set)', () => {
    const hiding = (kind: string, i: number) => !(kind === 'author' && i === 0);
    expect(index.search('Qiang Ning', hiding, 20).map((h) => (h.kind === 'author' ? made.authors.name[h.index] : made.papers.title[h.index]))).toEqual([
      'Ning and qiang in single words',
    ]);
    // nothing shown then: the search box says a match is hidden by the filters
    expect(index.search('Qiang Ning', (kind, i) => kind === 'author' && i !== 0, 20)).toEqual([]);
  });

  it('among names only a typo finds, the nearer spelling comes first, not the more prolific ("Chung": Chuang, then Zhang)', () => {
    const hits = found('Chung');
    expect(hits.indexOf('Ching-Yao Chuang')).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf('Ching-Yao Chuang')).toBeLessThan(hits.indexOf('Peizhao Zhang') < 0 ? Infinity : hits.indexOf('Peizhao Zhang'));
  });
});

describe('nameFit', () => {
  const w = (s: string) => s.toLowerCase().split(/[\s,.]+/).filter(Boolean);
  it('an initial fits the first given name best, a whole part best of all, and every typed word must fit', () => {
    expect(nameFit(w('wang j'), w('Jin Wang'))).toBeGreaterThan(nameFit(w('wang j'), w('Zijie J. Wang')));
    expect(nameFit(w('jin wang'), w('Jin Wang'))).toBeGreaterThan(nameFit(w('jin wang'), w('Jinpeng Wang')));
    expect(nameFit(w('jing wang'), w('Jing Wang'))).toBeGreaterThan(nameFit(w('jing wang'), w('Jing Xian Wang')));
    // a middle initial left out costs nothing
    expect(nameFit(w('noah smith'), w('Noah A. Smith'))).toBe(nameFit(w('noah smith'), w('Noah Smith')));
    expect(nameFit(w('wang x'), w('Jin Wang'))).toBe(-1);
    // a generational suffix left out costs nothing either (Hal Daumé III was below a one-paper Hal Daumé)
    expect(nameFit(w('hal daume'), w('hal daume iii'))).toBe(nameFit(w('hal daume'), w('hal daume')));
  });
});

describe('equal fits: the most prolific first (a tester: "Hajic" put J. Hajič, 1 paper, above Jan Hajič, 78)', () => {
  const w = (s: string) => s.toLowerCase().split(/[\s,.]+/).filter(Boolean);
  it('a given name written only as an initial is no better a fit than a written-out one', () => {
    expect(nameFit(w('brandl'), w('T. Brandl'))).toBe(nameFit(w('brandl'), w('Tomas Brandl')));
    expect(nameFit(w('brandl t'), w('T. Brandl'))).toBe(nameFit(w('brandl t'), w('Tomas Brandl')));
    // a suffix after the surname makes no other part the family name
    expect(nameFit(w('brandl t'), w('Tomas Brandl jr.'))).toBe(nameFit(w('brandl t'), w('Tomas Brandl')));
    expect(nameFit(w('brandlo'), w('O. Brandlova'))).toBe(nameFit(w('brandlo'), w('Olga Brandlová')));
    // a name typed in full still fits its person best, a middle initial or a suffix left out at no cost
    expect(nameFit(w('tomas brandl'), w('Tomas Brandl'))).toBeGreaterThan(nameFit(w('tomas brandl'), w('Tomas Ivo Brandl')));
    expect(nameFit(w('tomas brandl'), w('Tomas Brandl jr.'))).toBe(nameFit(w('tomas brandl'), w('Tomas Brandl')));
    expect(nameFit(w('tomas brandl'), w('Tomas K. Brandl'))).toBe(nameFit(w('tomas brandl'), w('Tomas Brandl')));
    // a one-part name typed whole is named in full
    expect(nameFit(w('brandl'), w('Brandl'))).toBeGreaterThan(nameFit(w('brandl'), w('Tomas Brandl')));
  });

  it('the search lists them by papers: Tomas Brandl (40), Tomas Brandl jr. (2), T. Brandl (1); Olga Brandlová before O. Brandlova', () => {
    const made = {
      authors: {
        name: ['T. Brandl', 'Tomas Brandl', 'Tomas Brandl jr.', 'O. Brandlova', 'Olga Brandlová'],
        aliases: [[], [], [], [], []],
        paperCount: [1, 40, 2, 1, 25],
      },
      papers: { title: [], year: [] },
    } as unknown as Parameters<typeof buildSearchIndex>[0];
    const found = (q: string) => buildSearchIndex(made).search(q, () => true, 20).map((h) => made.authors.name[h.index]);
    // the surname whole before a surname begun (Brandlová), then by papers
    expect(found('Brandl')).toEqual(['Tomas Brandl', 'Tomas Brandl jr.', 'T. Brandl', 'Olga Brandlová', 'O. Brandlova']);
    expect(found('Brandlo')).toEqual(['Olga Brandlová', 'O. Brandlova']);
    expect(found('Brandl T')).toEqual(['Tomas Brandl', 'Tomas Brandl jr.', 'T. Brandl']);
    expect(found('Tomas Brandl')[0]).toBe('Tomas Brandl');
  });
});

describe('titles: whole words before begun ones, then the typed words in order, then the newest', () => {
  const made = {
    authors: { name: ['Ada Byron'], aliases: [[]], paperCount: [1] },
    papers: {
      title: [
        'Translating Quorkese', // every word begun only, short: BM25 put it first
        'Reading Phrases in Quork Machine Translation',
        'Quork Machine Translation of Riddles',
        'Transfiguration of Quork Glyphs',
        'Quork Translations Revisited',
        'Transformationnelles Grammaires de Quork',
        'Transformers for Quork',
        'Translation Memories and Quork', // newer, but the words the other way round
      ],
      year: [2017, 2017, 2015, 2019, 2019, 1967, 2021, 2023],
    },
  } as unknown as Parameters<typeof buildSearchIndex>[0];
  const index = buildSearchIndex(made);
  const titles = (q: string) => index.search(q, () => true, 20).map((h) => made.papers.title[h.index]!);

  it('"quork transl": titles holding "quork" whole first, the words in the typed order first among those, then the newest', () => {
    expect(titles('quork transl')).toEqual([
      'Quork Translations Revisited',
      'Reading Phrases in Quork Machine Translation',
      'Quork Machine Translation of Riddles',
      'Translation Memories and Quork',
      'Translating Quorkese',
    ]);
  });

  it('"transf": among titles that only begin with it, the newest first (not a 1967 title)', () => {
    expect(titles('transf')).toEqual(['Transformers for Quork', 'Transfiguration of Quork Glyphs', 'Transformationnelles Grammaires de Quork']);
  });

  it('a word typed in full puts the titles holding it whole first', () => {
    expect(titles('quork')[0]).toBe('Translation Memories and Quork');
    expect(titles('quork').at(-1)).toBe('Translating Quorkese');
  });

  it('titleFit and wordsInOrder', () => {
    expect(titleFit(['neural', 'transl'], ['neural', 'translation'])).toBe(5);
    expect(titleFit(['neural', 'transl'], ['neuralese', 'translating'])).toBe(4);
    expect(titleFit(['neural'], ['neutral'])).toBe(-1);
    // one letter is a word begun ("neural t" is not "Don't" first)
    expect(titleFit(['neural', 't'], ['neural', 't'])).toBe(5);
    expect(wordsInOrder(['neural', 'transl'], ['neural', 'machine', 'translation'])).toBe(2);
    expect(wordsInOrder(['neural', 'transl'], ['translating', 'neuralese'])).toBe(1);
    expect(wordsInOrder(['a', 'b', 'c'], ['c', 'b', 'a', 'b', 'c'])).toBe(3);
  });
});

describe('umlauts and Nordic letters written out', () => {
  it('"Schuetze" finds Hinrich Schütze before Florian Schultze (a typo away), "Soegaard" Anders Søgaard; "Hal Daume" the prolific Hal Daumé III first', () => {
    const rows: object[] = [];
    for (let k = 0; k < 12; k++) rows.push({ id: `s${k}`, title: `Paper ${k} on words`, authors: ['Hinrich Schütze', `Co Author${k}`], year: 2020 });
    for (let k = 0; k < 6; k++) rows.push({ id: `d${k}`, title: `Paper ${k} on learning`, authors: ['Hal Daumé III', 'Anders Søgaard'], year: 2020 });
    rows.push({ id: 'f', title: 'Florian paper', authors: ['Florian Schultze', 'Hal Daumé'], year: 2021 });
    const { bundle: small } = buildText('de.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));
    const first = (q: string) => small.authors.name[buildSearchIndex(small).search(q, () => true, 5).filter((h) => h.kind === 'author')[0]!.index];
    expect(first('Schuetze')).toBe('Hinrich Schütze');
    expect(first('Soegaard')).toBe('Anders Søgaard');
    expect(first('Schutze')).toBe('Hinrich Schütze');
    expect(first('Hal Daume')).toBe('Hal Daumé III');
  });
});

describe('spreadInitials', () => {
  it('reads capitals written together beside a name as initials, and leaves other words alone', () => {
    expect(spreadInitials('Smith NA')).toBe('Smith N A');
    expect(spreadInitials('Manning CD.')).toBe('Manning C D');
    expect(spreadInitials('BERT')).toBe('BERT');
    expect(spreadInitials('ACL NLP')).toBe('ACL NLP');
  });
});

describe('a year range in the search\'s order', () => {
  it('among names that fit equally, the author with more papers in the range comes first (all years: more papers over all)', () => {
    // invented: Ana Silva has three papers, one of them in 2020; Ana Souza two, both in 2020
    const lines = [
      { id: 'r1', title: 'Reef Counts', authors: ['Ana Silva'], year: 2018 },
      { id: 'r2', title: 'Reef Counts Again', authors: ['Ana Silva'], year: 2018 },
      { id: 'r3', title: 'Kelp Forests', authors: ['Ana Silva', 'Ana Souza'], year: 2020 },
      { id: 'r4', title: 'Kelp at Night', authors: ['Ana Souza'], year: 2020 },
    ].map((r) => JSON.stringify(r));
    const { bundle } = buildText('invented.jsonl', lines.join('\n'));
    const index = buildSearchIndex(bundle);
    const order = (papers?: ArrayLike<number>) => index.search('Ana', (kind) => kind === 'author', 5, 0, papers).map((h) => bundle.authors.name[h.index]);
    expect(order()).toEqual(['Ana Silva', 'Ana Souza']);
    expect(order(timeSlice(bundle, [2020, 2020]).papers)).toEqual(['Ana Souza', 'Ana Silva']);
  });
});

describe('a given name typed in another form (short form, nickname, initial)', () => {
  const made = {
    authors: {
      name: ['Dorian Quelhart', 'Dorian Quelhard', 'Kathleen Wemberly', 'Kathy Wemberly', 'C. Ostrander', 'Christopher R. Ostrander', 'Alex Pindle', 'Yan Song', 'Dorian J. Zell'],
      aliases: [[], [], [], [], [], [], [], [], []],
      paperCount: [39, 1, 30, 17, 3, 12, 25, 51, 1],
    },
    papers: { title: ['Parsing Things', 'Other Work'], year: [2020, 2021] },
  } as unknown as Parameters<typeof buildSearchIndex>[0];
  const index = buildSearchIndex(made);
  const first = (q: string, n = 3) =>
    index
      .search(q, () => true, 20, 3)
      .filter((h) => h.kind === 'author')
      .slice(0, n)
      .map((h) => made.authors.name[h.index]);

  it('"Dorianus Quelhart" (a formal name) finds Dorian Quelhart (39 papers) above the one-paper near spelling', () => {
    expect(first('Dorianus Quelhart', 2)).toEqual(['Dorian Quelhart', 'Dorian Quelhard']);
  });
  it('a nickname either way: "Kathleen Wemberly" lists both, the one spelled as typed first; "Kathy Wemberly" too', () => {
    expect(first('Kathleen Wemberly', 2)).toEqual(['Kathleen Wemberly', 'Kathy Wemberly']);
    expect(first('Kathy Wemberly', 2)).toEqual(['Kathy Wemberly', 'Kathleen Wemberly']);
    expect(first('Alexander Pindle', 1)).toEqual(['Alex Pindle']);
  });
  it('a written-out name typed for an initial: "Christopher Ostrander" finds C. Ostrander after the full name', () => {
    expect(first('Christopher Ostrander', 2)).toEqual(['Christopher R. Ostrander', 'C. Ostrander']);
  });
  it('the family name must be typed: "Dorian Zimmer" is not Dorian J. Zell; a prefix of an East Asian given name is not its short form', () => {
    expect(first('Dorianus Zimmer')).not.toContain('Dorian J. Zell');
    expect(first('Yangqiu Song')).not.toContain('Yan Song');
  });
  it('nameFit: a short form fits only with shortForms and the family name typed', () => {
    const w = (s: string) => s.split(/\s+/).map(foldText);
    expect(nameFit(w('daniel jurafsky'), w('Dan Jurafsky'))).toBe(-1);
    expect(nameFit(w('daniel jurafsky'), w('Dan Jurafsky'), true)).toBeGreaterThan(nameFit(w('christopher manning'), w('C. Manning'), true));
    expect(nameFit(w('daniel jurafsky'), w('Daniel J. Navarro'), true)).toBe(-1);
  });
});
