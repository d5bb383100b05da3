/**
 * Venue series (core/queries/venue-series.ts): the volumes of one venue across years are one series, by their titles
 * alone, and different venues never are: on invented titles, on titles as the ACL Anthology, a lab's BibTeX and a
 * geometry bibliography give them (copied here), and, where ../shared/corpora is at hand, on all 768 volumes of the
 * ACL Anthology 2016–2021. A tester: typing "ACL" in the venue search listed 91 volumes with no grouping.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { venueSeries, venueSeriesKey, venueSeriesTitle } from '../../../src/core/queries/venue-series';
import { venueCounts } from '../../../src/core/queries/time-slice';
import { tableWords, venueListWords } from '../../../src/core/export/table-subset';
import { vosviewerMap } from '../../../src/core/export/vosviewer';
import { buildText, ROOT } from '../helpers';

/** Whether every title of `names` is of one series. */
const oneSeries = (...names: string[]) => new Set(names.map(venueSeriesKey)).size === 1;

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

const CORPUS = path.join(ROOT, '..', 'shared', 'corpora', 'acl_2016_2021_all.jsonl');

describe('on all 768 volumes of the ACL Anthology 2016–2021', () => {
  it.skipIf(!existsSync(CORPUS))('no series mixes Findings, workshops, shared tasks, demonstrations or tutorials with other volumes (a conference’s "Volume 2: Shared Task Papers" is one of its volumes); ACL and EMNLP gather every year', () => {
    const names = [...new Set(readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { venue: string | null }).venue).filter((v): v is string => !!v))];
    expect(names).toHaveLength(768);
    const groups = new Map<string, string[]>();
    for (const n of names) groups.set(venueSeriesKey(n), [...(groups.get(venueSeriesKey(n)) ?? []), n]);
    for (const list of groups.values()) {
      for (const mark of [/^Findings/, /Workshop/i, /Shared Task(?! Papers)/i, /Demonstrations/, /Tutorial/, /Student Research/]) {
        const marked = list.filter((n) => mark.test(n)).length;
        expect(marked === 0 || marked === list.length, `${mark}: ${list.join(' | ')}`).toBe(true);
      }
    }
    const acl = groups.get(venueSeriesKey('Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics'))!;
    expect(acl).toHaveLength(10);
    expect(acl.every((n) => /^Proceedings of the 5\dth Annual Meeting of the Association for Computational Linguistics( \(Volume|$| and the 11th International Joint Conference on Natural Language Processing \(Volume)/.test(n))).toBe(true);
    const emnlp = groups.get(venueSeriesKey('Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing'))!;
    expect(emnlp.map((n) => /\d{4}/.exec(n)![0]).sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    expect(groups.size).toBeLessThan(500);
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
