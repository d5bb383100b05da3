import { describe, expect, it } from 'vitest';
import { nameParts } from '../../../src/core/names/resolve-people';
import { mergeKey } from '../../../src/core/names/merge-key';
import { cleanText } from '../../../src/core/util/text-lines';
import { nameKey, shownName, type NameOrder } from '../../../src/core/names/parse-name';

// spellings whose forms take different paths: commas (Last, First / suffixes / "V.S."), CJK, particles, initials
// after a surname, folded letters, spacing that cleanText changes, nothing at all
const NAMES = ['Smith, John', 'Laks Lakshmanan, V.S.', 'Frederick P. Brooks, Jr.', 'Brooks, Jr, Frederick', '李明远', '李 明远', ' Jean  de la  Fontaine ', 'Castellanos AB', 'Castellanos, AB', 'van der Berg, Jan', 'Łukasz O’Neill', 'Søren\tKierkegaard', 'ΟΔΥΣΣΕΥΣ Σ', 'Pranav A', 'de la Rosa', 'Cher', ''];

describe('nameParts (a spelling parsed once for all its forms)', () => {
  it('gives every form as the functions that parse it again each give it', () => {
    for (const order of ['first-last', 'last-first', 'auto'] as NameOrder[])
      for (const raw of NAMES) {
        const spelling = cleanText(raw);
        expect(nameParts(raw, order), `${raw} (${order})`).toEqual({ spelling, shown: shownName(spelling, order), key: mergeKey(spelling, order), rawShown: shownName(raw, order), nameKey: nameKey(raw, order) });
      }
  });
});
