/**
 * A bundle (and optionally its abstracts) as a stream of small column slices and back, for the two workers
 * that pass whole bundles: the build worker sends a large result to the page this way, and the page sends the
 * bundle to the insights worker this way, so that the side taking it in does so in many short tasks, not one
 * long one. A group member that is not an array (an absent optional column) travels in the shell.
 * With `typed` (the build worker's result), a slice of numbers travels as a typed array and a slice of lists of
 * whole numbers (papers' authors) as two, each transferable (`sliceTransfer`): no structured clone of each value,
 * and the page's columns are built from them without a boxed number per value (the 30k import's opening: fewer
 * and shorter garbage collections). With `texts` as well (the insights worker's bundle), a slice of strings (or nulls)
 * travels as one string (the values one after another) and their lengths, and a slice of lists of strings (authors'
 * other spellings) as one string, the lengths and where each list ends: one string is cloned as one block of memory, not
 * value by value (on the 30k map the strings were 51 of the 76 slices the page posted, each waiting for a turn of its
 * own: scripts/handover-timing.ts). The columns put back together are the same plain arrays either way.
 */
import type { Abstracts, Bundle } from '../../core/bundle/types';

/** The bundle's column groups (the rest of a bundle goes whole, in the shell). */
export const BUNDLE_COLUMN_GROUPS = ['authors', 'papers', 'coauthorLinks'] as const;
export type BundleColumnGroup = (typeof BUNDLE_COLUMN_GROUPS)[number];
/** A column group of the bundle, or the abstracts (one column, key ''). */
export type ColumnGroup = BundleColumnGroup | 'abstracts';

/** Values per slice by default: small enough that taking one in stays far below a frame's worth of blocking. */
export const COLUMN_SLICE = 8192;

/**
 * One slice of a column: its `values` as they are, or (`typed` slices, whose `values` are then empty) `numbers`
 * (every value a number: Int32Array when each is a whole number in int32 range and none is -0, else
 * Float64Array, which keeps every double as it is), or `lists` (every value a list of such whole numbers: the
 * lists one after another in `flat`, list k ending before `ends[k]`).
 */
export interface ColumnSlice {
  group: ColumnGroup;
  key: string;
  values: unknown[];
  numbers?: Int32Array | Float64Array;
  lists?: { flat: Int32Array; ends: Int32Array };
  /**
   * (`texts` slices) every value a string or null: the strings one after another in `joined`, value k's length
   * `lengths[k]` (-1: null); with `ends`, every value a list of strings, list k ending before `ends[k]` in `lengths`.
   */
  texts?: { joined: string; lengths: Int32Array; ends?: Int32Array };
}

const membersOf = (bundle: Bundle, group: BundleColumnGroup) => Object.entries(bundle[group] as unknown as Record<string, unknown>);

/** The bundle with every column of its groups left empty: what is sent before (or after) the slices. */
export function bundleShell(bundle: Bundle): Bundle {
  const shell: Record<string, unknown> = { ...bundle };
  for (const group of BUNDLE_COLUMN_GROUPS) shell[group] = Object.fromEntries(membersOf(bundle, group).map(([key, value]) => [key, Array.isArray(value) ? [] : value]));
  return shell as unknown as Bundle;
}

/**
 * About how many slices `columnSlices(bundle, null, size, { typed, typedSize })` yields, for the share of a bundle
 * sent (the slices, not the values: on the 70k map a slice of names took as long to hand over as a typed slice of
 * 16 times as many numbers). A column is counted in long typed slices when its first value (the first list not
 * empty, for lists) is a number or a list of numbers, in slices of `size` otherwise: exact unless a column mixes
 * kinds of values. Throws nothing.
 */
