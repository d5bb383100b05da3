/**
 * Venue series (core/queries/venue-series.ts): the volumes of one venue across years are one series, by their titles
 * alone, and different venues never are: on invented titles, on titles as the ACL Anthology, a lab's BibTeX and a
 * geometry bibliography give them (copied here), and, where ../shared/corpora is at hand, on all 768 volumes of the
 * ACL Anthology 2016–2021. A tester: typing "ACL" in the venue search listed 91 volumes with no grouping.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { venueSeries, venueSeriesKey, venueSeriesKeys, venueSeriesTitle } from '../../../src/core/queries/venue-series';
import { venueMatches } from '../../../src/app/features/venues/VenuePanel';
import { venueCounts } from '../../../src/core/queries/time-slice';
import { tableWords, venueListWords } from '../../../src/core/export/table-subset';
import { vosviewerMap } from '../../../src/core/export/vosviewer';
import { buildText, fixture, ROOT } from '../helpers';

/** Whether every title of `names` is of one series. */
const oneSeries = (...names: string[]) => new Set(names.map(venueSeriesKey)).size === 1;
/** The series of `names` (a map's venue list: the list's keys, `venueSeriesKeys`): each as its volumes' titles. */
const seriesOfList = (names: string[]): string[][] => {
  const keys = venueSeriesKeys(names);
  const groups = new Map<string, string[]>();
  names.forEach((n, i) => groups.set(keys[i]!, [...(groups.get(keys[i]!) ?? []), n]));
  return [...groups.values()];
};
/** The volumes in one series with `name` among `names`. */
const seriesWith = (names: string[], name: string): string[] => seriesOfList(names).find((g) => g.includes(name))!;

