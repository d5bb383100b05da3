/**
 * The community card's top-author buttons (src/app/features/communities/CommunityCard.tsx): a screen reader reads
 * each as "Name, N of M papers in this community", not the name and count run together ("Ada Quill9").
 */
import { describe, expect, it } from 'vitest';
import { topAuthorAbout } from '../../src/app/features/communities/CommunityCard';

describe('topAuthorAbout', () => {
  it('says how many of the author’s papers are in the community, in words a count can follow a name with', () => {
    expect(topAuthorAbout(9, 14)).toBe('9 of 14 papers in this community');
    expect(topAuthorAbout(1, 1)).toBe('1 of 1 paper in this community');
  });
});
