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
 */
import { getAttributesItemsCount, type Program, type ProgramAttributeSpecification } from 'sigma/rendering';

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

