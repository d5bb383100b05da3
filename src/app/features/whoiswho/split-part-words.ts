/**
 * The words the split chooser of a name's card ("Who gets which papers", HomonymSection.tsx) uses for its parts
 * (core `splitParts`): a group, a body of work, a co-author circle inside one, or a group's papers in smaller circles.
 */
import { BODY_PAPERS, type SplitPart } from '../../../core/queries/homonyms';
import { countOf, listWords } from '../../format';

/** An author's display name by index (the bundle's `authors.name`). */
export type NameOf = (author: number) => string;

/**
 * A part as the moves name it, in running text: "group 3", "body of work 2", "the circle with Mirella Lapata",
 * "group 1's smaller circles", "the rest of group 1". `nameOf`: an author's name by index. Throws nothing.
 */
export function partWords(p: SplitPart, nameOf: NameOf): string {
  if (p.from === 'circle') return p.coauthor !== undefined && p.coauthor >= 0 ? `the circle with ${nameOf(p.coauthor)}` : `a circle of group ${p.number}`;
  if (p.from === 'body') return `body of work ${p.number}`;
  if (p.whole) return `group ${p.number}`;
  return p.smaller ? `group ${p.number}'s smaller circles` : `the rest of group ${p.number}`;
}

/**
 * A part as the chooser's row names it: "Circle with Mirella Lapata", "Group 1, smaller circles", "Group 2 (body of
 * work 2)", "Body of work 2, in group 1", "Group 1 without body of work 2" (the group less the bodies taken out,
 * named: "The rest of group 1 · 76 papers" beside group 1's 81 puzzled a tester). `parts`: every part of the
 * chooser (the bodies a group's rest is without). Throws nothing.
 */
export function partLabel(p: SplitPart, parts: readonly SplitPart[], nameOf: NameOf): string {
  if (p.from === 'circle') return p.coauthor !== undefined && p.coauthor >= 0 ? `Circle with ${nameOf(p.coauthor)}` : `A circle of group ${p.number}`;
  if (p.from === 'body') return p.whole ? `Group ${p.group + 1} (body of work ${p.number})` : `Body of work ${p.number}, in group ${p.group + 1}`;
  if (p.whole) return `Group ${p.number}`;
  if (p.smaller) return `Group ${p.number}, smaller circles`;
  return `Group ${p.number} without ${listWords(parts.filter((q) => q.from === 'body' && q.group === p.group).map((q) => `body of work ${q.number}`))}`;
}

/**
 * What a row says of a part after its paper count, so the user knows it without unfolding the groups: a circle's body
 * of work ("in body of work 1"), a group's papers in smaller circles ("circles under 5 papers"), else the co-author on
 * most of its papers ("with Maosong Sun"; `coauthor`, -1 for none). Throws nothing.
 */
export function partNote(p: SplitPart, coauthor: number, nameOf: NameOf): string {
  if (p.from === 'circle') return p.body ? `in body of work ${p.body}` : `in group ${p.number}`;
  if (p.smaller) return `circles under ${BODY_PAPERS} papers`;
  return coauthor >= 0 ? `with ${nameOf(coauthor)}` : '';
}

/**
 * An accepted split in words on the card of one of the new people it made (`person`, e.g. "Jialiang Wang (2)"), its
 * status left to the caller: "Part of a split: 2 papers of “Jialiang Wang” went to this person, one of the 4 people
 * “Jialiang Wang” is split into". `split`: the name split, its new people and its paper-level lines (store.ts
 * `AcceptedSplit`). The person's card said the split as the name's own card says it ("“Jialiang Wang” is split into 4
 * people: 4 papers went to …"), never that this person is a part of it (a tester). Throws nothing.
 */
export function splitPartDone(split: { name: string; into: readonly string[]; lines: readonly { canonical: string; paper?: string | null }[] }, person: string): string {
  const papers = new Set(split.lines.filter((l) => l.canonical === person).map((l) => l.paper)).size;
  return `Part of a split: ${countOf(papers, 'paper')} of “${split.name}” went to this person, one of the ${split.into.length + 1} people “${split.name}” is split into`;
}
