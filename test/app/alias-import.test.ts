/**
 * An alias file in the browser's import (features/import/alias-inputs.ts, core/ingest/alias-sniff.ts): told from
 * a paper list by its content, used as the aliases as the CLI's --aliases uses it, and said so; the explorer's own
 * download read back with the paper list gives the map the CLI gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles } from '../core/helpers';
import { buildDatasetAsync } from '../../src/core/pipeline';
import { decodeInputFile } from '../../src/core/ingest/decode-input';
import { detectFormat, isAliasFile } from '../../src/core/ingest/index';
import { aliasFileKind } from '../../src/core/ingest/alias-sniff';
import { splitDecisions, splitPersonCandidates } from '../../src/core/queries/homonyms';
import { combinedAliasFile } from '../../src/app/features/whoiswho/alias-file';
import { separateAliasFile } from '../../src/app/features/import/alias-inputs';
import { ALIAS_FILE_ALONE } from '../../src/app/features/import/build-protocol';
import type { InputFile } from '../../src/core/ingest/types';
import { peopleWords, splitCounts, splitWords } from '../../src/core/bundle/report-words';

/** A file as the build worker reads a chosen file: its bytes decoded as the CLI decodes them. */
const asChosen = (name: string, text: string): InputFile => decodeInputFile(new TextEncoder().encode(text), name);
const seed = () => decodeInputFile(readFileSync(SEED_PATH), 'wang-jialiang.txt');

const DOWNLOAD = '# Coauthor Atlas aliases: variant<TAB>canonical[<TAB>paper DOI or title]\nMira Olsen\tMira K. Olsen\nTeo Brandt\tTeo Brandt (2)\tA Study of Invented Things\n';

describe('telling an alias file from a paper list', () => {
  it("the explorer's download, VOSviewer's thesaurus and bare alias lines are alias files; paper lists are not", () => {
    expect(aliasFileKind(DOWNLOAD)).toBe('header');
    expect(aliasFileKind('\uFEFFlabel\treplace by\nM. Olsen\tMira Olsen\n')).toBe('lines');
    expect(aliasFileKind('\n# mine\nM. Olsen\tMira Olsen\nT. Brandt\tTeo Brandt\tdoi:10.1/xyz\n')).toBe('lines');
    expect(aliasFileKind('M. Olsen\tMira Olsen\tpaper\textra cell\n')).toBeNull();
    expect(aliasFileKind('just one name\n')).toBeNull();
    expect(aliasFileKind('# only a comment\n')).toBeNull();
    expect(isAliasFile(asChosen('mine.tsv', DOWNLOAD))).toBe(true);
    expect(isAliasFile(asChosen('thesaurus.txt', 'label\treplace by\nM. Olsen\tMira Olsen\n'))).toBe(true);
    expect(isAliasFile(seed())).toBe(false);
    expect(isAliasFile(asChosen('refs.bib', '@article{a, title={Invented}, author={Olsen, Mira and Brandt, Teo}, year=2020}\n'))).toBe(false);
  });

  it('given as a paper list, an alias file is said to be one (not "cannot tell the format")', () => {
    for (const file of [asChosen('seed-split-aliases.tsv', DOWNLOAD), asChosen('thesaurus.tsv', 'M. Olsen\tMira Olsen\n')]) {
      expect(() => detectFormat(file)).toThrow(/:1: this is an alias file .*not a paper list: give it as the aliases \(--aliases FILE\)/);
    }
  });
});

