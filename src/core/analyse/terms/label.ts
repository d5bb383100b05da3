/** Longest community label, in characters, that the canvas shows in full (whole terms are dropped, never cut). */
export const COMMUNITY_LABEL_MAX_CHARS = 40;
/** Longest label a community may get when a term is added to tell it from another with the same label. */
export const COMMUNITY_LABEL_DISTINCT_MAX_CHARS = 60;

const SEP = ' · ';

/** A term written as an acronym: 2–6 capital letters or digits starting with a letter, maybe a plural "s" ("MT", "NER", "LLMs"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}s?$/;

/**
 * The initials of every run of two or more consecutive words of a term ("neural machine translation" → "nmt",
 * "nm", "mt"), lower case; none for one word.
 */
function initialRuns(term: string): string[] {
  const heads = term.split(/[\s-]+/).filter((w) => w.length > 0).map((w) => w[0]!.toLowerCase());
  const out: string[] = [];
  for (let from = 0; from < heads.length; from++) {
    for (let to = from + 2; to <= heads.length; to++) out.push(heads.slice(from, to).join(''));
  }
  return out;
}

/**
 * Whether `acronym` is written as an acronym and abbreviates `term` or a run of its words ("MT" and "machine
 * translation" or "neural machine translation", "NER" and "named entity recognition", "LLMs" and "large language
 * models"): its letters, lower case and without a plural "s", are the initials of two or more consecutive words
 * of `term`.
 */
export function isAcronymOf(acronym: string, term: string): boolean {
  if (!ACRONYM.test(acronym)) return false;
  const runs = initialRuns(term);
  const a = acronym.toLowerCase();
  return runs.includes(a) || (a.endsWith('s') && runs.includes(a.slice(0, -1)));
}

/**
 * `terms` (best first) with each acronym that abbreviates another of them taken out, so a label does not say one
 * thing twice ("croatian · machine translation · MT" on the ACL 2016–2021 map): the spelt-out term stays, in the
 * place of whichever of the two ranked first. Both the CLI's and the browser's builds label through here.
 */
export function withoutAcronymRepeats(terms: readonly string[]): string[] {
  const out: string[] = [];
  // spelt-out terms already placed (where their acronym ranked)
  const moved = new Set<number>();
  terms.forEach((t, i) => {
    if (moved.has(i)) return;
    const long = terms.findIndex((u, j) => j !== i && isAcronymOf(t, u));
    if (long === -1) out.push(t);
    // an acronym ranked above its spelt-out term: the spelt-out term takes its place (one ranked below: left out)
    else if (long > i && !moved.has(long)) {
      moved.add(long);
      out.push(terms[long]!);
    }
  });
  return out;
}

/**
 * A community's label: up to three of its terms (best first) joined by " · ", the first always (even when longer
 * than `COMMUNITY_LABEL_MAX_CHARS`), then of its next three each that still fits in `COMMUNITY_LABEL_MAX_CHARS`, so a
 * label never ends in a cut word or "…"; without terms, the names of its top authors. An acronym of another of its terms is left out
 * (`withoutAcronymRepeats`).
 */
export function communityLabel(allTerms: readonly string[], topAuthorNames: readonly string[]): string {
  const terms = withoutAcronymRepeats(allTerms);
  if (terms.length === 0) return topAuthorNames.join(', ');
  let label = terms[0]!;
  // (a term too long for the line gives way to the next one that fits: "benchmark datasets · neural machine translation"
  // left "benchmark datasets" alone on the ACL 2016–2021 map, "Chinese" coming third)
  let added = 0;
  for (const t of terms.slice(1, 4)) {
    if (added === 2) break;
    if (label.length + SEP.length + t.length > COMMUNITY_LABEL_MAX_CHARS) continue;
    label += `${SEP}${t}`;
    added++;
  }
  return label;
}

/**
 * Community indices grouped by label, only groups of two or more; labels with the same terms in another order
 * are the same label ("chinese · neural machine translation" and "neural machine translation · chinese" were
 * two communities of acl_2016_2021_all that a reader could not tell apart).
 */
