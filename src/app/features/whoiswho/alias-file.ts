/** The alias file the explorer applies and downloads: the dataset's own alias file (if any), then the accepted lines. */
import { aliasFileFor, type AliasDecision } from '../../../core/queries/synonyms';
import type { InputFile } from '../../../core/ingest/types';

/** The alias file for `lines`, after the dataset's own alias file if it had one. */
export function combinedAliasFile(lines: readonly AliasDecision[], original: InputFile | null): string {
  const mine = aliasFileFor(lines);
  return original ? `${original.text.replace(/\s*$/, '')}\n${mine}` : mine;
}
