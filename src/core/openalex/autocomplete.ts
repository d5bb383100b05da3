import { getJson, type HttpOptions } from './http';
import { bareOpenAlexId } from './query';
import { bareOrcid } from '../ingest/identifiers';
import { autocompleteUrl, DEFAULT_OPENALEX_BASE, type Identity } from './urls';

/** One suggestion of the autocomplete endpoint, as the "New map" form shows it. */
export interface Suggestion {
  /** "A5023888391" or "I136199984". */
  id: string;
  name: string;
  /** For authors, OpenAlex's hint (their last known institution); for institutions, the place. */
  hint: string | null;
  worksCount: number | null;
  citedByCount: number | null;
  /** Authors: the ORCID iD when OpenAlex has one. */
  orcid: string | null;
}

/**
 * Suggestions for what the user typed (`/autocomplete/authors?q=` or institutions): up to ten, in
 * OpenAlex's order (most cited first). Entries without a usable id are left out. Throws OpenAlexError / AbortError.
 */
export async function autocomplete(entity: 'authors' | 'institutions', q: string, opts: Identity & { base?: string; http: HttpOptions }): Promise<Suggestion[]> {
  const text = q.trim();
  if (!text) return [];
  const body = (await getJson(autocompleteUrl(opts.base ?? DEFAULT_OPENALEX_BASE, entity, text, opts), { retries: 1, ...opts.http })) as { results?: unknown };
  if (!body || !Array.isArray(body.results)) return [];
  const out: Suggestion[] = [];
  for (const r of body.results as Record<string, unknown>[]) {
    if (!r || typeof r !== 'object') continue;
    const id = typeof r.id === 'string' ? bareOpenAlexId(r.id, entity === 'authors' ? 'A' : 'I') : null;
    const name = typeof r.display_name === 'string' ? r.display_name.trim() : '';
    if (!id || !name) continue;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    out.push({
      id,
      name,
      hint: typeof r.hint === 'string' && r.hint.trim() ? r.hint.trim() : null,
      worksCount: num(r.works_count),
      citedByCount: num(r.cited_by_count),
      orcid: entity === 'authors' ? bareOrcid(r.external_id) : null,
    });
  }
  return out;
}
