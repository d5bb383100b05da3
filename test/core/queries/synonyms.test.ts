import { describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles, buildText, aclMain } from '../helpers';
import { aliasFileFor, boundedEditDistance, encodingDamage, mergeDecisions, nameFit, suggestSamePerson } from '../../../src/core/queries/synonyms';
import { parseAliasFile } from '../../../src/core/names/index';

describe('same-person suggestions on the seed', () => {
  const { bundle } = buildFiles([SEED_PATH]);
  const suggestions = suggestSamePerson(bundle);

  it('suggests Ching-Yao Chung / Ching-Yao Chuang with their shared co-authors as evidence', () => {
    const s = suggestions.find((x) => x.names.includes('Ching-Yao Chung') && x.names.includes('Ching-Yao Chuang'));
    expect(s).toBeDefined();
    expect(s!.reason).toBe('surname-spelling');
    expect(s!.paperCounts).toEqual([1, 1]);
    const shared = s!.sharedCoauthors.map((a) => bundle.authors.name[a]).sort();
    // Chung is on the ViTok paper, Chuang on Movie Gen: these five are on both.
    expect(shared).toEqual(['David Yan', 'Jialiang Wang', 'Peter Vajda', 'Tao Xu', 'Tingbo Hou']);
    expect(s!.detail).toContain('"Chung"');
    expect(s!.score).toBeGreaterThan(0);
    expect(s!.score).toBeLessThanOrEqual(1);
    // topic words are listed, not run together into a phrase that no title has ("learnings scaling")
    const topics = s!.evidence.find((e) => e.startsWith('different topics'));
    expect(topics).toMatch(/^different topics: [^ ,]+, [^ ,]+ vs\. [^ ,]+, [^ ,]+$/);
    // each line says which way it points: the shared co-authors and the unique surname for one person, the topics against
    const way = (start: string) => s!.ways[s!.evidence.findIndex((e) => e.startsWith(start))];
    expect(s!.ways).toHaveLength(s!.evidence.length);
    expect([way('5 shared co-authors'), way('one of the two surnames is unique'), way('different topics')]).toEqual(['for', 'for', 'against']);
  });

  it('suggests nothing else on the seed', () => {
    expect(suggestions).toHaveLength(1);
  });

  it('accepting it gives an alias file the build reads, and the two become one person', () => {
    const file = aliasFileFor(mergeDecisions(bundle, suggestions[0]!));
    const rules = parseAliasFile('aliases.tsv', file);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.paper).toBeNull();
    const rebuilt = buildFiles([SEED_PATH], { aliases: { name: 'aliases.tsv', text: file } });
    expect(rebuilt.bundle.stats.authors).toBe(bundle.stats.authors - 1);
    const kept = rebuilt.bundle.authors.name.indexOf(suggestions[0]!.names[0]);
    expect(kept).toBeGreaterThanOrEqual(0);
    expect(rebuilt.bundle.authors.paperCount[kept]).toBe(2);
    expect(rebuilt.bundle.authors.aliases[kept]).toContain(suggestions[0]!.names[1]);
    expect(suggestSamePerson(rebuilt.bundle)).toEqual([]);
  });
});

