import type { InputFile } from '../ingest/types';
import { worksToJsonl, type FetchInfo, type Work } from './fetch-works';

/** The name fetched works go by: in the build report's file:line references, and `works.jsonl.gz` beside a CLI bundle. */
export const WORKS_FILE = 'works.jsonl';

/** Fetched works as the input file buildDataset reads (OpenAlex JSON Lines, one work per line). */
export function worksInput(works: Work[], name = WORKS_FILE): InputFile {
  return { name, text: worksToJsonl(works) };
}

/**
 * Build request fields for fetched works: the dataset name (the query's description; for a researcher, their
 * name with the institution most often on their works, so namesakes' maps differ: "Maria Okafor, Lakeside
 * University (OpenAlex)"), the OpenAlex format, and the researcher as focal author (their ORCID decides when
 * they have one).
 */
export function buildRequestFor(info: FetchInfo): { name: string; format: 'openalex'; focalAuthor: { name: string; orcid: string | null } | null } {
  const who = info.query.label ?? info.focal?.name ?? null;
  const where = info.focal?.institution ? `, ${info.focal.institution}` : '';
  const name = info.query.kind === 'search' || info.query.kind === 'institution' || !who ? `OpenAlex: ${info.description}` : `${who}${where} (OpenAlex${info.query.depth === 2 ? ', with co-authors' : ''})`;
  return { name, format: 'openalex', focalAuthor: info.focal ? { name: info.focal.name, orcid: info.focal.orcid } : null };
}