describe('an alias file among the files of an import', () => {
  it('is taken out of the paper lists and used as the aliases, with a note naming it', () => {
    const split = separateAliasFile([seed(), asChosen('mine-aliases.tsv', DOWNLOAD)], null);
    expect(split.papers.map((f) => f.name)).toEqual(['wang-jialiang.txt']);
    expect(split.aliases?.name).toBe('mine-aliases.tsv');
    expect(split.foundAt).toBe(1);
    expect(split.notes).toEqual([{ file: 'mine-aliases.tsv', line: 1, note: "read as the alias file, not a paper list (as the CLI's --aliases): 2 lines merging or splitting names" }]);
  });

  it('the Alias file option is the aliases; a second alias file, or one without a paper list, is an error naming it', () => {
    const given = asChosen('chosen.tsv', 'M. Olsen\tMira Olsen\n');
    const split = separateAliasFile([seed()], given);
    expect(split).toMatchObject({ aliases: given, foundAt: null, notes: [{ file: 'chosen.tsv', line: 1, note: "the alias file (as the CLI's --aliases): 1 line merging or splitting names" }] });
    expect(() => separateAliasFile([seed(), asChosen('dropped.tsv', DOWNLOAD)], given)).toThrow(/dropped\.tsv:1: a second alias file \(the first is chosen\.tsv\)/);
    expect(() => separateAliasFile([asChosen('alone.tsv', DOWNLOAD)], null)).toThrow(`alone.tsv:1: ${ALIAS_FILE_ALONE}`);
    expect(() => separateAliasFile([], given)).toThrow(`chosen.tsv:1: ${ALIAS_FILE_ALONE}`);
    // no alias file: nothing changes
    expect(separateAliasFile([seed()], null)).toMatchObject({ aliases: null, foundAt: null, notes: [] });
  });

  it("round trip: the seed's split downloaded from the explorer, imported with the seed list, gives the CLI's authors", async () => {
    const plain = buildFiles([SEED_PATH]).bundle;
    const wang = plain.focalAuthor!;
    const download = combinedAliasFile(splitDecisions(plain, splitPersonCandidates(plain, wang)), null);
    expect(download.startsWith('# Coauthor Atlas aliases')).toBe(true);
    // the CLI: build:graph wang-jialiang.txt --aliases seed-split-aliases.tsv
    const cli = buildFiles([SEED_PATH], { aliases: { name: 'seed-split-aliases.tsv', text: download } });
    // the browser: both files dropped together, as the build worker takes them (abstracts kept in memory)
    const split = separateAliasFile([seed(), asChosen('seed-split-aliases.tsv', download)], null);
    const browser = await buildDatasetAsync(split.papers, { aliases: split.aliases, abstractsFile: null });
    expect(browser.bundle.stats.authors).toBe(plain.stats.authors + 3);
    expect(browser.bundle.stats.authors).toBe(cli.bundle.stats.authors);
    expect(browser.bundle.authors.name).toEqual(cli.bundle.authors.name);
    expect(browser.bundle.authors.name).toEqual(expect.arrayContaining(['Jialiang Wang', 'Jialiang Wang (2)', 'Jialiang Wang (3)', 'Jialiang Wang (4)']));
    // the dataset is named after the paper list, not the alias file
    expect(browser.bundle.name).toBe(cli.bundle.name);
  });

  it('the browser says a split as a split, as the CLI does ("merged 0, split 1 name into 4 people"), not "3 merged"', async () => {
    // (a tester: "3 merged · 0 skipped", "3 people written more than one way", the Merged tab with no split marked)
    const text = readFileSync(new URL('../fixtures/seed-split-aliases.tsv', import.meta.url), 'utf8');
    const split = separateAliasFile([seed(), asChosen('seed-split-aliases.tsv', text)], null);
    const { report } = await buildDatasetAsync(split.papers, { aliases: split.aliases, abstractsFile: null });
    const marked = report.merged.filter((m) => m.split);
    expect(marked.map((m) => m.kept).sort()).toEqual(['Jialiang Wang (2)', 'Jialiang Wang (3)', 'Jialiang Wang (4)']);
    expect(marked.every((m) => m.kind === 'person' && m.split!.name === 'Jialiang Wang' && m.split!.people === 4)).toBe(true);
    expect(report.merged.filter((m) => !m.split)).toEqual([]);
    expect(splitCounts(report.merged)).toEqual({ names: 1, people: 4 });
    expect(splitWords(report.merged)).toBe('split 1 name into 4 people');
    const people = peopleWords(report);
    expect(people).not.toContain('written more than one way');
    expect(people).toContain("the alias file's per-paper lines split 1 name into 4 people (listed under Split)");
  });
});
