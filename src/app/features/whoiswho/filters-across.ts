/**
 * The filters and view settings a rebuilt map (an Apply of who-is-who decisions) opens with: those shown on the map
 * before it. An Apply opened the rebuilt map with every filter reset (a tester: `min=2` and four venues on the 3k
 * map, then Apply: all 7,512 authors shown, no chip, the venue boxes unchecked, while the line said "Map rebuilt…";
 * on the phone, the 30k map's years and venues went the same way).
 */
import type { Bundle } from '../../../core/bundle/types';
import type { Filters } from '../../graph/visibility';
import type { UrlSettings } from '../../url/url-state';
import type { ColorBy, SizeBy } from '../../store/types';

/**
 * The index in `to` of the person `from`'s author `author` is (by display name, or as another spelling of one: a
 * merge makes the variant a spelling of the kept name), or -1 when `to` has no such name. Throws nothing.
 */
export function samePersonIn(from: Bundle, author: number, to: Bundle): number {
  const name = from.authors.name[author];
  if (name === undefined) return -1;
  const exact = to.authors.name.indexOf(name);
  if (exact >= 0) return exact;
  return to.authors.aliases.findIndex((spellings) => spellings.includes(name));
}

/**
 * The communities of `to` to hide for `hidden` (community ids of `from`): each community of `to` whose authors were,
 * by name (`samePersonIn`), mostly in a hidden community of `from` (a rebuild keeps communities but may number them
 * anew: core/pipeline.ts `previousMapFigures`). Authors of `to` not in `from` do not vote. Throws nothing.
 */
export function hiddenCommunitiesIn(from: Bundle, hidden: ReadonlySet<number>, to: Bundle): number[] {
  if (hidden.size === 0) return [];
  const votes = to.communities.map(() => ({ hidden: 0, shown: 0 }));
  const index = new Map<string, number>();
  from.authors.name.forEach((n, i) => index.set(n, i));
  to.authors.name.forEach((name, a) => {
    const c = to.authors.community[a]!;
    // the name, or one of its spellings (a merge's variant keeps its old community's vote)
    const old = index.get(name) ?? to.authors.aliases[a]!.map((s) => index.get(s)).find((i) => i !== undefined);
    if (old === undefined) return;
    if (hidden.has(from.authors.community[old]!)) votes[c]!.hidden++;
    else votes[c]!.shown++;
  });
  return votes.flatMap((v, c) => (v.hidden > v.shown ? [c] : []));
}

/**
 * `filters`, `sizeBy` and `colorBy` as shown on the map of `from`, as settings to open the map `to` with (the store's
 * `openDataset`, which checks them against `to` as it does a link's): the year range, venues, least paper count,
 * link strength and paper squares as they are; the ego view's author and the hidden communities found again in `to`
 * by name (`samePersonIn`, `hiddenCommunitiesIn`; an ego author not found there ends the ego view). No place (`at`):
 * the rebuilt map frames its card or its filtered part. Throws nothing.
 */
export function settingsAcross(from: Bundle, to: Bundle, shown: { filters: Filters; sizeBy: SizeBy; colorBy: ColorBy }): UrlSettings {
  const { hiddenCommunities, ego, ...rest } = shown.filters;
  const egoAuthor = ego ? samePersonIn(from, ego.author, to) : -1;
  return {
    filters: { ...rest, ego: ego && egoAuthor >= 0 ? { author: egoAuthor, steps: ego.steps } : null },
    communities: { hide: hiddenCommunitiesIn(from, hiddenCommunities, to) },
    sizeBy: shown.sizeBy,
    colorBy: shown.colorBy,
    unread: [],
    unknown: [],
  };
}