function sameLabel(labels: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  labels.forEach((l, c) => {
    const key = l.toLocaleLowerCase('en').split(SEP).sort().join(SEP);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Every community's label (`communityLabel`), made distinct: a label of one term that starts another's gets its next
 * term (within `COMMUNITY_LABEL_DISTINCT_MAX_CHARS`); communities that would carry the same label,
 * or the same terms in another order (e.g. two "visual question answering" groups of acl_2020_main) each get their next term, the first one
 * the others of the group do not have, as long as the label stays within
 * `COMMUNITY_LABEL_DISTINCT_MAX_CHARS`; repeated while labels collide. Terms stay whole phrases and no
 * label ends in "…". Communities whose terms cannot tell them apart get their leading author's name, and
 * as a last resort a number (`(2)`), so no two labels are equal (case-insensitively).
 * `terms[c]` are community c's terms, best first (an acronym of another of them is left out: `withoutAcronymRepeats`);
 * `topAuthorNames[c]` its leading authors' names.
 */
export function distinctCommunityLabels(allTerms: readonly (readonly string[])[], topAuthorNames: readonly (readonly string[])[]): string[] {
  const terms = allTerms.map(withoutAcronymRepeats);
  const labels = terms.map((t, c) => communityLabel(t, topAuthorNames[c] ?? []));
  const used = terms.map((t, c) => new Set(labels[c]!.split(SEP).filter((p) => t.includes(p))));
  // a name of one term that starts another community's name ("statistical machine translation" beside "statistical
  // machine translation · German" on the whole ACL Anthology, its next term too long for COMMUNITY_LABEL_MAX_CHARS)
  // reads as the same cluster's: it gets its next term, the first the others starting so lack, within
  // COMMUNITY_LABEL_DISTINCT_MAX_CHARS
  const heads = new Map<string, number[]>();
  labels.forEach((l, c) => {
    const head = l.split(SEP)[0]!.toLocaleLowerCase('en');
    const g = heads.get(head);
    if (g) g.push(c);
    else heads.set(head, [c]);
  });
  for (const group of heads.values()) {
    if (group.length < 2) continue;
    for (const c of group) {
      if (labels[c]!.includes(SEP) || !used[c]!.size) continue;
      const others = new Set(group.filter((o) => o !== c).flatMap((o) => labels[o]!.split(SEP)));
      const next = (terms[c] ?? []).find((t) => !used[c]!.has(t) && !others.has(t) && labels[c]!.length + SEP.length + t.length <= COMMUNITY_LABEL_DISTINCT_MAX_CHARS);
      if (next === undefined) continue;
      used[c]!.add(next);
      labels[c] = `${labels[c]}${SEP}${next}`;
    }
  }
  for (let round = 0; round < 4; round++) {
    const groups = sameLabel(labels);
    if (groups.length === 0) return labels;
    let changed = false;
    for (const group of groups) {
      for (const c of group) {
        const others = new Set(group.filter((o) => o !== c).flatMap((o) => terms[o] ?? []));
        const fits = (t: string) => !used[c]!.has(t) && labels[c]!.length + SEP.length + t.length <= COMMUNITY_LABEL_DISTINCT_MAX_CHARS;
        const next = (terms[c] ?? []).find((t) => fits(t) && !others.has(t)) ?? (terms[c] ?? []).find(fits);
        if (next === undefined) continue;
        used[c]!.add(next);
        labels[c] = `${labels[c]}${SEP}${next}`;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // no term tells them apart: the leading author does (the largest community, first, keeps its label)
  for (const group of sameLabel(labels)) {
    for (const c of group.slice(1)) {
      const name = topAuthorNames[c]?.[0];
      if (name && terms[c]?.length) labels[c] = `${labels[c]}${SEP}${name}`;
    }
  }
  for (const group of sameLabel(labels)) group.slice(1).forEach((c, k) => (labels[c] = `${labels[c]} (${k + 2})`));
  return labels;
}
