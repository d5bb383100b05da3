/**
 * The "several people" evidence read from titles + abstracts (BODY_MODEL.abstracts) and the co-author distance
 * between two bodies of work, with invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { jsonl, others, type Row } from './homonym-rows';
import { ABSTRACTS_SHARE, BODY_MODEL, coauthorDistance, homonymEvidence, splitPersonCandidates, topicAbstracts, venueFamily } from '../../../src/core/queries/homonyms';



const greek = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
const colours = ['crimson', 'amber', 'teal', 'violet', 'ochre'];

describe('topics from titles + abstracts (invented names)', () => {
  it('abstracts are used when at least half of the papers have one, else titles alone', () => {
    expect(ABSTRACTS_SHARE).toBe(0.5);
    expect(topicAbstracts(null)).toBeNull();
    expect(topicAbstracts(undefined)).toBeNull();
    expect(topicAbstracts([])).toBeNull();
    const half = ['a', null, 'b', null];
    expect(topicAbstracts(half)).toBe(half);
    expect(topicAbstracts(['a', null, null, null])).toBeNull();
    // the abstracts' model has its own, wider similarity bins (titles + abstracts share more words)
    expect(BODY_MODEL.abstracts.similarityEdges[0]).toBeGreaterThan(BODY_MODEL.titles.similarityEdges[0]);
  });

  it('two bodies whose titles are alike but whose abstracts tell different subjects are one body by titles, two and a claim with the abstracts', () => {
    // titles: "Neural sequence models for ..." on both sides; abstracts: speech from call centres vs. protein folding
    const rows: Row[] = [
      ...greek.map((g, i) => ({
        title: `Neural sequence models for language ${g}`,
        authors: ['Wei Chen', 'Ravi Okafor'],
        year: 2016 + i,
        venue: 'Language Conference',
        abstract: `Call centre speech recordings are transcribed; acoustic emotion cues of customers predict complaint escalation ${g}.`,
      })),
      ...colours.map((g, i) => ({
        title: `Neural sequence models for molecules ${g}`,
        authors: ['Wei Chen', 'Mara Quist'],
        year: 2016 + i,
        venue: 'Biology Workshop',
        abstract: `Protein residues fold into tertiary structures; we predict contact maps of enzymes from amino acid chains ${g}.`,
      })),
      ...others(),
    ];
    const { bundle, abstracts } = buildText('wei-chen-abstracts.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const titles = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    const both = homonymEvidence(bundle, splitPersonCandidates(bundle, who, abstracts), abstracts);
    // titles alone: alike enough (cosine 0.2 or more) to be one body of work, no claim
    expect(titles.bodies).toHaveLength(1);
    expect(titles.claimed).toBe(false);
    // with the abstracts: two bodies sharing under 0.1 of their weighted words, more likely than not two people
    expect(both.bodies).toHaveLength(2);
    expect(both.bodyFacts[1]!.topicSimilarity).toBeLessThan(BODY_MODEL.abstracts.similarityEdges[1]);
    expect(both.bodyProbability).toBeGreaterThan(0.5);
    expect(both.claimed).toBe(true);
    // the odds are the product of the factors the eval prints: the name, the rate, and the abstracts' model's ratios
    const f = both.bodyFacts[1]!.factors!;
    const odds = Object.values(f).reduce((x, y) => x * y, 1);
    expect(Math.round((odds / (1 + odds)) * 100) / 100).toBe(both.bodyFacts[1]!.probability);
    expect(f.rate).toBe(BODY_MODEL.abstracts.rate);
    expect(f.topics).toBe(BODY_MODEL.abstracts.similarity[both.bodyFacts[1]!.topicSimilarity < BODY_MODEL.abstracts.similarityEdges[0] ? 0 : 1]);
    expect(f.namesakes).toBeCloseTo(both.namesakes, 2);
    expect(f.affiliation).toBe(1);
    expect(both.bodyFacts[0]!.factors).toBeUndefined();
    // the card says what the topics were read from, and names words of the abstracts a user can check
    expect(both.lines[0]).toMatch(/^Body of work 2, 5 papers \(.*; with (Mara Quist|Ravi Okafor); all of group 2\), against body 1, 5 papers .*: different topics \(titles and abstracts\): .* vs\. .*; no co-author in common/);
    expect(both.lines[0]).toMatch(/protein|residue|enzyme|contact|amino|fold|call|speech|emotion|customer|complaint|acoustic/);
    expect(titles.lines.join(' ')).not.toContain('titles and abstracts');
  });

  it('one person whose titles share no word but whose abstracts tell one subject is one body of work with the abstracts (error kind: one person, two ways of titling)', () => {
    const rows: Row[] = [
      ...greek.map((g, i) => ({
        title: `Uyghur treebank ${g}`,
        authors: ['Wei Chen', 'Ravi Okafor'],
        year: 2016 + i,
        venue: 'Parsing Workshop',
        abstract: `We annotate Uyghur dependency trees, train a transition parser on the treebank and report labelled attachment scores ${g}.`,
      })),
      ...colours.map((g, i) => ({
        title: `Agglutinative syntax ${g}`,
        authors: ['Wei Chen', 'Mara Quist'],
        year: 2016 + i,
        venue: 'Parsing Workshop',
        abstract: `We annotate Uyghur dependency trees, train a graph parser on the treebank and report labelled attachment scores ${g}.`,
      })),
      ...others(),
    ];
    const { bundle, abstracts } = buildText('wei-chen-one.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const titles = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    const both = homonymEvidence(bundle, splitPersonCandidates(bundle, who, abstracts), abstracts);
    // titles alone: two bodies on different topics, a claim under this common name
    expect(titles.bodies).toHaveLength(2);
    expect(titles.claimed).toBe(true);
    // the abstracts tie them: one body of work, no claim
    expect(both.bodies).toHaveLength(1);
    expect(both.claimed).toBe(false);
  });
});

describe('co-author distance between two bodies of work (invented names)', () => {
  // Ines Varga's papers: with Ravi (A), with Mara (B), with Tom (C), with Lena (D); the others' links:
  // Ravi–Pia, Pia–Mara (so A and B are 2 apart), Tom wrote with Ravi (A and C 1 apart), Lena with nobody.
  const rows: Row[] = [
    { title: 'a', authors: ['Ines Varga', 'Ravi Okafor'], year: 2020, venue: 'V' },
    { title: 'b', authors: ['Ines Varga', 'Mara Quist'], year: 2020, venue: 'V' },
    { title: 'c', authors: ['Ines Varga', 'Tom Ekberg'], year: 2020, venue: 'V' },
    { title: 'd', authors: ['Ines Varga', 'Lena Strom'], year: 2020, venue: 'V' },
    { title: 'e', authors: ['Ines Varga'], year: 2020, venue: 'V' },
    { title: 'f', authors: ['Ravi Okafor', 'Pia Lund'], year: 2020, venue: 'V' },
    { title: 'g', authors: ['Pia Lund', 'Mara Quist'], year: 2020, venue: 'V' },
    { title: 'h', authors: ['Tom Ekberg', 'Ravi Okafor'], year: 2020, venue: 'V' },
  ];
  const { bundle } = buildText('distance.jsonl', jsonl(rows));
  const who = bundle.authors.name.indexOf('Ines Varga');
  const paper = (t: string) => bundle.papers.title.indexOf(t);

  it('counts the links from a co-author of one to a co-author of the other, the person left out', () => {
    expect(coauthorDistance(bundle, who, [paper('a')], [paper('a'), paper('b')])).toBe(0);
    expect(coauthorDistance(bundle, who, [paper('a')], [paper('c')])).toBe(1);
    expect(coauthorDistance(bundle, who, [paper('a')], [paper('b')])).toBe(2);
    expect(coauthorDistance(bundle, who, [paper('c')], [paper('b')])).toBe(3);
    // nothing links Lena to the others: farther than any depth looked at
    expect(coauthorDistance(bundle, who, [paper('a')], [paper('d')])).toBe(5);
    expect(coauthorDistance(bundle, who, [paper('c')], [paper('b')], 2)).toBe(3);
    // a paper without co-authors gives nothing to measure
    expect(coauthorDistance(bundle, who, [paper('e')], [paper('b')])).toBe(0);
  });
});

describe('venue families', () => {
  it('one series whatever the year, edition, volume or track; different series apart', () => {
    const acl = 'meeting of association for computational linguistics';
    expect(venueFamily('Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: System Demonstrations')).toBe(acl);
    expect(venueFamily('Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)')).toBe(acl);
    expect(venueFamily('Proceedings of the Fourteenth Workshop on Semantic Evaluation')).toBe('workshop on semantic evaluation');
    expect(venueFamily('Proceedings of the 12th International Workshop on Semantic Evaluation (SemEval-2018)')).toBe('workshop on semantic evaluation');
    expect(venueFamily('Proceedings of the Twenty-Second Workshop on Quokka Parsing')).toBe('workshop on quokka parsing');
    expect(venueFamily('Actes de la Conférence TALN 2019')).toBe('actes de la conference taln');
    expect(venueFamily('Findings of the Association for Computational Linguistics: EMNLP 2020')).not.toBe(acl);
  });
});
