import { describe, expect, it } from 'vitest';
import { venueMatches } from '../../src/app/features/venues/VenuePanel';

describe('the venue search', () => {
  it('finds a venue by its words, case and accents aside', () => {
    expect(venueMatches('Proceedings of the 12th Language Resources and Evaluation Conference', 'language resources')).toBe(true);
    expect(venueMatches('Actes de la Conférence TALN', 'conference taln')).toBe(true);
    expect(venueMatches('Proceedings of the 12th Language Resources and Evaluation Conference', 'parsing')).toBe(false);
  });

  it('finds the spelled-out volumes by their initials (a tester: "EMNLP" left out the 2016-2018 and 2021 main conferences)', () => {
    expect(venueMatches('Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing', 'EMNLP')).toBe(true);
    expect(venueMatches('Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing: System Demonstrations', 'emnlp')).toBe(true);
    expect(venueMatches('Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics', 'ACL')).toBe(true);
    expect(venueMatches('Proceedings of the 12th Language Resources and Evaluation Conference', 'LREC')).toBe(true);
    // every word must match, by its letters or the initials
    expect(venueMatches('Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing', 'EMNLP 2016')).toBe(true);
    expect(venueMatches('Proceedings of the 2017 Conference on Empirical Methods in Natural Language Processing', 'EMNLP 2016')).toBe(false);
  });

  it('does not bridge a skipped word: a workshop whose initials hold the letters apart is not EMNLP', () => {
    expect(venueMatches('Proceedings of the Eighth Workshop on Multilingual and Natural Language Processing', 'EMNLP')).toBe(false);
    expect(venueMatches('Proceedings of the 5th Workshop on Representation Learning for NLP', 'EMNLP')).toBe(false);
  });
});
