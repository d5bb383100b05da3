/**
 * The dots beside author names in the cards (src/app/panels/use-community-colors.ts `authorDotColours`, used by
 * every `AuthorLink`): the colour of that author's disc on the map, by community or, under "Colour authors by:
 * Mean year", by the mean year of the author's papers.
 */
import { describe, expect, it } from 'vitest';
import { communityPalette, nodeColours } from '../../src/app/graph/colours';
import { authorDotColours } from '../../src/app/panels/use-community-colors';
import { buildText } from '../core/helpers';

const jsonl = [
  { id: 'a', title: 'Tide tables', authors: ['Ona Early', 'Pim Between'], year: 2016 },
  { id: 'b', title: 'Kelp counts', authors: ['Pim Between', 'Quin Late'], year: 2022 },
]
  .map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null }))
  .join('\n');

describe('authorDotColours', () => {
  const { bundle } = buildText('dots.jsonl', jsonl);
  const at = (colours: readonly string[], name: string) => colours[bundle.authors.name.indexOf(name)];

  it('under "Mean year" each dot is its disc’s year colour: an early and a late author differ though they share a community', () => {
    const dots = authorDotColours(bundle, 'light', 'year');
    const map = nodeColours(bundle, 'light', 'year').author;
    for (const name of ['Ona Early', 'Pim Between', 'Quin Late']) expect(at(dots, name)).toBe(at(map, name));
    expect(at(dots, 'Ona Early')).not.toBe(at(dots, 'Quin Late'));
    expect(bundle.authors.community[0]).toBe(bundle.authors.community[2]);
  });

  it('under "Community" each dot is its community’s colour, on either theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const dots = authorDotColours(bundle, theme, 'community');
      const palette = communityPalette(bundle, theme);
      bundle.authors.community.forEach((c, i) => expect(dots[i]).toBe(palette[c]));
    }
  });
});
