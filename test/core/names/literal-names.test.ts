import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../../src/core/ingest/bibtex';
import { readCslJson } from '../../../src/core/ingest/csl-json';
import { buildDataset, ingestPapers } from '../../../src/core/pipeline';
import { resolvePeople } from '../../../src/core/names/index';
import { authorOrder, parseName, shownName } from '../../../src/core/names/parse-name';
import { mergeKey } from '../../../src/core/names/merge-key';
import { NamePartCollector, knownNameParts, streamedAuthors } from '../../../src/core/names/name-part-columns';

const NASEM = 'National Academies of Sciences, Engineering, and Medicine';
const MHLW = 'Ministry of Health, Labour and Welfare';
const BIB = `@article{a, author={{${NASEM}} and {${MHLW}}}, title={Corp}, year=2001}
@article{b, author={{${MHLW}} and Tanaka, Hiroshi and {World Health Organization}}, title={Second}, year=2002}
@article{c, author={Tanaka, Hiroshi and Doe, Jane}, title={Third}, year=2003}
`;
const CSL = JSON.stringify([
  { id: 'x', type: 'report', title: 'Corp', issued: { 'date-parts': [[2001]] }, author: [{ literal: NASEM }, { literal: MHLW }] },
  { id: 'y', type: 'report', title: 'Second', issued: { 'date-parts': [[2002]] }, author: [{ literal: MHLW }, { family: 'Tanaka', given: 'Hiroshi' }] },
]);

describe('names the input marks as literal (BibTeX: wholly in braces; CSL-JSON: literal) are kept as written', () => {
  it('parseName with order "literal" never splits or reorders', () => {
    expect(parseName(MHLW, 'literal')).toEqual({ given: '', family: MHLW });
    expect(shownName(` ${NASEM} `, 'literal')).toBe(NASEM);
    expect(mergeKey(MHLW, 'literal')).toBe(mergeKey(`  ${MHLW}`, 'literal'));
    expect(authorOrder({ nameOrder: 'last-first', literalAuthors: [false, true] }, 1)).toBe('literal');
    expect(authorOrder({ nameOrder: 'last-first', literalAuthors: [false, true] }, 0)).toBe('last-first');
    expect(authorOrder({}, 0)).toBe('auto');
    // an ordinary name is parsed as before
    expect(parseName('Tanaka, Hiroshi')).toEqual({ given: 'Hiroshi', family: 'Tanaka' });
  });

  it('BibTeX: a name wholly in braces is one literal author; "{\\"O}zt{\\"u}rk, Ali" is not', () => {
    const r = readBibtex({ name: 't.bib', text: `${BIB}@article{d, author={{\\"O}zt{\\"u}rk, Ali and {R Core Team}}, title={Fourth}, year=2004}` });
    expect(r.papers[0]!.authors).toEqual([NASEM, MHLW]);
    expect(r.papers[0]!.literalAuthors).toEqual([true, true]);
    expect(r.papers[1]!.literalAuthors).toEqual([true, false, true]);
    expect(r.papers[2]!.literalAuthors).toBeUndefined();
    expect(r.papers[3]!.authors).toEqual(['Öztürk, Ali', 'R Core Team']);
    expect(r.papers[3]!.literalAuthors).toEqual([false, true]);
  });

  it('BibTeX: the built map shows exactly the names as written, one author per literal across papers, no note', () => {
    const built = buildDataset([{ name: 't.bib', text: BIB }]);
    const names = [...built.bundle.authors.name].sort();
    expect(names).toEqual(['Hiroshi Tanaka', 'Jane Doe', MHLW, NASEM, 'World Health Organization'].sort());
    expect(JSON.stringify(built.report.notes)).not.toMatch(/Ministry|Academies/);
    // the ministry wrote papers a and b: one author with two papers
    const m = built.bundle.authors.name.indexOf(MHLW);
    expect(built.bundle.papers.authors.filter((list) => list.includes(m)).length).toBe(2);
  });

  it('CSL-JSON: a literal name is one author, as written; family/given names are parsed as before', () => {
    const r = readCslJson({ name: 't.json', text: CSL });
    expect(r.papers[0]!.authors).toEqual([NASEM, MHLW]);
    expect(r.papers[0]!.literalAuthors).toEqual([true, true]);
    expect(r.papers[1]!.literalAuthors).toEqual([true, false]);
    const built = buildDataset([{ name: 't.json', text: CSL }]);
    expect([...built.bundle.authors.name].sort()).toEqual(['Hiroshi Tanaka', MHLW, NASEM].sort());
  });

  it('the same literal in a BibTeX file and a CSL-JSON file is one author', () => {
    // BibTeX literal and CSL literal: one author
    const built = buildDataset([{ name: 't.bib', text: BIB }, { name: 't.json', text: CSL }]);
    expect(built.bundle.authors.name.filter((n) => n === MHLW)).toHaveLength(1);
    expect(built.bundle.authors.name.filter((n) => n === NASEM)).toHaveLength(1);
  });

  it('name parts worked out on another thread (streamed columns) are the ones the names stage works out', () => {
    const { papers } = ingestPapers([{ name: 't.bib', text: BIB }, { name: 't.json', text: CSL }]);
    const collector = new NamePartCollector();
    collector.add(streamedAuthors(papers));
    const known = knownNameParts(collector.take());
    expect(known.get('literal')?.get(MHLW)).toMatchObject({ shown: MHLW });
    const alone = resolvePeople(papers, [], null, undefined, null);
    const withKnown = resolvePeople(papers, [], null, undefined, null, known);
    expect(JSON.stringify(withKnown.people)).toBe(JSON.stringify(alone.people));
    expect(JSON.stringify(withKnown.paperAuthors)).toBe(JSON.stringify(alone.paperAuthors));
  });
});
