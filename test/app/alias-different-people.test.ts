/**
 * "Different people" travels with the alias file: the download writes each rejected pair as a
 * `# different people<TAB>name<TAB>name` comment line, which every reader of the file (the CLI's --aliases, the
 * import dialog's check, the build) skips, and which an import of the file takes up again as the review list's
 * verdict (a tester's rejected "Kalina / Katina Bontcheva" came back undecided after an import). And the parts of the
 * seed's split, imported with the seed list, are not suggested as one person again. Invented names but the seed's.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles } from '../core/helpers';
import { buildDatasetAsync } from '../../src/core/pipeline';
import { decodeInputFile } from '../../src/core/ingest/decode-input';
import { aliasFileKind } from '../../src/core/ingest/alias-sniff';
import { differentPeopleOf, parseAliasFile } from '../../src/core/names/aliases';
import { splitDecisions, splitPersonCandidates } from '../../src/core/queries/homonyms';
import { suggestSamePerson } from '../../src/core/queries/synonyms';
import { combinedAliasFile, rejectedPairs } from '../../src/app/features/whoiswho/alias-file';
import { separateAliasFile } from '../../src/app/features/import/alias-inputs';
import { pairKey, takeUpDifferentPeople, useWhoIsWho } from '../../src/app/features/whoiswho/store';

const merge = [{ variant: 'Mira Olsen', canonical: 'Mira K. Olsen' }];
const decisions = {
  [pairKey(['Mira K. Olsen', 'Mira Olsen'])]: 'accepted' as const,
  [pairKey(['Kalia Brontë', 'Katia Brontë'])]: 'rejected' as const,
};

describe('"Different people" in the alias file', () => {
  const file = combinedAliasFile(merge, null, rejectedPairs(decisions));

  it('is a comment line each reader skips, read back as the pair', () => {
    expect(file).toBe('# Coauthor Atlas aliases: variant<TAB>canonical[<TAB>paper DOI or title]\nMira Olsen\tMira K. Olsen\n# different people\tKalia Brontë\tKatia Brontë\n');
    // the CLI's --aliases and the build read the merge only; the dialog still knows the file for an alias file
    expect(parseAliasFile('mine.tsv', file).map((r) => [r.variant, r.canonical])).toEqual([['Mira Olsen', 'Mira K. Olsen']]);
    expect(aliasFileKind(file)).toBe('header');
    expect(differentPeopleOf(file)).toEqual([['Kalia Brontë', 'Katia Brontë']]);
    // a file of rejections only is still an alias file the readers take (no rule line, nothing to apply)
    const only = combinedAliasFile([], null, [['Kalia Brontë', 'Katia Brontë']]);
    expect(parseAliasFile('only.tsv', only)).toEqual([]);
    expect(aliasFileKind(only)).toBe('header');
  });

  beforeEach(() => useWhoIsWho.setState({ decisions: {}, aliasLines: [], applied: [], appliedLines: 0 }));

  it('an import of the file takes the pair up as "Different people", leaving a verdict made here as it is', () => {
    useWhoIsWho.setState({ decisions: { [pairKey(['Tor Engel', 'T. Engel'])]: 'accepted' } });
    const taken = takeUpDifferentPeople([...differentPeopleOf(file), ['T. Engel', 'Tor Engel']]);
    expect(taken).toBe(1);
    expect(useWhoIsWho.getState().decisions).toEqual({
      [pairKey(['Tor Engel', 'T. Engel'])]: 'accepted',
      [pairKey(['Kalia Brontë', 'Katia Brontë'])]: 'rejected',
    });
  });
});

describe("the seed's split imported with its alias file", () => {
  it('builds as the CLI does, and offers no pair of the split\'s parts ("Jialiang Wang / Jialiang Wang (2)")', async () => {
    const plain = buildFiles([SEED_PATH]).bundle;
    const lines = splitDecisions(plain, splitPersonCandidates(plain, plain.focalAuthor!));
    const download = combinedAliasFile(lines, null, [['Ching-Yao Chuang', 'Ching-Yao Chung']]);
    const split = separateAliasFile([decodeInputFile(readFileSync(SEED_PATH), 'wang-jialiang.txt'), decodeInputFile(new TextEncoder().encode(download), 'wang-jialiang-aliases.tsv')], null);
    const { bundle } = await buildDatasetAsync(split.papers, { aliases: split.aliases, abstractsFile: null });
    expect(bundle.stats.authors).toBe(plain.stats.authors + 3);
    const pairs = suggestSamePerson(bundle).map((s) => s.names.join(' / '));
    expect(pairs.filter((p) => p.includes('Jialiang Wang'))).toEqual([]);
    expect(differentPeopleOf(split.aliases!.text)).toEqual([['Ching-Yao Chuang', 'Ching-Yao Chung']]);
  });
});
