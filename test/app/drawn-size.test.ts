/**
 * How large a node is drawn (src/app/graph/drawn-size.ts, graph/programs.ts `radiusCapped`) and how a dimmed disc is
 * drawn (controllers/appearance.ts):
 * - no node is drawn larger than a share of the canvas: 16 px in radius on a phone, 34 px on a 1440x900 desktop's
 *   canvas, whatever the zoom (a prolific author framed close was drawn 85-90 px, over half her papers);
 * - the disc and paper programs' shaders draw that cap (the packages' own shaders, patched), and the radius the
 *   pick, the labels and the framing read is the one drawn;
 * - a dimmed disc (the rest of the map, a card open) has no ring; an emphasised one keeps its ring.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type Sigma from 'sigma';
import { createAppearance } from '../../src/app/controllers/appearance';
import { ringColourer } from '../../src/app/graph/colours';
import { cappedRadius, drawnRadius, maxDrawnRadius, MAX_RADIUS_LEAST } from '../../src/app/graph/drawn-size';
import type { NodeAttrs } from '../../src/app/graph/sigma-graph';

describe('the drawn cap (graph/drawn-size.ts)', () => {
  it('is a share of the canvas\'s shorter side, never under MAX_RADIUS_LEAST', () => {
    // a phone's canvas (390x844) and a desktop's below its 56 px header (1440x844)
    expect(maxDrawnRadius(390, 844)).toBe(16);
    expect(maxDrawnRadius(1440, 844)).toBeCloseTo(33.76, 6);
    expect(maxDrawnRadius(0, 0)).toBe(MAX_RADIUS_LEAST);
    expect(maxDrawnRadius(Number.NaN, 100)).toBe(MAX_RADIUS_LEAST);
  });

  it('leaves a node drawn smaller as Sigma scales it, and draws a bigger one at the cap', () => {
    expect(cappedRadius(14, 390, 844)).toBe(14);
    expect(cappedRadius(84, 390, 844)).toBe(16);
    // Iryna Gurevych (size 14 on the 30k map) framed at ratio 0.028 on a phone: Sigma scales her to 84 px
    const sigma = { getDimensions: () => ({ width: 390, height: 844 }), scaleSize: (s: number, r = 1) => s / Math.sqrt(r) } as unknown as Sigma;
    expect(drawnRadius(sigma, 14, 0.0278)).toBe(16);
    expect(drawnRadius(sigma, 1.6, 0.0278)).toBeCloseTo(9.6, 1);
  });
});

describe('the node programs draw the cap (graph/programs.ts)', () => {
  // Sigma's and the packages' programs read WebGL's constants as they load, which Node has not: WebGL's values
  const GL = { BOOL: 35670, BYTE: 5120, UNSIGNED_BYTE: 5121, SHORT: 5122, UNSIGNED_SHORT: 5123, INT: 5124, UNSIGNED_INT: 5125, FLOAT: 5126, TRIANGLES: 4 };
  let programs: typeof import('../../src/app/graph/programs');
  beforeAll(async () => {
    vi.stubGlobal('WebGLRenderingContext', GL);
    vi.stubGlobal('WebGL2RenderingContext', GL);
    programs = await import('../../src/app/graph/programs');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  /** The vertex shader and uniforms a program class (its definition does not read the instance) is drawn with. */
  const definition = (Program: unknown) =>
    (Program as { prototype: { getDefinition(): { VERTEX_SHADER_SOURCE: string; UNIFORMS: string[] } } }).prototype.getDefinition.call({});

  it('the author discs (@sigma/node-border) and the paper squares (@sigma/node-square): radius min(Sigma\'s, u_maxRadius)', async () => {
    const { NodeDiscProgram } = await import('../../src/app/graph/disc-program');
    const { NodeSquareProgram } = await import('@sigma/node-square');
    for (const Program of [NodeDiscProgram, NodeSquareProgram]) {
      const def = definition(programs.radiusCapped(Program));
      expect(def.UNIFORMS).toContain('u_maxRadius');
      expect(def.VERTEX_SHADER_SOURCE).toContain('uniform float u_maxRadius;');
      expect(def.VERTEX_SHADER_SOURCE).toContain('min(a_size / u_sizeRatio, u_maxRadius) * u_correctionRatio');
      expect(def.VERTEX_SHADER_SOURCE).not.toContain('a_size * u_correctionRatio / u_sizeRatio');
    }
  });

  it('sets the cap from the canvas each render draws on', () => {
    const set: [unknown, number][] = [];
    class Base {
      setUniforms() {}
      getDefinition() {
        return { VERTEX_SHADER_SOURCE: '', UNIFORMS: [] };
      }
    }
    const Capped = programs.radiusCapped(Base as unknown as Parameters<typeof programs.radiusCapped>[0]) as unknown as new () => { setUniforms(p: object, i: object): void };
    new Capped().setUniforms({ width: 390, height: 844 }, { gl: { uniform1f: (at: unknown, v: number) => set.push([at, v]) }, uniformLocations: { u_maxRadius: 'here' } });
    expect(set).toEqual([['here', 16]]);
  });

  it('throws on a shader that no longer scales nodes as Sigma 3.0\'s programs (the cap would be lost unseen)', () => {
    expect(() => programs.capRadiusInShader('void main() { gl_Position = vec4(0.0); }')).toThrow(/no longer scales nodes/);
  });
});

describe('a dimmed disc (controllers/appearance.ts)', () => {
  it('has no ring (its ring is its own colour), on both themes; the emphasised discs keep theirs', () => {
    for (const theme of ['light', 'dark'] as const) {
      const appearance = createAppearance();
      appearance.reset(theme);
      appearance.state.emphasis = { focus: 'a1', nodes: new Set(['a1', 'p1']), edges: new Set() };
      const disc = (key: string): NodeAttrs =>
        ({ x: 0, y: 0, size: 5, color: '#3b82c4', dimColor: '#d5dde6', label: key, title: key, kind: 'author', community: 0, type: 'disc', focal: false, zIndex: 1 }) as NodeAttrs;
      const dimmed = appearance.nodeReducer('a2', disc('a2'));
      expect(dimmed.color).toBe('#d5dde6');
      expect(dimmed.ringColor).toBe(dimmed.color);
      const shown = appearance.nodeReducer('a1', disc('a1'));
      expect(shown.ringColor).toBe(ringColourer(theme)('#3b82c4'));
      expect(shown.ringColor).not.toBe(shown.color);
    }
  });
});
