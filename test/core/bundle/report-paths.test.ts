/** A build report never shows the builder's folders (a tester: "/work/shared/corpora/…jsonl" in the Build report). */
import { describe, expect, it } from 'vitest';
import { fileNameOnly, withFileNamesOnly } from '../../../src/core/bundle/report-paths';
import type { BuildReport } from '../../../src/core/bundle/report-types';

/** A report of an older build, its input named by the builder's absolute path. */
const report = (files: string[]): BuildReport =>
  ({
    inputs: files.map((file) => ({ file, format: 'bibtex', records: 2 })),
    notes: [{ file: files[0], line: 4, note: `title of "Quiet rivers" (${files[0]}:4) read as plain text` }],
    skipped: [{ file: files[0], line: 9, reason: 'no authors' }],
    merged: [],
  }) as unknown as BuildReport;

describe('withFileNamesOnly', () => {
  it('shows an absolute input path by its file name, in the inputs, notes, skipped records and the texts', () => {
    const r = withFileNamesOnly(report(['/home/ann/private/refs.bib']));
    expect(JSON.stringify(r)).not.toContain('/home/ann');
    expect(r.inputs[0]!.file).toBe('refs.bib');
    expect(r.notes[0]).toMatchObject({ file: 'refs.bib', note: 'title of "Quiet rivers" (refs.bib:4) read as plain text' });
    expect(r.skipped[0]!.file).toBe('refs.bib');
  });

  it('leaves a file name alone, and two inputs of one name keep their paths (they would read as one file)', () => {
    const plain = report(['refs.bib']);
    expect(withFileNamesOnly(plain)).toBe(plain);
    expect(withFileNamesOnly(report(['/a/refs.bib', '/b/refs.bib'])).inputs.map((i) => i.file)).toEqual(['/a/refs.bib', '/b/refs.bib']);
    expect(fileNameOnly('C:\\Users\\ann\\refs.bib')).toBe('refs.bib');
  });
});
