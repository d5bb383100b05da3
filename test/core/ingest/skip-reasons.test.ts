/*
 * A record with no author or no title is skipped with its line and a reason worded the same way by every reader,
 * naming where the reader looked in the format's own terms (invented records).
 */
import { describe, expect, it } from 'vitest';
import { missingAuthorsOrTitle } from '../../../src/core/ingest/require-papers';
import { readZoteroCsv } from '../../../src/core/ingest/zotero-csv';
import { readScopus } from '../../../src/core/ingest/scopus';
import { readRis } from '../../../src/core/ingest/ris';

describe('skip reasons', () => {
  it('names what is missing: the authors, the title, or both', () => {
    expect(missingAuthorsOrTitle(true, true, 'no authors (AU)', 'no title (TI)')).toBeNull();
    expect(missingAuthorsOrTitle(false, true, 'no authors (AU)', 'no title (TI)')).toBe('no authors (AU)');
    expect(missingAuthorsOrTitle(true, false, 'no authors (AU)', 'no title (TI)')).toBe('no title (TI)');
    expect(missingAuthorsOrTitle(false, false, 'no authors (AU)', 'no title (TI)')).toBe('no authors (AU) and no title (TI)');
    expect(missingAuthorsOrTitle(false, false, 'no authors or editors')).toBe('no authors or editors and no title');
  });

  it('a Zotero CSV, a Scopus CSV and a RIS file skip the same records with the same words, and keep the rest', () => {
    const zotero = readZoteroCsv({
      name: 'lab.csv',
      text: '"Key","Item Type","Author","Title"\n"K1","journalArticle","Roe, Ann","Kept"\n"K2","journalArticle","","Orphan"\n"K3","journalArticle","Doe, Bo",""\n"K4","note","",""\n',
    });
    expect(zotero.papers.map((p) => p.title)).toEqual(['Kept']);
    expect(zotero.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'no authors (Author column empty)'],
      [4, 'no title (Title column empty)'],
      [5, 'no authors (Author column empty) and no title (Title column empty)'],
    ]);
    const scopus = readScopus({ name: 'scopus.csv', text: 'Authors,Title,EID\n"Roe A.",Kept,2-s1\n,Orphan,2-s2\n"Doe B.",,2-s3\n' });
    expect(scopus.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'no authors (Authors column empty)'],
      [4, 'no title (Title column empty)'],
    ]);
    const ris = readRis({ name: 'lab.ris', text: 'TY  - JOUR\nAU  - Roe, Ann\nTI  - Kept\nER  - \nTY  - JOUR\nPY  - 2020\nER  - \n' });
    expect(ris.papers).toHaveLength(1);
    expect(ris.skipped.map((s) => [s.line, s.reason])).toEqual([[5, 'no authors (AU/A1) or editors (A2/ED) and no title (TI/T1)']]);
  });
});
