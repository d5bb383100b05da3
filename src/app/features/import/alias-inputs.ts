/**
 * An alias file among the files of an import: told from the paper lists by its content (`isAliasFile`) and
 * handed to the build as its aliases, as the CLI's `--aliases` (a tester's downloaded alias file dropped beside
 * its paper list failed with "cannot tell the format of this file"). Runs in the build worker.
 */
import { IngestError } from '../../../core/ingest/errors';
import { isAliasFile } from '../../../core/ingest/index';
import type { IngestNote, InputFile } from '../../../core/ingest/types';
import { splitLines } from '../../../core/util/text-lines';
import { plural } from '../../format';
import { ALIAS_FILE_ALONE } from './build-protocol';


/** The paper lists of an import and the alias file it is built with. */
export interface AliasSplit {
  /** The inputs that are paper lists, in their order. */
  papers: InputFile[];
  /** The alias file: the one given as such, else the one found among the inputs; null when none. */
  aliases: InputFile | null;
  /** Where in `inputs` the alias file was found (null: given as such, or none). */
  foundAt: number | null;
  /** One note on the alias file (which it is, how many lines), for the build report. */
  notes: IngestNote[];
}

const ruleCount = (text: string) => splitLines(text).filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).length;

/**
 * Splits `inputs` (the files of an import, decoded) into paper lists and an alias file: `given` (the dialog's
 * Alias file option) if any, else an input `isAliasFile` recognises (the explorer's header, or only
 * `variant<TAB>canonical[<TAB>paper]` lines no reader takes). The alias file gets a note naming it and its line count.
 * @throws IngestError (the file, line 1) when an alias file comes without any paper list ("add it with the paper
 *   lists it belongs to"), or when there are two (a build takes one, as the CLI's single `--aliases`)
 */
export function separateAliasFile(inputs: InputFile[], given: InputFile | null): AliasSplit {
  const found = inputs.flatMap((file, k) => (isAliasFile(file) ? [k] : []));
  const papers = inputs.filter((_, k) => !found.includes(k));
  const names = [...(given ? [given.name] : []), ...found.map((k) => inputs[k]!.name)];
  if (names.length > 1) {
    throw new IngestError(names[1]!, 1, `a second alias file (the first is ${names[0]}): a build takes one alias file; merge their lines into one`);
  }
  const foundAt = found[0] ?? null;
  const aliases = given ?? (foundAt !== null ? inputs[foundAt]! : null);
  if (aliases && papers.length === 0) throw new IngestError(aliases.name, 1, ALIAS_FILE_ALONE);
  const notes: IngestNote[] = [];
  if (aliases) {
    const n = ruleCount(aliases.text);
    const lines = `${n} ${plural('line', n)}`;
    notes.push({
      file: aliases.name,
      line: 1,
      note: given
        ? `the alias file (as the CLI's --aliases): ${lines} merging or splitting names`
        : `read as the alias file, not a paper list (as the CLI's --aliases): ${lines} merging or splitting names`,
    });
  }
  return { papers, aliases, foundAt, notes };
}
