/** How the import UI writes counts, sizes and durations. */

import { count } from '../../format';
import type { ImportedMeta } from './build-protocol';

export { count };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.max(1, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A skipped record's reason in the notice: its first 100 characters (the report has it whole). */
const REASON_CHARS = 100;

/**
 * The notice's line on skipped records: how many, then the first few by `file:line` with their reason (as the
 * CLI's summary names them; `meta.firstSkipped`), and how many more the report lists ("2 records were skipped, not
 * read into the map: refs.bib:12 (unclosed brace …); refs.bib:40 (…). The report lists each with its file, line
 * and why"). A dataset saved before `firstSkipped` says only that the report names them.
 */
export function skippedWords(meta: Pick<ImportedMeta, 'skipped' | 'firstSkipped'>): string {
  const head = `${meta.skipped === 1 ? '1 record was' : `${count(meta.skipped)} records were`} skipped, not read into the map`;
  const first = meta.firstSkipped ?? [];
  if (first.length === 0) return `${head}: the report says which file, line and why`;
  const named = first.map((k) => `${k.file}:${k.line} (${k.reason.length > REASON_CHARS ? `${k.reason.slice(0, REASON_CHARS)}…` : k.reason})`).join('; ');
  const more = meta.skipped - first.length;
  return `${head}: ${named}${more > 0 ? `; and ${count(more)} more` : ''}. The report lists ${meta.skipped === 1 ? 'it' : 'each'} with its file, line and why`;
}
