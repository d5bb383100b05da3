/**
 * A bundle cut into column slices and put back together (the build worker's result to the page, the page's
 * bundle to the insights worker) is the same bundle to the byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { ColumnAssembler, bundleShell, columnSliceCount, columnSlices } from '../../../src/app/data/column-slices';

const SEED = path.resolve(import.meta.dirname, '../../../public/samples/wang-jialiang.txt');
const { bundle, abstracts } = buildDataset([{ name: 'wang-jialiang.txt', text: readFileSync(SEED, 'utf8') }], { abstractsFile: null });

describe('column slices', () => {
  it('a bundle and its abstracts survive slicing and reassembly unchanged', () => {
    const assembler = new ColumnAssembler();
    let slices = 0;
    for (const slice of columnSlices(bundle, abstracts, 7)) {
      expect(slice.values.length).toBeGreaterThan(0);
      expect(slice.values.length).toBeLessThanOrEqual(7);
      // what is sent is a copy: the page's arrays never alias the worker's
      assembler.add(structuredClone(slice));
      slices++;
    }
    // 109 authors and 3,926 links in slices of 7: far more than one message per column
    expect(slices).toBeGreaterThan(4 * Math.ceil(3926 / 7));
    const shell = structuredClone(bundleShell(bundle));
    expect(JSON.stringify(shell).length).toBeLessThan(JSON.stringify(bundle).length / 5);
    expect(JSON.stringify(assembler.bundle(shell))).toBe(JSON.stringify(bundle));
    expect(assembler.abstracts()).toEqual(abstracts);
  });

  it('a group member that is not an array (an absent optional column) travels in the shell', () => {
    const odd = { ...bundle, papers: { ...bundle.papers, venue: undefined, extra: null } } as unknown as typeof bundle;
    const assembler = new ColumnAssembler();
    for (const slice of columnSlices(odd, null, 1000)) assembler.add(structuredClone(slice));
    expect([...columnSlices(odd, null)].some((s) => s.key === 'extra' || s.key === 'venue')).toBe(false);
    const back = assembler.bundle(structuredClone(bundleShell(odd))) as unknown as Record<string, Record<string, unknown>>;
    expect(back.papers!.extra).toBeNull();
    expect('venue' in back.papers!).toBe(true);
    expect(back.papers!.venue).toBeUndefined();
    expect(back.papers!.title).toEqual(bundle.papers.title);
  });

  // the share of the bundle handed to the insights worker is counted in slices (the sidebar's "getting the names ready, 45%")
  it('counts the slices a bundle is sent in, typed or not, as many as are made', () => {
    // as on the 70k map: spellings (lists of names, the first ones empty) and ORCIDs (null first) go as they are
    const last = bundle.authors.name.length - 1;
    const authors = bundle.authors.name.map((_, i) => i);
    const mixed = {
      ...bundle,
      authors: { ...bundle.authors, aliases: authors.map((i) => (i === last ? ['J. Wang'] : [])), orcid: authors.map((i) => (i === last ? '0000-0001-2345-6789' : null)) },
    } as typeof bundle;
    for (const [size, options] of [
      [16, { typed: true, typedSize: 256 }],
      [7, {}],
    ] as const)
      expect(columnSliceCount(mixed, size, options)).toBe([...columnSlices(mixed, null, size, options)].length);
    for (const [size, options] of [
      [7, {}],
      [1000, {}],
      [16, { typed: true }],
      [16, { typed: true, typedSize: 256 }],
      [4096, { typed: true, typedSize: 65536 }],
    ] as const)
      expect(columnSliceCount(bundle, size, options), `${size} ${JSON.stringify(options)}`).toBe([...columnSlices(bundle, null, size, options)].length);
  });

  it('without abstracts, only bundle columns are sent', () => {
    const groups = new Set([...columnSlices(bundle, null)].map((s) => s.group));
    expect([...groups].sort()).toEqual(['authors', 'coauthorLinks', 'papers']);
  });
});
