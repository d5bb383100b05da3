import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';

/** A build of `files` with the alias file `aliases` (name, text), as the CLI's `--aliases` gives it. */
const build = (files: [name: string, text: string][], aliases: [name: string, text: string]) =>
  buildDataset(files.map(([name, text]) => ({ name, text })), { aliases: { name: aliases[0], text: aliases[1] } });
const aliasNotes = (report: ReturnType<typeof build>['report'], file: string) => report.notes.filter((n) => n.file === file).map((n) => [n.line, n.note]);

describe('alias lines that do nothing are said (a tester: a typo in a plain line was ignored without a word)', () => {
  const ris = 'TY  - JOUR\nAU  - Vik, Siri\nAU  - Holm, Bo\nTI  - A made-up study\nPY  - 2020\nER  - \n\nTY  - JOUR\nAU  - Vik, S.\nTI  - Another made-up study\nPY  - 2021\nER  - \n';

  it('a plain line whose variant no author is written as: a note with the alias file and line; the other lines still apply', () => {
    const tsv = '\uFEFFS. Vik\tSiri Vik\r\n# a comment\r\nNobody Here\tSiri Vik\r\n';
    const { report, bundle } = build([['refs.ris', ris]], ['names.tsv', tsv]);
    expect(aliasNotes(report, 'names.tsv')).toEqual([[3, 'alias line 3: no author "Nobody Here" in the papers; line not applied']]);
    expect([...bundle.authors.name].sort()).toEqual(['Bo Holm', 'Siri Vik']);
    expect(report.merged.find((m) => m.kind === 'person')!.reason).toBe('alias file (line 1)');
  });

  it('a line used only through a chain (a -> b, b -> c) is applied, so not noted', () => {
    const tsv = 'S. Vik\tSiri A. Vik\nSiri A. Vik\tSiri Vik\n';
    const { report } = build([['refs.ris', ris]], ['chain.tsv', tsv]);
    expect(aliasNotes(report, 'chain.tsv')).toEqual([]);
  });

  it('a variant given twice with two names: the later line is used, the earlier one noted', () => {
    const tsv = 'S. Vik\tSigrid Vik\nS. Vik\tSiri Vik\n';
    const { report, bundle } = build([['refs.ris', ris]], ['twice.tsv', tsv]);
    expect(aliasNotes(report, 'twice.tsv')).toEqual([
      [2, 'alias line 2 maps "S. Vik" to "Siri Vik", line 1 to "Sigrid Vik": one name, two people; line 2 is used, line 1 is not (to make all of them one person, map every name to one of them)'],
    ]);
    expect([...bundle.authors.name].sort()).toEqual(['Bo Holm', 'Siri Vik']);
  });

  it('a paper-scoped line that does not apply is still noted as before', () => {
    const tsv = 'Bo Holm\tBo Holm (2)\tNo such paper\n';
    const { report } = build([['refs.ris', ris]], ['split.tsv', tsv]);
    expect(aliasNotes(report, 'split.tsv')).toEqual([[1, 'alias line 1: no paper "No such paper" with author "Bo Holm"; line not applied']]);
  });
});
