/**
 * A traced co-author chain kept in view when one of its authors is selected (src/app/controllers/chain-framed.ts): a
 * node's move for an author of the chain frames the chain, with the author's neighbourhood on it for a screen too
 * small to draw the whole chain readably, and the edge markers point at the chain's nodes. A tester (3k map, tablet
 * and phone): a tap on an author of the chain Iryna Gurevych → … → Dan Roth framed that author alone, the rest of
 * the chain out of sight with nothing saying where.
 */
import { describe, expect, it } from 'vitest';
import { chainMarked, chainNeighbourhood, keptWithChain } from '../../src/app/controllers/chain-framed';
import type { EmphasisRequest } from '../../src/app/store/types';

const author = (index: number) => ({ kind: 'author' as const, index });
const paper = (index: number) => ({ kind: 'paper' as const, index });

/** Authors 10 → 11 → 12 → 13 through papers 20, 21, 22 (as features/chain/chain-emphasis.ts writes a chain). */
const chain: EmphasisRequest = {
  by: 'chain',
  nodes: [author(10), author(11), author(12), author(13)],
  steps: [
    { from: author(10), to: author(11), via: paper(20) },
    { from: author(11), to: author(12), via: paper(21) },
    { from: author(12), to: author(13), via: paper(22) },
  ],
};

describe('keptWithChain', () => {
  it("frames the whole chain, its authors drawn apart, for an author of it (its middle, its ends), with the author's neighbourhood to fall back on", () => {
    const refs = [author(10), author(11), author(12), author(13), paper(20), paper(21), paper(22)];
    expect(keptWithChain({ kind: 'node', ref: author(11) }, chain)).toEqual({ kind: 'nodes', refs, apart: true, near: [author(11), author(10), paper(20), author(12), paper(21)] });
    expect(keptWithChain({ kind: 'node', ref: author(10) }, chain)).toEqual({ kind: 'nodes', refs, apart: true, near: [author(10), author(11), paper(20)] });
    expect(keptWithChain({ kind: 'node', ref: author(13) }, chain)).toEqual({ kind: 'nodes', refs, apart: true, near: [author(13), author(12), paper(22)] });
  });

  it("leaves today's move for an author off the chain, a paper (even one of the chain's), no chain, and other moves", () => {
    const off = { kind: 'node' as const, ref: author(99) };
    expect(keptWithChain(off, chain)).toBe(off);
    const step = { kind: 'node' as const, ref: paper(21) };
    expect(keptWithChain(step, chain)).toBe(step);
    const node = { kind: 'node' as const, ref: author(11) };
    expect(keptWithChain(node, null)).toBe(node);
    // an emphasis that is not a chain (the who-is-who review's pair)
    expect(keptWithChain(node, { by: 'review', nodes: [author(11), author(12)], steps: [], inViewOnly: true })).toBe(node);
    // two ends no chain links (the chip says "No chain"): no steps, nothing to keep in view
    expect(keptWithChain(node, { by: 'chain', nodes: [author(11), author(40)], steps: [] })).toBe(node);
    const community = { kind: 'community' as const, id: 3 };
    expect(keptWithChain(community, chain)).toBe(community);
  });

  it('gives refs the caller may keep (not the emphasis\'s own objects)', () => {
    const t = keptWithChain({ kind: 'node', ref: author(12) }, chain);
    expect(t.kind === 'nodes' && t.refs[0]).not.toBe(chain.nodes[0]);
  });
});

describe('chainNeighbourhood', () => {
  it('is the author, the authors before and after it and the papers of those steps', () => {
    expect(chainNeighbourhood(chain, 12)).toEqual([author(12), author(11), paper(21), author(13), paper(22)]);
  });

  it('is empty for an author off the chain or without a chain', () => {
    expect(chainNeighbourhood(chain, 5)).toEqual([]);
    expect(chainNeighbourhood(null, 12)).toEqual([]);
  });
});

describe('chainMarked', () => {
  it("is the chain's other authors and its steps' papers for a selected author of it", () => {
    expect(chainMarked(chain, author(11))).toEqual([author(10), author(12), author(13), paper(20), paper(21), paper(22)]);
  });

  it('is empty for a paper, an author off the chain, no selection, no chain', () => {
    expect(chainMarked(chain, paper(21))).toEqual([]);
    expect(chainMarked(chain, author(3))).toEqual([]);
    expect(chainMarked(chain, null)).toEqual([]);
    expect(chainMarked(null, author(11))).toEqual([]);
  });
});
