/**
 * A same-person pair card's warning when one of its names is flagged as several people (a claim or a candidate):
 * accepting the pair joins the other name to every person behind it. Said with where the shared co-authors sit
 * among the name's people (core/queries/pair-flag.ts), so the user can split the name first (a tester accepted
 * "Yang Liu ⇄ Yang Janet Liu" at 30k, whose shared co-authors all come from "Yang Liu (2)"'s papers).
 */
import { useMemo } from 'react';
import { assignedMoves, type HomonymFlag } from '../../../core/queries/homonyms';
import type { SamePersonSuggestion } from '../../../core/queries/synonyms';
import { sharedCoauthorsPart } from '../../../core/queries/pair-flag';
import { pairFlagText, pairGivenText, type SharedPart } from './pair-flag-words';
import { useAtlas } from '../../store';
import { freshSplitNames, nameInUse, useWhoIsWho } from './store';
import { useNameChecks, useSplit } from './use-worker-insight';
import { cardParts, isOwnChoice, useChoice } from './split-choice';
import { givenPapers, newPeopleView } from './split-targets';

function FlaggedSide({ flag, name, other, shared }: { flag: HomonymFlag; name: string; other: string; shared: readonly number[] }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const split = useSplit(flag.author);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  // the split as the name's card offers it, as the user chose it there (split-choice.ts): the note said where the
  // shared co-authors sit in the claim's split after the user had given their papers to another person
  const ready = split.status === 'ready' ? split.value : null;
  const parts = useMemo(() => cardParts(ready), [ready]);
  const choice = useChoice(ready, parts);
  const part = useMemo((): SharedPart => {
    if (split.status !== 'ready') return null;
    // (papers given to an author on the map are a move too, after the new people's: split-targets.ts)
    const core = newPeopleView(choice.assignment, choice.papers);
    const newMoves = assignedMoves(parts, core.assignment, core.papers);
    const given = givenPapers(parts, choice.assignment, choice.papers, choice.targets);
    const chosen = isOwnChoice(parts, choice) ? [...newMoves, ...given] : undefined;
    const found = sharedCoauthorsPart(dataset.bundle, split.value.split, split.value.evidence, shared, chosen);
    if (found?.kind !== 'moves') return found;
    if (chosen && found.move >= newMoves.length) return { kind: 'moves', person: given[found.move - newMoves.length]!.to, papers: found.papers };
    // the new person's name as the name's card gives it (a name already in use is not given again)
    const { authors } = dataset.bundle;
    const { names } = freshSplitNames(split.value.lines, name, nameInUse(authors.name, authors.aliases, { aliasLines, applied }));
    const first = `${name} (${found.move + 2})`;
    return { kind: 'moves', person: names.get(first) ?? first, papers: found.papers };
  }, [split, dataset, shared, name, aliasLines, applied, parts, choice]);
  // a split accepted that gives papers of the name to the pair's other name: said so, not "split it first"
  const given = useMemo(() => {
    const waiting = new Set(aliasLines.filter((l) => l.paper && l.variant === name && l.canonical === other).map((l) => l.paper));
    const done = new Set(applied.filter((l) => l.paper && l.variant === name && l.canonical === other).map((l) => l.paper));
    return waiting.size > 0 ? { papers: waiting.size, applied: [...waiting].every((p) => done.has(p)) } : null;
  }, [aliasLines, applied, name, other]);
  if (split.status === 'pending') return null;
  return (
    <p className="sp-flagged" role="note" data-testid="pair-flagged">
      <span aria-hidden="true">⚑ </span>
      {given ? pairGivenText(name, other, flag, given.papers, given.applied) : pairFlagText(name, other, flag, shared.length, part)}
    </p>
  );
}

/** The warnings of pair `s`: one per name of it flagged as several people (none when neither is). */
export function PairFlagNote({ s }: { s: SamePersonSuggestion }) {
  const checks = useNameChecks();
  if (checks.status !== 'ready') return null;
  const flagOf = (author: number) => checks.value.flags.find((f) => f.author === author);
  const sides = [
    { flag: flagOf(s.keep), name: s.names[0], other: s.names[1] },
    { flag: flagOf(s.merge), name: s.names[1], other: s.names[0] },
  ];
  return (
    <>
      {sides.map((side) => side.flag && <FlaggedSide key={side.name} flag={side.flag} name={side.name} other={side.other} shared={s.sharedCoauthors} />)}
    </>
  );
}
