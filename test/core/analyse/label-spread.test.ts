/**
 * Community names whose head says what sets the cluster apart, in the field's phrases. Invented titles.
 * - A word most large communities use in their titles is no name for one of them (c-TF-IDF's inverse class
 *   frequency, `wordSpread`): on the ACL 2016–2021 map "knowledge", in the titles of over half its 70 large
 *   communities, headed "knowledge · neural machine translation".
 * - A head gives way where the name still fits the canvas's line as the papers write it (`Candidate.width`): "Hindi ·
 *   statistical machine translation" (39 characters) was refused on the whole ACL Anthology, the keys' length counted
 *   with 2 characters spare.
 * - A label skips a term too long for the line for the next that fits: "benchmark datasets · neural machine
 *   translation" (47 characters) left "benchmark datasets" alone on the ACL 2016–2021 map, "Chinese" coming third.
 */
import { describe, expect, it } from 'vitest';
import { communityLabel, labelCommunities } from '../../../src/core/analyse/terms';

const paper = (title: string, community: number, abstract: string | null = null) => ({ title, abstract, community });

describe('a word most communities use does not head a name', () => {
  // six communities of 20 papers, each on its own topic; "knowledge" in two titles of each, and in 18 of the first's,
  // 8 of which are on its topic
  const TOPICS = ['puffin colony census', 'lichen spore dispersal', 'moraine pebble sorting', 'fjord tide gauges', 'peat core dating', 'tundra vole burrows'];
  const corpus = TOPICS.flatMap((topic, c) =>
    Array.from({ length: 20 }, (_, i) => {
      const generic = c === 0 ? i < 18 : i < 2;
      const onTopic = c === 0 ? i >= 12 : true;
      return paper(`${onTopic ? `${topic[0]!.toUpperCase()}${topic.slice(1)}` : 'Notes'} ${generic ? 'with knowledge' : ''} in season ${i}`, c);
    }),
  );
  const terms = labelCommunities(corpus, TOPICS.length).map((c) => c.terms);

  it('the first community is named by its topic, not by "knowledge"', () => {
    expect(terms[0]![0]).toBe('puffin colony census');
  });
  it('the others keep their topics', () => {
    TOPICS.forEach((t, c) => expect(terms[c]).toContain(t));
  });
});

describe('a head gives way where the name fits the line as the papers write it', () => {
  const ENDS = ['revisited', 'at scale', 'in practice', 'for everyone', 'made simple', 'with care', 'and beyond', 'reconsidered', 'for all'];
  // n papers on quokka tagging, the first k of them (title and abstract) on a marsupial song archive
  const topic = (community: number, n: number, k: number) =>
    Array.from({ length: n }, (_, i) =>
      paper(`Quokka tagging ${i < k ? 'of marsupial song archive' : ''} ${ENDS[i]}`, community, `Quokka tagging of ${i < k ? 'marsupial song archive' : 'plain'} papers (${i}).`),
    );
  const background = (community: number) => [
    paper('Glacier calving fronts from radar', community, 'Calving fronts retreat in summer. Radar tracks show the ice.'),
    paper('Sea ice thickness from radar altimetry', community, 'Thickness varies with the season and the drift.'),
    paper('Radar altimetry of glacier calving', community, 'The calving rate follows the melt.'),
    paper('Radar echoes of sea ice', community, 'Echoes tell the ice from open water.'),
    paper('Firn density of polar ice sheets', community, 'Density profiles from cores.'),
  ];
  // (a corpus of few large communities: every term weighs 1 by its spread, `wordSpread`)
  const corpus = [...topic(0, 9, 0), ...topic(1, 8, 3), ...[2, 3, 4, 5, 6].flatMap(background)];
  const terms = labelCommunities(corpus, 7).map((c) => c.terms);

  it('"marsupial song archive · quokka tagging" (39 characters) heads with "marsupial song archive"', () => {
    expect(terms[0]![0]).toBe('quokka tagging');
    expect(terms[1]!.slice(0, 2)).toEqual(['marsupial song archive', 'quokka tagging']);
    expect(`${terms[1]![0]} · ${terms[1]![1]}`.length).toBeLessThanOrEqual(40);
  });
});

describe('a label skips a term too long for the line', () => {
  it('the next term that fits stands in its place; three terms at most', () => {
    expect(communityLabel(['benchmark datasets', 'neural machine translation', 'Chinese'], [])).toBe('benchmark datasets · Chinese');
    expect(communityLabel(['quokka tagging', 'a phrase far too long for the line', 'Velk', 'dialects', 'songs'], [])).toBe('quokka tagging · Velk · dialects');
  });
});
