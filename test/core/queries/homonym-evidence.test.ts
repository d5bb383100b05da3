import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { jsonl, others, type Row } from './homonym-rows';
import { BODY_PAPERS, CLAIM_PROBABILITY, bodiesOfWork, flagHomonyms, homonymEvidence, splitPersonCandidates } from '../../../src/core/queries/homonyms';



describe('homonym flags need evidence that the groups differ (invented names)', () => {
  it('a rarely named supervisor whose students never wrote together, all on one topic, is not flagged', () => {
    const rows: Row[] = ['Ama', 'Bex', 'Cyd', 'Dov', 'Eli'].map((s, i) => ({
      title: `Morphological segmentation of Quechua verbs with neural transducers, part ${i + 1}`,
      authors: ['Oriane Vellacourt', `${s} Tamsin`],
      year: 2018 + (i % 3),
      venue: 'Workshop on Morphology',
    }));
    const { bundle } = buildText('supervisor.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Oriane Vellacourt');
    const split = splitPersonCandidates(bundle, who);
    expect(split.groups).toHaveLength(5); // the structure alone says "5 groups with no co-author in common"
    expect(split.clusters).toBe(1); // but their topics are alike: one person's work
    expect(flagHomonyms(bundle)).toEqual([]);
    expect(flagHomonyms(bundle, { minScore: -Infinity })).toEqual([]);
  });

  it('a rarely named person whose groups differ in topic is shown the evidence, but neither claimed nor a candidate', () => {
    const rows: Row[] = [
      { title: 'Text-to-video generation with latent diffusion', authors: ['Oriane Vellacourt', 'Ravi Okafor'], year: 2023, venue: 'Vision Conference' },
      { title: 'Fake news detection with graph propagation', authors: ['Oriane Vellacourt', 'Mara Quist'], year: 2016, venue: 'Web Mining Workshop' },
    ];
    const { bundle } = buildText('rare.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Oriane Vellacourt');
    expect(flagHomonyms(bundle)).toEqual([]);
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    expect(e.claimed).toBe(false);
    expect(e.probability).toBeLessThan(0.1);
    expect(e.lines.at(-1)).toBe('The name: a rare name in this dataset.');
  });

  it('a common name whose two groups of two papers differ in topic, years and venues is probable but a candidate, not a claim: no body of work', () => {
    // Wei Chen among East Asian names where "Wei" and "Chen" are frequent: 5 other Weis and 5 other Chens
    // among 12 other people of that class make 5 × 5 / 12 ≈ 2.1 namesakes expected.
    const rows: Row[] = [
      { title: 'Text-to-video generation with latent diffusion', authors: ['Wei Chen', 'Ravi Okafor', 'Lena Strom'], year: 2023, venue: 'Vision Conference' },
      { title: 'Minute-long video generation with diffusion transformers', authors: ['Wei Chen', 'Ravi Okafor'], year: 2024, venue: 'Vision Conference' },
      { title: 'Fake news detection with graph propagation', authors: ['Wei Chen', 'Mara Quist', 'Tom Ekberg'], year: 2016, venue: 'Web Mining Workshop' },
      { title: 'Rumour and fake news detection on social media', authors: ['Wei Chen', 'Mara Quist'], year: 2017, venue: 'Web Mining Workshop' },
      ...others(),
    ];
    const { bundle } = buildText('wei-chen.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const flags = flagHomonyms(bundle);
    expect(flags.map((f) => bundle.authors.name[f.author])).toEqual(['Wei Chen']);
    expect(flags[0]).toMatchObject({ groups: 2, clusters: 2, namesakes: 2.08, bodies: 0, claimed: false });
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    // prior 1 − e^−2.08 = 0.88; different topics and no venue in common raise it
    expect(e.probability).toBeGreaterThan(0.88);
    expect(e.probability).toBeGreaterThanOrEqual(CLAIM_PROBABILITY);
    expect(e.claimed).toBe(false);
    expect(e.bodies).toEqual([]);
    expect(e.lines[0]).toMatch(
      /^Group 2 \(2 papers\) against group 1 \(2\): different topics: .* vs\. .*; no shared co-author, and no co-author of one wrote with a co-author of the other; 20(23–2024|16–2017) vs\. 20(16–2017|23–2024); no venue in common\.$/,
    );
    expect(e.lines[1]).toBe(
      `Taken together: about ${Math.round(e.probability * 100)} in 100 that some group, small ones included, is another person's; but a claim needs a body of work (5 or more papers that share no co-author with the largest) that is more likely than not another person's, and there is no body of work: a candidate, not a claim.`,
    );
    expect(e.lines.at(-1)).toBe('The name: Chen is a very common surname; about 2.1 people with this exact name would be expected here by chance.');
  });

  it('a common name with two bodies of work of 5 papers each, on different topics and tied by no co-author, is claimed', () => {
    const video = ['latent diffusion', 'diffusion transformers', 'video tokenizers', 'motion priors', 'frame interpolation'];
    const news = ['fake news propagation graphs', 'rumour stance', 'fact checking claims', 'misinformation spreaders', 'satire detection'];
    const rows: Row[] = [
      ...video.map((t, i) => ({ title: `Video generation with ${t}`, authors: ['Wei Chen', 'Ravi Okafor', ...(i % 2 ? ['Lena Strom'] : [])], year: 2020 + i, venue: 'Vision Conference' })),
      ...news.map((t, i) => ({ title: `Social media ${t}`, authors: ['Wei Chen', 'Mara Quist', ...(i % 2 ? ['Tom Ekberg'] : [])], year: 2014 + i, venue: 'Web Mining Workshop' })),
      ...others(),
    ];
    const { bundle } = buildText('wei-chen-bodies.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const flags = flagHomonyms(bundle);
    expect(flags[0]).toMatchObject({ author: who, groups: 2, clusters: 2, bodies: 2, claimed: true });
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    expect(e.bodies.map((b) => b.length)).toEqual([BODY_PAPERS, BODY_PAPERS]);
    // λ ≈ 2.1 × rate 1.2 × different topics 2.4 × no venue in common 1.23 × years apart 0.89 ≈ 6.6: about 87 in 100
    expect(e.bodyProbability).toBeGreaterThan(0.8);
    // each body is named by its words and most frequent co-author, so a user can find it among the groups
    expect(e.people).toBe(2);
    // every "X vs. Y" names body 2 first, as the sentence does (its years were body 1's first)
    expect(e.lines[0]).toMatch(
      /^Body of work 2, 5 papers \((?=[^)]*(news|social|media))[^)]*; with Mara Quist; all of group 2\), against body 1, 5 papers \((?=[^)]*video)[^)]*; with Ravi Okafor; all of group 1\): different topics: .* vs\. .*; no co-author in common and none who wrote with the other's co-authors; 2014–2018 vs\. 2020–2024 \(one after the other, as when one person moves on\); no venue in common: about \d+ in 100 that it is another person's\.$/,
    );
    expect(e.lines[2]).toMatch(
      new RegExp(
        `^Taken together: about ${Math.round(e.probability * 100)} in 100 that some group, small ones included, is another person's \\(all 2 groups counted; the claim's figure above, about ${Math.round(e.bodyProbability * 100)} in 100, counts the bodies of work of 5\\+ papers only\\); a body of work of 5\\+ papers that shares no co-author with the largest, more likely than not another person's: ` +
          `5 papers \\((?=[^)]*(news|social|media))[^)]*; with Mara Quist\\)\\.$`,
      ),
    );
  });

  it('one person with a body of work and students who never wrote together is not claimed, whatever the name (error kind: side groups of one paper)', () => {
    const rows: Row[] = [
      ...[1, 2, 3, 4, 5, 6].map((i) => ({ title: `Dependency parsing of Uyghur treebanks, part ${i}`, authors: ['Wei Chen', 'Ravi Okafor'], year: 2015 + i, venue: 'Parsing Workshop' })),
      { title: 'Sarcasm in product reviews', authors: ['Wei Chen', 'Ama Tamsin'], year: 2019, venue: 'Sentiment Workshop' },
      { title: 'Speech emotion from call centres', authors: ['Wei Chen', 'Bex Tamsin'], year: 2020, venue: 'Speech Conference' },
      { title: 'Legal contract clause retrieval', authors: ['Wei Chen', 'Cyd Tamsin'], year: 2021, venue: 'Law and Language' },
      ...others(),
    ];
    const { bundle } = buildText('wei-chen-students.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const split = splitPersonCandidates(bundle, who);
    expect(split.clusters).toBe(4);
    const e = homonymEvidence(bundle, split);
    expect(e.bodies.map((b) => b.length)).toEqual([6]);
    expect(e.claimed).toBe(false);
    expect(flagHomonyms(bundle).filter((f) => f.claimed)).toEqual([]);
    // the name prior alone makes the one-paper side groups probably someone else's (about 95 in 100), but that is no claim
    expect(e.probability).toBeGreaterThanOrEqual(CLAIM_PROBABILITY);
    expect(e.lines.at(-2)).toMatch(/; but a claim needs a body of work \(5 or more papers that share no co-author with the largest\) that is more likely than not another person's, and there is only one body of work \(6 papers\): a candidate, not a claim\.$/);
  });

  it('a rarely named person with two bodies of work on different topics, one after the other, is not claimed (error kind: one person, moved labs)', () => {
    const video = ['latent diffusion', 'diffusion transformers', 'video tokenizers', 'motion priors', 'frame interpolation'];
    const news = ['fake news propagation graphs', 'rumour stance', 'fact checking claims', 'misinformation spreaders', 'satire detection'];
    const rows: Row[] = [
      ...video.map((t, i) => ({ title: `Video generation with ${t}`, authors: ['Oriane Vellacourt', 'Ravi Okafor'], year: 2020 + i, venue: 'Vision Conference' })),
      ...news.map((t, i) => ({ title: `Social media ${t}`, authors: ['Oriane Vellacourt', 'Mara Quist'], year: 2014 + i, venue: 'Web Mining Workshop' })),
      ...others(),
    ];
    const { bundle } = buildText('moved.jsonl', jsonl(rows));
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, bundle.authors.name.indexOf('Oriane Vellacourt')));
    expect(e.bodies).toHaveLength(2);
    // the same bodies as the claimed Wei Chen's, but nobody else is expected to carry this name
    expect(e.bodyProbability).toBeLessThan(0.05);
    expect(e.claimed).toBe(false);
    expect(flagHomonyms(bundle)).toEqual([]);
  });

  it("two bodies of work under a common name weigh less as another person's when their topics are partly alike and they share a venue", () => {
    const build = (second: (i: number) => string, venue: string) => {
      const rows: Row[] = [
        ...[0, 1, 2, 3, 4].map((i) => ({ title: `Dependency parsing of Uyghur with neural transducers ${['alpha', 'beta', 'gamma', 'delta', 'epsilon'][i]}`, authors: ['Wei Chen', 'Ravi Okafor'], year: 2016 + i, venue: 'Parsing Workshop' })),
        ...[0, 1, 2, 3, 4].map((i) => ({ title: second(i), authors: ['Wei Chen', 'Mara Quist'], year: 2017 + i, venue })),
        ...others(),
      ];
      const { bundle } = buildText('two.jsonl', jsonl(rows));
      return homonymEvidence(bundle, splitPersonCandidates(bundle, bundle.authors.name.indexOf('Wei Chen')));
    };
    const apart = build((i) => `Rumour spreading on social media ${['one', 'two', 'three', 'four', 'five'][i]}`, 'Web Mining Workshop');
    const alike = build((i) => `Dependency parsing of Kazakh with treebanks ${['one', 'two', 'three', 'four', 'five'][i]}`, 'Parsing Workshop');
    expect(apart.bodies).toHaveLength(2);
    expect(alike.bodies).toHaveLength(2);
    expect(apart.bodyFacts[1]!.topicSimilarity).toBeLessThan(alike.bodyFacts[1]!.topicSimilarity);
    expect(alike.bodyFacts[1]!.sharedVenues).toHaveLength(1);
    expect(apart.bodyProbability).toBeGreaterThan(alike.bodyProbability);
    expect(apart.claimed).toBe(true);
    expect(alike.lines.join(' ')).toContain('1 venue in common');
  });

  it('one person who changed topic, whose two bodies of work are tied by their co-authors writing together, is not claimed (error kind: one person, two labs)', () => {
    const rows: Row[] = [
      ...[1, 2, 3, 4, 5].map((i) => ({ title: `Video generation with latent diffusion, part ${i}`, authors: ['Wei Chen', 'Ravi Okafor'], year: 2016 + i, venue: 'Vision Conference' })),
      ...[1, 2, 3, 4, 5].map((i) => ({ title: `Fake news detection on social media, part ${i}`, authors: ['Wei Chen', 'Mara Quist'], year: 2010 + i, venue: 'Web Mining Workshop' })),
      // the two groups' co-authors wrote together without Wei Chen: one person's two labs
      { title: 'Detecting generated video in news', authors: ['Ravi Okafor', 'Mara Quist'], year: 2022, venue: 'Vision Conference' },
      ...others(),
    ];
    const { bundle } = buildText('wei-chen-moved.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const split = splitPersonCandidates(bundle, who);
    expect(split.groups).toHaveLength(2);
    expect(split.clusters).toBe(1);
    expect(bodiesOfWork(bundle, split)).toHaveLength(1);
    expect(flagHomonyms(bundle)).toEqual([]);
  });

  it('years are left out of the evidence where both groups span the same years (a one-year dataset)', () => {
    const others = ['Wei Zhang', 'Wei Liu', 'Wei Huang', 'Jun Chen', 'Hao Chen', 'Lei Chen', 'Tao Xu', 'Min Guo'];
    const rows: Row[] = [
      { title: 'Text-to-video generation with latent diffusion', authors: ['Wei Chen', 'Ravi Okafor', 'Lena Strom'], year: 2020, venue: 'Vision Conference' },
      { title: 'Fake news detection with graph propagation', authors: ['Wei Chen', 'Mara Quist', 'Tom Ekberg'], year: 2020, venue: 'Web Mining Workshop' },
      ...others.map((a, i) => ({ title: `Parsing study ${i}`, authors: [a], year: 2020, venue: 'Parsing Workshop' })),
    ];
    const { bundle } = buildText('wei-chen-2020.jsonl', jsonl(rows));
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, bundle.authors.name.indexOf('Wei Chen')));
    expect(e.lines[0]).toMatch(/^Group 2 \(1 paper\) against group 1 \(1\): different topics: .*; no shared co-author, and no co-author of one wrote with a co-author of the other; no venue in common\.$/);
    expect(e.lines.join(' ')).not.toContain('2020 vs. 2020');
  });

  it('a shared affiliation counts against, different affiliations for (when the input has them)', () => {
    const work = (id: string, title: string, coauthor: string, org: string, year: number) => ({
      id: `https://openalex.org/${id}`,
      display_name: title,
      publication_year: year,
      primary_location: { source: { display_name: 'Journal of Things' } },
      authorships: [
        { author: { display_name: 'Wei Chen' }, institutions: [{ display_name: org, country_code: 'CN' }] },
        { author: { display_name: coauthor }, institutions: [{ display_name: org, country_code: 'CN' }] },
      ],
    });
    const others = ['Wei Zhang', 'Wei Liu', 'Wei Huang', 'Jun Chen', 'Hao Chen', 'Lei Chen', 'Min Guo'];
    const build = (orgB: string) =>
      buildText(
        'works.jsonl',
        [
          work('W1', 'Text-to-video generation with latent diffusion', 'Ravi Okafor', 'Peking University', 2020),
          work('W2', 'Fake news detection with graph propagation', 'Mara Quist', orgB, 2020),
          ...others.map((a, i) => ({ ...work(`W${10 + i}`, `Parsing study ${i}`, 'Tom Ekberg', 'Elsewhere', 2020), authorships: [{ author: { display_name: a }, institutions: [] }] })),
        ]
          .map((w) => JSON.stringify(w))
          .join('\n'),
      ).bundle;
    const evidenceFor = (bundle: ReturnType<typeof build>) => homonymEvidence(bundle, splitPersonCandidates(bundle, bundle.authors.name.indexOf('Wei Chen')));
    const apart = evidenceFor(build('Zhejiang University'));
    const same = evidenceFor(build('Peking University'));
    // group 2's first, as the sentence names it first
    expect(apart.lines[0]).toContain('different affiliations: Zhejiang University vs. Peking University');
    expect(same.lines[0]).toContain('same affiliation: Peking University');
    expect(apart.probability).toBeGreaterThan(same.probability);
  });

  it('the same papers gathered around Wei Chen (the focal author of a seed list) are claimed: the list was made by the name', () => {
    const seed = [
      'Chen, Wei',
      'Text-to-video generation with latent diffusion',
      'Chen, Wei, Okafor, Ravi, Strom, Lena',
      'We generate videos from text.',
      'Minute-long video generation with diffusion transformers',
      'Chen, Wei, Okafor, Ravi',
      'Longer videos.',
      'Fake news detection with graph propagation',
      'Chen, Wei, Quist, Mara, Ekberg, Tom',
      'Fake news spreads on graphs.',
      'Rumour and fake news detection on social media',
      'Chen, Wei, Quist, Mara',
      'Rumours on social media.',
    ].join('\n');
    const { bundle } = buildText('wei-chen.txt', seed);
    expect(bundle.authors.name[bundle.focalAuthor!]).toBe('Wei Chen');
    const flags = flagHomonyms(bundle);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ author: bundle.focalAuthor, claimed: true, clusters: 2 });
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, bundle.focalAuthor!));
    expect(e.lines.at(-1)).toBe('The list was gathered around this name, so namesakes from anywhere may be in it.');
  });

  it('a name common in the dataset, in 11 one-paper groups on 11 topics tied by no co-author, is almost surely several people but a candidate, not a claim', () => {
    // 11 other Weis and 11 other Chens among 22 other East Asian names: 11 × 11 / 22 = 5.5 namesakes expected.
    const given = ['Wei Zhang', 'Wei Liu', 'Wei Wang', 'Wei Huang', 'Wei Zhou', 'Wei Sun', 'Wei Ma', 'Wei Zhu', 'Wei Hu', 'Wei Guo', 'Wei Lin'];
    const family = ['Jun Chen', 'Hao Chen', 'Lei Chen', 'Yan Chen', 'Bo Chen', 'Tao Chen', 'Min Chen', 'Jing Chen', 'Qi Chen', 'Yu Chen', 'Xin Chen'];
    const topics = ['video diffusion', 'fake news', 'protein folding', 'speech recognition', 'legal contracts', 'poetry metre', 'sign language', 'chess engines', 'clinical notes', 'code search', 'map labels'];
    const rows: Row[] = topics.map((t, i) => ({ title: `${t} ${t}`, authors: ['Wei Chen', given[i]!, family[i]!], year: 2000 + 2 * i, venue: `Venue ${i}` }));
    const { bundle } = buildText('many.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const flag = flagHomonyms(bundle).find((f) => f.author === who)!;
    expect(flag).toMatchObject({ groups: 11, clusters: 11, claimed: false, bodies: 0, namesakes: 5.5 });
    expect(flag.probability).toBeGreaterThanOrEqual(0.99);
  });
});
