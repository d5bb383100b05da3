/**
 * Community terms that read as topics, in one consistent case. Invented titles.
 * - A phrase written only in titles and at sentences' starts ("The Mythical Man-Month") read half capitalised on the
 *   ACL maps: "mythical Man-Month" (a hyphenated Title Case word taken for an acronym), "Penn discourse treebank"
 *   (the capitals of "Penn Discourse Treebank" and "Penn Discourse TreeBank" counted as two forms, neither 3 in 4, and
 *   the fallback kept only the name's).
 * - Small communities' terms were pieces of clauses: "BERT captures", "combine BERT", "explicitly capture".
 */
import { describe, expect, it } from 'vitest';
import { labelCommunities } from '../../../src/core/analyse/terms';

const paper = (title: string, community: number, abstract: string | null = null) => ({ title, abstract, community });

/** Papers of other topics, using "capture", "combine", "learn" as verbs (as abstracts do), so the corpus tells them. */
const background = (community: number) => [
  paper('Glacier calving fronts from radar', community, 'We capture the calving front. To capture the ice we combine the radar tracks and learn the edges.'),
  paper('Sea ice thickness from radar altimetry', community, 'Models capture the thickness. We combine them to learn the drift and capture its season.'),
  paper('Radar altimetry of glacier calving', community, 'We learn the calving rate and combine the echoes; it captures the melt. To learn the rate we combine two passes.'),
  paper('Radar echoes of sea ice', community, 'To capture the echoes we learn a filter, and to combine the tracks we learn how ice drifts.'),
];

describe('a phrase no use tells the case of reads in one case', () => {
  const corpus = [
    // community 0: "The Mythical Owl-Month", only in Title Case titles and at a sentence's start
    paper('The Mythical Owl-Month Revisited', 0, 'Mythical Owl-Month estimates are late. Projects slip.'),
    paper('Beyond the Mythical Owl-Month', 0, 'Mythical Owl-Month planning fails for large teams.'),
    paper('Lessons From the Mythical Owl-Month', 0),
    // community 1: the Quarn Discourse Treebank, inside sentences as "Treebank" three times and "TreeBank" twice
    paper('Parsing Relations of the Quarn Discourse Treebank', 1, 'We parse implicit discourse relations of the Quarn Discourse Treebank with a neural parser, then those of the Quarn Discourse TreeBank with a rule-based parser.'),
    paper('Implicit relations in Quarn', 1, 'Implicit discourse relations of the Quarn Discourse TreeBank differ from explicit discourse relations of the Quarn Discourse Treebank in subtle ways.'),
    paper('Quarn Discourse Treebank Errors', 1, 'Trained annotators of the Quarn Discourse Treebank often disagree on implicit relations and on argument spans.'),
    // community 2: the Velk Sentiment Bank, in Title Case titles only; inside sentences "Velk" stands in "Velk Bank"
    paper('Building the Velk Sentiment Bank', 2, 'We extend the Velk Bank with sentiment labels. The Velk Bank holds reviews.'),
    paper('Errors in the Velk Sentiment Bank', 2, 'Annotators of the Velk Bank disagree on irony.'),
    paper('Velk Sentiment Bank for Reviews', 2, 'A release of the Velk Bank.'),
    ...background(3),
  ];
  const labels = labelCommunities(corpus, 4).map((c) => c.terms.join(' | '));

  it('a hyphenated word in Title Case is no acronym: "mythical owl-month", not "mythical Owl-Month"', () => {
    expect(labels[0]).toMatch(/mythical owl-month|Mythical Owl-Month/);
    expect(labels[0]).not.toContain('mythical Owl-Month');
  });

  it('uses writing capitals at the same words agree: "Quarn Discourse Treebank" (3 uses; "TreeBank" 2), not "Quarn discourse treebank"', () => {
    expect(labels[1]).toContain('Quarn Discourse Treebank');
    expect(labels[1]).not.toContain('Quarn discourse treebank');
  });

  it('a phrase only in Title Case whose name stands in longer names is a name: "Velk Sentiment Bank", not "Velk sentiment bank"', () => {
    expect(labels[2]).toContain('Velk Sentiment Bank');
    expect(labels[2]).not.toContain('Velk sentiment bank');
  });
});

describe('terms are topics, not pieces of clauses', () => {
  const corpus = [
    // community 0: one paper on what a model "GLOBERT" captures
    paper(
      'What GLOBERT captures about agreement',
      0,
      'Probing shows that GLOBERT captures the agreement of verbs. To combine GLOBERT with a parser we explicitly capture the heads, and GLOBERT captures subject agreement well.',
    ),
    // community 1: one paper on tree adjoining grammar, with a clause in its abstract
    paper('Tree adjoining grammar for Quenya', 1, 'We combine GLOBERT with tree adjoining grammar and explicitly capture the adjunctions; tree adjoining grammar helps.'),
    ...background(2),
  ];
  const labels = labelCommunities(corpus, 3).map((c) => c.terms);

  it('no term starts with a verb ("combine GLOBERT") or ends in one ("GLOBERT captures", "explicitly capture")', () => {
    for (const terms of labels.slice(0, 2)) {
      expect(terms.join(' | ')).not.toMatch(/GLOBERT captures|combine GLOBERT|explicitly capture/);
    }
    expect(labels[0]!.length).toBeGreaterThan(0);
    expect(labels[1]).toContain('tree adjoining grammar');
  });

  it('an acronym keeps its capitals ("GLOBERT")', () => {
    expect(labels[0]!.join(' | ')).toMatch(/GLOBERT|agreement/);
    expect(labels.flat().join(' | ')).not.toMatch(/globert/);
  });
});
