/**
 * Exports made of two files, handed out as one ZIP (one download: a browser may hold back a second download a
 * page starts by itself): VOSviewer's map and network files (vosviewer.ts) and Gephi's spreadsheet node and
 * edge tables (csv.ts `gephiTables`). Zipped by fflate (`zipSync`, deflate), named after the dataset (`base`).
 */
import { strToU8, zipSync } from 'fflate';
import type { Bundle } from '../bundle/types';
import { gephiTables } from './csv';
import { vosviewerMap, vosviewerNetwork } from './vosviewer';
import { tableSuffix, type TableSubset } from './table-subset';

/**
 * What a VOSviewer user opens ("Create… > Create a map based on network data > Read data from VOSviewer files"):
 * `<base>-vosviewer-map.txt` and `<base>-vosviewer-network.txt`; with a subset `subset` (a year range, or years and
 * venues: table-subset.ts), that subset's network (vosviewer.ts), the subset in the names:
 * `<base>-2019-2020-vosviewer-map.txt`, `<base>-2020-lrec-2020-vosviewer-map.txt`. Throws a RangeError for a range
 * that is not two whole years in order, or a venue not of `bundle`.
 */
export function vosviewerFiles(bundle: Bundle, base: string, subset: TableSubset = null): Record<string, string> {
  const name = `${base}${tableSuffix(bundle, subset)}`;
  return { [`${name}-vosviewer-map.txt`]: vosviewerMap(bundle, subset), [`${name}-vosviewer-network.txt`]: vosviewerNetwork(bundle, subset) };
}

/**
 * Gephi's Data Laboratory > Import Spreadsheet, nodes first then edges: `<base>-gephi-nodes.csv`,
 * `<base>-gephi-edges.csv`; with a subset `subset` (a year range, or years and venues: table-subset.ts), that
 * subset's network (csv.ts `gephiTables`), the subset in the names: `<base>-2019-2020-gephi-nodes.csv`,
 * `<base>-acl-emnlp-gephi-nodes.csv`. Throws a RangeError for a range that is not two whole years in order, or a
 * venue not of `bundle`.
 */
export function gephiFiles(bundle: Bundle, base: string, subset: TableSubset = null): Record<string, string> {
  const { nodes, edges } = gephiTables(bundle, subset);
  const name = `${base}${tableSuffix(bundle, subset)}`;
  return { [`${name}-gephi-nodes.csv`]: nodes, [`${name}-gephi-edges.csv`]: edges };
}

/** The files (name → UTF-8 text) as one ZIP archive's bytes, in the order given. Throws nothing for text input. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
