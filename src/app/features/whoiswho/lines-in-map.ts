/**
 * Which who-is-who lines can change a map: a link's `names=` decisions checked against the names of the map it
 * opens before that map is rebuilt with them (a 30k map's rebuild takes a minute or more; a tester's link whose
 * lines named authors of another map rebuilt it only to say "no author … line not applied").
 */
import type { Bundle } from '../../../core/bundle/types';
import { mergeKey } from '../../../core/names/merge-key';
import type { AliasDecision } from '../../../core/queries/synonyms';

/**
 * The lines of `lines` whose variant is written by some author of `bundle` (a display name or another spelling,
 * compared as the build compares them: `mergeKey`, case, accents and punctuation aside), or is the name another such
 * line gives (a chain a → b, b → c); the others (`missing`), which the build would report as "no author … line not
 * applied". `bundle`: the map shown; `lines`: as the link holds them. O(authors + spellings + lines²). Throws nothing.
 */
export function linesInMap<L extends AliasDecision>(bundle: Pick<Bundle, 'authors'>, lines: readonly L[]): { applies: L[]; missing: L[] } {
  const keys = new Set<string>();
  const { name, aliases } = bundle.authors;
  for (let i = 0; i < name.length; i++) {
    keys.add(mergeKey(name[i]!));
    for (const a of aliases[i] ?? []) keys.add(mergeKey(a));
  }
  const applies = new Set<L>();
  // to a fixed point: a line applies when its variant is in the map, or is where a line that applies leads
  for (let changed = true; changed; ) {
    changed = false;
    for (const l of lines) {
      if (applies.has(l) || !keys.has(mergeKey(l.variant))) continue;
      applies.add(l);
      keys.add(mergeKey(l.canonical));
      changed = true;
    }
  }
  return { applies: lines.filter((l) => applies.has(l)), missing: lines.filter((l) => !applies.has(l)) };
}