export function columnSliceCount(
  bundle: Bundle,
  size = COLUMN_SLICE,
  { typed = false, typedSize = size, texts = false }: { typed?: boolean; typedSize?: number; texts?: boolean } = {},
): number {
  let n = 0;
  for (const group of BUNDLE_COLUMN_GROUPS) {
    for (const [, values] of membersOf(bundle, group)) {
      if (!Array.isArray(values)) continue;
      const at = values.findIndex((v) => !Array.isArray(v) || v.length > 0);
      const first: unknown = at < 0 ? [] : values[at];
      const long =
        typed &&
        typedSize > size &&
        (typeof first === 'number' ||
          (Array.isArray(first) && (first.length === 0 || typeof first[0] === 'number' || (texts && typeof first[0] === 'string'))) ||
          (texts && (typeof first === 'string' || first === null)));
      n += Math.ceil(values.length / (long ? typedSize : size));
    }
  }
  return n;
}

const isInt32 = (v: unknown): v is number => typeof v === 'number' && (v | 0) === v && !Object.is(v, -0);

/** `values` (of one slice) as the most compact typed form that gives them back exactly, or null: sent as they are. */
function typedSlice(group: ColumnGroup, key: string, values: readonly unknown[]): ColumnSlice | null {
  if (values.length === 0) return null;
  if (typeof values[0] === 'number') {
    let ints = true;
    for (const v of values) {
      if (typeof v !== 'number') return null;
      if (ints && !isInt32(v)) ints = false;
    }
    const numbers = ints ? new Int32Array(values.length) : new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) numbers[i] = values[i] as number;
    return { group, key, values: [], numbers };
  }
  if (!Array.isArray(values[0])) return null;
  let count = 0;
  for (const v of values) {
    if (!Array.isArray(v)) return null;
    for (const x of v) if (!isInt32(x)) return null;
    count += v.length;
  }
  const flat = new Int32Array(count);
  const ends = new Int32Array(values.length);
  let k = 0;
  values.forEach((v, i) => {
    for (const x of v as number[]) flat[k++] = x;
    ends[i] = k;
  });
  return { group, key, values: [], lists: { flat, ends } };
}

/** `values` (of one slice) as one string and lengths (`ColumnSlice.texts`) when each is a string or null, or each a list of strings; else null. */
function textSlice(group: ColumnGroup, key: string, values: readonly unknown[]): ColumnSlice | null {
  if (values.length === 0) return null;
  const parts: string[] = [];
  if (!Array.isArray(values[0])) {
    const lengths = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) lengths[i] = -1;
      else if (typeof v === 'string') {
        lengths[i] = v.length;
        parts.push(v);
      } else return null;
    }
    return { group, key, values: [], texts: { joined: parts.join(''), lengths } };
  }
  const ends = new Int32Array(values.length);
  const lengths: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const list = values[i];
    if (!Array.isArray(list)) return null;
    for (const v of list) {
      if (typeof v !== 'string') return null;
      lengths.push(v.length);
      parts.push(v);
    }
    ends[i] = lengths.length;
  }
  return { group, key, values: [], texts: { joined: parts.join(''), lengths: Int32Array.from(lengths), ends } };
}

/** The buffers a slice can hand over (postMessage's transfer list): its typed arrays', none for plain values. */
export function sliceTransfer(slice: ColumnSlice): ArrayBuffer[] {
  if (slice.numbers) return [slice.numbers.buffer as ArrayBuffer];
  if (slice.lists) return [slice.lists.flat.buffer as ArrayBuffer, slice.lists.ends.buffer as ArrayBuffer];
  if (slice.texts) return slice.texts.ends ? [slice.texts.lengths.buffer as ArrayBuffer, slice.texts.ends.buffer as ArrayBuffer] : [slice.texts.lengths.buffer as ArrayBuffer];
  return [];
}

/**
 * Every column of the bundle (none when null), then the abstracts (when given), in slices of `size` values;
 * with `typed`, slices of numbers and of lists of whole numbers in typed arrays (`ColumnSlice`), of `typedSize`
 * values (default `size`): a typed slice is copied as one block, so it may be longer than a slice of strings for the
 * same cost (the 30k map's bundle was 321 slices to the insights worker, 160 of them the links' numbers). With
 * `texts` (and `typed`), slices of strings or nulls and of lists of strings go as one string each (`ColumnSlice.texts`),
 * in slices of `typedSize` values too.
 */
