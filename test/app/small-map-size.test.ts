/** A small map's nodes are drawn large enough to see (a tester: an imported .ris of 2 papers, 4 px dots on an empty canvas). */
import { describe, expect, it } from 'vitest';
import { authorSize, smallMapScale } from '../../src/app/graph/sigma-graph';

describe('smallMapScale', () => {
  it('draws a 5-node map\'s one-paper authors at least 10 px across its radius, a big map\'s as before', () => {
    expect(authorSize(1, false, smallMapScale(5))).toBeGreaterThanOrEqual(10);
    expect(smallMapScale(118)).toBe(1);
    expect(smallMapScale(36_784 + 29_546)).toBe(1);
  });

  it('enlarges less as the map grows', () => {
    expect(smallMapScale(10)).toBeGreaterThan(smallMapScale(50));
    expect(smallMapScale(50)).toBeGreaterThan(1);
  });
});
