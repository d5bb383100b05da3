/**
 * A bundle (and optionally its abstracts) as a stream of small column slices and back. The build worker
 * sends a large result this way so that the page takes it in as many short tasks, not one long one.
 */
import type { Abstracts, Bundle } from '../../../core/bundle/types';
import { COLUMN_SLICE, type ColumnGroup } from './build-protocol';

export interface ColumnSlice {
  group: ColumnGroup;
  key: string;
  values: unknown[];
}

const GROUPS = ['authors', 'papers', 'coauthorLinks'] as const;

const columnsOf = (bundle: Bundle, group: (typeof GROUPS)[number]) => bundle[group] as unknown as Record<string, unknown[]>;

/** The bundle with every column left empty: what is sent after the slices. */
export function bundleShell(bundle: Bundle): Bundle {
  const shell: Record<string, unknown> = { ...bundle };
  for (const group of GROUPS) shell[group] = Object.fromEntries(Object.keys(columnsOf(bundle, group)).map((key) => [key, []]));
  return shell as unknown as Bundle;
}

/** Every column of the bundle (then the abstracts, when given) in slices of `size` values. */
export function* columnSlices(bundle: Bundle, abstracts: Abstracts | null, size = COLUMN_SLICE): Generator<ColumnSlice> {
  const slices = function* (group: ColumnGroup, key: string, values: unknown[]) {
    for (let i = 0; i < values.length; i += size) yield { group, key, values: values.slice(i, i + size) };
  };
  for (const group of GROUPS) for (const [key, values] of Object.entries(columnsOf(bundle, group))) yield* slices(group, key, values);
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

  /** The shell with its columns filled in. */
  bundle(shell: Bundle): Bundle {
    const bundle: Record<string, unknown> = { ...shell };
    for (const group of GROUPS) bundle[group] = Object.fromEntries(Object.keys(columnsOf(shell, group)).map((key) => [key, this.take(group, key)]));
    return bundle as unknown as Bundle;
  }

  abstracts(): Abstracts {
    return this.take('abstracts', '') as Abstracts;
  }
}