export function* columnSlices(
  bundle: Bundle | null,
  abstracts: Abstracts | null,
  size = COLUMN_SLICE,
  { typed = false, typedSize = size, texts = false }: { typed?: boolean; typedSize?: number; texts?: boolean } = {},
): Generator<ColumnSlice> {
  const compact = (group: ColumnGroup, key: string, part: unknown[]) => (typed ? typedSlice(group, key, part) ?? (texts ? textSlice(group, key, part) : null) : null);
  const slices = function* (group: ColumnGroup, key: string, values: unknown[]) {
    for (let i = 0; i < values.length; ) {
      // a long typed slice when the column's values allow it, else a slice of `size` values
      const long = typed && typedSize > size ? compact(group, key, values.slice(i, i + typedSize)) : null;
      if (long) {
        yield long;
        i += typedSize;
        continue;
      }
      const part = values.slice(i, i + size);
      yield compact(group, key, part) ?? { group, key, values: part };
      i += size;
    }
  };
  if (bundle) for (const group of BUNDLE_COLUMN_GROUPS) {
    for (const [key, values] of membersOf(bundle, group)) if (Array.isArray(values)) yield* slices(group, key, values);
  }
  if (abstracts) yield* slices('abstracts', '', abstracts);
}

/** Collects slices as they arrive (each appended at once, so no single step does all the work). */
export class ColumnAssembler {
  private readonly columns = new Map<string, unknown[]>();

  add(slice: ColumnSlice): void {
    const id = `${slice.group}.${slice.key}`;
    let column = this.columns.get(id);
    if (!column) this.columns.set(id, (column = []));
    if (slice.numbers) {
      // numbers from a typed array: a double is stored unboxed in the column (no heap number per value)
      const { numbers } = slice;
      for (let i = 0; i < numbers.length; i++) column.push(numbers[i]);
    } else if (slice.lists) {
      const { flat, ends } = slice.lists;
      let from = 0;
      for (let k = 0; k < ends.length; k++) {
        const to = ends[k]!;
        // made at its length (a list grown by push from empty takes room for 16 and more: 30k papers' author lists)
        const list = new Array<number>(to - from);
        for (let j = from; j < to; j++) list[j - from] = flat[j]!;
        column.push(list);
        from = to;
      }
    } else if (slice.texts) {
      const { joined, lengths, ends } = slice.texts;
      let at = 0;
      const text = (k: number): string | null => {
        const n = lengths[k]!;
        if (n < 0) return null;
        at += n;
        return joined.slice(at - n, at);
      };
      if (!ends) for (let k = 0; k < lengths.length; k++) column.push(text(k));
      else {
        let from = 0;
        for (let k = 0; k < ends.length; k++) {
          const to = ends[k]!;
          const list = new Array<string>(to - from);
          for (let j = from; j < to; j++) list[j - from] = text(j)!;
          column.push(list);
          from = to;
        }
      }
    } else for (const value of slice.values) column.push(value);
  }

  private take(group: ColumnGroup, key: string): unknown[] {
    return this.columns.get(`${group}.${key}`) ?? [];
  }

  /** The shell with its columns filled in (its other members as they are). */
  bundle(shell: Bundle): Bundle {
    const bundle: Record<string, unknown> = { ...shell };
    for (const group of BUNDLE_COLUMN_GROUPS) {
      bundle[group] = Object.fromEntries(membersOf(shell, group).map(([key, value]) => [key, Array.isArray(value) ? this.take(group, key) : value]));
    }
    return bundle as unknown as Bundle;
  }

  abstracts(): Abstracts {
    return this.take('abstracts', '') as Abstracts;
  }
}
