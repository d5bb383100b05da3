/**
 * The bundle the page hands to the insights worker (insights-client.ts) goes with its strings packed (`texts`): a
 * slice of strings or nulls as one string and their lengths, a slice of lists of strings as one string, lengths and
 * list ends. Put back together it is the same bundle to the byte, every string exactly (empty, astral, lone
 * surrogates, nulls), in far fewer slices, and the name checks the worker runs on it (both kinds, every name) give
 * the same results as on the page's own bundle (acl_2020_main, 7.5k authors).
 */
import { describe, expect, it } from 'vitest';
import { aclMain } from '../../core/helpers';
import { ColumnAssembler, bundleShell, columnSliceCount, columnSlices, sliceTransfer, type ColumnSlice } from '../../../src/app/data/column-slices';
import { INSIGHTS_SLICE, INSIGHTS_TYPED_SLICE } from '../../../src/app/workers/insights-protocol';
import { suggestSamePerson } from '../../../src/core/queries/synonyms';
import { flagHomonyms } from '../../../src/core/queries/homonyms';
import type { Bundle } from '../../../src/core/bundle/types';

/** As the insights client sends it: typed, long slices, strings packed. */
const SENT = { typed: true, typedSize: INSIGHTS_TYPED_SLICE, texts: true } as const;

function roundTrip(b: Bundle, size: number, options: { typed: boolean; typedSize?: number; texts?: boolean }): { back: Bundle; slices: ColumnSlice[] } {
  const assembler = new ColumnAssembler();
  const slices: ColumnSlice[] = [];
  for (const slice of columnSlices(b, null, size, options)) {
    // what postMessage does: cloned, the typed arrays handed over
    const copy = structuredClone(slice, { transfer: sliceTransfer(slice) });
    slices.push(copy);
    assembler.add(copy);
  }
  return { back: assembler.bundle(structuredClone(bundleShell(b))), slices };
}

describe('column slices with strings packed (the insights worker\'s bundle)', () => {
  const { bundle } = aclMain();

  it('give back the same bundle in a few slices, strings packed, and the name checks find the same', () => {
    const { back, slices } = roundTrip(bundle, INSIGHTS_SLICE, SENT);
    expect(JSON.stringify(back)).toBe(JSON.stringify(bundle));
    const plain = columnSliceCount(bundle, INSIGHTS_SLICE, { typed: true, typedSize: INSIGHTS_TYPED_SLICE });
    expect(slices.length).toBe(columnSliceCount(bundle, INSIGHTS_SLICE, SENT));
    expect(slices.length).toBeLessThan(plain);
    // no slice carries its values one by one: names, titles, DOIs (with nulls), other spellings all packed
    expect(slices.filter((s) => s.values.length > 0)).toEqual([]);
    for (const key of ['name', 'title', 'doi', 'aliases']) expect(slices.some((s) => s.key === key && s.texts)).toBe(true);
    expect(suggestSamePerson(back)).toEqual(suggestSamePerson(bundle));
    expect(flagHomonyms(back)).toEqual(flagHomonyms(bundle));
  });

  it('keeps every string exactly: empty, astral, lone surrogates, nulls; lists of strings with empty ones', () => {
    const odd = structuredClone(bundle) as unknown as { authors: Record<string, unknown[]>; papers: Record<string, unknown[]> };
    const special = ['', 'Ondřej Bojar', '𝔘nicode 😀', '\uD800 lone', 'tail \uDFFF', null, 'a'];
    odd.authors.name = odd.authors.name!.map((v, i) => (i < 40 ? special[i % special.length] : v));
    odd.authors.aliases = odd.authors.aliases!.map((v, i) => (i < 40 ? (i % 3 === 0 ? [] : i % 3 === 1 ? ['', '😀 x'] : ['\uD800']) : v));
    odd.papers.doi = odd.papers.doi!.map((v, i) => (i % 2 ? null : v));
    for (const size of [3, INSIGHTS_SLICE]) {
      const { back } = roundTrip(odd as unknown as Bundle, size, { ...SENT, typedSize: size === 3 ? 7 : INSIGHTS_TYPED_SLICE });
      const b = back as unknown as typeof odd;
      expect(b.authors.name).toEqual(odd.authors.name);
      expect(b.authors.aliases).toEqual(odd.authors.aliases);
      expect(b.papers.doi).toEqual(odd.papers.doi);
      expect(JSON.stringify(back)).toBe(JSON.stringify(odd));
    }
  });

  it('a slice mixing strings with other values goes as it is', () => {
    const mixed = structuredClone(bundle) as unknown as { authors: Record<string, unknown[]> };
    mixed.authors.name![2] = 7;
    const { back, slices } = roundTrip(mixed as unknown as Bundle, 5, { ...SENT, typedSize: 5 });
    expect(JSON.stringify(back)).toBe(JSON.stringify(mixed));
    expect(slices.filter((s) => s.key === 'name' && !s.texts).length).toBe(1);
  });
});