describe('a series title: the volume title without years, ordinals, editions and volume markers', () => {
  it('on invented titles', () => {
    expect(venueSeriesTitle('Proceedings of the 3rd Harbour Conference (Volume 1: Long Papers)')).toBe('Harbour Conference');
    expect(venueSeriesTitle('Proceedings of the Twenty-First Harbour Conference 2031')).toBe('Harbour Conference');
    expect(venueSeriesTitle('Lantern Review, Vol. 7, Issue 2 - May 2030')).toBe('Lantern Review');
    expect(venueSeriesTitle('Proceedings of the 4th Harbour Conference: System Demonstrations')).toBe('Harbour Conference: System Demonstrations');
    expect(oneSeries('Proceedings of the 3rd Harbour Conference (Volume 1: Long Papers)', 'Proceedings of the 4th Harbour Conference (Volume 2: Short Papers)', 'Proceedings of the Fifth Harbour Conference (HC 2032)', 'Proceedings of the 6th Harbour Conference: Main Volume')).toBe(true);
    // what a title says beyond its edition keeps venues apart
    expect(oneSeries('Proceedings of the 3rd Harbour Conference', 'Proceedings of the 3rd Harbour Conference: System Demonstrations')).toBe(false);
    expect(oneSeries('Proceedings of the 3rd Harbour Conference', 'Findings of the Harbour Conference 2031')).toBe(false);
    expect(oneSeries('Proceedings of the 3rd Harbour Conference', 'Proceedings of the 2nd Workshop on Knots at the Harbour Conference')).toBe(false);
    expect(oneSeries('Lantern Review: Theory', 'Lantern Review: Practice')).toBe(false);
    // a title with no word left is only itself
    expect(oneSeries('??', '?')).toBe(false);
  });

  it('on ACL Anthology volumes: the main conference across years, its joint meetings included; its Findings, demonstrations, workshops and CoNLL apart', () => {
    const acl = [
      'Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)',
      'Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)',
      'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics',
      'Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 1: Long Papers)',
    ];
    expect(oneSeries(...acl)).toBe(true);
    expect(venueSeriesTitle(acl[3]!)).toBe('Annual Meeting of the Association for Computational Linguistics');
    const emnlp = [
      'Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing',
      'Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing (EMNLP-IJCNLP)',
      'Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)',
    ];
    expect(oneSeries(...emnlp)).toBe(true);
    expect(oneSeries('Findings of the Association for Computational Linguistics: EMNLP 2020', 'Findings of the Association for Computational Linguistics: EMNLP 2021')).toBe(true);
    const apart = [
      acl[0]!,
      emnlp[0]!,
      'Findings of the Association for Computational Linguistics: EMNLP 2020',
      'Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021',
      'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: System Demonstrations',
      'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: Tutorial Abstracts',
      'Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing (EMNLP-IJCNLP): System Demonstrations',
      'Proceedings of the 24th Conference on Computational Natural Language Learning',
      'Proceedings of the Shared Task on Cross-Framework Meaning Representation Parsing at the 2019 Conference on Natural Language Learning',
      'Proceedings of the CoNLL 2020 Shared Task: Cross-Framework Meaning Representation Parsing',
      'Proceedings of the Eighth International Joint Conference on Natural Language Processing (Volume 1: Long Papers)',
      'Proceedings of the Fourth Workshop on Structured Prediction for NLP',
      'Proceedings of the 14th International Workshop on Semantic Evaluation',
      'Proceedings of the 27th International Conference on Computational Linguistics',
      'Computational Linguistics, Volume 46, Issue 1 - March 2020',
      'Transactions of the Association for Computational Linguistics, Volume 8',
    ];
    expect(new Set(apart.map(venueSeriesKey)).size).toBe(apart.length);
    // journals: volumes and issues are one journal, a special issue too
    expect(oneSeries('Computational Linguistics, Volume 42, Issue 1 - March 2016', 'Computational Linguistics, Volume 46, Issue 4 - December 2020')).toBe(true);
    expect(oneSeries('Linguistic Issues in Language Technology, Volume 13, 2016', 'Linguistic Issues in Language Technology, Volume 14, 2016 - Modality: Logic, Semantics, Annotation, and Machine Learning')).toBe(true);
    expect(oneSeries('International Journal of Computational Linguistics & {C}hinese Language Processing, Volume 23, Number 1, June 2018', 'International Journal of Computational Linguistics & Chinese Language Processing, Volume 21, Number 1, June 2016')).toBe(true);
    // other editions: "LREC'16", "(LREC 2018)", "SemEval-2017", French ordinals and "édition"
    expect(oneSeries("Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC'16)", 'Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018)')).toBe(true);
    expect(oneSeries('Proceedings of the 11th International Workshop on Semantic Evaluation (SemEval-2017)', 'Proceedings of the 13th International Workshop on Semantic Evaluation')).toBe(true);
    expect(oneSeries('Proceedings of ACL-2016 System Demonstrations', 'Proceedings of ACL 2017, System Demonstrations')).toBe(true);
    expect(oneSeries('Proceedings of Machine Translation Summit XVII: Research Track', 'Proceedings of Machine Translation Summit XVIII: Research Track')).toBe(true);
    expect(oneSeries('Actes des 24ème Conférence sur le Traitement Automatique des Langues Naturelles. Volume 1 - Articles longs', 'Actes des 24ème Conférence sur le Traitement Automatique des Langues Naturelles. Volume 3 - Démonstrations')).toBe(true);
  });

  it('on BibTeX journals and proceedings of other fields (a lab bibliography, a geometry bibliography)', () => {
    expect(oneSeries('The Journal of Physiology', 'Journal of Physiology')).toBe(true);
    expect(oneSeries('Proceedings of the 33rd International Conference on Machine Learning', 'Proceedings of the 41st International Conference on Machine Learning')).toBe(true);
    expect(oneSeries('Proc. 11th Annu. ACM Sympos. Comput. Geom.', 'Proc. 5th Annu. ACM Sympos. Comput. Geom.', 'Proc. Annu. ACM Sympos. Comput. Geom.')).toBe(true);
    expect(oneSeries('Proc. SIGGRAPH \'87', 'Proc. SIGGRAPH 96', 'Proc. Siggraph')).toBe(true);
    // a journal's sections are journals of their own
    expect(oneSeries('Journal of Experimental Psychology: General', 'Journal of Experimental Psychology: Learning, Memory, and Cognition')).toBe(false);
    expect(oneSeries('Proc. Annu. ACM Sympos. Theory Comput.', 'Proc. Annu. ACM Sympos. Comput. Geom.')).toBe(false);
    expect(oneSeries('Nature', 'Nature Neuroscience', 'Nature Reviews Neuroscience')).toBe(false);
  });
});

