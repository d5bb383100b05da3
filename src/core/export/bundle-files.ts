/**
 * Exports made of two files, handed out as one ZIP (one download: a browser may hold back a second download a
 * page starts by itself): VOSviewer's map and network files (vosviewer.ts) and Gephi's spreadsheet node and
 * edge tables (csv.ts `gephiTables`). Zipped by fflate (`zipSync`, deflate), named after the dataset (`base`).
 */
import { strToU8, zipSync } from 'fflate';
import type { Bundle } from '../bundle/types';
import { gephiTables } from './csv';
import { vosviewerMap, vosviewerNetwork } from './vosviewer';
import type { TableSubset } from './table-subset';
import { shownNetwork, type ShownSet } from './shown-set';

/**
 * What a VOSviewer user opens ("Create… > Create a map based on network data > Read data from VOSviewer files"):
 * `<base>-vosviewer-map.txt` and `<base>-vosviewer-network.txt`; of what `shown` holds (the view: shown-set.ts
 * `ShownSet`; a subset alone, a year range or years and venues: table-subset.ts; null: everyone) (vosviewer.ts), its
 * subset and filters in the names: `<base>-2019-2020-vosviewer-map.txt`, `<base>-2020-lrec-2020-vosviewer-map.txt`,
 * `<base>-min2-vosviewer-map.txt` (shown-set.ts `shownFilterSuffix`). Throws a RangeError for a range
 * that is not two whole years in order, or a venue not of `bundle`.
 */
export function vosviewerFiles(bundle: Bundle, base: string, shown: ShownSet | TableSubset = null): Record<string, string> {
  const name = `${base}${shownNetwork(bundle, shown).suffix}`;
  return { [`${name}-vosviewer-map.txt`]: vosviewerMap(bundle, shown), [`${name}-vosviewer-network.txt`]: vosviewerNetwork(bundle, shown) };
}

/**
 * Gephi's Data Laboratory > Import Spreadsheet, nodes first then edges: `<base>-gephi-nodes.csv`,
 * `<base>-gephi-edges.csv`; of what `shown` holds (the view: shown-set.ts `ShownSet`; a subset alone, a year range or
 * years and venues: table-subset.ts; null: everyone) (csv.ts `gephiTables`), its subset and filters in the names:
 * `<base>-2019-2020-gephi-nodes.csv`, `<base>-acl-emnlp-gephi-nodes.csv`, `<base>-min2-gephi-nodes.csv`. Throws a RangeError for a range that is not two whole years in order, or a
 * venue not of `bundle`.
 */
export function gephiFiles(bundle: Bundle, base: string, shown: ShownSet | TableSubset = null): Record<string, string> {
  const { nodes, edges } = gephiTables(bundle, shown);
  const name = `${base}${shownNetwork(bundle, shown).suffix}`;
  return { [`${name}-gephi-nodes.csv`]: nodes, [`${name}-gephi-edges.csv`]: edges };
}

/** The files (name → UTF-8 text) as one ZIP archive's bytes, in the order given. Throws nothing for text input. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
