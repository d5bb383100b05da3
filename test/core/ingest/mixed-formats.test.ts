import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/ingest/index';
import { buildDataset } from '../../../src/core/pipeline';
import { fixtureFile } from './corpus';

describe('several files of different formats in one build', () => {
  const files = ['sample.ris', 'sample.csl.json', 'openalex-works.json', 'openalex-works.jsonl', 'acl_2020_main.jsonl'].map(fixtureFile);

  it('detects each format from its content', () => {
    expect(files.map((f) => detectFormat({ name: 'upload', text: f.text }))).toEqual(['ris', 'csl-json', 'openalex', 'openalex', 'jsonl']);
  });

  it('merges the same paper met in several files (by DOI) and lists every merge', () => {
    const { bundle, report } = buildDataset(files.slice(0, 4));
    expect(report.inputs.map((i) => [i.file, i.format])).toEqual([
      ['sample.ris', 'ris'],
      ['sample.csl.json', 'csl-json'],
      ['openalex-works.json', 'openalex'],
      ['openalex-works.jsonl', 'openalex'],
    ]);
    // "Deep learning" is in the RIS, CSL-JSON and OpenAlex samples; BERT in the RIS and OpenAlex JSON Lines.
    expect(bundle.papers.title.filter((t) => t === 'Deep learning')).toHaveLength(1);
    const doiMerges = report.merged.filter((m) => m.kind === 'paper' && m.reason === 'same DOI');
    expect(doiMerges.map((m) => m.file).sort()).toEqual(['openalex-works.json', 'openalex-works.jsonl', 'sample.csl.json']);
    expect(report.records).toBe(report.papers + report.merged.filter((m) => m.kind === 'paper').length + report.skipped.length);
    expect(report.skipped.map((s) => `${s.file}:${s.line}`)).toEqual(['sample.ris:59', 'sample.csl.json:73', 'openalex-works.jsonl:3']);
    // "LeCun, Yann" (RIS, CSL) and "Yann LeCun" (OpenAlex) are one person, on the one merged paper.
    const lecun = bundle.authors.name.indexOf('Yann LeCun');
    expect(lecun).toBeGreaterThanOrEqual(0);
    expect(bundle.authors.paperCount[lecun]).toBe(1);
  });
});
