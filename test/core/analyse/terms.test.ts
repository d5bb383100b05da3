import { describe, expect, it } from 'vitest';
import { buildFiles, SEED_PATH, aclMain } from '../helpers';
import { readScannedSteps, readStreams, Vocabulary } from '../../../src/core/analyse/terms/tokenize';
import { communityLabel, COMMUNITY_LABEL_DISTINCT_MAX_CHARS, withoutAcronymRepeats, distinctCommunityLabels, foldPlural, labelCommunities, labelTokenized, scannedTexts, tokenizePapers, tokenizePapersSteps, tokenizeScannedSteps } from '../../../src/core/analyse/terms';

const FILLER = ['paper', 'propose', 'proposed', 'results', 'approach', 'method', 'show', 'the', 'and', 'of', 'we', 'state-of-the-art', 'novel'];

describe('labels on acl_2020_main', () => {
  const { bundle, abstracts } = aclMain();
  const papers = bundle.papers.title.map((title, p) => ({ title, abstract: abstracts[p] ?? null, community: bundle.papers.community[p]! }));
  const labels = labelCommunities(papers, bundle.communities.length);
  const termsOf = (name: string) => labels[bundle.authors.community[bundle.authors.name.indexOf(name)]!]!.terms.join(' | ').toLowerCase();

  it('name the research topics of known groups', () => {
    // Lucia Specia's group: machine translation and its quality estimation.
    expect(termsOf('Lucia Specia')).toContain('translation');
    expect(termsOf('Lucia Specia')).toContain('quality estimation');
    // Kentaro Inui, Jun Suzuki, Mamoru Komachi: grammatical error correction.
    expect(termsOf('Mamoru Komachi')).toContain('grammatical error correction');
    // Roberto Navigli's group: word sense disambiguation.
    expect(termsOf('Roberto Navigli')).toContain('word sense disambiguation');
    // Ivan Vulić, Anna Korhonen: multilingual / cross-lingual.
    expect(termsOf('Ivan Vulić')).toMatch(/multilingual|cross-lingual/);
  });

  it("are the same when tokenised in slices (as the CLI's build thread does, between Leiden starts and layouts)", () => {
    const steps = tokenizePapersSteps(papers, 100);
    let r = steps.next();
    let slices = 1;
    for (; !r.done; r = steps.next()) slices++;
    // 3,022 papers in slices of 100, twice (the two passes), and the step between them
    expect(slices).toBeGreaterThan(60);
    expect(labelTokenized(r.value, papers.map((p) => p.community), bundle.communities.length)).toEqual(labels);
  });

  it("are the same from texts scanned ahead in another order, among texts no paper uses (the CLI's build thread scans records as they are read)", () => {
    const scanned = scannedTexts();
    // records the ingest dropped (duplicates), scanned first: had they counted, "TRANSLATION" would be the spelling shown
    for (let k = 0; k < 400; k++) scanned.add('TRANSLATION TRANSLATION Quality Estimation Zzyzx-Qwertyish TRANSLATION');
    const refs = new Array<{ title: number; abstract: number }>(papers.length);
    // the records in reverse order: word ids must still follow the papers' order
    for (let p = papers.length - 1; p >= 0; p--) {
      const { title, abstract } = papers[p]!;
      refs[p] = { title: scanned.add(title), abstract: abstract ? scanned.add(abstract) : -1 };
    }
    const steps = tokenizeScannedSteps(scanned, refs, 100);
    let r = steps.next();
    for (; !r.done; r = steps.next());
    const fresh = tokenizePapers(papers);
    expect(labelTokenized(r.value, papers.map((p) => p.community), bundle.communities.length)).toEqual(labels);
    expect(labels.flatMap((l) => l.terms).filter((t) => t.includes('TRANSLATION'))).toEqual([]);
    // the same terms with the same ids, per paper (the build's bytes do not depend on how the texts came)
    // (compared as text: a deep equality of 100k-entry arrays takes seconds)
    const text = (t: typeof fresh) => [t.perPaper.start, t.perPaper.terms, t.perPaper.weights, t.vocab.parent.subarray(0, t.vocab.termCount), t.vocab.key].map((a) => Array.from(a as ArrayLike<unknown>).join(',')).join('\n');
    expect(text(r.value)).toBe(text(fresh));
  });

  it('word streams from texts scanned ahead are made at their length once, and are the streams read from the texts', () => {
    // stop words and punctuation break phrases; a title of stop words alone; an empty abstract; a word joined by spaces after a stop word
    const few = [
      { title: 'The  quality of machine translation, and  estimation', abstract: 'We  propose a new metric. It is  the best; of all metrics' },
      { title: 'of the and', abstract: '' },
      { title: 'Word sense disambiguation - again', abstract: null },
    ];
    for (const texts of [few, papers]) {
      const scanned = scannedTexts();
      const refs = texts.map((p) => ({ title: scanned.add(p.title), abstract: p.abstract ? scanned.add(p.abstract) : -1 }));
      const steps = readScannedSteps(scanned, refs, new Vocabulary(scanned.stopWords, scanned.spellings), 100);
      let r = steps.next();
      for (; !r.done; r = steps.next());
      const fresh = readStreams(texts, new Vocabulary(scanned.stopWords));
      // no room left over, none grown into: the arrays are the streams
      expect(r.value.word.length).toBe(r.value.word.buffer.byteLength / 4);
      expect(r.value.pair.length).toBe(r.value.pair.buffer.byteLength / 4);
      expect(Array.from(r.value.word).join(',')).toBe(Array.from(fresh.word).join(','));
      expect(Array.from(r.value.pair).join(',')).toBe(Array.from(fresh.pair).join(','));
      expect(Array.from(r.value.start).join(',')).toBe(Array.from(fresh.start).join(','));
    }
  });

  it('give 2–4 terms per community with text, no filler, no term inside another', () => {
    labels.forEach((l, c) => {
      expect(l.terms.length).toBeLessThanOrEqual(4);
      if (bundle.communities[c]!.paperCount >= 5) expect(l.terms.length).toBeGreaterThanOrEqual(2);
      for (const t of l.terms) {
        for (const w of t.toLowerCase().split(' ')) expect(FILLER).not.toContain(w);
        for (const u of l.terms) if (u !== t) expect(u.toLowerCase().includes(t.toLowerCase())).toBe(false);
      }
    });
  });

  it('are whole phrases: no term is a piece that mostly stands inside a longer phrase of the community', () => {
    // "sense disambiguation" alone was a label before (a piece of "word sense disambiguation")
    const all = labels.flatMap((l) => l.terms.map((t) => t.toLowerCase()));
    expect(all).not.toContain('sense disambiguation');
    expect(all).not.toContain('neural topic');
    // phrases are preferred: most label terms of the 40 largest communities have several words
    const top = labels.slice(0, 40).flatMap((l) => l.terms);
    expect(top.filter((t) => t.includes(' ')).length / top.length).toBeGreaterThan(0.5);
  });

  it('make bundle labels of whole terms that fit on the canvas (never cut, never "…")', () => {
    for (const c of bundle.communities) {
      expect(c.label).not.toContain('…');
      if (c.terms.length) {
        // (the first term spelt out: an acronym ranked above its spelt-out term gives way to it, "NLG" to "natural language generation")
        expect(c.label.startsWith(withoutAcronymRepeats(c.terms)[0]!)).toBe(true);
        for (const part of c.label.split(' · ')) expect(c.terms).toContain(part);
        if (c.label.includes(' · ')) expect(c.label.length).toBeLessThanOrEqual(COMMUNITY_LABEL_DISTINCT_MAX_CHARS);
      }
    }
    // no two communities carry the same label (acl_2020_main had two "machine reading comprehension" and
    // three "visual question answering"); a label longer than usual is one that needed a term to differ
    const seen = new Map<string, number>();
    bundle.communities.forEach((c, i) => {
      expect(seen.get(c.label.toLowerCase()), `${c.label}: communities ${seen.get(c.label.toLowerCase())} and ${i}`).toBeUndefined();
      seen.set(c.label.toLowerCase(), i);
    });
    const vqa = bundle.communities.filter((c) => c.label.startsWith('visual question answering'));
    expect(vqa.length).toBeGreaterThanOrEqual(2);
    for (const c of vqa) expect(c.label).not.toBe('visual question answering');
    expect(communityLabel(['a very long first term that is longer than forty characters', 'b'], [])).toBe('a very long first term that is longer than forty characters');
    expect(communityLabel([], ['Ann Lee', 'Bo Li'])).toBe('Ann Lee, Bo Li');
  });

  it('are made distinct with the next term the others lack, then the leading author, never cut', () => {
    const long = 'machine reading comprehension';
    expect(
      distinctCommunityLabels(
        [
          [long, 'summarization', 'benchmark'],
          [long, 'question answering', 'neural language model'],
          ['parsing', 'treebank'],
          ['parsing', 'treebank'],
          [],
        ],
        [['Ann Lee'], ['Bo Li'], ['Cy Ng'], ['Di Wu'], ['Ed Ma', 'Fay Xu']],
      ),
    ).toEqual([`${long} · summarization`, `${long} · question answering`, 'parsing · treebank', 'parsing · treebank · Di Wu', 'Ed Ma, Fay Xu']);
    // the shared term is not what is added; labels already distinct are left alone
    expect(distinctCommunityLabels([['a b c', 'x', 'y'], ['a b c', 'x', 'z']], [[], []])).toEqual(['a b c · x · y', 'a b c · x · z']);
    expect(distinctCommunityLabels([['ab', 'cd'], ['ef']], [[], []])).toEqual(['ab · cd', 'ef']);
    // the same terms in another order are the same label to a reader (acl_2016_2021_all had "chinese · neural
    // machine translation" and "neural machine translation · chinese"): each gets a term the other lacks
    expect(distinctCommunityLabels([['chinese', 'nmt', 'pinyin'], ['nmt', 'chinese', 'lexicon']], [[], []])).toEqual(['chinese · nmt · pinyin', 'nmt · chinese · lexicon']);
    // a name of one term that starts another's is the same cluster's to a reader: it gets its next term, past the
    // canvas's usual length where need be (the whole ACL Anthology's "statistical machine translation" beside
    // "statistical machine translation · German")
    const smt = 'statistical machine translation';
    expect(distinctCommunityLabels([[smt, 'German'], [smt, 'bilingual', 'phrase tables']], [[], []])).toEqual([`${smt} · German`, `${smt} · bilingual`]);
    for (const l of distinctCommunityLabels([['t'], ['t'], ['t']], [[], [], []])) expect(l).not.toContain('…');
    expect(new Set(distinctCommunityLabels([['t'], ['t'], ['t']], [[], [], []])).size).toBe(3);
  });

  it('are what the build puts in the bundle, and deterministic', () => {
    expect(bundle.communities.map((c) => c.terms)).toEqual(labels.map((l) => l.terms));
    expect(labelCommunities(papers, bundle.communities.length)).toEqual(labels);
    // Shuffling the paper order changes nothing.
    const reversed = labelCommunities(papers.slice().reverse(), bundle.communities.length);
    expect(reversed.slice(0, 30)).toEqual(labels.slice(0, 30));
  });
});

