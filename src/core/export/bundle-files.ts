/**
 * Exports made of two files, handed out as one ZIP (one download: a browser may hold back a second download a
 * page starts by itself): VOSviewer's map and network files (vosviewer.ts) and Gephi's spreadsheet node and
 * edge tables (csv.ts `gephiTables`). Zipped by fflate (`zipSync`, deflate), named after the dataset (`base`).
 */
import { strToU8, zipSync } from 'fflate';
import type { Bundle } from '../bundle/types';
import { gephiTables } from './csv';
import { vosviewerMap, vosviewerNetwork } from './vosviewer';

/** What a VOSviewer user opens ("Create… > Create a map based on network data > Read data from VOSviewer files"): `<base>-vosviewer-map.txt` and `<base>-vosviewer-network.txt`. */
export function vosviewerFiles(bundle: Bundle, base: string): Record<string, string> {
  return { [`${base}-vosviewer-map.txt`]: vosviewerMap(bundle), [`${base}-vosviewer-network.txt`]: vosviewerNetwork(bundle) };
}

/** Gephi's Data Laboratory > Import Spreadsheet, nodes first then edges: `<base>-gephi-nodes.csv`, `<base>-gephi-edges.csv`. */
export function gephiFiles(bundle: Bundle, base: string): Record<string, string> {
  const { nodes, edges } = gephiTables(bundle);
  return { [`${base}-gephi-nodes.csv`]: nodes, [`${base}-gephi-edges.csv`]: edges };
}

/** The files (name → UTF-8 text) as one ZIP archive's bytes, in the order given. Throws nothing for text input. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
