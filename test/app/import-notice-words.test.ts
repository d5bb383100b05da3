/** The import notice's line on skipped records names the first few by file:line and reason (`skippedWords` in features/import/format.ts). */
import { describe, expect, it } from 'vitest';
import { skippedWords } from '../../src/app/features/import/format';

describe('skippedWords', () => {
  it('names the first three by file:line and reason, and how many more the report lists', () => {
    const firstSkipped = [
      { file: 'geom.bib', line: 12, reason: 'unclosed brace' },
      { file: 'geom.bib', line: 40, reason: 'no title' },
      { file: 'refs.ris', line: 3, reason: 'x'.repeat(120) },
    ];
    expect(skippedWords({ skipped: 23, firstSkipped })).toBe(
      `23 records were skipped, not read into the map: geom.bib:12 (unclosed brace); geom.bib:40 (no title); refs.ris:3 (${'x'.repeat(100)}…); and 20 more. The report lists each with its file, line and why`,
    );
  });

  it('one record: named, "it"; a dataset saved before the names were kept says the report has them', () => {
    expect(skippedWords({ skipped: 1, firstSkipped: [{ file: 'a.bib', line: 7, reason: 'unclosed brace' }] })).toBe(
      '1 record was skipped, not read into the map: a.bib:7 (unclosed brace). The report lists it with its file, line and why',
    );
    expect(skippedWords({ skipped: 2 })).toBe('2 records were skipped, not read into the map: the report says which file, line and why');
  });
});