describe('labels on the seed', () => {
  it('its communities get terms from their papers', () => {
    const { bundle, abstracts } = buildFiles([SEED_PATH]);
    const papers = bundle.papers.title.map((title, p) => ({ title, abstract: abstracts[p] ?? null, community: bundle.papers.community[p]! }));
    const labels = labelCommunities(papers, bundle.communities.length);
    const deng = bundle.authors.community[bundle.authors.name.indexOf('Zhun Deng')]!;
    expect(labels[deng]!.terms.join(' ').toLowerCase()).toMatch(/robust|adversarial|influence/);
    // "Movie Gen: A Cast of Media Foundation Models" is labelled with its phrases, not the piece "gen"
    const movie = bundle.papers.community[bundle.papers.title.findIndex((t) => t.startsWith('Movie Gen'))]!;
    const terms = labels[movie]!.terms.map((t) => t.toLowerCase());
    expect(terms).toContain('movie gen');
    expect(terms).not.toContain('gen');
    expect(terms).not.toContain('foundation');
    // as its abstract writes it ("We present Movie Gen"), not "movie Gen": words cased one by one made a phrase no paper wrote
    expect(labels[movie]!.terms).toContain('Movie Gen');
  });

  it('keep "news": a fake-news community is about fake news, not "new"', () => {
    const papers = [
      { title: 'Fake news detection with graphs', abstract: 'We detect fake news on social media.', community: 0 },
      { title: 'A library for fake news detection', abstract: 'Fake news spreads fast.', community: 0 },
      { title: 'Early fake news detection', abstract: 'Detecting fake news early.', community: 0 },
      { title: 'Speech recognition', abstract: 'Acoustic models for speech recognition.', community: 1 },
      { title: 'Speech recognition systems', abstract: 'speech recognition of audio', community: 1 },
      { title: 'Noisy speech recognition', abstract: 'Robust speech recognition in noise.', community: 1 },
    ];
    const [fake] = labelCommunities(papers, 2);
    expect(fake!.terms[0]).toBe('fake news detection');
    expect(fake!.terms.join(' ')).not.toMatch(/\bnew\b/);
  });
});