describe('volumes the testers found apart on the 30k map (their titles as the ACL Anthology gives them)', () => {
  const lrec = [
    "Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC'16)",
    'Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018)',
    'Proceedings of the 12th Language Resources and Evaluation Conference',
  ];
  const coling = {
    main: ['Proceedings of COLING 2016, the 26th International Conference on Computational Linguistics: Technical Papers', 'Proceedings of the 27th International Conference on Computational Linguistics', 'Proceedings of the 28th International Conference on Computational Linguistics'],
    demos: ['Proceedings of COLING 2016, the 26th International Conference on Computational Linguistics: System Demonstrations', 'Proceedings of the 27th International Conference on Computational Linguistics: System Demonstrations', 'Proceedings of the 28th International Conference on Computational Linguistics: System Demonstrations'],
    tutorials: ['Proceedings of COLING 2016, the 26th International Conference on Computational Linguistics: Tutorial Abstracts', 'Proceedings of the 27th International Conference on Computational Linguistics: Tutorial Abstracts'],
    industry: ['Proceedings of the 28th International Conference on Computational Linguistics: Industry Track'],
  };
  const wat = [
    'Proceedings of the 3rd Workshop on Asian Translation (WAT2016)',
    'Proceedings of the 4th Workshop on Asian Translation (WAT2017)',
    'Proceedings of the 32nd Pacific Asia Conference on Language, Information and Computation: 5th Workshop on Asian Translation: 5th Workshop on Asian Translation',
    'Proceedings of the 6th Workshop on Asian Translation',
    'Proceedings of the 7th Workshop on Asian Translation',
    'Proceedings of the 8th Workshop on Asian Translation (WAT2021)',
  ];
  const paclic = [
    'Proceedings of the 30th Pacific Asia Conference on Language, Information and Computation: Oral Papers',
    'Proceedings of the 30th Pacific Asia Conference on Language, Information and Computation: Posters',
    'Proceedings of the 31st Pacific Asia Conference on Language, Information and Computation',
    'Proceedings of the 32nd Pacific Asia Conference on Language, Information and Computation',
    'Proceedings of the 34th Pacific Asia Conference on Language, Information and Computation',
  ];
  const paclicHosted = ['Proceedings of the 32nd Pacific Asia Conference on Language, Information and Computation: 25th Joint Workshop on Linguistics and Language Processing', 'Proceedings of the 30th Pacific Asia Conference on Language, Information and Computation: Keynote Speeches and Invited Talks'];
  const all = [...lrec, ...Object.values(coling).flat(), ...wat, ...paclic, ...paclicHosted];

  it('LREC 2016, 2018 and 2020 are one series: "Language Resources and Evaluation Conference" spells the LREC the others carry', () => {
    expect(seriesWith(all, lrec[2]!).sort()).toEqual([...lrec].sort());
    // the 2020 title alone is not the others' words: the acronym links them, on the list
    expect(oneSeries(...lrec)).toBe(false);
  });

  it('COLING 2016 ("COLING 2016, the 26th …: Technical Papers") is with the 27th and 28th; its demonstrations and tutorials with theirs, not with the main volumes', () => {
    expect(venueSeriesTitle(coling.main[0]!)).toBe('International Conference on Computational Linguistics');
    for (const list of Object.values(coling)) expect(seriesWith(all, list[0]!).sort()).toEqual([...list].sort());
  });

  it('WAT 2016, 2017, 2018 (in PACLIC 32\'s proceedings) and 2019–2021 are one series; PACLIC\'s volumes are not in it, and a search for "Workshop on Asian Translation" finds WAT only', () => {
    expect(venueSeriesTitle(wat[2]!)).toBe('Workshop on Asian Translation');
    expect(seriesWith(all, wat[0]!).sort()).toEqual([...wat].sort());
    // PACLIC's main volumes ("Oral Papers", "Posters" of the 30th with them); what it hosted with an edition of its own is apart
    expect(seriesWith(all, paclic[2]!).sort()).toEqual([...paclic].sort());
    expect(venueSeriesTitle(paclicHosted[0]!)).toBe('Joint Workshop on Linguistics and Language Processing');
    expect(seriesWith(all, paclicHosted[1]!)).toEqual([paclicHosted[1]]);
    const papers = all.map((venue, i) => JSON.stringify({ id: `p${i}`, title: `Paper ${i}`, authors: [`Ana ${i}`, `Ben ${i}`], year: 2016 + (i % 6), venue, doi: null, abstract: null }));
    const { bundle } = buildText('wat.jsonl', papers.join('\n'));
    const found = venueSeries(bundle, venueCounts(bundle)).filter((s) => venueMatches(s.title, 'Workshop on Asian Translation'));
    expect(found.map((s) => [s.title, s.venues.length])).toEqual([['Workshop on Asian Translation', 6]]);
  });

  it('editions as titles write them: "the Nth" after a label, acronyms with years or numbers glued, a host\'s name and year before or after', () => {
    expect(oneSeries('Proceedings of *SEM 2021: The Tenth Joint Conference on Lexical and Computational Semantics', 'Proceedings of the 6th Joint Conference on Lexical and Computational Semantics (*SEM 2017)', 'Proceedings of the Ninth Joint Conference on Lexical and Computational Semantics')).toBe(true);
    expect(oneSeries('Proceedings of TextGraphs-10: the Workshop on Graph-based Methods for Natural Language Processing', 'Proceedings of the Fifteenth Workshop on Graph-Based Methods for Natural Language Processing (TextGraphs-15)')).toBe(true);
    expect(oneSeries('Proceedings of the 2018 EMNLP Workshop W-NUT: The 4th Workshop on Noisy User-generated Text', 'Proceedings of the 5th Workshop on Noisy User-generated Text (W-NUT 2019)')).toBe(true);
    expect(oneSeries('IWCS 2017 - 12th International Conference on Computational Semantics - Long papers', 'IWCS 2017 — 12th International Conference on Computational Semantics — Short papers', 'Proceedings of the 13th International Conference on Computational Semantics - Long Papers', 'Proceedings of the 14th International Conference on Computational Semantics (IWCS)')).toBe(true);
    expect(oneSeries('Proceedings of the 4th Workshop on Technologies for MT of Low Resource Languages (LoResMT2021)', 'Proceedings of the AMTA 2018 Workshop on Technologies for MT of Low Resource Languages (LoResMT 2018)', 'Proceedings of the 2nd Workshop on Technologies for MT of Low Resource Languages')).toBe(true);
    expect(oneSeries('Proceedings of the Third Workshop on NLP for Similar Languages, Varieties and Dialects (VarDial3)', 'Proceedings of the Sixth Workshop on NLP for Similar Languages, Varieties and Dialects')).toBe(true);
    expect(oneSeries('Proceedings of the 12th International Workshop on Tree Adjoining Grammars and Related Formalisms (TAG+12)', 'Proceedings of the 13th International Workshop on Tree Adjoining Grammars and Related Formalisms')).toBe(true);
    expect(oneSeries('Proceedings of the 1st Workshop on NLP for COVID-19 at ACL 2020', 'Proceedings of the 1st Workshop on NLP for COVID-19 (Part 2) at EMNLP 2020')).toBe(true);
    expect(oneSeries('Proceedings of the 10th Linguistic Annotation Workshop held in conjunction with ACL 2016 (LAW-X 2016)', 'Proceedings of the 11th Linguistic Annotation Workshop')).toBe(true);
    const ranlp = ['Proceedings of the International Conference Recent Advances in Natural Language Processing, RANLP 2017', 'Proceedings of the International Conference on Recent Advances in Natural Language Processing (RANLP 2019)'];
    expect(seriesOfList(ranlp)).toEqual([ranlp]);
    expect(oneSeries('Proceedings 14th Joint ACL - ISO Workshop on Interoperable Semantic Annotation', '16th Joint ACL - ISO Workshop on Interoperable Semantic Annotation PROCEEDINGS', 'Proceedings of the 17th Joint ACL - ISO Workshop on Interoperable Semantic Annotation')).toBe(true);
  });

  it('a track of the meeting\'s own papers is one of its volumes ("Long Papers", "Research Papers", "Shared Task Papers", as "(Volume 2: Short Papers)"); demonstrations, tutorials, student volumes and Findings stay apart', () => {
    expect(oneSeries('Proceedings of the Third Conference on Machine Translation: Research Papers', 'Proceedings of the Third Conference on Machine Translation: Shared Task Papers', 'Proceedings of the First Conference on Machine Translation: Volume 2, Shared Task Papers', 'Proceedings of the Fifth Conference on Machine Translation')).toBe(true);
    expect(oneSeries('Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies: Industry Papers', 'Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies')).toBe(true);
    const apart = [
      'Proceedings of the 13th International Conference on Computational Semantics - Long Papers',
      'Proceedings of the 13th International Conference on Computational Semantics - Student Papers',
      coling.main[0]!,
      coling.demos[0]!,
      coling.tutorials[0]!,
      coling.industry[0]!,
      'Proceedings of ACL 2017, Student Research Workshop',
      'Proceedings of ACL 2017, System Demonstrations',
      'Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021',
    ];
    expect(new Set(apart.map(venueSeriesKey)).size).toBe(apart.length);
  });

  it('on a list, a volume is the series it would be without an acronym before its meeting word or a second part of its name the main volumes have; "X Workshop" is "Workshop on X"', () => {
    const conll = ['Proceedings of The 20th SIGNLL Conference on Computational Natural Language Learning', 'Proceedings of the 22nd Conference on Computational Natural Language Learning', 'Proceedings of the 21st Conference on Computational Natural Language Learning (CoNLL 2017)'];
    const naacl = [
      'Proceedings of the 2016 Conference of the North American Chapter of the Association for Computational Linguistics: Demonstrations',
      'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics (Demonstrations)',
      'Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies: Demonstrations',
    ];
    const naaclMain = ['Proceedings of the 2016 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies', 'Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies'];
    const winlp = ['Proceedings of the The Fourth Widening Natural Language Processing Workshop', 'Proceedings of the Fifth Workshop on Widening Natural Language Processing', 'Proceedings of the 2019 Workshop on Widening NLP'];
    const blackbox = ['Proceedings of the 2019 ACL Workshop BlackboxNLP: Analyzing and Interpreting Neural Networks for NLP', 'Proceedings of the 2018 EMNLP Workshop BlackboxNLP: Analyzing and Interpreting Neural Networks for NLP', 'Proceedings of the Fourth BlackboxNLP Workshop on Analyzing and Interpreting Neural Networks for NLP'];
    const names = [...conll, ...naacl, ...naaclMain, ...winlp, ...blackbox];
    for (const list of [conll, naacl, naaclMain, winlp, blackbox]) expect(seriesWith(names, list[0]!).sort()).toEqual([...list].sort());
  });

  it('never one series: other journals of the same words in another order, a conference and a workshop, a series\' demonstrations (its acronym too), two BioNLP series', () => {
    const names = [
      'Ann. Math.',
      'Math. Ann.',
      'J. Comp. Appl. Math.',
      'J. Comp. Math. Appl.',
      'Comput. Graphics',
      'Comput. \\& Graphics',
      'Proceedings of the 17th Conference on Natural Language Processing (KONVENS 2021)',
      'Proceedings of the 16th International Conference on Natural Language Processing',
      'Proceedings of the 17th International Conference on Natural Language Processing (ICON)',
      'Proceedings of the 17th International Conference on Natural Language Processing (ICON): System Demonstrations',
      'Proceedings of the 4th BioNLP Shared Task Workshop',
      'Proceedings of the 18th BioNLP Workshop and Shared Task',
      'Proceedings of the Harbour Workshop on Knots',
      'Proceedings of the Harbour Conference on Knots',
      // (a lab's BibTeX: "International" and plurals count outside a meeting's name)
      'International Journal of Psychology',
      'Journal of Psychology',
      'The Cognitive Neurosciences',
      'Cognitive Neuroscience',
    ];
    const groups = seriesOfList(names);
    expect(groups.filter((g) => g.length > 1)).toEqual([['Proceedings of the 16th International Conference on Natural Language Processing', 'Proceedings of the 17th International Conference on Natural Language Processing (ICON)']]);
  });
});

