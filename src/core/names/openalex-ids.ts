import type { RawPaper } from '../ingest/types';
import { mergeKey } from './merge-key';
import { authorOrder } from './parse-name';

/**
 * OpenAlex author ids come from OpenAlex's own disambiguation, which often splits one person into several ids.
 * Two ids under the same name are taken for one person when, on some paper each, they share a co-author
 * (by name): the evidence a careful reader would use (a different id for "Petra Marlow" on two papers with
 * Idris Tennant). Namesakes with no co-author in common stay apart. Ids that come with an ORCID, and other
 * schemes (Scopus, DBLP: curated), are left as they are.
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
        if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
      }
  }
  const out = new Map<string, string>();
  for (const id of namesOf.keys()) {
    const r = find(id);
    if (r !== id) out.set(id, r);
  }
  return out;
}
