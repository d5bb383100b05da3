import { describe, expect, it } from 'vitest';
import { worksInput } from '../../../src/core/openalex/build';
import { readOpenAlex } from '../../../src/core/ingest/openalex';
import { buildDataset } from '../../../src/core/pipeline';
import { worldWorksOf } from '../../openalex/mock-server';

const work = (id: number, authors: { id?: string; name: string; orcid?: string | null }[]) => ({
  id: `https://openalex.org/W${id}`,
  title: `Work ${id}`,
  publication_year: 2020,
  authorships: authors.map((a) => ({ author: { id: a.id ? `https://openalex.org/${a.id}` : null, display_name: a.name, orcid: a.orcid ?? null } })),
});

describe('OpenAlex author ids decide who is who', () => {
  it('the reader keeps each authorship\'s author id', () => {
    const r = readOpenAlex(worksInput([work(1, [{ id: 'A1', name: 'Ann Lee' }, { name: 'Bo Chen' }])]));
    expect(r.papers[0]!.authorIds).toEqual(['A1', null]);
  });

  it('two namesakes with different ids stay two people; one id under two spellings is one person', () => {
    const result = buildDataset(
      [worksInput([...worldWorksOf('A5100000001').slice(0, 20), ...worldWorksOf('A5100000002')])],
      { labeler: null },
    );
    expect(result.bundle.authors.name.filter((n) => n === 'Maria Okafor')).toHaveLength(2);

    const spelled = buildDataset(
      [worksInput([work(1, [{ id: 'A7', name: 'Maria Okafor' }, { id: 'A8', name: 'Bo Chen' }]), work(2, [{ id: 'A7', name: 'M. Okafor' }, { id: 'A9', name: 'Maria Okafor' }])])],
      { labeler: null },
    );
    expect(spelled.report.authors).toBe(3);
    expect(spelled.report.merged).toContainEqual(expect.objectContaining({ kind: 'person', reason: 'same OpenAlex author id A7', merged: ['Maria Okafor', 'M. Okafor'] }));
  });

  it('an id seen once with an ORCID is that ORCID\'s person everywhere', () => {
    const orcid = '0000-0002-1825-0097';
    const r = buildDataset([worksInput([work(1, [{ id: 'A7', name: 'Maria Okafor', orcid: `https://orcid.org/${orcid}` }, { id: 'A8', name: 'Bo Chen' }]), work(2, [{ id: 'A7', name: 'Maria Okafor' }, { id: 'A8', name: 'Bo Chen' }])])], { labeler: null });
    expect(r.report.authors).toBe(2);
    expect(r.bundle.authors.name).toEqual(['Maria Okafor', 'Bo Chen']);
  });
});
