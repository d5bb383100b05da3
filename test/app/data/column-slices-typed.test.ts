/**
 * The build worker's result goes to the page in typed column slices (numbers and lists of author indices in
 * transferable typed arrays): put back together, it is the same bundle to the byte as the plain slices give,
 * every number exactly as it was (doubles, -0, int32 bounds), and a column that is not all numbers (years with
 * nulls, strings) goes as it is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { ColumnAssembler, bundleShell, columnSlices, sliceTransfer, type ColumnSlice } from '../../../src/app/data/column-slices';
import type { Bundle } from '../../../src/core/bundle/types';

const SEED = path.resolve(import.meta.dirname, '../../../public/samples/wang-jialiang.txt');
const { bundle, abstracts } = buildDataset([{ name: 'wang-jialiang.txt', text: readFileSync(SEED, 'utf8') }], { abstractsFile: null });

/** Each slice as the page gets it: cloned with its typed arrays handed over (what postMessage's transfer does). */
function sent(slice: ColumnSlice): ColumnSlice {
  const transfer = sliceTransfer(slice);
  const copy = structuredClone(slice, { transfer });
  // handed over, not copied: the sender's buffers are detached
  for (const b of transfer) expect(b.byteLength).toBe(0);
  return copy;
}

function roundTrip(b: Bundle, size: number, typedSize = size): { back: Bundle; slices: ColumnSlice[] } {
  const assembler = new ColumnAssembler();
  const slices: ColumnSlice[] = [];
  for (const slice of columnSlices(b, null, size, { typed: true, typedSize })) {
    const copy = sent(slice);
    slices.push(copy);
    assembler.add(copy);
  }
  return { back: assembler.bundle(structuredClone(bundleShell(b))), slices };
}

describe('typed column slices', () => {
  it('longer typed slices (the insights worker\'s) give back the same bundle in fewer slices, strings still short', () => {
    const short = roundTrip(bundle, 7);
    const long = roundTrip(bundle, 7, 64);
    expect(JSON.stringify(long.back)).toBe(JSON.stringify(bundle));
    expect(long.slices.length).toBeLessThan(short.slices.length);
    // a column of strings goes in slices of 7, a column of numbers in slices of up to 64
    expect(Math.max(...long.slices.filter((x) => x.values.length > 0).map((x) => x.values.length))).toBeLessThanOrEqual(7);
    expect(Math.max(...long.slices.map((x) => x.numbers?.length ?? 0))).toBe(64);
  });

  it('give back the same bundle as the plain slices, numbers and author lists in typed arrays', () => {
    const { back, slices } = roundTrip(bundle, 7);
    expect(JSON.stringify(back)).toBe(JSON.stringify(bundle));
    const kind = (key: string) => slices.filter((s) => s.key === key).map((s) => (s.numbers ? s.numbers.constructor.name : s.lists ? 'lists' : 'values'));
    // positions and link weights are doubles, indices and counts whole numbers, author lists flat
    expect(new Set(kind('x'))).toEqual(new Set(['Float64Array']));
    expect(new Set(kind('source'))).toEqual(new Set(['Int32Array']));
    expect(new Set(kind('authors'))).toEqual(new Set(['lists']));
    expect(new Set(kind('name'))).toEqual(new Set(['values']));
    // a typed slice carries no plain values
    for (const s of slices) if (s.numbers || s.lists) expect(s.values).toEqual([]);
    // the columns on the page are plain arrays, as the viewer and the save expect
    expect(Array.isArray(back.authors.x)).toBe(true);
    expect(Array.isArray(back.papers.authors[0])).toBe(true);
  });

  it('keeps every number exactly: -0, fractions, int32 bounds and beyond, nulls among numbers', () => {
    const odd = structuredClone(bundle) as unknown as { authors: Record<string, unknown[]>; papers: Record<string, unknown[]> };
    const n = odd.authors.x!.length;
    const special = [-0, 0.1 + 0.2, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 1e-300, Number.MAX_VALUE, 5];
    odd.authors.x = Array.from({ length: n }, (_, i) => special[i % special.length]!);
    odd.authors.paperCount = Array.from({ length: n }, (_, i) => (i === 3 ? -0 : i));
    const years = odd.papers.year!;
    years[1] = null;
    const back = roundTrip(odd as unknown as Bundle, 4).back as unknown as typeof odd;
    back.authors.x!.forEach((v, i) => expect(Object.is(v, odd.authors.x![i])).toBe(true));
    back.authors.paperCount!.forEach((v, i) => expect(Object.is(v, odd.authors.paperCount![i])).toBe(true));
    expect(back.papers.year).toEqual(years);
  });

  it('lists of strings and lists with a fraction go as they are; empty lists come back empty', () => {
    const withLists = structuredClone(bundle) as unknown as { authors: Record<string, unknown[]>; papers: Record<string, unknown[]> };
    const n = withLists.authors.x!.length;
    withLists.authors.aliases = Array.from({ length: n }, (_, i) => (i % 2 ? [`name ${i}`] : []));
    withLists.papers.authors = withLists.papers.authors!.map((list, j) => (j === 2 ? [0.5] : j === 4 ? [] : list));
    const { back, slices } = roundTrip(withLists as unknown as Bundle, 3);
    expect(JSON.stringify(back)).toBe(JSON.stringify(withLists));
    // a slice holding a name goes as values (one of only empty lists may go as lists: it comes back the same)
    for (const s of slices.filter((x) => x.key === 'aliases')) if (s.lists) expect(s.lists.flat.length).toBe(0);
    expect(slices.filter((x) => x.key === 'aliases' && !x.lists).length).toBeGreaterThan(0);
    // the slice holding the fraction goes as values, the others as lists
    const paperSlices = slices.filter((s) => s.group === 'papers' && s.key === 'authors');
    expect(paperSlices.filter((s) => !s.lists).length).toBe(1);
  });

  it('abstracts (strings and nulls) go as values', () => {
    const assembler = new ColumnAssembler();
    for (const slice of columnSlices(null, abstracts, 5, { typed: true })) {
      expect(slice.numbers ?? slice.lists).toBeUndefined();
      assembler.add(sent(slice));
    }
    expect(assembler.abstracts()).toEqual(abstracts);
  });
});
