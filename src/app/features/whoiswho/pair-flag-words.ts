/** The words of a same-person pair card's warning that one of its names is flagged as several people (PairFlagNote.tsx). */
import { CLAIM_PROBABILITY, mayBePeople, type HomonymFlag } from '../../../core/queries/homonyms';
import { chanceIn100 } from '../../../core/text/chance';

/** Where a pair's shared co-authors sit among a flagged name's people (`sharedCoauthorsPart`, new person named). */
export type SharedPart = { kind: 'moves'; person: string; papers: number } | { kind: 'stays'; papers: number } | { kind: 'mixed' } | null;

/**
 * The warning in words: `flagged` the flagged name (with `flag`, its check), `other` the pair's other name,
 * `shared` how many co-authors the two share, `part` where those sit. E.g. `“Yang Liu” may be at least
 * 2 different people (a flag; about 55 in 100): the 5 shared co-authors all come from the 14 papers a split gives to “Yang Liu
 * (2)”. “Same person” joins “Yang Janet Liu” to all of “Yang Liu”: split “Yang Liu” first.`
 */
export function pairFlagText(flagged: string, other: string, flag: Pick<HomonymFlag, 'claimed' | 'people' | 'peopleIsFloor' | 'probability' | 'bodyProbability'>, shared: number, part: SharedPart): string {
  const chance = chanceIn100(flag.claimed && flag.bodyProbability >= CLAIM_PROBABILITY ? flag.bodyProbability : flag.probability);
  const head = flag.claimed ? `“${flagged}” may be ${mayBePeople(flag)} (a flag; ${chance})` : `“${flagged}” is possibly more than one person (${chance}; a candidate, not a claim)`;
  const them = shared === 1 ? 'the shared co-author comes' : `the ${shared} shared co-authors all come`;
  const where =
    part?.kind === 'moves'
      ? `: ${them} from the ${part.papers} papers a split gives to “${part.person}”`
      : part?.kind === 'stays'
        ? `: ${them} from the ${part.papers} papers that keep the name in a split`
        : part?.kind === 'mixed'
          ? ': the shared co-authors come from more than one of its groups'
          : '';
  return `${head}${where}. “Same person” joins “${other}” to all of “${flagged}”${part?.kind === 'moves' ? `: split “${flagged}” first` : ''}.`;
}

/**
 * The warning when a split accepted already gives `given` papers of `flagged` to `other`, the pair's other name
 * (split-targets.ts: papers given to an author on the map), `applied` whether that split is applied: e.g. `“Yang Liu”
 * may be at least 2 different people (a flag; about 77 in 100): the split accepted gives 5 of its papers to “Yang Janet
 * Liu” (not applied yet), which answers the pair; undo the split to decide the two names as a whole.` (It said to split
 * the name first, beside the list's "Yang Liu split: 5 papers given to “Yang Janet Liu”", a tester; the pair card then
 * offers no "Same person": ReviewPanel.tsx, store.ts `splitAnswer`.) Throws nothing.
 */
export function pairGivenText(flagged: string, other: string, flag: Pick<HomonymFlag, 'claimed' | 'people' | 'peopleIsFloor' | 'probability' | 'bodyProbability'>, given: number, applied: boolean): string {
  const chance = chanceIn100(flag.claimed && flag.bodyProbability >= CLAIM_PROBABILITY ? flag.bodyProbability : flag.probability);
  const head = flag.claimed ? `“${flagged}” may be ${mayBePeople(flag)} (a flag; ${chance})` : `“${flagged}” is possibly more than one person (${chance}; a candidate, not a claim)`;
  const papers = given === 1 ? '1 of its papers' : `${given} of its papers`;
  return `${head}: the split accepted gives ${papers} to “${other}”${applied ? '' : ' (not applied yet)'}, which answers the pair; undo the split to decide the two names as a whole.`;
}
