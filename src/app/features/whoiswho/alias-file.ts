/** The alias file the explorer applies and downloads: the dataset's own alias file (if any), then the accepted lines. */
import { aliasFileFor, type AliasDecision } from '../../../core/queries/synonyms';
import type { InputFile } from '../../../core/ingest/types';

/**
 * The accepted lines with merges made transitive: names that accepted merges tie together (directly or through
 * another name: "John P. McCrae ⇄ John McCrae" and "John Philip McCrae ⇄ John McCrae") are one person, so every
 * one of them is written to one canonical name, the first kept name (a name no line renames) in the order accepted
 * (all three to "John P. McCrae"; the two lines "John McCrae → …" to two people contradicted each other, and the
 * build used the last). Paper-level lines (splits) are kept as they are, their new person renamed likewise if a
 * merge took that name into another. `lines` as the store keeps them (in the order accepted); throws nothing.
 */
export function transitiveLines(lines: readonly AliasDecision[]): AliasDecision[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (y !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const join = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const merges = lines.filter((l) => !l.paper && l.variant !== l.canonical);
  for (const l of merges) join(l.canonical, l.variant);
  // each group's canonical name: the first name kept by a line that no line renames (else the first kept at all)
  const renamed = new Set(merges.map((l) => l.variant));
  const canonicalOf = new Map<string, string>();
  for (const l of merges) {
    const root = find(l.canonical);
    if (!renamed.has(l.canonical) && !canonicalOf.has(root)) canonicalOf.set(root, l.canonical);
  }
  for (const l of merges) if (!canonicalOf.has(find(l.canonical))) canonicalOf.set(find(l.canonical), l.canonical);
  const target = (name: string) => (parent.has(name) ? canonicalOf.get(find(name))! : name);
  const out: AliasDecision[] = [];
  const written = new Set<string>();
  const push = (l: AliasDecision) => {
    const key = `${l.variant}\u0000${l.canonical}\u0000${l.paper ?? ''}`;
    if (written.has(key) || (!l.paper && l.variant === l.canonical)) return;
    written.add(key);
    out.push(l);
  };
  for (const l of lines) {
    if (l.paper) push({ variant: l.variant, canonical: target(l.canonical), paper: l.paper });
    else if (l.variant !== l.canonical) {
      // the kept name too, when another merge took it into a name kept before (John Philip McCrae → John P. McCrae)
      push({ variant: l.canonical, canonical: target(l.canonical) });
      push({ variant: l.variant, canonical: target(l.variant) });
    }
  }
  return out;
}

/**
 * The alias file for `lines` (merges made transitive, `transitiveLines`), after the dataset's own alias file if it
 * had one (`original`: its text as read); `different` (default none): the pairs decided to be different people
 * (`rejectedPairs`), written as `# different people` lines that an import of the file takes up again.
 */
export function combinedAliasFile(lines: readonly AliasDecision[], original: InputFile | null, different: readonly (readonly [string, string])[] = []): string {
  const mine = aliasFileFor(transitiveLines(lines), different);
  return original ? `${original.text.replace(/\s*$/, '')}\n${mine}` : mine;
}

/** How many rule lines the downloaded alias file of `lines` has (no comment line). */
export function aliasFileLineCount(lines: readonly AliasDecision[]): number {
  return aliasFileFor(transitiveLines(lines)).split('\n').filter((l) => l && !l.startsWith('#')).length;
}

/**
 * The pairs the review list was told are different people ("Different people"): the `decisions` keys
 * (`keep\0merge`, store.ts `pairKey`) whose verdict is `rejected`, as [keep, merge] in the order decided.
 */
export function rejectedPairs(decisions: Readonly<Record<string, 'accepted' | 'rejected'>>): [string, string][] {
  return Object.keys(decisions)
    .filter((k) => decisions[k] === 'rejected' && k.includes('\u0000'))
    .map((k) => k.split('\u0000', 2) as [string, string]);
}
