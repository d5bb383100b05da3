/**
 * `leaderOf` (graph/label-placement.ts): a name placed away from its disc is tied to it by a leader line from the
 * disc's rim to the name's box; a name beside its disc (a side or a corner) has none.
 */
import { describe, expect, it } from 'vitest';
import { LEADER_MIN_GAP_PX, leaderOf } from '../../src/app/graph/label-placement';

const node = { x: 100, y: 100, r: 6, focal: false, strong: false };

describe('leaderOf', () => {
  it('a name beside its disc (right side, 3 px off the rim): no leader', () => {
    expect(leaderOf({ kind: 'node', node, box: { x0: 109, y0: 92, x1: 180, y1: 108 } })).toBeNull();
  });

  it('a name at the threshold: no leader; just past it: a leader', () => {
    const at = 100 + 6 + LEADER_MIN_GAP_PX;
    expect(leaderOf({ kind: 'node', node, box: { x0: at, y0: 92, x1: at + 60, y1: 108 } })).toBeNull();
    expect(leaderOf({ kind: 'node', node, box: { x0: at + 1, y0: 92, x1: at + 61, y1: 108 } })).not.toBeNull();
  });

  it("a name 34 px above its disc (the tester's Sam Tsai): from just off the rim straight up to the box's bottom edge", () => {
    const leader = leaderOf({ kind: 'node', node, box: { x0: 70, y0: 44, x1: 140, y1: 60 } })!;
    expect(leader.x0).toBeCloseTo(100);
    expect(leader.y0).toBeCloseTo(100 - 7);
    expect(leader.x1).toBeCloseTo(100);
    expect(leader.y1).toBeCloseTo(60);
  });

  it("a name off to the upper left: the leader ends at the box's nearest corner, along the line from the disc's centre", () => {
    const leader = leaderOf({ kind: 'node', node, box: { x0: 10, y0: 40, x1: 70, y1: 70 } })!;
    expect([leader.x1, leader.y1]).toEqual([70, 70]);
    const u = Math.hypot(70 - 100, 70 - 100);
    expect(leader.x0).toBeCloseTo(100 + ((70 - 100) / u) * 7);
    expect(leader.y0).toBeCloseTo(100 + ((70 - 100) / u) * 7);
  });

  it("a community's name, or a node's without its disc: no leader", () => {
    expect(leaderOf({ kind: 'community', box: { x0: 0, y0: 0, x1: 10, y1: 10 } })).toBeNull();
    expect(leaderOf({ kind: 'node', box: { x0: 0, y0: 0, x1: 10, y1: 10 } })).toBeNull();
  });
});
