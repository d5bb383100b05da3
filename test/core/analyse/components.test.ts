/** The build's component count (union-find, for speed) agrees with graphology-components on the product's own graph. */
import { describe, expect, it } from 'vitest';
import { forEachConnectedComponentOrder } from 'graphology-components';
import { componentSizes } from '../../../src/core/analyse/communities';
import { coauthorGraph } from '../../../src/core/graph/index';
import { aclMain } from '../helpers';

describe('componentSizes', () => {
  it('counts the components of acl_2020_main and the largest one as graphology-components does', () => {
    const { bundle, report } = aclMain();
    const n = bundle.authors.name.length;
    const { source, target } = bundle.coauthorLinks;
    let components = 0;
    let largest = 0;
    forEachConnectedComponentOrder(coauthorGraph(n, bundle.coauthorLinks), (order: number) => {
      components++;
      largest = Math.max(largest, order);
    });
    expect(componentSizes(n, [...source], [...target])).toEqual({ components, largest });
    expect(report.components).toBe(components);
    expect(components).toBeGreaterThan(500);
  });

  it('an author with no link is a component of one; a chain is one component', () => {
    expect(componentSizes(5, [0, 1], [1, 2])).toEqual({ components: 3, largest: 3 });
    expect(componentSizes(0, [], [])).toEqual({ components: 0, largest: 0 });
  });
});