describe('series a researcher names as one that the list\'s words alone kept apart (the 30k map\'s titles, Dec 2026)', () => {
  const sigdial = ['Proceedings of the 17th Annual Meeting of the Special Interest Group on Discourse and Dialogue', 'Proceedings of the 18th Annual SIGdial Meeting on Discourse and Dialogue', 'Proceedings of the 22nd Annual Meeting of the Special Interest Group on Discourse and Dialogue'];
  const bionlp = ['Proceedings of the 15th Workshop on Biomedical Natural Language Processing', 'BioNLP 2017', 'Proceedings of the BioNLP 2018 workshop', 'Proceedings of the 18th BioNLP Workshop and Shared Task', 'Proceedings of the 19th SIGBioMed Workshop on Biomedical Language Processing', 'Proceedings of the 20th Workshop on Biomedical Language Processing'];
  const bionlpTasks = ['Proceedings of the 4th BioNLP Shared Task Workshop', 'Proceedings of The 5th Workshop on BioNLP Open Shared Tasks'];
  const isa = ['Proceedings of the 13th Joint ISO-ACL Workshop on Interoperable Semantic Annotation (ISA-13)', 'Proceedings 14th Joint ACL - ISO Workshop on Interoperable Semantic Annotation', '16th Joint ACL - ISO Workshop on Interoperable Semantic Annotation PROCEEDINGS'];
  const smm4h = ['Proceedings of the 2018 EMNLP Workshop SMM4H: The 3rd Social Media Mining for Health Applications Workshop & Shared Task', 'Proceedings of the Fourth Social Media Mining for Health Applications (#SMM4H) Workshop & Shared Task', 'Proceedings of the Fifth Social Media Mining for Health Applications Workshop & Shared Task', 'Proceedings of the Sixth Social Media Mining for Health (#SMM4H) Workshop and Shared Task'];
  const taln = [
    'Actes de la conférence conjointe JEP-TALN-RECITAL 2016. volume 2 : TALN (Articles longs)',
    'Actes des 24ème Conférence sur le Traitement Automatique des Langues Naturelles. Volume 1 - Articles longs',
    'Actes de la Conférence TALN. Volume 1 - Articles longs, articles courts de TALN',
    'Actes de la Conférence sur le Traitement Automatique des Langues Naturelles (TALN) PFIA 2019. Volume I : Articles longs',
    "Actes de la 6e conférence conjointe Journées d'Études sur la Parole (JEP, 33e édition), Traitement Automatique des Langues Naturelles (TALN, 27e édition), Rencontre des Étudiants Chercheurs en Informatique pour le Traitement Automatique des Langues (RÉCITAL, 22e édition). Volume 2 : Traitement Automatique des Langues Naturelles",
    'Actes de la 28e Conférence sur le Traitement Automatique des Langues Naturelles. Volume 1 : conférence principale',
  ];
  const talnWorkshops = ['Actes de la Conférence sur le Traitement Automatique des Langues Naturelles (TALN) PFIA 2019. Défi Fouille de Textes (atelier TALN-RECITAL)', 'Actes de la Conférence sur le Traitement Automatique des Langues Naturelles (TALN) PFIA 2019. Terminologie et Intelligence Artificielle (atelier TALN-RECITAL \\& IC)'];
  const tracks = {
    aclSrw: ['Proceedings of the ACL 2016 Student Research Workshop', 'Proceedings of ACL 2017, Student Research Workshop', 'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: Student Research Workshop'],
    aclDemos: ['Proceedings of ACL-2016 System Demonstrations', 'Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics: System Demonstrations'],
    naaclSrw: ['Proceedings of the NAACL Student Research Workshop', 'Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Student Research Workshop'],
    eaclSrw: ['Proceedings of the Student Research Workshop at the 15th Conference of the European Chapter of the Association for Computational Linguistics', 'Proceedings of the 16th Conference of the European Chapter of the Association for Computational Linguistics: Student Research Workshop'],
    aaclSrw: ['Proceedings of the 1st Conference of the Asia-Pacific Chapter of the Association for Computational Linguistics and the 10th International Joint Conference on Natural Language Processing: Student Research Workshop'],
    aclMain: ['Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics'],
  };
  const workshops = {
    semeval: ['Proceedings of the 13th International Workshop on Semantic Evaluation', 'Proceedings of the Fourteenth Workshop on Semantic Evaluation'],
    uralic: ['Proceedings of the Third Workshop on Computational Linguistics for Uralic Languages', 'Proceedings of the Fifth International Workshop on Computational Linguistics for Uralic Languages', 'Proceedings of the Sixth International Workshop on Computational Linguistics of Uralic Languages'],
    alta: ['Proceedings of the Australasian Language Technology Association Workshop 2018', 'Proceedings of the The 17th Annual Workshop of the Australasian Language Technology Association'],
    news: ['Proceedings of the Sixth Named Entity Workshop', 'Proceedings of the Seventh Named Entities Workshop'],
    peoples: ['Proceedings of the Second Workshop on Computational Modeling of People’s Opinions, Personality, and Emotions in Social Media', "Proceedings of the Third Workshop on Computational Modeling of People's Opinions, Personality, and Emotion's in Social Media"],
    clpsych: ['Proceedings of the Third Workshop on Computational Linguistics and Clinical Psychology', 'Proceedings of the Fifth Workshop on Computational Linguistics and Clinical Psychology: From Keyboard to Clinic', 'Proceedings of the Fourth Workshop on Computational Linguistics and Clinical Psychology — From Linguistic Signal to Clinical Reality'],
    nlp4if: ['Proceedings of the First Workshop on Natural Language Processing for Internet Freedom', 'Proceedings of the 3rd NLP4IF Workshop on NLP for Internet Freedom: Censorship, Disinformation, and Propaganda', 'Proceedings of the Fourth Workshop on NLP for Internet Freedom: Censorship, Disinformation, and Propaganda'],
    calcs: ['Proceedings of the Second Workshop on Computational Approaches to Code Switching', 'Proceedings of the Third Workshop on Computational Approaches to Linguistic Code-Switching'],
    ccnlg: ['Proceedings of the 4th Workshop on Computational Creativity in Language Generation', 'Proceedings of the 3rd Workshop on Computational Creativity in Natural Language Generation (CC-NLG 2018)'],
    webnlg: ['Proceedings of the 2nd International Workshop on Natural Language Generation and the Semantic Web (WebNLG 2016)', 'Proceedings of the 3rd International Workshop on Natural Language Generation from the Semantic Web (WebNLG+)'],
    iwpt: ['Proceedings of the 15th International Conference on Parsing Technologies', 'Proceedings of the 16th International Conference on Parsing Technologies and the IWPT 2020 Shared Task on Parsing into Enhanced Universal Dependencies'],
    ecnlp: ['Proceedings of The 3rd Workshop on e-Commerce and NLP'],
    ecomnlp: ['Proceedings of Workshop on Natural Language Processing in E-Commerce'],
    msr: ['Proceedings of the 2nd Workshop on Multilingual Surface Realisation (MSR 2019)'],
    mmsr: ['Proceedings of the 1st Workshop on Multimodal Semantic Representations (MMSR)'],
  };
  const names = [...sigdial, ...bionlp, ...bionlpTasks, ...isa, ...smm4h, ...taln, ...talnWorkshops, ...Object.values(tracks).flat(), ...Object.values(workshops).flat()];
  const same = (list: string[]) => expect(seriesWith(names, list[0]!).sort()).toEqual([...list].sort());

  it('SIGdial: "Annual SIGdial Meeting on…" and "Annual Meeting of the Special Interest Group on…" (an acronym for the words it abbreviates)', () => same(sigdial));
  it('BioNLP 2016–2021 (its acronym, "Workshop on Biomedical (Natural) Language Processing"); the BioNLP shared-task workshops apart', () => {
    same(bionlp);
    for (const t of bionlpTasks) expect(seriesWith(names, t)).toEqual([t]);
  });
  it('ISA: "Joint ISO-ACL" and "Joint ACL - ISO" (acronyms joined in either order)', () => same(isa));
  it('SMM4H: "… for Health (Applications) Workshop & Shared Task", linked by the #SMM4H its volumes carry', () => same(smm4h));
  it('TALN 2016–2021: "Actes de la" as "Proceedings of the", the joint JEP-TALN-RECITAL meetings, "(TALN)", "Conférence TALN" and the name TALN abbreviates; its workshops apart', () => {
    same(taln);
    for (const t of talnWorkshops) expect(seriesWith(names, t)).toEqual([t]);
  });
  it('a track named after the meeting\'s acronym or "at the" meeting is the same track after a colon; other chapters\' tracks apart', () => {
    for (const list of Object.values(tracks)) same(list);
  });
  it('workshops whose titles differ by "International", "Annual", "for"/"of", a plural or possessive, a theme subtitle, one word more, or an acronym they carry; other workshops of one acronym or alike words apart', () => {
    for (const list of Object.values(workshops)) same(list);
  });
});

