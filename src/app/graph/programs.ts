/**
 * Sigma's node and edge programs drawn without instancing. Sigma 3.0's programs draw each node (edge) as one
 * instance of a small triangle set (`drawArraysInstanced`: per-item attributes with a divisor, per-vertex
 * "constant" attributes such as the corner angle). Software WebGL (SwiftShader, the benchmark's and many
 * GPU-less machines' renderer) runs each instance as a draw call of its own: 1,500 triangles drawn as
 * instances took 126–141 ms in headless Chromium, drawn as one plain triangle list 2–10 ms (measured side by
 * side on one canvas, load 12). A full frame of the 30k map's level-of-detail graph (1,500 discs, 2,000 links)
 * cost the GPU process 120–150 ms of CPU time, per item and not per pixel (the same draw with every item off
 * screen cost as much).
 *
 * `uninstanced(Program)` is the same program with its constant attributes moved into the vertex records: each
 * item writes its attributes once per vertex (3 for a disc, 6 for a square or a link), followed by that
 * vertex's constants, and the whole buffer is one `drawArrays`. Same shaders, same pixels; a few times more
 * buffer memory (a few hundred kB at the level of detail's budgets, ~4 MB for an 8,000-node graph drawn whole).
 *
 * `radiusCapped(Program)` is a node program drawing no node larger on screen than a share of its canvas
 * (graph/drawn-size.ts `maxDrawnRadius`).
 */
import { getAttributesItemsCount, type Program, type ProgramAttributeSpecification } from 'sigma/rendering';
import { maxDrawnRadius } from './drawn-size';

/** A Sigma program class (node or edge). */
type ProgramClass = abstract new (...args: never[]) => Program;

/** What this file uses of a Sigma 3.0 program instance. */
interface Internals {
  getDefinition(): { VERTICES: number; ATTRIBUTES: ProgramAttributeSpecification[]; CONSTANT_ATTRIBUTES?: ProgramAttributeSpecification[]; CONSTANT_DATA?: number[][] };
  processVisibleItem(index: number, startIndex: number, ...rest: unknown[]): void;
  array: Float32Array;
  ATTRIBUTES_ITEMS_COUNT: number;
  VERTICES: number;
}

/** Per program instance: float slots of the base program's per-item attributes, and each vertex's constants. */
const layouts = new WeakMap<object, { perItem: number; constants: number[][] }>();

/**
 * `Base` (a Sigma 3.0 node or edge program class) drawn as one plain triangle list: its definition without
 * `CONSTANT_ATTRIBUTES` (Sigma then draws with `drawArrays`), each item's attributes repeated for every vertex
 * with that vertex's constants after them. A program that is not instanced draws as before. Relies on Sigma
 * 3.0's program internals (`getDefinition`, `processVisibleItem`, `ATTRIBUTES_ITEMS_COUNT`, `VERTICES`, the
 * vertex record laid out in `ATTRIBUTES` order); test/app/programs.test.ts checks the records against the
 * instanced program's.
 */
export function uninstanced<C extends ProgramClass>(Base: C): C {
  abstract class Uninstanced extends (Base as unknown as new (...args: unknown[]) => Internals) {
    getDefinition() {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...rest } = def;
      // called from Sigma's constructor, before any item is processed
      layouts.set(this, { perItem: getAttributesItemsCount(def.ATTRIBUTES), constants: CONSTANT_DATA ?? [] });
      // per-item attributes first, then the per-vertex ones: the layout processVisibleItem writes
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    processVisibleItem(index: number, startIndex: number, ...rest: unknown[]): void {
      // the base program writes its per-item slots at the start of the item's first vertex record
      super.processVisibleItem(index, startIndex, ...rest);
      const layout = layouts.get(this);
      if (!layout) return;
      const { perItem, constants } = layout;
      const { array } = this;
      const stride = this.ATTRIBUTES_ITEMS_COUNT;
      for (let v = this.VERTICES - 1; v >= 0; v--) {
        const at = startIndex + v * stride;
        if (v > 0) array.copyWithin(at, startIndex, startIndex + perItem);
        const c = constants[v]!;
        for (let k = 0; k < c.length; k++) array[at + perItem + k] = c[k]!;
      }
    }
  }
  return Uninstanced as unknown as C;
}


/** What the node programs' vertex shaders scale a node by (@sigma/node-border's discs, @sigma/node-square's squares). */
const SCALED_SIZE = 'a_size * u_correctionRatio / u_sizeRatio';
const SIZE_RATIO_UNIFORM = 'uniform float u_sizeRatio;';

/**
 * `shader` (a Sigma 3.0 node program's vertex shader) with the node's radius on screen capped at uniform
 * `u_maxRadius` (CSS px): Sigma's programs draw a node `a_size / u_sizeRatio` px in radius (half the side of a
 * square: `scaleSize`), `u_correctionRatio` being half a CSS pixel in the shader's units. Throws when the shader does
 * not scale the node as those programs do (another version of the package: the cap would be lost unseen).
 */
export function capRadiusInShader(shader: string): string {
  if (!shader.includes(SCALED_SIZE) || !shader.includes(SIZE_RATIO_UNIFORM)) {
    throw new Error(`graph/programs.ts: a node program's vertex shader no longer scales nodes by "${SCALED_SIZE}"`);
  }
  return shader
    .replace(SIZE_RATIO_UNIFORM, `${SIZE_RATIO_UNIFORM}\nuniform float u_maxRadius;`)
    .replaceAll(SCALED_SIZE, 'min(a_size / u_sizeRatio, u_maxRadius) * u_correctionRatio');
}

/** What `radiusCapped` uses of a Sigma 3.0 node program instance. */
interface UniformInternals {
  getDefinition(): { VERTEX_SHADER_SOURCE: string; UNIFORMS: string[] };
  setUniforms(params: { width: number; height: number }, info: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> }): void;
}

/**
 * `Base` (a Sigma 3.0 node program class whose vertex shader scales nodes as Sigma's own: the discs', the squares')
 * drawing no node larger on screen than `maxDrawnRadius` of the canvas it draws on (graph/drawn-size.ts): its vertex
 * shader patched by `capRadiusInShader`, the cap set at each render from the render's canvas size (CSS px). Readings
 * of a drawn size use `drawnRadius`, the same cap. Relies on Sigma 3.0's `getDefinition` and `setUniforms`.
 */
export function radiusCapped<C extends ProgramClass>(Base: C): C {
  abstract class Capped extends (Base as unknown as new (...args: unknown[]) => UniformInternals) {
    getDefinition() {
      const def = super.getDefinition();
      return { ...def, VERTEX_SHADER_SOURCE: capRadiusInShader(def.VERTEX_SHADER_SOURCE), UNIFORMS: [...def.UNIFORMS, 'u_maxRadius'] };
    }

    setUniforms(params: { width: number; height: number }, info: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> }): void {
      super.setUniforms(params, info);
      const at = info.uniformLocations.u_maxRadius;
      if (at) info.gl.uniform1f(at, maxDrawnRadius(params.width, params.height));
    }
  }
  return Capped as unknown as C;
}
