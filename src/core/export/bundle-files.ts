/**
 * Exports made of two files, handed out as one ZIP (one download: a browser may hold back a second download a
 * page starts by itself): VOSviewer's map and network files (vosviewer.ts) and Gephi's spreadsheet node and
 * edge tables (csv.ts `gephiTables`). Zipped by fflate (`zipSync`, deflate), named after the dataset (`base`).
 */
import { strToU8, zipSync } from 'fflate';
import type { Bundle } from '../bundle/types';
import { gephiTables } from './csv';
import { vosviewerMap, vosviewerNetwork } from './vosviewer';
import { rangeSuffix } from '../queries/time-slice';

/**
 * What a VOSviewer user opens ("Create… > Create a map based on network data > Read data from VOSviewer files"):
 * `<base>-vosviewer-map.txt` and `<base>-vosviewer-network.txt`; with a year range `range`, that range's network
 * (vosviewer.ts), the range in the names: `<base>-2019-2020-vosviewer-map.txt`. Throws a RangeError for a range
 * that is not two whole years in order.
 */
export function vosviewerFiles(bundle: Bundle, base: string, range: readonly [number, number] | null = null): Record<string, string> {
  const name = `${base}${rangeSuffix(range)}`;
  return { [`${name}-vosviewer-map.txt`]: vosviewerMap(bundle, range), [`${name}-vosviewer-network.txt`]: vosviewerNetwork(bundle, range) };
}

/**
 * Gephi's Data Laboratory > Import Spreadsheet, nodes first then edges: `<base>-gephi-nodes.csv`,
 * `<base>-gephi-edges.csv`; with a year range `range`, that range's network (csv.ts `gephiTables`), the range in the
 * names: `<base>-2019-2020-gephi-nodes.csv`. Throws a RangeError for a range that is not two whole years in order.
 */
export function gephiFiles(bundle: Bundle, base: string, range: readonly [number, number] | null = null): Record<string, string> {
  const { nodes, edges } = gephiTables(bundle, range);
  const name = `${base}${rangeSuffix(range)}`;
  return { [`${name}-gephi-nodes.csv`]: nodes, [`${name}-gephi-edges.csv`]: edges };
}

/** The files (name → UTF-8 text) as one ZIP archive's bytes, in the order given. Throws nothing for text input. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
