/**
 * A bundle (and optionally its abstracts) as a stream of small column slices and back, for the two workers
 * that pass whole bundles: the build worker sends a large result to the page this way, and the page sends the
 * bundle to the insights worker this way, so that the side taking it in does so in many short tasks, not one
 * long one. A group member that is not an array (an absent optional column) travels in the shell.
 */
import type { Abstracts, Bundle } from '../../core/bundle/types';

/** The bundle's column groups (the rest of a bundle goes whole, in the shell). */
export const BUNDLE_COLUMN_GROUPS = ['authors', 'papers', 'coauthorLinks'] as const;
export type BundleColumnGroup = (typeof BUNDLE_COLUMN_GROUPS)[number];
/** A column group of the bundle, or the abstracts (one column, key ''). */
export type ColumnGroup = BundleColumnGroup | 'abstracts';

/** Values per slice by default: small enough that taking one in stays far below a frame's worth of blocking. */
export const COLUMN_SLICE = 8192;

export interface ColumnSlice {
  group: ColumnGroup;
  key: string;
  values: unknown[];
}

const membersOf = (bundle: Bundle, group: BundleColumnGroup) => Object.entries(bundle[group] as unknown as Record<string, unknown>);

/** The bundle with every column of its groups left empty: what is sent before (or after) the slices. */
export function bundleShell(bundle: Bundle): Bundle {
  const shell: Record<string, unknown> = { ...bundle };
  for (const group of BUNDLE_COLUMN_GROUPS) shell[group] = Object.fromEntries(membersOf(bundle, group).map(([key, value]) => [key, Array.isArray(value) ? [] : value]));
  return shell as unknown as Bundle;
}

/** Every column of the bundle (none when null), then the abstracts (when given), in slices of `size` values. */
export function* columnSlices(bundle: Bundle | null, abstracts: Abstracts | null, size = COLUMN_SLICE): Generator<ColumnSlice> {
  const slices = function* (group: ColumnGroup, key: string, values: unknown[]) {
    for (let i = 0; i < values.length; i += size) yield { group, key, values: values.slice(i, i + size) };
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
    for (const value of slice.values) column.push(value);
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