describe('a word every cluster uses', () => {
  it('names no cluster, though one cluster uses it a little more: its names are the terms only it uses', () => {
    // an invented field of 120 papers in three clusters of 40: every title of cluster 0 and three in four titles
    // of the others say "quorvex" (as every ACL cluster says "language" or "neural"); each cluster has a topic of
    // its own in a fifth of its titles. (Scored by share times log-lift, "quorvex" was cluster 0's second term.)
    const topics = ['marsupial translation', 'hedgehog dialogue', 'walrus sentiment'];
    const papers = topics.flatMap((topic, c) =>
      Array.from({ length: 40 }, (_, i) => {
        const common = c === 0 || i % 4 !== 0 ? 'Quorvex' : '';
        const own = i % 5 === 0 ? topic : '';
        return { title: [common, own].filter(Boolean).join(' and '), abstract: own ? `On ${own}.` : null, community: c };
      }),
    );
    const terms = labelCommunities(papers, 3).map((t) => t.terms);
    terms.forEach((t, c) => {
      expect(t[0]).toBe(topics[c]);
      expect(t.join(' ')).not.toMatch(/quorvex/i);
    });
    const labels = distinctCommunityLabels(terms, [['A'], ['B'], ['C']]);
    expect(labels).toEqual(topics);
  });
});