describe('same-person suggestions on made-up lists', () => {
  const jsonl = (rows: { title: string; authors: string[] }[]) =>
    rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

  it('fits initials to a full name, and a missing middle initial, when co-authors are shared', () => {
    const { bundle } = buildText(
      'blei.jsonl',
      jsonl([
        { title: 'Topic models one', authors: ['David M. Blei', 'John Lafferty'] },
        { title: 'Topic models two', authors: ['D. Blei', 'John Lafferty', 'Andrew Ng'] },
        { title: 'Topic models three', authors: ['David Blei', 'John Lafferty'] },
        { title: 'Unrelated', authors: ['Daniel Blei', 'Someone Else'] },
      ]),
    );
    const pairs = suggestSamePerson(bundle).map((s) => s.names.slice().sort().join(' / '));
    expect(pairs).toContain('D. Blei / David M. Blei');
    expect(pairs).toContain('David Blei / David M. Blei');
    expect(pairs).toContain('D. Blei / David Blei');
    // Daniel does not fit David; D. Blei may be Daniel, but with no shared co-author that ranks below the Davids.
    expect(pairs.some((p) => p.includes('Daniel') && p.includes('David'))).toBe(false);
    const ranked = suggestSamePerson(bundle).map((s) => s.names.join(' / '));
    const daniel = ranked.findIndex((p) => p.includes('Daniel'));
    if (daniel >= 0) expect(daniel).toBeGreaterThan(ranked.findIndex((p) => p.includes('David Blei')));
  });

  it('one-paper look-alikes with nothing in common are not suggested; two names on one paper only with that said', () => {
    const { bundle } = buildText(
      'apart.jsonl',
      jsonl([
        { title: 'A', authors: ['Wei Chen', 'Wei Cheng', 'Li Ming'] },
        { title: 'B', authors: ['Anna Schmidt', 'Bob Ray'] },
        { title: 'C', authors: ['Anna Schmitt', 'Carl Ode'] },
      ]),
    );
    const s = suggestSamePerson(bundle);
    expect(s.some((x) => x.names.includes('Anna Schmidt'))).toBe(false);
    for (const x of s) {
      expect(x.names.slice().sort()).toEqual(['Wei Chen', 'Wei Cheng']);
      expect(x.jointPapers).toHaveLength(1);
      expect(x.evidence.join(' ')).toContain('both names on one paper');
    }
  });

  it('edit distance is bounded', () => {
    expect(boundedEditDistance('chung', 'chuang', 2)).toBe(1);
    expect(boundedEditDistance('smith', 'smyth', 2)).toBe(1);
    expect(boundedEditDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('a character lost in encoding (invented names)', () => {
  const jsonl = (rows: { title: string; authors: string[] }[]) =>
    rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

  it('a "?" where the other name has a letter is encoding damage, not a short form', () => {
    // "Kry?tof" split at the "?" reads as "Kry", a prefix of "Krystof": it was offered as a short form
    const fit = nameFit('Kry?tof Vanek', 'Kryštof Vanek');
    expect(fit?.reason).toBe('encoding');
    expect(fit?.detail).toBe('“Kry?tof” has a character lost in encoding (? for š)');
    expect(nameFit('Květa Dvořáková', 'Květa Dvo?áková')?.detail).toBe('“Dvo?áková” has a character lost in encoding (? for ř)');
  });

  it('so is U+FFFD, one mark per lost byte, and several lost characters', () => {
    expect(nameFit('Zden\uFFFDk Hrubec', 'Zdeněk Hrubec')?.detail).toBe('“Zden\uFFFDk” has a character lost in encoding (\uFFFD for ě)');
    expect(nameFit('Zden??k Hrubec', 'Zdeněk Hrubec')?.detail).toBe('“Zden??k” has a character lost in encoding (?? for ě)');
    expect(nameFit('Jos? Mar?a Quenta', 'José María Quenta')?.detail).toBe('“Jos? Mar?a Quenta” has 2 characters lost in encoding (? for é, ? for í)');
  });

  it('not when the names differ elsewhere too, or the other has no letter there', () => {
    expect(encodingDamage('Kry?tof Vanek', 'Kryštof Novak')).toBeNull();
    expect(encodingDamage('Kry?tof Vanek', 'Kry-tof Vanek')).toBeNull();
    expect(encodingDamage('Kryštof Vanek', 'Kry?tof Vanek')).toBeNull();
    expect(nameFit('Kry?tof Vanek', 'Kryštof Novak')?.reason).not.toBe('encoding');
  });

  it('such a pair is suggested near-certain and first, keeping the name as written, even where no other check would pair them', () => {
    const { bundle } = buildText(
      'damaged.jsonl',
      jsonl([
        // the damaged spelling has more papers: the undamaged one is still the name kept
        { title: 'Parsing one', authors: ['?ubomír Kráľ', 'Irena Solte'] },
        { title: 'Parsing two', authors: ['?ubomír Kráľ', 'Irena Solte'] },
        { title: 'Parsing three', authors: ['Ľubomír Kráľ', 'Irena Solte'] },
        { title: 'Tagging one', authors: ['Alex Wendorf', 'Oda Pirelli'] },
        { title: 'Tagging two', authors: ['Alexander Wendorf', 'Oda Pirelli'] },
      ]),
    );
    const s = suggestSamePerson(bundle);
    expect(s[0]!.names).toEqual(['Ľubomír Kráľ', '?ubomír Kráľ']);
    expect(s[0]!.reason).toBe('encoding');
    expect(s[0]!.detail).toBe('“?ubomír” has a character lost in encoding (? for Ľ)');
    expect(s[0]!.score).toBeGreaterThan(0.9);
    expect(s.map((x) => x.names.join(' / '))).toContain('Alexander Wendorf / Alex Wendorf');
    expect(mergeDecisions(bundle, s[0]!)).toEqual([{ variant: '?ubomír Kráľ', canonical: 'Ľubomír Kráľ' }]);
  });
});

describe('on acl_2020_main', () => {
  it('ranks prolific look-alikes with a middle name first, and every suggestion carries its evidence', () => {
    const { bundle } = aclMain();
    const s = suggestSamePerson(bundle);
    const names = s.map((x) => x.names.slice().sort().join(' / '));
    expect(names.slice(0, 5)).toContain('Marti A. Hearst / Marti Hearst');
    expect(names).toContain('Jackie C. K. Cheung / Jackie Chi Kit Cheung');
    for (const x of s) {
      expect(x.score).toBeGreaterThanOrEqual(0.2);
      expect(x.evidence[0]).toMatch(/shared co-author/);
      const together = bundle.papers.authors.some((a) => a.includes(x.keep) && a.includes(x.merge));
      expect(x.jointPapers.length > 0).toBe(together);
    }
  });
});

describe('the alias file', () => {
  it('is tab-separated with a comment header, collapses whitespace and drops duplicates and no-ops', () => {
    const text = aliasFileFor([
      { variant: 'D.  Blei', canonical: 'David M. Blei' },
      { variant: 'D. Blei', canonical: 'David M. Blei' },
      { variant: 'David M. Blei', canonical: 'David M. Blei' },
      { variant: 'J.\tWang', canonical: 'Jialiang Wang (2)', paper: 'FaKnow: A Unified Library for Fake News Detection' },
    ]);
    expect(text.split('\n')).toEqual([
      '# Coauthor Atlas aliases: variant<TAB>canonical[<TAB>paper DOI or title]',
      'D. Blei\tDavid M. Blei',
      'J. Wang\tJialiang Wang (2)\tFaKnow: A Unified Library for Fake News Detection',
      '',
    ]);
    expect(parseAliasFile('a.tsv', text)).toHaveLength(2);
  });
});
