import { describe, expect, it } from 'vitest';
import { communityLabel, distinctCommunityLabels, isAcronymOf, withoutAcronymRepeats } from '../../../src/core/analyse/terms';

describe('community labels do not repeat a term as its acronym', () => {
  it('leaves out an acronym of another chosen term: "croatian · machine translation", not "… · MT"', () => {
    expect(communityLabel(['croatian', 'machine translation', 'MT', 'slovene'], [])).toBe('croatian · machine translation · slovene');
    expect(communityLabel(['named entity recognition', 'NER', 'tagging'], [])).toBe('named entity recognition · tagging');
    expect(communityLabel(['QA', 'question answering', 'reading'], [])).toBe('question answering · reading');
  });

  it('puts the spelt-out term where its acronym ranked, and knows plurals and hyphens', () => {
    expect(withoutAcronymRepeats(['LLMs', 'prompting', 'large language models'])).toEqual(['large language models', 'prompting']);
    expect(isAcronymOf('NMT', 'neural machine translation')).toBe(true);
    // a run of the term's words: "neural machine translation · czech · MT" said machine translation twice (30k bench)
    expect(isAcronymOf('MT', 'neural machine translation')).toBe(true);
    expect(communityLabel(['neural machine translation', 'czech', 'MT'], [])).toBe('neural machine translation · czech');
    expect(isAcronymOf('LM', 'large language models')).toBe(true);
    expect(isAcronymOf('NT', 'neural machine translation')).toBe(false);
    expect(isAcronymOf('SRL', 'semantic role-labelling')).toBe(true);
  });

  it('keeps words that only look like initials: lower case, one-word terms, other letters', () => {
    expect(withoutAcronymRepeats(['sm', 'social media'])).toEqual(['sm', 'social media']);
    expect(withoutAcronymRepeats(['MT', 'translation'])).toEqual(['MT', 'translation']);
    expect(withoutAcronymRepeats(['ASR', 'machine translation'])).toEqual(['ASR', 'machine translation']);
  });

  it('holds when labels are made distinct too', () => {
    const labels = distinctCommunityLabels(
      [
        ['machine translation', 'MT', 'croatian'],
        ['parsing', 'treebanks'],
      ],
      [['Ana Horvat'], ['Bo Lind']],
    );
    expect(labels).toEqual(['machine translation · croatian', 'parsing · treebanks']);
  });
});
