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

/**
 * A phrase is shown as the papers write the whole phrase, not word by word: the seed's label read "movie Gen" (its
 * abstract writes "We present Movie Gen", but "movie" was mostly small elsewhere and "Gen" always capitalised), a form
 * no paper wrote. Invented titles.
 */
describe('a phrase in the case and spelling the papers write the whole phrase', () => {
  const corpus = [
    // community 0: a model named "Quill Gen"; "quill" is written small elsewhere, "Gen" capitalised
    paper('Quill Gen: A Cast of Media Foundation Models', 0, 'We present Quill Gen, a cast of foundation models for quill videos.'),
    paper('Scaling Quill Gen to longer videos', 0, 'Quill Gen makes videos. We extend Quill Gen with memory for a small quill model.'),
    paper('Distilling Quill Gen', 0, 'We distil Quill Gen into a student.'),
    // community 1: "sparrow treebanks", always plural, while "treebank" alone is mostly singular elsewhere
    paper('Parsing sparrow treebanks', 1, 'We parse two sparrow treebanks with a new parser.'),
    paper('Sparrow treebanks for syntax', 1, 'Annotating sparrow treebanks takes time.'),
    paper('Errors in sparrow treebanks', 1, 'We find errors in sparrow treebanks.'),
    // community 2: "heron tagging", written once each way inside sentences (a tie: the form with fewer capitals);
    // "BERT embeddings", once "bert embeddings" (an acronym keeps its case)
    paper('Heron tagging with BERT embeddings', 2, 'We study Heron Tagging with bert embeddings, then heron tagging with BERT embeddings.'),
    paper('Fast heron tagging', 2, 'Heron tagging is hard. We use BERT embeddings.'),
    paper('Heron tagging for birds', 2, 'Plain BERT embeddings fail.'),
    // community 3: other topics, where "quill" and "treebank" are written small
    paper('Glacier calving fronts from radar', 3, 'We map a glacier with a quill of radar data and a treebank of echoes.'),
    paper('Sea ice thickness from radar altimetry', 3, 'A treebank of radar tracks and one treebank of ice.'),
    paper('Radar altimetry of glacier calving', 3, 'Each treebank and the treebank index.'),
    paper('Radar echoes of sea ice', 3, 'A treebank per echo, a treebank per track, a treebank per glacier.'),
    paper('Radar stations on ice', 3, 'We visit Quorbit station and read Quorbit arrays near Quorbit bay.'),
    // community 4: "Quorbit sentiment" once, "quorbit sentiment" once inside sentences; "Quorbit" is a name elsewhere
    paper('Quorbit sentiment of posts', 4, 'We classify Quorbit sentiment in posts.'),
    paper('Quorbit sentiment mining', 4, 'We mine quorbit sentiment from replies.'),
    paper('Posts and replies', 4, 'Replies carry sentiment.'),
    // community 5: "Kestrel Parsing" three times, "kestrel parsing" once inside sentences: 3 in 4, not more
    paper('Kestrel parsing of songs', 5, 'We study Kestrel Parsing of the songs that birds of prey sing at dawn in the hills.'),
    paper('Kestrel parsing made robust', 5, 'We show that noisy Kestrel Parsing is hard for the old parser, and we make the new Kestrel Parsing robust to the wind.'),
    paper('Songs and calls', 5, 'The calls differ from the songs, and kestrel parsing of the calls is hard as well.'),
  ];
  const labels = labelCommunities(corpus, 6).map((c) => c.terms);

  it('"Quill Gen" as the abstracts write it inside sentences, not "quill Gen" (each word cased as it is elsewhere)', () => {
    expect(labels[0]).toContain('Quill Gen');
    expect(labels[0]!.join(' | ')).not.toContain('quill Gen');
  });

  it('"sparrow treebanks" as the phrase is spelt, not "sparrow treebank" (the word\'s usual spelling elsewhere)', () => {
    expect(labels[1]).toContain('sparrow treebanks');
    expect(labels[1]).not.toContain('sparrow treebank');
  });

  it('a tie goes to the form with fewer capitals ("heron tagging"); an acronym keeps its case ("BERT embeddings")', () => {
    expect(labels[2]).toContain('heron tagging');
    expect(labels[2]).toContain('BERT embeddings');
    expect(labels[2]!.join(' | ')).not.toMatch(/Heron|Tagging|bert/);
  });

  it('capitals written by 3 in 4 of the telling uses, not more (as for a single word), are not shown: "kestrel parsing"', () => {
    expect(labels[5]).toContain('kestrel parsing');
    expect(labels[5]!.join(' | ')).not.toMatch(/Kestrel|Parsing/);
  });

  it('a tie goes first to the form that writes its words as they are written alone: "Quorbit sentiment", Quorbit a name', () => {
    expect(labels[4]).toContain('Quorbit sentiment');
    expect(labels[4]!.join(' | ')).not.toContain('quorbit');
  });
});
