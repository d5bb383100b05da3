/**
 * The review list's name filter (features/whoiswho/review-filter.ts) and its count in words (ReviewPanel.tsx
 * `filterCountText`): names folded as the search folds them (case, accents, "ø"), every word of the query in one
 * name, the count "3 of 621 pairs".
 */
import { describe, expect, it } from 'vitest';
import { filterCountText, filterPendingText, nameFilter } from '../../src/app/features/whoiswho/review-filter';


describe('the review list filtered by name', () => {
  it('finds either name of a pair, whatever the case and accents', () => {
    const pair = ['Timothy Baldwin', 'Tim Baldwin'];
    expect(nameFilter('BALDWIN')(pair)).toBe(true);
    expect(nameFilter('tim bald')(pair)).toBe(true);
    expect(nameFilter('timothy')(pair)).toBe(true);
    expect(nameFilter('sogaard')(['Anders Søgaard'])).toBe(true);
    expect(nameFilter('Ondrej')(['Ondřej Bojar', 'Ondrej Bojar'])).toBe(true);
    expect(nameFilter('łukasz')(['Lukasz Kaiser'])).toBe(true);
  });
  it('needs every word of the query in one name; nothing typed matches all', () => {
    expect(nameFilter('tim smith')(['Timothy Baldwin', 'Noah Smith'])).toBe(false);
    expect(nameFilter('hovy')(['Timothy Baldwin', 'Tim Baldwin'])).toBe(false);
    expect(nameFilter('  ')(['anyone'])).toBe(true);
    expect(nameFilter("o'brien")(['Eileen O’Brien'])).toBe(true);
  });
  it('says how many of each list are shown, or that none matches', () => {
    expect(filterCountText('bald', [3, 621], [1, 7])).toBe('3 of 621 pairs · 1 of 7 names that may be several people');
    expect(filterCountText('bald', [1, 621], [0, 0])).toBe('1 of 621 pairs');
    expect(filterCountText(' zzq ', [0, 1621], [0, 12])).toBe('No pair or name matches “zzq” (of 1,621 pairs and 12 names that may be several people).');
  });
  it('points to the decisions under Accepted when only they name the query (an applied merge leaves the list)', () => {
    expect(filterCountText('Bojar', [0, 2128], [0, 12], true)).toBe('No open pair or name matches “Bojar” (of 2,128 pairs and 12 names that may be several people); your decisions under Accepted below name it.');
    expect(filterCountText('Bojar', [1, 2128], [0, 12], true)).toBe('1 of 2,128 pairs · 0 of 12 names that may be several people');
  });
  it('says the list is being narrowed, not a figure, while it catches up with the box', () => {
    expect(filterPendingText(' Manning ')).toBe('Finding “Manning”…');
    expect(filterPendingText('  ')).toBe('Showing the whole list…');
  });
});
