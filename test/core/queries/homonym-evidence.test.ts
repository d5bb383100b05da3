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

  it('a common name whose two groups differ in topic, years and venues is flagged, with the evidence in words', () => {
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
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    expect(e.lines[0]).toMatch(/^Group 2 \(2 papers\) against group 1 \(2\): different topics: .* vs\. .*; no shared co-author; 20(23–2024|16–2017) vs\. 20(16–2017|23–2024); no venue in common\.$/);
    expect(e.lines.at(-1)).toMatch(/Chen is a very common surname/);
  });
});