describe('words', () => {
  it('fold plurals (pluralize), keeping bias, data and news', () => {
    expect(['embeddings', 'studies', 'classes', 'approaches', 'corpus', 'analysis', 'models', 'bias'].map(foldPlural)).toEqual([
      'embedding', 'study', 'class', 'approach', 'corpus', 'analysis', 'model', 'bias',
    ]);
    expect(['news', 'data', 'biases', 'analyses', 'criteria', 'matrices', 'policies', 'series', 'lens'].map(foldPlural)).toEqual([
      'news', 'data', 'bias', 'analysis', 'criterion', 'matrix', 'policy', 'series', 'lens',
    ]);
  });

  it('show words in their usual spelling ("BERT") and find two-word phrases', () => {
    const papers = [
      { title: 'BERT for parsing', abstract: 'We fine-tune BERT. BERT works for Dependency Parsing.', community: 0 },
      { title: 'BERT and parsing', abstract: 'Dependency parsing with BERT models.', community: 0 },
      { title: 'Dependency parsing again', abstract: 'dependency parsing of treebanks with BERT', community: 0 },
      { title: 'Speech recognition', abstract: 'speech speech speech speech speech recognition of audio', community: 1 },
      { title: 'Speech recognition systems', abstract: 'Acoustic models for speech recognition.', community: 1 },
      { title: 'Noisy speech recognition', abstract: 'Robust speech recognition in noise.', community: 1 },
      { title: 'Other', abstract: 'models of things', community: 2 },
    ];
    const labels = labelCommunities(papers, 3);
    expect(labels[0]!.terms).toContain('BERT');
    expect(labels[0]!.terms).toContain('dependency parsing');
    expect(labels[1]!.terms).toContain('speech recognition');
    expect(labels).toHaveLength(3);
  });

  it('handles communities without papers and papers without text', () => {
    expect(labelCommunities([{ title: '', abstract: null, community: 1 }], 3)).toEqual([{ terms: [] }, { terms: [] }, { terms: [] }]);
  });
});

describe('citation marks in titles', () => {
  it('a \\cite key the reader wrote as "[smith2019]" names no cluster (a tester saw "count · smith2019 · tokens")', () => {
    const papers = [
      // (its topic a noun phrase: "we count tokens" gave "count tokens", a piece of a clause no label takes now)
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ title: `As shown in [smith2019] token counts of rare dialects ${i}`, abstract: `Following [smith2019; jones:2020] dialect token counts ${i}.`, community: 0 })),
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ title: `Graph parsing of legal contracts ${i}`, abstract: `Contract clauses parsed as graphs ${i}.`, community: 1 })),
    ];
    const [label] = labelCommunities(papers, 2);
    const words = label!.terms.join(' ').toLowerCase();
    expect(label!.terms.length).toBeGreaterThan(0);
    expect(words).not.toContain('smith2019');
    expect(words).not.toContain('jones');
  });
});

describe('a community of one paper', () => {
  // invented: the title names the topic; the abstract has longer phrases around its words, each once
  const papers = [
    {
      title: 'BrightLib: A Unified Library for Rumour Spread Detection',
      abstract:
        'Many rumour spread detection algorithms have emerged, each mandating distinct conventions, consequently hindering reproducibility. We propose BrightLib, a comprehensive rumour spread detection toolkit covering rumour spread detection models.',
      community: 0,
    },
    ...Array.from({ length: 6 }, (_, i) => ({
      title: `Parsing treebanks of language ${i}`,
      abstract: `We parse treebank ${i} with a dependency parser and report attachment scores for language ${i}.`,
      community: 1,
    })),
  ];

  it("is named with its title's words, not cut by a longer phrase of its abstract alone", () => {
    const [one] = labelCommunities(papers, 2);
    // "comprehensive rumour spread" (abstract only) had cut "rumour spread detection", the title's own words, and left
    // "consequently hindering reproducibility" first
    expect(one!.terms[0]).toBe('rumour spread detection');
  });
});
