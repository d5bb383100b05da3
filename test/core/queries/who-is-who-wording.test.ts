/**
 * What the who-is-who cards say, with invented names: the marked difference of two names in whole words, the pair
 * detail in the heading's order, every "X vs. Y" in the sentence's order, what "topics partly alike" rests on, a
 * name written twice on one byline, and what the figure of a name that is not claimed measures.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { jsonl, others, type Row } from './homonym-rows';
import { homonymEvidence, largestMayBeSeveral, largestSentence, listedTwice, listedTwiceSentence, mayBePeople, papersTally, splitPersonCandidates } from '../../../src/core/queries/homonyms';
import { nameFit, suggestSamePerson } from '../../../src/core/queries/synonyms';
import { bundleProblem } from '../../../src/core/bundle/schema';
import { candidateFigures, claimsIntro, nameDifference, pairFigures } from '../../../src/app/features/whoiswho/evidence-words';

describe('the marked difference of two names is whole words', () => {
  const marked = (a: string, b: string) => {
    const d = nameDifference(a, b);
    // both names come back whole
    expect(d.start + d.a + d.end).toBe(a);
    expect(d.start + d.b + d.end).toBe(b);
    return [d.a.trim(), d.b.trim()];
  };

  it('a middle initial is marked as a word, never the letter it shares with the surname', () => {
    // character matching read "Edmund H▮orvath" / "Edmund H[ H]orvath"
    expect(marked('Edmund H Horvath', 'Edmund Horvath')).toEqual(['H', '']);
    expect(marked('Sadie M. Moravec', 'Sadie Moravec')).toEqual(['M.', '']);
    expect(marked('Dorota Radlinska', 'Dorota R. Radlinska')).toEqual(['', 'R.']);
  });

  it('a surname spelled two ways is marked whole, as are a first name and a last name that differ', () => {
    expect(marked('Ting-Wei Chuang', 'Ting-Wei Chung')).toEqual(['Chuang', 'Chung']);
    expect(marked('Yu-An Marsh', 'Yuan Marsh')).toEqual(['Yu-An', 'Yuan']);
    expect(marked('Ilka Maren Lutz', 'Ilka Maren')).toEqual(['Lutz', '']);
  });

  it('the same name has nothing marked', () => {
    expect(nameDifference('Ilka Lutz', 'Ilka Lutz')).toEqual({ start: 'Ilka Lutz', a: '', b: '', end: '' });
  });
});

describe('a given name spelled two ways: the letters counted on the whole given names', () => {
  it('two given names that share only a first syllable are no spelling pair ("Seung-won" / "Sung Ju" were "1 letter")', () => {
    expect(nameFit('Seung-won Pakwan', 'Sung Ju Pakwan')?.reason).not.toBe('given-spelling');
  });
  it('the letters told are the letters that differ', () => {
    expect(nameFit('Jean-Philippe Dorvalle', 'Jean-Phillipe Dorvalle')).toEqual({
      reason: 'given-spelling',
      detail: 'same surname; given names "Jean-Philippe" and "Jean-Phillipe" differ by 2 letters',
    });
    expect(nameFit('Katharina Oyelaran', 'Katarina Oyelaran')).toEqual({
      reason: 'given-spelling',
      detail: 'same surname; given names "Katharina" and "Katarina" differ by 1 letter',
    });
  });
});

describe('the pair detail names the two in the order of the heading', () => {
  it('the person with more papers is named first, in the detail too, whichever the dataset met first', () => {
    // "Oswin Kraleck" comes first in the data, but "Oswin Kralleck" has more papers and is kept (named first)
    const rows: Row[] = [
      { title: 'Tonal alignment in Yoruba speech synthesis', authors: ['Oswin Kraleck', 'Pia Ndlovu'], year: 2019, venue: 'Speech Workshop' },
      ...[1, 2, 3].map((i) => ({ title: `Tone modelling for Yoruba speech synthesis, part ${i}`, authors: ['Oswin Kralleck', 'Pia Ndlovu'], year: 2019 + i, venue: 'Speech Workshop' })),
      { title: 'Prosody in Igbo speech synthesis', authors: ['Fenna Vos Ebbing', 'Pia Ndlovu'], year: 2020, venue: 'Speech Workshop' },
      ...[1, 2].map((i) => ({ title: `Igbo prosody transfer, part ${i}`, authors: ['Fenna Ebbing', 'Pia Ndlovu'], year: 2020 + i, venue: 'Speech Workshop' })),
    ];
    const { bundle } = buildText('pair-order.jsonl', jsonl(rows));
    const all = suggestSamePerson(bundle, { minProbability: 0 });
    const surname = all.find((s) => s.names.includes('Oswin Kraleck'));
    expect(surname?.names).toEqual(['Oswin Kralleck', 'Oswin Kraleck']);
    expect(surname!.detail).toBe('same given name; surnames "Kralleck" and "Kraleck" differ by 1 letter');
    const parts = all.find((s) => s.names.includes('Fenna Ebbing'));
    expect(parts?.names).toEqual(['Fenna Ebbing', 'Fenna Vos Ebbing']);
    expect(parts!.detail).toBe('same surname; given names "Fenna" and "Fenna Vos" differ only by a middle name');
  });
});

describe('name fits are said in the order the names are given', () => {
  it('a compound surname and dropped name parts read from the first name to the second', () => {
    expect(nameFit('Odile Marvell-Ortiz', 'Odile Marvell')!.detail).toBe('same given name; surname "Marvell-Ortiz" contains "Marvell"');
    expect(nameFit('Odile Marvell', 'Odile Marvell-Ortiz')!.detail).toBe('same given name; surname "Marvell" is part of "Marvell-Ortiz"');
    expect(nameFit('Tesfa Alemu Desta', 'Tesfa Alemu')!.detail).toBe('"Tesfa Alemu Desta" has every part of "Tesfa Alemu"');
    expect(nameFit('Tesfa Alemu', 'Tesfa Alemu Desta')!.detail).toBe('every part of "Tesfa Alemu" is in "Tesfa Alemu Desta"');
  });
});

describe('homonym evidence sentences keep one order, and say what alike topics share', () => {
  // Wei Chen on a common name: a main body on video generation, a side group on video and speech (partly alike)
  const rows: Row[] = [
    ...others(),
    ...[1, 2, 3, 4, 5].map((i) => ({ title: `Latent diffusion for video generation, study ${i}`, authors: ['Wei Chen', 'Ravi Okafor'], year: 2014 + i, venue: 'Vision Conference' })),
    { title: 'Speech recognition with video lip reading', authors: ['Wei Chen', 'Mara Quist'], year: 2022, venue: 'Speech Workshop' },
    { title: 'Lip reading for noisy speech recognition', authors: ['Wei Chen', 'Mara Quist'], year: 2023, venue: 'Speech Workshop' },
  ];
  const { bundle } = buildText('wei-chen-partly.jsonl', jsonl(rows));
  const who = bundle.authors.name.indexOf('Wei Chen');
  const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
  const line = e.lines.find((l) => l.startsWith('Group 2'))!;

  it('the side group comes first in every "vs." as in the sentence', () => {
    expect(line).toMatch(/^Group 2 \(2 papers\) against group 1 \(5\): /);
    // years: group 2's (2022–2023) before group 1's (2015–2019)
    expect(line).toContain('2022–2023 vs. 2015–2019');
  });

  it('topics called alike name the words the two share, and the words that set them apart in the same order', () => {
    // (a tester: "topics partly alike (bio, disambiguate vs. clir, unlabeled)": only the words that set them apart)
    expect(line).toContain('topics partly alike, words in common: video (apart from them: speech, recognition vs. latent, diffusion);');
  });
});

describe('the figure of a name says what it measures on the card too', () => {
  it('a rare name with two groups is told what a claim needs, not "claimed from 50 in 100" (claims rest on a body of work)', () => {
    const rows: Row[] = [
      { title: 'Text-to-video generation with latent diffusion', authors: ['Oriane Vellacourt', 'Ravi Okafor'], year: 2023, venue: 'Vision Conference' },
      { title: 'Fake news detection with graph propagation', authors: ['Oriane Vellacourt', 'Mara Quist'], year: 2016, venue: 'Web Mining Workshop' },
    ];
    const { bundle } = buildText('rare-figure.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Oriane Vellacourt');
    const taken = homonymEvidence(bundle, splitPersonCandidates(bundle, who)).lines.find((l) => l.startsWith('Taken together'));
    expect(taken).toMatch(
      /^Taken together: less than 1 in 100 that some group, small ones included, is another person's; but a claim needs a body of work \(5 or more papers that share no co-author with the largest\) that is more likely than not another person's, and there is no body of work: a candidate, not a claim\.$/,
    );
  });
});

describe('a name written twice on one byline', () => {
  const rows: Row[] = [
    { title: 'Memory reasoning for conversational recommendation', authors: ['Tamsin Orrell', 'Kofi Lune', 'Tamsin Orrell', 'Pia Ndlovu'], year: 2020, venue: 'Dialogue Workshop' },
    { title: 'Sarcasm detection in Maltese', authors: ['Ines Haddou', 'Ines Haddou', 'Kofi Lune'], year: 2021, venue: 'Dialogue Workshop' },
    { title: 'Entity linking for Maltese news', authors: ['Tamsin Orrell', 'Pia Ndlovu'], year: 2019, venue: 'Dialogue Workshop' },
  ];
  const { bundle, report } = buildText('twice.jsonl', jsonl(rows));
  const tamsin = bundle.authors.name.indexOf('Tamsin Orrell');
  const ines = bundle.authors.name.indexOf('Ines Haddou');

  it('is counted once on the paper, and the bundle keeps which paper and which positions', () => {
    expect(bundle.papers.authors[0]!.filter((a) => a === tamsin)).toHaveLength(1);
    expect(JSON.stringify(report)).toContain('appears twice among the authors of');
    expect(listedTwice(bundle, tamsin)).toEqual([{ paper: 0, positions: [0, 2] }]);
    expect(listedTwice(bundle, ines)).toEqual([{ paper: 1, positions: [0, 1] }]);
    expect(listedTwice(bundle, bundle.authors.name.indexOf('Kofi Lune'))).toEqual([]);
    expect(bundleProblem(bundle)).toBeNull();
  });

  it('the card says it in words: where, and what it means and does not', () => {
    expect(listedTwiceSentence(bundle, tamsin)).toBe(
      'Listed twice on one paper\'s byline (“Memory reasoning for conversational recommendation”, 1st and 3rd author): two people with this name wrote together, or a data error. ' +
        'It says the name is shared, not which papers are whose (the two share that paper, so their papers fall into the same groups): the figures here do not weigh it.',
    );
    // side by side, as a duplicated entry is; without figures beside it, no word of them
    expect(listedTwiceSentence(bundle, ines, false)).toMatch(/^Listed twice on one paper's byline \(“Sarcasm detection in Maltese”, 1st and 2nd author\): two people with this name wrote together, or a data error \(side by side on the byline, as a duplicated entry often is\)\. .*groups\)\.$/);
    expect(listedTwiceSentence(bundle, bundle.authors.name.indexOf('Kofi Lune'))).toBeNull();
  });

  it('a bundle whose list names a person not on the paper is refused with the place', () => {
    const bad = { ...bundle, repeatedAuthors: [{ paper: 2, author: ines, positions: [0, 1] }] };
    expect(bundleProblem(bad)).toBe(`repeatedAuthors[0]: author ${ines} is not among the authors of paper 2`);
  });
});

describe('the figure of a name that is not claimed says what it measures', () => {
  it('the body-of-work figure (what claims are made on) first, with the threshold; the name figure named as such', () => {
    const said = candidateFigures({ clusters: 6, bodies: 2, bodyProbability: 0.31, probability: 0.96, namesakes: 3.2 });
    expect(said).toMatch(/^6 groups · about 31 in 100 that a body of work \(5\+ papers\) beside the largest is another person's, under the 50 a claim needs · /);
    expect(said).toMatch(/about 96 in 100 that some group, small ones included, is a namesake's, mostly from how common the name is \(about 3\.2 others of this name expected here\)/);
    expect(said).toMatch(/: not claimed$/);
    expect(said).not.toMatch(/that they are different people/);
    expect(candidateFigures({ clusters: 3, bodies: 1, bodyProbability: 0, probability: 0.4, namesakes: 0.1 })).toMatch(
      /^3 groups · no body of work \(5\+ papers\) beside the largest, which a claim needs · about 40 in 100 that some group, small ones included, is a namesake's, from how the groups differ/,
    );
  });
});

describe('a suggested pair has its figures in one short line', () => {
  it('the probability, the shared co-authors, the surname and the papers together, as the score weighs them', () => {
    expect(pairFigures({ score: 0.49, sharedCoauthors: [1, 2, 3, 4, 5], jointPapers: [], surnamePeople: 0 }).join(' · ')).toBe(
      'about 49 in 100 · 5 shared co-authors · unique surname',
    );
    expect(pairFigures({ score: 0.96, sharedCoauthors: [7], jointPapers: [3], surnamePeople: 2 }).join(' · ')).toBe(
      'about 96 in 100 · 1 shared co-author · surname of 3 people · on a paper together',
    );
    // a suggestion made before the surname was kept: left out
    expect(pairFigures({ score: 0.3, sharedCoauthors: [], jointPapers: [] }).join(' · ')).toBe('about 30 in 100 · no shared co-author');
  });

  it('each suggestion carries the surname figure its score used', () => {
    const rows: Row[] = [
      { title: 'Tonal alignment in Yoruba speech synthesis', authors: ['Oswin Kraleck', 'Pia Ndlovu'], year: 2019, venue: 'Speech Workshop' },
      { title: 'Tone modelling for Yoruba speech synthesis', authors: ['Oswin Kralleck', 'Pia Ndlovu'], year: 2020, venue: 'Speech Workshop' },
    ];
    const { bundle } = buildText('pair-figures.jsonl', jsonl(rows));
    const [s] = suggestSamePerson(bundle, { minProbability: 0 });
    expect(s!.surnamePeople).toBe(0);
    expect(pairFigures(s!).slice(1)).toEqual(['1 shared co-author', 'unique surname']);
  });
});

describe('a claim says how many people as a floor, and when its largest body may itself be several', () => {
  it('a claim on bodies of work says "at least"; the groups of a name a list was gathered around do not', () => {
    expect(mayBePeople({ people: 2, peopleIsFloor: true })).toBe('at least 2 different people');
    expect(mayBePeople({ people: 4, peopleIsFloor: false })).toBe('4 different people');
  });

  it('a very common surname whose largest body is several co-author groups that share no co-author: it may itself be several people', () => {
    const veryCommon = { surnameTier: 'very common' as const };
    expect(largestMayBeSeveral(true, veryCommon, [28, 16, 8, 7])).toBe(true);
    // one co-author group, a surname not very common, or no claim on bodies of work: nothing said
    expect(largestMayBeSeveral(true, veryCommon, [16])).toBe(false);
    expect(largestMayBeSeveral(true, { surnameTier: 'common' }, [28, 16])).toBe(false);
    expect(largestMayBeSeveral(false, veryCommon, [28, 16])).toBe(false);
    expect(largestSentence(59, [28, 16, 8, 7], veryCommon, 1.39, 'Mei Tanaka-Liu')).toBe(
      "Body 1 (59 papers) is itself 4 co-author circles of 5+ papers (28, 16, 8 and 7) with no co-author in common, tied only through co-authors' co-authors or alike topics; " +
        'Tanaka-Liu is a very common surname (about 1.4 people with this exact name expected here by chance), so body 1 may itself be several people: the count is at least 2, maybe more.',
    );
  });
});

describe("a claim's numbers add up to the author's papers, each saying what it counts", () => {
  it("Yang Liu at 30k: 92 papers = group 1's 81 (body 1's 59, body 2's 5, 17 in small circles) + 10 in groups 2–11 + 1 written alone", () => {
    // a tester could not tell how 59, 76, 81 and 92 related ("59 papers, in 4 co-author groups that share no co-author"
    // beside "co-author groups of 5+ papers tied together", "The rest of group 1 · 76 papers", "the 11 groups")
    const groups = [81, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const bodies = [{ papers: Array.from({ length: 59 }, (_, i) => i), group: 0 }, { papers: [60, 61, 62, 63, 64], group: 0 }];
    const tally = papersTally('Yang Liu', 92, groups, bodies, 1);
    expect(tally).toBe(
      "Yang Liu's 92 papers: group 1, 81 papers (body of work 1, 59; body of work 2, 5; 17 in co-author circles of fewer than 5 papers); groups 2–11, 10 papers, each group under 5 papers; 1 paper written alone, in no group.",
    );
    // Fei Liu: body 2 is all of group 2, said once
    expect(papersTally('Fei Liu', 36, [20, 7, 3, 2, 2, 2], [{ papers: Array(16).fill(0), group: 0 }, { papers: Array(7).fill(0), group: 1 }], 0)).toBe(
      "Fei Liu's 36 papers: group 1, 20 papers (body of work 1, 16; 4 in co-author circles of fewer than 5 papers); group 2, 7 papers (body of work 2); groups 3–6, 9 papers, each group under 5 papers.",
    );
  });
});

describe("the review list's intro is true for what is listed", () => {
  it('claims on bodies of work are said to have one; the name a list was gathered around is said to be claimed on its groups, whatever their size', () => {
    expect(claimsIntro([{ peopleIsFloor: true }], null)).toMatch(/^Their papers fall into groups .* with a body of work \(5\+ papers\) that shares no co-author with the largest .*; most probable first\.$/);
    // a list gathered around "Oriane Vellacourt", groups of 5, 2, 1 and 1 papers: no body of work beside the largest
    const focal = claimsIntro([{ peopleIsFloor: false }], 'Oriane Vellacourt');
    expect(focal).toMatch(/^The name this list was gathered around \(Oriane Vellacourt\): its papers fall into groups that no co-author ties together and that differ enough that different people are more likely than not, whatever the groups' size/);
    expect(focal).not.toContain('body of work');
    expect(claimsIntro([{ peopleIsFloor: true }, { peopleIsFloor: false }], 'Oriane Vellacourt')).toMatch(/body of work \(5\+ papers\).*; and the name this list was gathered around \(Oriane Vellacourt\)/);
  });
});