const CORPUS = path.join(ROOT, '..', 'shared', 'corpora', 'acl_2016_2021_all.jsonl');

describe('on all 768 volumes of the ACL Anthology 2016–2021', () => {
  it.skipIf(!existsSync(CORPUS))('no series mixes Findings, workshops, shared tasks, demonstrations or tutorials with other volumes (a conference’s "Volume 2: Shared Task Papers" is one of its volumes); ACL and EMNLP gather every year', () => {
    const names = [...new Set(readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { venue: string | null }).venue).filter((v): v is string => !!v))];
    expect(names).toHaveLength(768);
    const keys = venueSeriesKeys(names);
    const groups = new Map<string, string[]>();
    names.forEach((n, i) => groups.set(keys[i]!, [...(groups.get(keys[i]!) ?? []), n]));
    // workshops whose volume does not say so, in their series by their acronym
    const workshops = new Set(['Proceedings of the Graph-based Methods for Natural Language Processing (TextGraphs)', 'Proceedings of the Beyond Vision and LANguage: inTEgrating Real-world kNowledge (LANTERN)', 'BioNLP 2017']);
    for (const list of groups.values()) {
      // (a workshop's own shared task, "BioNLP Workshop and Shared Task", "SMM4H Workshop & Shared Task", is the workshop's;
      // "… Conference on Parsing Technologies and the IWPT 2020 Shared Task", a joint meeting's, the conference's)
      for (const mark of [/^Findings/, /Workshop/i, /(?<!Workshop (and|&) |and the \S+ \d{4} )Shared Task(?! Papers)/i, /Demonstrations/, /Tutorial/, /Student Research/]) {
        const marked = list.filter((n) => mark.test(n) || (mark.source === 'Workshop' && workshops.has(n))).length;
        expect(marked === 0 || marked === list.length, `${mark}: ${list.join(' | ')}`).toBe(true);
      }
    }
    const groupOf = (name: string) => groups.get(keys[names.indexOf(name)]!)!;
    const acl = groupOf('Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics');
    expect(acl).toHaveLength(10);
    expect(acl.every((n) => /^Proceedings of the 5\dth Annual Meeting of the Association for Computational Linguistics( \(Volume|$| and the 11th International Joint Conference on Natural Language Processing \(Volume)/.test(n))).toBe(true);
    const emnlp = groupOf('Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing');
    expect(emnlp.map((n) => /\d{4}/.exec(n)![0]).sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    // the testers' LREC, COLING and WAT (PACLIC's volumes apart); 459 series and single volumes before, 323 of them single
    expect(groupOf('Proceedings of the 12th Language Resources and Evaluation Conference')).toHaveLength(3);
    expect(groupOf('Proceedings of the 28th International Conference on Computational Linguistics')).toHaveLength(3);
    expect(groupOf('Proceedings of the 8th Workshop on Asian Translation (WAT2021)')).toHaveLength(6);
    expect(groupOf('Proceedings of the 31st Pacific Asia Conference on Language, Information and Computation').every((n) => !/Asian Translation/.test(n))).toBe(true);
    // 397 series and single volumes before the testers' SIGdial, BioNLP, ISA, SMM4H and TALN (245 single), 362 after (215)
    expect(groups.size).toBe(362);
    expect([...groups.values()].filter((g) => g.length === 1).length).toBe(215);
    expect(groupOf('Proceedings of the 22nd Annual Meeting of the Special Interest Group on Discourse and Dialogue')).toHaveLength(6);
    expect(groupOf('BioNLP 2017')).toHaveLength(6);
    expect(groupOf('Proceedings of the 17th Joint ACL - ISO Workshop on Interoperable Semantic Annotation')).toHaveLength(4);
    expect(groupOf('Proceedings of the Sixth Social Media Mining for Health (#SMM4H) Workshop and Shared Task')).toHaveLength(4);
    expect(groupOf('Actes de la Conférence TALN. Volume 1 - Articles longs, articles courts de TALN')).toHaveLength(22);
  });
});

/** The ACL Anthology maps' venue titles and the series key each had before the keys were made faster (fixture's "about"). */
interface PinnedSeries {
  names: string[];
  keys: string[];
  keyOf: number[];
  subset: number[];
  subsetKeys: string[];
  subsetKeyOf: number[];
}

describe('the ACL Anthology maps\' series stay as they were when the venue list got faster', () => {
  const pinned = JSON.parse(readFileSync(fixture('venue-series/acl-anthology-series.json'), 'utf8')) as PinnedSeries;

  it('the 70k map\'s 2,373 volumes: 950 series and single volumes, each volume under the same series key', () => {
    const keys = venueSeriesKeys([...pinned.names]);
    expect(new Set(keys).size).toBe(950);
    expect(keys).toEqual(pinned.keyOf.map((k) => pinned.keys[k]));
  });

  it('the 30k map\'s 768 volumes (2016–2021, in its order): 362 series and single volumes, each under the same key', () => {
    const keys = venueSeriesKeys(pinned.subset.map((i) => pinned.names[i]!));
    expect(new Set(keys).size).toBe(362);
    expect(keys).toEqual(pinned.subsetKeyOf.map((k) => pinned.subsetKeys[k]));
  });
});

describe('the series of a map and the tables\' words', () => {
  const line = (id: string, title: string, authors: string[], year: number, venue: string) => JSON.stringify({ id, title, authors, year, venue, doi: null, abstract: null });
  const { bundle } = buildText(
    'harbours.jsonl',
    [
      line('a', 'Quiet Harbours', ['Ana Reyes', 'Ben Okafor'], 2018, 'Proceedings of the 3rd Harbour Conference (Volume 1: Long Papers)'),
      line('b', 'Salt and Rope', ['Ana Reyes', 'Cleo Park'], 2018, 'Proceedings of the 3rd Harbour Conference (Volume 2: Short Papers)'),
      line('c', 'Four Winds', ['Cleo Park', 'Dev Shah'], 2020, 'Proceedings of the 4th Harbour Conference'),
      line('d', 'Lantern Maths', ['Dev Shah', 'Eli Moss'], 2020, 'Findings of the Harbour Conference 2020'),
      line('e', 'Night Tides', ['Eli Moss', 'Fen Wu'], 2019, 'Proceedings of the 4th Harbour Conference: System Demonstrations'),
    ].join('\n'),
  );
  const v = (name: string) => bundle.venues.findIndex((n) => n.startsWith(name));

  it('the Harbour Conference: 3 volumes, 3 papers, 2018–2020; its Findings and demonstrations are not in it', () => {
    const series = venueSeries(bundle, venueCounts(bundle));
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ title: 'Harbour Conference', papers: 3, years: [2018, 2020] });
    expect(new Set(series[0]!.venues)).toEqual(new Set([v('Proceedings of the 3rd Harbour Conference (Volume 1'), v('Proceedings of the 3rd Harbour Conference (Volume 2'), v('Proceedings of the 4th Harbour Conference')].filter((x) => x >= 0)));
    expect(series[0]!.venues).toHaveLength(3);
  });

  it('VOSviewer\'s weight names list several venues (a whole series as one) instead of "at N venues"', () => {
    const harbour = venueSeries(bundle, venueCounts(bundle))[0]!.venues;
    const findings = v('Findings');
    expect(venueListWords(bundle, [...harbour, findings])).toBe('“Harbour Conference” (3 volumes) + “Findings of the Harbour Conference 2020”');
    expect(tableWords(bundle, { years: [2020, 2020], venues: [...harbour, findings] }).within).toBe('2020 at “Harbour Conference” (3 volumes) + “Findings of the Harbour Conference 2020”');
    const map = vosviewerMap(bundle, { years: null, venues: [harbour[0]!, findings] }).split('\r\n')[0]!.split('\t');
    expect(map[7]).toMatch(/^weight<Documents at “.+” \+ “Findings of the Harbour Conference 2020”>$/);
    // too long to list: how many
    expect(venueListWords(bundle, [...harbour, findings], 40)).toBeNull();
  });
});
