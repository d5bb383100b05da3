import { describe, expect, it } from 'vitest';
import { ingestPapers } from '../../../src/core/pipeline';
import { countAuthorNames, resolvePeople } from '../../../src/core/names/index';
import type { InputFile } from '../../../src/core/ingest/types';
import { readText, fixture } from '../helpers';

/** The count with resolvePeople's parsed spellings reused must be the count without them. */
function bothCounts(files: InputFile[]) {
  const ingested = ingestPapers(files);
  const people = resolvePeople(ingested.papers, [], null);
  return { alone: countAuthorNames(ingested.all), reused: countAuthorNames(ingested.all, { shown: people.shownSpellings, resolved: ingested.papers }), ingested };
}

describe('counting author spellings (report.authorNames) with what the names stage parsed', () => {
  it('gives the same count on duplicates, merged copies, name orders and inner spacing', () => {
    const text = [
      // kept, then a duplicate (same title and authors) written with another spelling of one author
      '{"id": "a", "title": "A study", "authors": ["Ada  Lovelace", "Charles Babbage"], "year": 2020}',
      '{"id": "b", "title": "A study", "authors": ["Ada Lovelace", "Charles Babbage"], "abstract": "Filled in from the duplicate."}',
      // same DOI: merged, its authors only in the record left out
      '{"id": "c", "title": "Engines", "authors": ["Babbage, Charles"], "doi": "10.1/x"}',
      '{"id": "d", "title": "Engines", "authors": ["C. Babbage", "Grace Hopper"], "doi": "10.1/x"}',
      '{"id": "e", "title": "Compilers", "authors": ["Grace Hopper", "Lovelace, Ada"]}',
    ].join('\n');
    const { alone, reused, ingested } = bothCounts([{ name: 'dups.jsonl', text }]);
    expect(ingested.all.length).toBe(5);
    expect(ingested.papers.length).toBeLessThan(5);
    expect(reused).toBe(alone);
    // Ada Lovelace (three ways), Charles Babbage (two), Grace Hopper, and C. Babbage, who is only in the merged-away record
    expect(alone).toBe(4);
  });

  it('gives the same count on a real corpus (acl_2020_main: 7,517 spellings)', () => {
    const { alone, reused } = bothCounts([readText(fixture('acl_2020_main.jsonl'))]);
    expect(alone).toBe(7517);
    expect(reused).toBe(7517);
  });
});
