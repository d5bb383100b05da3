import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { flagHomonyms, homonymEvidence, splitPersonCandidates } from '../../../src/core/queries/homonyms';

type Row = { title: string; authors: string[]; year: number; venue: string };
const jsonl = (rows: Row[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: r.year, venue: r.venue, doi: null, abstract: null })).join('\n');

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
    expect(splitPersonCandidates(bundle, who).clusters).toBe(5); // the structure alone says "5 people"
    expect(flagHomonyms(bundle)).toEqual([]);
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    expect(e.score).toBeLessThan(0);
    expect(e.lines[0]).toMatch(/similar topics|partly alike/);
  });

  it('a common name whose two groups differ in topic, years and venues is a candidate with the evidence in words, not a claim', () => {
    const rows: Row[] = [
      { title: 'Text-to-video generation with latent diffusion', authors: ['Wei Chen', 'Ravi Okafor', 'Lena Strom'], year: 2023, venue: 'Vision Conference' },
      { title: 'Minute-long video generation with diffusion transformers', authors: ['Wei Chen', 'Ravi Okafor'], year: 2024, venue: 'Vision Conference' },
      { title: 'Fake news detection with graph propagation', authors: ['Wei Chen', 'Mara Quist', 'Tom Ekberg'], year: 2016, venue: 'Web Mining Workshop' },
      { title: 'Rumour and fake news detection on social media', authors: ['Wei Chen', 'Mara Quist'], year: 2017, venue: 'Web Mining Workshop' },
    ];
    const { bundle } = buildText('wei-chen.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const flags = flagHomonyms(bundle);
    expect(flags.map((f) => bundle.authors.name[f.author])).toEqual(['Wei Chen']);
    // Among 5 people, one Wei and one Chen: 1 × 1 / 5 people expected with this name, × 1 extra group.
    expect(flags[0]).toMatchObject({ claimed: false, groups: 2, namesakes: 0.2 });
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    expect(e.claimed).toBe(false);
    expect(e.lines[0]).toMatch(/^Group 2 \(2 papers\) against group 1 \(2\): different topics: .* vs\. .*; no shared co-author; 20(23–2024|16–2017) vs\. 20(16–2017|23–2024); no venue in common\.$/);
    expect(e.lines.at(-2)).toMatch(/Chen is a very common surname/);
    expect(e.lines.at(-1)).toBe('Of its 2 groups with no co-author in common, about 0.20 would be someone else of this name by chance (10 or more before this is claimed as several people).');
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

  it('a name common in the dataset, in 11 groups with no co-author in common that differ, is claimed (10 or more namesakes expected)', () => {
    // 12 people named Wei and 12 named Chen among 23 (Wei Chen is both): 12 × 12 / 23 ≈ 6.3 people
    // expected with this exact name; 10 groups beside the first make about 63 expected namesakes.
    const given = ['Wei Okafor', 'Wei Quist', 'Wei Strom', 'Wei Ekberg', 'Wei Tamsin', 'Wei Vellacourt', 'Wei Marlow', 'Wei Rinaldi', 'Wei Castellanos', 'Wei Westergaard', 'Wei Lindqvist'];
    const family = ['Ama Chen', 'Bex Chen', 'Cyd Chen', 'Dov Chen', 'Eli Chen', 'Fay Chen', 'Gus Chen', 'Hal Chen', 'Ida Chen', 'Jo Chen', 'Kit Chen'];
    const topics = ['video diffusion', 'fake news', 'protein folding', 'speech recognition', 'legal contracts', 'poetry metre', 'sign language', 'chess engines', 'clinical notes', 'code search', 'map labels'];
    const rows: Row[] = topics.map((t, i) => ({ title: `${t} ${t}`, authors: ['Wei Chen', given[i]!, family[i]!], year: 2000 + 2 * i, venue: `Venue ${i}` }));
    const { bundle } = buildText('many.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const flag = flagHomonyms(bundle).find((f) => f.author === who)!;
    expect(flag).toMatchObject({ groups: 11, claimed: true });
    expect(flag.namesakes).toBeGreaterThanOrEqual(10);
  });
});
