/**
 * Community names that tell the communities apart, and gerunds kept as nouns. Invented titles.
 * - On the whole ACL Anthology map (acl_all, 70k papers) "machine translation" headed 17 communities' names, six of
 *   the 30 largest with "statistical machine translation" and "neural machine translation": a term that already names
 *   a larger community gives way to the community's next term, and stays in its name (`pickDistinct`).
 * - The verb rule (`isClause`) took "decision making", "theorem proving" and "read speech corpus" for pieces of
 *   clauses: a gerund after a noun it takes as object ("making decisions") is a noun ("corpus containing" is not), and a phrase whose first word the papers hardly ever write after "we" or
 *   "to" starts with a participle; "learn embeddings" ("to learn embeddings") stays out, and so does "help teachers"
 *   ("to help teachers", "can help teachers"), though "help" is a noun too.
 */
import { describe, expect, it } from 'vitest';
import { labelCommunities } from '../../../src/core/analyse/terms';

const paper = (title: string, community: number, abstract: string | null = null) => ({ title, abstract, community });

/** Papers of other topics, so the corpus has a background the communities' terms stand out against. */
const background = (community: number) => [
  paper('Glacier calving fronts from radar', community, 'Calving fronts retreat in summer. Radar tracks show the ice.'),
  paper('Sea ice thickness from radar altimetry', community, 'Thickness varies with the season and the drift.'),
  paper('Radar altimetry of glacier calving', community, 'The calving rate follows the melt.'),
  paper('Radar echoes of sea ice', community, 'Echoes tell the ice from open water.'),
  paper('Firn density of polar ice sheets', community, 'Density profiles from cores.'),
];

describe('a term that names a larger community gives way at the head of the name', () => {
  const ENDS = ['revisited', 'at scale', 'in practice', 'for everyone', 'made simple', 'with care', 'and beyond', 'reconsidered', 'for all'];
  // n papers on quokka tagging, the first k of them also on `second`
  const topic = (community: number, n: number, k: number, second: string) =>
    Array.from({ length: n }, (_, i) => paper(`Quokka tagging ${i < k ? second : ''} ${ENDS[i]}`, community, `Quokka tagging of ${i < k ? second : 'plain'} papers (${i}).`));
  const corpus = [
    // three communities of one topic, "quokka tagging": the largest plain, the others with a second topic in a few papers
    ...topic(0, 9, 0, ''),
    ...topic(1, 8, 3, 'for Velk dialects'),
    ...topic(2, 7, 3, 'of marsupial songs'),
    ...[3, 4, 5, 6, 7, 8].flatMap(background),
  ];
  const terms = labelCommunities(corpus, 9).map((c) => c.terms);

  it('only the largest community is named "quokka tagging" first; the others by their own topic, with "quokka tagging" after it', () => {
    expect(terms[0]![0]).toBe('quokka tagging');
    expect(terms[1]![0]).not.toBe('quokka tagging');
    expect(terms[2]![0]).not.toBe('quokka tagging');
    expect(terms[1]!.slice(0, 2).join(' | ')).toMatch(/Velk dialects/);
    expect(terms[2]!.slice(0, 2).join(' | ')).toMatch(/marsupial songs/);
    expect(terms[1]).toContain('quokka tagging');
    expect(terms[2]).toContain('quokka tagging');
  });
});

