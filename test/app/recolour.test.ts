/**
 * A theme or colour-mode switch recolours the drawn graph in place (graph/sigma-graph.ts recolourGraph):
 * every node and edge ends with the colours a graph built in that theme and mode gets, and the level of detail's
 * stand-in links follow.
 */
import { describe, expect, it } from 'vitest';
import { buildSigmaGraph, recolourGraph, type AtlasGraph, type GraphView } from '../../src/app/graph/sigma-graph';
import { createLod, LINK_PREFIX } from '../../src/app/graph/lod';
import { linkColours } from '../../src/app/graph/colours';
import { aclMain } from '../core/helpers';

const acl = aclMain().bundle;

/** Every node's colour and dim colour and every edge's colour, one line each (compared as one string list). */
function colours(graph: AtlasGraph): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  graph.forEachNode((n, a) => void nodes.push(`${n} ${a.color} ${a.dimColor}`));
  const edges: string[] = [];
  graph.forEachEdge((_e, a, s, t) => void edges.push(`${s}-${t} ${a.color}`));
  return { nodes, edges };
}

/** The lines of `got` that differ from `want` (at most 5), so a failure says which. */
function differences(got: { nodes: string[]; edges: string[] }, want: { nodes: string[]; edges: string[] }): string[] {
  const out: string[] = [];
  for (const k of ['nodes', 'edges'] as const) {
    if (got[k].length !== want[k].length) out.push(`${k}: ${got[k].length} vs ${want[k].length}`);
    for (let i = 0; i < got[k].length && out.length < 5; i++) if (got[k][i] !== want[k][i]) out.push(`${got[k][i]} vs ${want[k][i]}`);
  }
  return out;
}

describe('recolourGraph', () => {
  it.each<[GraphView]>([['papers'], ['coauthors']])('%s view: light -> dark -> dark by year gives what a new graph gets', (view) => {
    const graph = buildSigmaGraph(acl, view, 'light', 'community');
    const light = colours(graph);
    recolourGraph(graph, acl, 'dark', 'community');
    const dark = colours(graph);
    expect(differences(dark, colours(buildSigmaGraph(acl, view, 'dark', 'community')))).toEqual([]);
    // something did change (the two themes differ in every node colour's dim and every edge)
    expect(dark.edges[0]).not.toBe(light.edges[0]);
    recolourGraph(graph, acl, 'dark', 'year');
    expect(differences(colours(graph), colours(buildSigmaGraph(acl, view, 'dark', 'year')))).toEqual([]);
    expect(graph.getAttribute('theme')).toBe('dark');
    expect(graph.getAttribute('colorBy')).toBe('year');
  });

  it('the level of detail redraws its stand-in links in the new theme', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light', 'community');
    const lod = createLod(graph, acl)!;
    const links = () => lod.display.filterEdges((e) => e.startsWith(LINK_PREFIX)).map((e) => lod.display.getEdgeAttribute(e, 'color'));
    expect(links().length).toBeGreaterThan(100);
    expect(links()).toContain(linkColours('light').bridge);
    recolourGraph(graph, acl, 'dark', 'community');
    lod.invalidate();
    lod.update();
    const dark = new Set(links());
    expect(dark).toContain(linkColours('dark').bridge);
    expect(dark).not.toContain(linkColours('light').bridge);
  });
});
