/**
 * Who is who with OpenAlex author ids (issues 9 and 13): ids decide, except that OpenAlex's own disambiguation
 * often splits one person, so two ids under one name that share a co-author are one person (case 02 of
 * ../shared/cases: "Petra Marlow" under A1 and A3, both with Idris Tennant, is one person). Namesakes under two
 * ids with no co-author in common stay two people, and the review list does not offer to merge them (no
 * evidence says they are one); an ORCID on either side decides against any such join.
 */
import { describe, expect, it } from 'vitest';
import { suggestSamePerson } from '../../../src/core/queries/synonyms';
import { buildText } from '../helpers';

type Au = { id: string; name: string; orcid?: string };
const work = (w: number, authors: Au[]) => ({
  id: `https://openalex.org/W${w}`,
  title: `Work ${w} on peat and moss ${w}`,
  publication_year: 2020,
  authorships: authors.map((a) => ({ author: { id: `https://openalex.org/${a.id}`, display_name: a.name, ...(a.orcid ? { orcid: `https://orcid.org/${a.orcid}` } : {}) }, raw_author_name: a.name })),
});
const build = (works: ReturnType<typeof work>[]) => buildText('works.json', JSON.stringify({ results: works }));
const people = (r: ReturnType<typeof build>, name: string) => r.bundle.authors.name.filter((n) => n === name).length;

describe('OpenAlex author ids', () => {
  it('two ids under one name sharing a co-author are one person, and the report says why', () => {
    const r = build([work(1, [{ id: 'A1', name: 'Marlow, Petra' }, { id: 'A9', name: 'Idris Tennant' }]), work(2, [{ id: 'A3', name: 'Petra Marlow' }, { id: 'A9', name: 'Idris Tennant' }])]);
    expect(people(r, 'Petra Marlow')).toBe(1);
    expect(r.bundle.authors.paperCount[r.bundle.authors.name.indexOf('Petra Marlow')]).toBe(2);
    expect(r.report.merged).toContainEqual(expect.objectContaining({ kind: 'person', kept: 'Petra Marlow', reason: expect.stringMatching(/same name and a shared co-author under OpenAlex author ids A1, A3/) }));
  });

  it('two ids under one name with no co-author in common stay two people, and the review list does not suggest merging them', () => {
    const r = build([
      work(1, [{ id: 'A1', name: 'Wei Chen' }, { id: 'A7', name: 'Ama Boateng' }]),
      work(2, [{ id: 'A2', name: 'Wei Chen' }, { id: 'A8', name: 'Lars Holm' }]),
    ]);
    expect(people(r, 'Wei Chen')).toBe(2);
    expect(r.report.merged.filter((m) => m.kind === 'person')).toEqual([]);
    const chens = r.bundle.authors.name.flatMap((n, i) => (n === 'Wei Chen' ? [i] : []));
    const offered = suggestSamePerson(r.bundle).filter((s) => chens.includes(s.keep) && chens.includes(s.merge));
    expect(offered).toEqual([]);
  });

  it('an ORCID decides: two ids under one name with different ORCIDs stay apart even with a shared co-author', () => {
    const r = build([
      work(1, [{ id: 'A1', name: 'Wei Chen', orcid: '0000-0002-1825-0097' }, { id: 'A9', name: 'Idris Tennant' }]),
      work(2, [{ id: 'A2', name: 'Wei Chen', orcid: '0000-0001-5109-3700' }, { id: 'A9', name: 'Idris Tennant' }]),
    ]);
    expect(people(r, 'Wei Chen')).toBe(2);
  });

  it('two ids under one name on the same paper are two people, even with every co-author shared (a data tester: two Wei Zhangs counted once)', () => {
    const r = build([
      work(1, [{ id: 'A101', name: 'Wei Zhang' }, { id: 'A102', name: 'Wei Zhang' }, { id: 'A103', name: 'Li Chen' }]),
      work(2, [{ id: 'A101', name: 'Wei Zhang' }, { id: 'A103', name: 'Li Chen' }]),
    ]);
    expect(people(r, 'Wei Zhang')).toBe(2);
    expect(r.bundle.papers.authors[0]).toHaveLength(3);
    expect(r.report.notes.filter((n) => /appears twice/.test(n.note))).toEqual([]);
    expect(r.report.merged.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('nor are they joined through a third id that shares a co-author with each', () => {
    const r = build([
      work(1, [{ id: 'A101', name: 'Wei Zhang' }, { id: 'A102', name: 'Wei Zhang' }, { id: 'A103', name: 'Li Chen' }]),
      work(2, [{ id: 'A104', name: 'Wei Zhang' }, { id: 'A103', name: 'Li Chen' }]),
    ]);
    // A104 may join one of them (same name, Li Chen in common), never both
    expect(people(r, 'Wei Zhang')).toBe(2);
    expect(r.bundle.papers.authors[0]).toHaveLength(3);
  });
});
