/**
 * Community labels written in the case the papers write their terms: a name ("Chinese", "Princeton WordNet") with
 * its capital, as the sentence-case titles and abstracts write it, where the labels said "chinese" and mixed a
 * lower-cased word with a proper one ("princeton WordNet"); a word capitalised only by Title Case titles
 * ("Translation") stays lower case, and acronyms stay as written. Invented titles.
 */
import { describe, expect, it } from 'vitest';
import { labelCommunities } from '../../../src/core/analyse/terms';
import { communityLabel } from '../../../src/core/analyse/terms/label';

const paper = (title: string, community: number, abstract: string | null = null) => ({ title, abstract, community });

const papers = [
  // community 0: Chinese word segmentation, in sentence case and in Title Case
  paper('Improving Chinese word segmentation with lattices', 0),
  paper('Chinese word segmentation for social media', 0, 'We segment Chinese posts and compare with Chinese news text.'),
  paper('Cheap Chinese Word Segmentation via Lexicons', 0),
  paper('CHINESE WORD SEGMENTATION REVISITED', 0),
  paper('A lexicon for Chinese word segmentation in law', 0),
  // community 1: Princeton WordNet, with BERT
  paper('Aligning Princeton WordNet with BERT senses', 1),
  paper('Extending Princeton WordNet to rare senses', 1, 'We add senses to Princeton WordNet using BERT.'),
  paper('Princeton WordNet Senses for BERT Probing', 1),
  paper('Probing BERT on Princeton WordNet glosses', 1),
  // community 2: machine translation, in Title Case titles only (with a sentence-case abstract)
  paper('Neural Machine Translation of Reed Manuals', 2),
  paper('Machine Translation Quality for Reed Manuals', 2),
  paper('Faster Machine Translation with Reed Glossaries', 2, 'We study machine translation of reed manuals.'),
  paper('Machine Translation Beyond Reed Manuals', 2),
  // community 3: other topics, so the three stand out
  paper('Glacier calving fronts from radar', 3),
  paper('Sea ice thickness from radar altimetry', 3),
  paper('Radar altimetry of glacier calving', 3),
];

describe('community label terms in the case the papers write them', () => {
  const labels = labelCommunities(papers, 4).map((c) => c.terms);

  it('"Chinese" with its capital, as sentence-case titles and abstracts write it (not "chinese"), whatever the Title Case and capitals titles', () => {
    expect(labels[0]!.join(' | ')).toContain('Chinese word segmentation');
    expect(labels[0]!.join(' | ')).not.toMatch(/chinese|Word|Segmentation/);
  });

  it('"Princeton WordNet", not "princeton WordNet"; the acronym "BERT" as written', () => {
    expect(labels[1]!.join(' | ')).toContain('Princeton WordNet');
    expect(labels[1]!.join(' | ')).not.toContain('princeton');
    expect(labels[1]!.join(' | ')).not.toMatch(/\bbert\b/);
    expect(communityLabel(labels[1]!, [])).toMatch(/^Princeton WordNet|· Princeton WordNet/);
  });

  it('a word capitalised only by Title Case titles stays lower case ("machine translation", "reed")', () => {
    expect(labels[2]!.join(' | ')).toMatch(/machine translation|reed/);
    expect(labels[2]!.join(' | ')).not.toMatch(/Machine|Translation|Reed/);
  });
});
