import type { RawPaper } from '../ingest/types';
import { mergeKey } from './merge-key';
import { authorOrder } from './parse-name';

/**
 * OpenAlex author ids come from OpenAlex's own disambiguation, which often splits one person into several ids.
 * Two ids under the same name are taken for one person when, on some paper each, they share a co-author
 * (by name): the evidence a careful reader would use (a different id for "Petra Marlow" on two papers with
 * Idris Tennant). Namesakes with no co-author in common stay apart. Ids that come with an ORCID, and other
 * schemes (Scopus, DBLP: curated), are left as they are. Two ids on one paper are two people (two Wei Zhangs
 * on one byline share every co-author): ids that sit on a paper together are never joined, directly or through
 * a third id.
 *
 * Returns a map from an OpenAlex id to the id that stands for its group (ids not in the map stand for
 * themselves).
 */
export function joinOpenAlexIds(papers: RawPaper[], hasOrcid: (id: string) => boolean): Map<string, string> {
  const isOpenAlex = (id: string) => !id.includes(':') || id.startsWith('openalex:');
  // per OpenAlex id: its name keys and the name keys of its co-authors
  const namesOf = new Map<string, Set<string>>();
  const coOf = new Map<string, Set<string>>();
  for (const p of papers) {
    if (!p.authorIds) continue;
    const keys = p.authors.map((a, k) => mergeKey(a, authorOrder(p, k)));
    p.authorIds.forEach((id, k) => {
      if (!id || !isOpenAlex(id) || hasOrcid(id) || p.authorOrcids?.[k]) return;
      let n = namesOf.get(id);
      if (!n) namesOf.set(id, (n = new Set()));
      n.add(keys[k]!);
      let c = coOf.get(id);
      if (!c) coOf.set(id, (c = new Set()));
      keys.forEach((key, j) => j !== k && c!.add(key));
    });
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const byName = new Map<string, string[]>();
  for (const [id, names] of namesOf) for (const n of names) (byName.get(n) ?? byName.set(n, []).get(n)!).push(id);
  // ids that may be joined (they share a name with another id) and, per such id, the ones on a paper with it
  const candidate = new Set<string>();
  for (const ids of byName.values()) if (ids.length > 1) for (const id of ids) candidate.add(id);
  if (candidate.size === 0) return new Map();
  const together = new Map<string, Set<string>>();
  for (const p of papers) {
    if (!p.authorIds) continue;
    const here = p.authorIds.filter((id): id is string => !!id && candidate.has(id));
    if (here.length < 2) continue;
    for (const a of here)
      for (const b of here) {
        if (a === b) continue;
        let s = together.get(a);
        if (!s) together.set(a, (s = new Set()));
        s.add(b);
      }
  }
  // per group (by its representative): its ids, and the ids on a paper with any of them
  const members = new Map<string, string[]>();
  const clashes = new Map<string, Set<string>>();
  const membersOf = (r: string) => members.get(r) ?? [r];
  const clashesOf = (r: string) => clashes.get(r) ?? together.get(r) ?? new Set<string>();
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = coOf.get(ids[i]!)!;
        const b = coOf.get(ids[j]!)!;
        const [small, big] = a.size < b.size ? [a, b] : [b, a];
        let shared = false;
        for (const x of small) {
          if (big.has(x)) {
            shared = true;
            break;
          }
        }
        if (!shared) continue;
        const ra = find(ids[i]!);
        const rb = find(ids[j]!);
        if (ra === rb) continue;
        const ca = clashesOf(ra);
        if (membersOf(rb).some((id) => ca.has(id))) continue;
        const [keep, gone] = rb < ra ? [rb, ra] : [ra, rb];
        parent.set(gone, keep);
        members.set(keep, [...membersOf(keep), ...membersOf(gone)]);
        clashes.set(keep, new Set([...clashesOf(keep), ...clashesOf(gone)]));
        members.delete(gone);
        clashes.delete(gone);
      }
  }
  const out = new Map<string, string>();
  for (const id of namesOf.keys()) {
    const r = find(id);
    if (r !== id) out.set(id, r);
  }
  return out;
}
