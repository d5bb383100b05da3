/**
 * The input formats as people name them, in the order the import dialog lists them (the formats users meet most
 * first). Kept apart from the readers so the page's first code can list them without loading a parser.
 */
import type { InputFormat } from './types';

export const FORMAT_NAMES: Readonly<Record<InputFormat, string>> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  openalex: 'OpenAlex',
  wos: 'Web of Science',
  scopus: 'Scopus',
  pubmed: 'PubMed',
  dimensions: 'Dimensions',
  'zotero-csv': 'Zotero CSV',
  csv: 'CSV',
  dblp: 'DBLP XML',
  jsonl: 'JSON Lines',
  seed: 'seed text',
};

/** Every format's name, joined for a sentence: "BibTeX, RIS, … or seed text" (`last` joins the last two). */
export function formatList(separator = ', ', last = ' or '): string {
  const names = Object.values(FORMAT_NAMES);
  return `${names.slice(0, -1).join(separator)}${last}${names[names.length - 1]}`;
}