describe('gerunds and participles in phrases are nouns, verbs are not', () => {
  const corpus = [
    // community 0: decision making ("making" is a verb elsewhere: "making the", "we make")
    paper('Decision making under uncertainty in dialogue', 0, 'Decision making in dialogue agents weighs risks.'),
    paper('Group decision making with argument graphs', 0, 'Argument graphs support group decision making.'),
    paper('Decision making by negotiating agents', 0, 'Agents in decision making negotiate offers.'),
    paper('Explaining decision making to users', 0, 'Users trust agents making decisions that are explained.'),
    // community 1: theorem proving ("proving" is a verb elsewhere: "proving the", "to prove")
    paper('Automated theorem proving with neural guidance', 1, 'Neural guidance speeds up theorem proving.'),
    paper('Theorem proving in higher-order logic', 1, 'Higher-order logic makes theorem proving hard.'),
    paper('Premise selection for theorem proving', 1, 'Premise selection narrows theorem proving searches.'),
    paper('Theorem proving benchmarks', 1, 'Benchmarks of systems proving theorems.'),
    // community 2: a read speech corpus ("read" is a verb elsewhere: "we read the", "to read")
    paper('Quenya read speech corpus', 2, 'Speakers of Quenya recorded read speech in quiet rooms.'),
    paper('Prosody in read speech corpus recordings', 2, 'Prosody of read speech differs from conversation.'),
    paper('Read speech corpus for Sindarin recognition', 2, 'Recognition of read speech is easier.'),
    paper('Elvish accents in read speech corpus data', 2, 'Accents in read speech of Elvish vary.'),
    paper('Pauses in read speech', 2, 'Pauses of read speech are long.'),
    // community 3: what embeddings learn, in clauses ("to learn embeddings", "we learn embeddings")
    paper('Glacier embeddings', 3, 'To learn embeddings of glaciers we learn embeddings of radar echoes. We learn embeddings twice.'),
    paper('Embeddings of ice', 3, 'We learn embeddings of ice and to learn embeddings we read the tracks.'),
    paper('Embeddings of calving', 3, 'To learn embeddings we combine echoes; we learn embeddings of calving.'),
    paper('Radar embeddings', 3, 'We learn embeddings of radar and we read the echoes to learn embeddings.'),
    // community 6: tools that help teachers ("help" a noun too: "the help of"), in clauses ("to help teachers")
    paper('Essay feedback tools', 6, 'Feedback tools to help teachers grade essays. With the help of rubrics, tools can help teachers.'),
    paper('Grading with rubrics', 6, 'Rubrics to help teachers grade. The help of rubrics is clear; rubrics can help teachers.'),
    paper('Feedback on essays', 6, 'We aim to help teachers give feedback, with the help of tools that help teachers.'),
    paper('Rubric tools for essays', 6, 'Tools can help teachers; to help teachers, the tools grade essays with the help of rubrics.'),
    // community 7: a corpus containing things ("containing" after its subject: a clause)
    paper('Quenya lexicon corpus', 7, 'A lexicon corpus containing words. The corpus containing roots is large; lexicon corpus containing stems.'),
    paper('Sindarin lexicon corpus', 7, 'Lexicon corpus containing verbs; a corpus containing the stems.'),
    paper('Elvish lexicon corpus', 7, 'This lexicon corpus containing roots of Elvish; the corpus containing affixes.'),
    paper('Dwarvish lexicon corpus', 7, 'A lexicon corpus containing runes, containing the forms.'),
    // community 8: glacier models "incorporating" things, after "by" and "for" (no cue: an -ing form with its object)
    paper('Glacier melt models', 8, 'Melt models improve by incorporating radar echoes. Models for incorporating radar echoes exist.'),
    paper('Glacier flow models', 8, 'Flow models gain by incorporating radar echoes; tools for incorporating radar echoes.'),
    paper('Glacier mass models', 8, 'Mass models by incorporating radar echoes, and by incorporating radar echoes twice.'),
    paper('Glacier front models', 8, 'Front models for incorporating radar echoes; by incorporating radar echoes they gain.'),
    paper('Notes on dam work', 4, 'We incorporate the logs, incorporating the gauges; to incorporate them we read the data, incorporating the flows.'),
    paper('Notes on weir work', 4, 'Incorporating the gauges, incorporating the logs and incorporating the flows, we read the data.'),
    paper('Notes on canal work', 4, 'Incorporating the locks, incorporating the gates, incorporating them all.'),
    // community 4: verbs as verbs
    paper('Notes on field work', 4, 'We make the maps and we read the logs. To prove the claim we read the notes, making the case and proving the point, containing the spread.'),
    paper('Notes on lake work', 4, 'Containing the spill, we read the logs; to contain it we make the booms, containing the oil.'),
    paper('Notes on radar work', 4, 'Making the tracks and proving the drift, we read the data. To read the echoes we make the filters.'),
    paper('Notes on ice work', 4, 'We read the cores, making the profiles and proving the trend; to prove it we make the plots.'),
    paper('Notes on sea work', 4, 'Making the charts, we read the tides, proving the cycle. To read it we make the tables.'),
    ...background(5),
  ];
  const labels = labelCommunities(corpus, 9).map((c) => c.terms.join(' | '));

  it('keeps "decision making" and "theorem proving" (a gerund after its object: "making decisions", "proving theorems")', () => {
    expect(labels[0]).toContain('decision making');
    expect(labels[1]).toMatch(/theorem proving/);
  });

  it('keeps "read speech" (its first words never after "we" or "to": a participle)', () => {
    expect(labels[2]).toMatch(/read speech/);
  });

  it('leaves out "learn embeddings" (after "to" and "we": a clause)', () => {
    expect(labels.join(' || ')).not.toMatch(/learn embeddings|learn/);
  });

  it('leaves out "corpus containing" (no paper writes "containing corpus": "corpus" is its subject, not its object)', () => {
    expect(labels[7]).toMatch(/lexicon corpus/);
    expect(labels.join(' || ')).not.toMatch(/containing/);
  });

  it('leaves out "incorporating radar echoes" (an -ing form with its object, after "by" and "for": a clause)', () => {
    expect(labels[8]!.length).toBeGreaterThan(0);
    expect(labels.join(' || ')).not.toMatch(/incorporating/);
  });

  it('leaves out "help teachers" ("help" a noun too, but the phrase after "to" and "can": a clause)', () => {
    expect(labels[6]!.length).toBeGreaterThan(0);
    expect(labels.join(' || ')).not.toMatch(/help teachers/);
  });
});
