/**
 * In the author card: "may be N different people" when the author's papers fall into groups whose
 * co-authors never meet without them, with each group's papers and co-authors, and a split that turns
 * into alias lines (download, or apply here).
 */
import {
  BODY_PAPERS,
  CANDIDATE_PROBABILITY,
  CLAIM_PROBABILITY,
  assignedDecisions,
  assignedMoves,
  listedTwiceSentence,
  mayBePeople,
  type HomonymEvidence,
  type SplitPart,
} from '../../../core/queries/homonyms';
import { AuthorLink } from '../../panels/links';
import { useAtlas } from '../../store';
import { useId, useMemo } from 'react';
import { useBusyClick, WORKING } from '../../hooks/use-busy-click';
import { acceptedSplits, freshSplitNames, nameInUse, pairKey, sameLine, splitBase, useWhoIsWho, type AcceptedSplit } from './store';
import { authorPaperIndex, row } from '../../../core/bundle/indices';
import { useAssignedEvidence, useOwnSuggestions, useSplit } from './use-worker-insight';
import { cardParts, isOwnChoice, useChoice, useSplitChoice } from './split-choice';
import { splitPartOf } from '../../../core/names/split-part';
import { compactChoice, givenPapers, givenSplitLines, givenWords, givesToAuthor, newPeopleView, papersGivenTo, splitKeyOf, targetIndex, targetPerson } from './split-targets';
import { AuthorPicker } from '../chain/AuthorPicker';
import { undoDecision } from './rebuild';
import '../chain/chain.css';
import './whoiswho.css';
import { countOf, listWords, plural } from '../../format';
import { chanceIn100 } from '../../../core/text/chance';
import { partLabel, partNote, partWords, splitPartDone, type NameOf } from './split-part-words';
import { PartPapers } from './PartPapers';
import { PlainBodies } from './PlainBodies';

const COAUTHORS_SHOWN = 6;
/** The papers a split would move are listed open up to this many (Fei Liu's 7, Yang Liu's 5 on the 30k map), else folded. */
const MOVES_SHOWN_OPEN = 8;
/** The split's chooser shows this many groups (or bodies of work) in view, the rest folded (Yang Liu's 12 at 30k). */
const PARTS_SHOWN = 6;

const papersText = (n: number) => countOf(n, 'paper');

/** “A (2)”, “A (3)” and “A (4)”; more than three: 10 new people, “A (3)” to “A (12)”. */
function newPeople(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  if (quoted.length > 3) return `${quoted.length} new people, ${quoted[0]} to ${quoted[quoted.length - 1]}`;
  return listWords(quoted);
}

/**
 * A split's lines in words, the papers each new person gets: "11 papers go to “Fei Liu (2)” and 2 to
 * “Fei Liu (3)”"; `lines`: its paper-level alias lines (store.ts `DecisionLine`).
 */
function movesWords(lines: readonly { canonical: string; paper?: string | null }[]): string {
  const byPerson = new Map<string, Set<string>>();
  for (const l of lines) {
    let papers = byPerson.get(l.canonical);
    if (!papers) byPerson.set(l.canonical, (papers = new Set()));
    papers.add(l.paper ?? '');
  }
  const each = [...byPerson].map(([to, papers], i) =>
    i === 0 ? `${papersText(papers.size)} ${papers.size === 1 ? 'goes' : 'go'} to “${to}”` : `${papers.size} to “${to}”`,
  );
  return listWords(each);
}

/**
 * Who gets which papers under split lines, the new people's names left out: one entry per person, their papers' keys
 * sorted, and for an author on the map (split-targets.ts `givesToAuthor`) their name (`lines`: paper-level alias
 * lines, store.ts `DecisionLine`). Two splits with the same key make the same people and give the same authors the
 * same papers. (Without the names of the authors given papers, a split giving the claim's group 2 to Hongjie Wang
 * read as the claim's own split, and its headline went back to the claim once accepted: a tester.)
 */
function peopleKey(lines: readonly { canonical: string; paper?: string | null }[]): string {
  const byPerson = new Map<string, Set<string>>();
  for (const l of lines) {
    let papers = byPerson.get(l.canonical);
    if (!papers) byPerson.set(l.canonical, (papers = new Set()));
    papers.add(l.paper ?? '');
  }
  return [...byPerson]
    .map(([person, papers]) => (splitPartOf(person).part === null ? `@${person}\u0003` : '') + [...papers].sort().join('\u0001'))
    .sort()
    .join('\u0002');
}

/** Parts named in `piecesWords`; more are counted. */
const PIECES_NAMED = 4;

/**
 * What a person of the split as chosen is made of, in words: "group 2 and group 3", "group 2 but 1 paper and 1 paper
 * chosen one by one". `given`: the parts given to them; `has`: whether a paper is theirs; `single`: their papers
 * given one by one from parts given to someone else; `nameOf`: an author's name (a circle is named by its co-author).
 */
function piecesWords(given: readonly SplitPart[], has: (paper: number) => boolean, single: number, nameOf: NameOf): string | undefined {
  const words = given.map((p) => {
    const away = p.papers.filter((x) => !has(x)).length;
    return away ? `${partWords(p, nameOf)} but ${papersText(away)}` : partWords(p, nameOf);
  });
  if (single) words.push(`${papersText(single)} chosen one by one`);
  // (Yang Liu at 30k keeps 11 parts: the first two named, the rest counted)
  if (words.length > PIECES_NAMED) return `${words.slice(0, 2).join(', ')} and ${words.length - 2} more`;
  return words.length ? listWords(words) : undefined;
}

/** What an accepted split makes: "into “A (2)” and “A (3)”", "giving papers to “B”", or both. */
function splitWhat(sp: AcceptedSplit): string {
  const bits = [sp.into.length > 0 ? `into ${newPeople(sp.into)}` : '', sp.given.length > 0 ? `giving papers to ${listWords(sp.given.map((g) => `“${g.to}”`))}` : ''];
  return bits.filter(Boolean).join(' and ');
}

/**
 * An accepted split in words, its status left to the caller: "“A” is split into 3 people: 4 papers went to “A (2)”
 * and “A (3)”", "5 papers of “A” went to “B”, an author on the map" (papers given to authors on the map,
 * split-targets.ts), or both: "…“A (3)”; 1 paper went to “B”, an author on the map".
 */
function splitDone(sp: AcceptedSplit): string {
  const toNew = new Set(sp.lines.filter((l) => !givesToAuthor(l)).map((l) => l.paper)).size;
  const given = sp.given.map((g) => `${papersText(g.papers)} went to “${g.to}”`);
  if (sp.into.length === 0 && sp.given.length === 1) return `${papersText(sp.given[0]!.papers)} of “${sp.name}” went to “${sp.given[0]!.to}”, an author on the map`;
  if (sp.into.length === 0) return `From “${sp.name}”, ${listWords(given)}, authors on the map`;
  const more = given.length > 0 ? `; ${listWords(given)}, ${sp.given.length === 1 ? 'an author' : 'authors'} on the map` : '';
  return `“${sp.name}” is split into ${sp.into.length + 1} people: ${papersText(toNew)} went to ${newPeople(sp.into)}${more}`;
}

/** What a claim needs and the candidate lacks: its likeliest body of work beside the largest, or that it has none. */
function likeliestBody(evidence: HomonymEvidence): string {
  const side = evidence.bodyFacts.slice(1);
  if (side.length === 0) return `no body of work of ${BODY_PAPERS}+ papers stands apart from the largest, which a claim needs`;
  const best = side.reduce((x, y) => (y.probability > x.probability ? y : x));
  return `a claim needs a body of work of ${BODY_PAPERS}+ papers that is more likely than not another person's, and the likeliest (${papersText(best.papers.length)}) is ${chanceIn100(best.probability)}`;
}

/**
 * What the split button does: "Split into 3 people", "Give 5 papers to “Yang Janet Liu”", or both. `people`: the
 * people the split makes (the name's included); `newPeople`: new people among them; `givenTo`: authors on the map
 * given papers, `givenCount` papers, `whom` them in words ("to “B”", "to 2 authors on the map").
 */
function splitButtonWords(people: number, newPeople: number, givenTo: number, givenCount: number, whom: string): string {
  if (givenTo === 0) return `Split into ${people} people`;
  if (newPeople === 0) return `Give ${papersText(givenCount)} ${whom}`;
  return `Split into ${people} people and give ${papersText(givenCount)} ${whom}`;
}

/**
 * The headline of a split as the user chose it (before "(the claim: …)"): papers given to authors on the map alone,
 * a split with or without such papers, one person kept, or no paper left with the name. `splits`: the split (accepted
 * or offered) splits; `people`: people it makes, the name's included; `givenTo`, `givenCount`, `whom`: authors on
 * the map given papers, their papers, them in words; `moved`: papers that move; `name`: the name split.
 */
function ChosenHeadline({ splits, people, givenTo, givenCount, whom, moved, name }: { splits: boolean; people: number; givenTo: number; givenCount: number; whom: string; moved: number; name: string }) {
  if (splits && givenTo > 0 && people === 1)
    return (
      <>
        <strong>
          {papersText(givenCount)} go {whom}
        </strong>{' '}
        as you chose it
      </>
    );
  if (splits && givenTo > 0)
    return (
      <>
        Split into <strong>{people} people</strong>, {papersText(givenCount)} {whom}, as you chose it
      </>
    );
  if (splits)
    return (
      <>
        Split into <strong>{people} people</strong> as you chose it
      </>
    );
  if (moved === 0)
    return (
      <>
        Kept as <strong>one person</strong> as you chose it
      </>
    );
  return (
    <>
      <strong>No paper stays with “{name}”</strong> as you chose it
    </>
  );
}

export function HomonymSection({ author }: { author: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const addAliasLines = useWhoIsWho((s) => s.addAliasLines);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const { bundle } = dataset;
  const applied = useWhoIsWho((s) => s.applied);
  const result = useSplit(author);
  // the card's split buttons say they are working until the split (or its undo) is shown
  const { busy, run, props } = useBusyClick();
  const name = bundle.authors.name[author]!;
  const nameOf: NameOf = (a) => bundle.authors.name[a]!;
  // the name written twice on one byline: said on the card whatever the groups say (a tester: Bing Liu's card never
  // mentioned it); beside the figures it says they do not weigh it
  const twice = (withFigures: boolean) => {
    const said = listedTwiceSentence(bundle, author, withFigures);
    return said ? (
      <p className="homonym-twice" data-testid="listed-twice">
        {said}
      </p>
    ) : null;
  };
  const twiceAlone = () => {
    const note = twice(false);
    return note ? (
      <section className="homonym is-weak" data-testid="listed-twice-note" aria-label="Listed twice on one byline">
        {note}
      </section>
    ) : null;
  };
  const ready = result.status === 'ready' ? result.value : null;
  // after an Apply, the map before's split for a name it did not touch, until the rebuilt map's answer (`useSplit`):
  // shown as it was, said so, with no chooser (a choice made on it would be lost when the rebuilt map's answer comes)
  const carried = result.status === 'ready' && result.carried === true;
  // the papers the map gave this author by a split of another name (split-targets.ts `papersGivenTo`)
  const givenHere = useMemo(() => papersGivenTo(bundle, author, applied), [bundle, author, applied]);
  // the parts of the papers the split's chooser assigns (groups, or the claim's bodies of work and what of their groups
  // they leave), each with the person the claim's split proposes (core `splitParts`)
  const parts = useMemo(() => cardParts(ready), [ready]);
  // the user's choice, for the split it was made on (another author's or a rebuilt map's split starts from the
  // proposal): one person per part, 0 stays with the name, k the k-th new person (a tester, Fei Liu at 30k: the split
  // moved group 2 alone, and group 3's papers, the same other person's in the Anthology, could not go with it)
  // (kept per split answer in split-choice.ts: the pair note on this name says where the shared co-authors sit in it)
  const chooserId = useId();
  const choose = useSplitChoice((s) => s.choose);
  const choice = useChoice(ready, parts);
  const { assignment } = choice;
  // the authors already on the map the chooser offers (split-targets.ts): those the name checks suggest are this
  // person under another spelling (a tester: Yang Liu's body of work 2 at 30k is Yang Janet Liu's, and the chooser
  // offered only “Yang Liu (2)”, “(3)”), but those marked different people, then any picked by name
  // (this name's own check first, not every name's: useOwnSuggestions; they offered her ~28 s after the map was ready)
  const sameChecks = useOwnSuggestions(author);
  const decisions = useWhoIsWho((s) => s.decisions);
  const suggested = useMemo(() => {
    if (sameChecks.status !== 'ready') return [];
    const out: string[] = [];
    for (const s of sameChecks.value) {
      if (decisions[pairKey(s.names)] === 'rejected') continue;
      const other = bundle.authors.name[s.keep === author ? s.merge : s.keep]!;
      if (!out.includes(other)) out.push(other);
    }
    return out;
  }, [sameChecks, decisions, bundle, author]);
  const targetsOffered = [...choice.targets, ...suggested.filter((n) => !choice.targets.includes(n))];
  // a select's value: "0", "k" (a new person) or "@name" (an author on the map) → the person number, the targets
  const personOf = (value: string): { person: number; targets: readonly string[] } => {
    if (!value.startsWith('@')) return { person: Number(value), targets: choice.targets };
    const to = value.slice(1);
    const i = choice.targets.indexOf(to);
    return i >= 0 ? { person: targetPerson(i), targets: choice.targets } : { person: targetPerson(choice.targets.length), targets: [...choice.targets, to] };
  };
  const valueOf = (person: number) => (person < 0 ? `@${choice.targets[targetIndex(person)]}` : String(person));
  const assign = (part: number, value: string) => {
    if (!ready) return;
    const { person, targets } = personOf(value);
    const next = [...assignment];
    next[part] = person;
    // (a part given a person takes its papers chosen one by one with it)
    const papers = new Map([...choice.papers].filter(([p]) => !parts[part]!.papers.includes(p)));
    const [parts1, papers1] = compactChoice(next, papers);
    choose(ready, { assignment: parts1, papers: papers1, targets });
  };
  // an author picked by name: offered to every group and paper from now on (nothing is given them yet)
  const offerAuthor = (picked: number | null) => {
    if (!ready || picked === null || picked === author) return;
    const to = bundle.authors.name[picked]!;
    if (!choice.targets.includes(to)) choose(ready, { ...choice, targets: [...choice.targets, to] });
  };
  // one paper given a person (a tester saw one paper in the wrong group and could not move it alone): over its part's
  const assignPaper = (paper: number, value: string) => {
    if (!ready) return;
    const part = parts.findIndex((p) => p.papers.includes(paper));
    if (part < 0) return;
    const { person, targets } = personOf(value);
    const papers = new Map(choice.papers);
    if (assignment[part] === person) papers.delete(paper);
    else papers.set(paper, person);
    const [parts1, papers1] = compactChoice(assignment, papers);
    choose(ready, { assignment: parts1, papers: papers1, targets });
  };
  // the split offered here, as assigned, its new people named with names not in use on the map or in the decisions (a
  // second split of Yang Liu on the 30k map named its first new person "Yang Liu (2)", the person split off before,
  // and moved a paper into them); `own`: the lines of a split of these papers already accepted (same spelling and
  // paper), whatever they were named and however the parts were assigned
  const offer = useMemo(() => {
    if (!ready || parts.length === 0) return null;
    // the new people as the core counts them (papers given to an author on the map kept back: split-targets.ts)
    const core = newPeopleView(assignment, choice.papers);
    const raw = assignedDecisions(bundle, ready.split, parts, core.assignment, core.papers);
    const every = new Set(assignedDecisions(bundle, ready.split, parts, parts.map(() => 1)).map((l) => `${l.variant}\u0000${l.paper}`));
    // (not the lines that gave this author a paper: written with the name split, "Jialiang Wang", now one of their
    // spellings, they are another name's split, said in the note above)
    const own = aliasLines.filter((l) => l.paper && l.canonical !== name && every.has(`${l.variant}\u0000${l.paper}`));
    const others = { aliasLines: aliasLines.filter((l) => !own.includes(l)), applied: applied.filter((l) => !own.some((o) => sameLine(o, l))) };
    const fresh = freshSplitNames(raw, name, nameInUse(bundle.authors.name, bundle.authors.aliases, others), parts.length);
    // the papers given to authors on the map, and their lines (after the new people's, with the same split key)
    const given = givenPapers(parts, assignment, choice.papers, choice.targets);
    const givenLines = givenSplitLines(bundle, ready.split, given, splitKeyOf(name, fresh.lines[0]?.canonical, given));
    const lines = [...fresh.lines, ...givenLines];
    const accepted = own.length > 0;
    // the split accepted is the user's own, not the claim's (the headline then says it as chosen, also after a reload
    // that forgot the choice: it went back to the claim's words above "Split accepted: …", a tester)
    const acceptedOwn = accepted && peopleKey(own) !== peopleKey(assignedDecisions(bundle, ready.split, parts, parts.map((p) => p.proposed)));
    const moved = new Set(lines.map((l) => l.paper)).size;
    // the k-th new person (1-based) is named `<name> (k + 1)` by the lines, renamed as the lines are (the chooser's
    // options name them so). The card listed the groups under the new people's names, and a body of work split off
    // went to "Yang Liu (2)" while the group labelled "Yang Liu (2)" was another paper (a tester, 30k): groups are
    // "Group N", only new people are names
    const personName = (k: number) => fresh.names.get(`${name} (${k + 1})`) ?? `${name} (${k + 1})`;
    // (numbered over the people who get a paper, as the lines are: `assignedDecisions`)
    const moves = assignedMoves(parts, core.assignment, core.papers).map((m, i) => ({ ...m, person: i + 1, to: personName(i + 1) }));
    const movesTo = new Map<number, string>();
    for (const m of [...moves, ...given]) for (const p of m.papers) movesTo.set(p, m.to);
    return { lines, newLines: fresh.lines, givenLines, given, own, accepted, acceptedOwn, moved, moves, movesTo, personName };
  }, [ready, parts, assignment, choice, aliasLines, applied, bundle, name]);
  // the evidence per person of the split as the user chose it (the card's lines are the claim's split's: after group 3
  // was given to person 2, the card still set "Group 2" alone against group 1, a tester): each new person against the
  // one keeping the name, with what the papers are, years, topics, co-authors and venues (core `assignedEvidence`)
  const own = parts.length > 0 && isOwnChoice(parts, choice);
  const chosenPeople = useMemo(() => {
    if (!own || !offer || offer.moves.length + offer.given.length === 0) return null;
    const moved = new Set([...offer.moves, ...offer.given].flatMap((m) => m.papers));
    const kept = parts.filter((_, i) => assignment[i] === 0);
    const stays = [...row(authorPaperIndex(bundle), author)].filter((p) => !moved.has(p));
    const keptPapers = new Set(kept.flatMap((p) => p.papers));
    const backOne = stays.filter((p) => choice.papers.get(p) === 0 && !keptPapers.has(p));
    const pieces = (given: readonly SplitPart[], single: readonly number[], has: (p: number) => boolean) => [
      ...given.map((p) => p.papers.filter(has)).filter((l) => l.length > 0),
      ...(single.length ? [single] : []),
    ];
    const stay = (p: number) => !moved.has(p);
    return [
      { name, papers: [...stays], what: piecesWords(kept, stay, backOne.length, nameOf), pieces: pieces(kept, backOne, stay) },
      ...[...offer.moves, ...offer.given].map((m) => {
        const has = (p: number) => m.papers.includes(p);
        return { name: m.to, papers: m.papers, what: piecesWords(m.parts, has, m.single.length, nameOf), pieces: pieces(m.parts, m.single, has) };
      }),
    ];
  }, [own, offer, parts, assignment, bundle, author, name]);
  const chosenEvidence = useAssignedEvidence(author, chosenPeople);
  // splits of this name accepted earlier (applied or not), but the one offered here: said here, each with its Undo
  // (on the 30k map the rest of Yang Liu still has groups, and the card showed them as if no split had been made)
  // (and on the card of an author on the map a split gave papers to, that split: "5 papers of “Yang Liu” went to “Yang
  // Janet Liu”", with its Undo, so her card says where her new papers came from)
  const earlier = acceptedSplits({ aliasLines, applied }).filter(
    (sp) => (sp.name === splitBase(name) || sp.given.some((g) => g.to === name)) && !(offer?.accepted && sp.lines.some((l) => offer.own.includes(l))),
  );
  const earlierNote = earlier.length > 0 && (
    <section className="homonym is-weak" data-testid="split-note" aria-label="Split accepted">
      {earlier.map((sp) => (
        <div key={sp.key} className="split-note-entry">
          <p className="homonym-head muted">
            {sp.status === 'undone'
              ? `The split of “${sp.name}” ${splitWhat(sp)} is undone; apply to rebuild without it.`
              : `${sp.into.includes(name) ? splitPartDone(sp, name) : splitDone(sp)}${sp.status === 'applied' ? ' (applied)' : ' (not applied yet)'}.`}
          </p>
          {sp.status !== 'undone' && (
            <button type="button" className="button" {...props(`undo ${sp.key}`)} onClick={() => run(`undo ${sp.key}`, () => void undoDecision(sp.lines, { focusName: name }))}>
              {busy === `undo ${sp.key}` ? WORKING : 'Undo split'}
            </button>
          )}
        </div>
      ))}
    </section>
  );
  // still checking (on the 30k map the worker is busy with every name's check for ~14 s after the map is ready, and
  // Yang Liu's card said nothing meanwhile, a tester): the card says so until the answer comes; an author of one
  // paper cannot be several bodies of work, so says nothing. Shown after a short CSS delay (whoiswho.css), so a
  // quick answer does not flash it.
  if (result.status === 'pending' && bundle.authors.paperCount[author]! >= 2) {
    return (
      <>
        {earlierNote}
        <p className="homonym-checking checking-line muted small" role="status" data-testid="homonym-checking">
          Checking whether this name is several people…
        </p>
      </>
    );
  }
  // the check's answer is no: said in the checking line's place, one line as it was, so the card's stats and co-authors
  // below do not move up when the answer comes (they moved 18 px under the user's eyes, a tester); said on every card
  // of 2+ papers, not only one that showed the line, so a card opened again reads as it did. The name written twice
  // on a byline says more, and takes its place.
  const answeredNo = (words: string) => {
    const none =
      bundle.authors.paperCount[author]! >= 2 ? (
        <p className="homonym-checking homonym-none muted small" role="status" data-testid="homonym-none">
          {words}
        </p>
      ) : null;
    if (earlierNote)
      return (
        <>
          {earlierNote}
          {none}
        </>
      );
    return twiceAlone() ?? none;
  };
  if (!ready) return earlierNote || twiceAlone();
  // (the co-authors all tied together; or none at all: papers without a co-author cannot be placed)
  if (ready.split.clusters === 1) return answeredNo('One person by this name, as far as co-authors show.');
  if (ready.split.clusters === 0) return answeredNo('No co-authors to tell if this name is several people.');
  if (!offer || ready.split.clusters < 2) return earlierNote || twiceAlone();
  const { split, evidence } = ready;
  const { lines, accepted, moves } = offer;
  // the claim (see core/queries/homonyms.ts); otherwise the groups are shown as a candidate, not a claim
  const flagged = evidence === null || evidence.claimed;
  // a claim on bodies of work (else on groups of papers), and whether its largest body may itself be several people
  const bodyClaim = evidence !== null && evidence.bodyProbability >= CLAIM_PROBABILITY;
  const largestSeveral = bodyClaim && evidence.largestMayBeSeveral;
  // below a candidate's probability the card says nothing (a tester: a note on almost every author's card, Dan Roth's
  // "9 groups … less than 1 in 100" included); the review list uses the same floor
  // (groups with no co-author in common, but less likely than a candidate's to be another person's)
  if (!flagged && evidence.probability < CANDIDATE_PROBABILITY) return answeredNo('Most likely one person by this name.');
  // the groups differ more than one person's usually do (the evidence alone, before the name prior)
  const differ = evidence !== null && evidence.clusters.slice(1).some((c) => c.likelihoodRatio > 1);
  const paperCount = row(authorPaperIndex(bundle), author).length;
  // the split as the user chose it, person by person (replaces the claim's first line in view; the claim's lines stay,
  // folded): the last answer while a new one is on its way
  const chosen =
    chosenPeople && !accepted && chosenEvidence.status === 'ready' && chosenEvidence.value.length > 0 ? (
      <div className="homonym-chosen" data-testid="chosen-evidence">
        <p className="small muted">The split as you chose it:</p>
        <ul className="homonym-evidence">
          {chosenEvidence.value.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
    ) : null;

  const evidenceList = (lines: readonly string[]) =>
    lines.length > 0 && (
      <ul className="homonym-evidence" data-testid="homonym-evidence">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    );
  // what the claim rests on, in view: in short sentences with its line in full folded, for a claim on bodies of work
  // (PlainBodies.tsx), else its line
  const claimLead = (e: HomonymEvidence) => {
    const first = evidenceList(e.lines.slice(0, 1));
    if (e.bodyProbability < CLAIM_PROBABILITY || e.bodyFacts.length < 2) return first;
    return (
      <>
        <PlainBodies evidence={e} />
        <details className="homonym-full">
          <summary className="muted small">In full, as the name checks put it</summary>
          {/* the headline's claim with what its figure counts, and the largest body's caution with its circles */}
          <p className="small" data-testid="homonym-head-full">
            {e.people > 2 ? `${e.people - 1} bodies of work that share no co-author with the largest are each` : 'A body of work that shares no co-author with the largest is'} more
            likely than not another person's ({chanceIn100(e.bodyProbability)}, counting the bodies of work of {BODY_PAPERS}+ papers).
            {e.largestMayBeSeveral &&
              ` On a name this common the largest body of work (${papersText(e.bodyFacts[0]!.papers.length)}: ${e.mainBodyGroups.length} co-author circles with no co-author in common, tied only through co-authors' co-authors or alike topics) may itself be several people.`}
          </p>
          {first}
        </details>
      </>
    );
  };
  // a paper the split offered would move: where to, beside its title (the whole group: beside the group's name)
  const movesTo = (to: string) => (
    <span className="split-to muted" data-testid="split-to">
      {' '}
      → “{to}”
    </span>
  );
  // each paper of a part: who gets it, one by one over its part's choice (a tester saw one paper in the wrong group and
  // could not move it alone); the people offered are those in use and one more
  const partOfPaper = new Map<number, number>();
  parts.forEach((part, i) => part.papers.forEach((p) => partOfPaper.set(p, i)));
  const offeredForPapers = Math.max(0, ...assignment, ...choice.papers.values()) + 1;
  // the people a select offers: the name, `count` new people (the last one "(a new person)" while no paper is
  // theirs), then the authors on the map (split-targets.ts), in a group of their own (their paper counts are said
  // under the chooser once given papers: in the option, the name was cut in a phone's select)
  // (an author on the byline of one of the papers is their co-author there, another person: not offered for them,
  // the build would count the two as one author of the paper and the paper would be lost to the name)
  const targetIndexOf = new Map(targetsOffered.map((to) => [to, bundle.authors.name.indexOf(to)]));
  const onByline = (to: string, papers: readonly number[]) => papers.some((p) => bundle.papers.authors[p]!.includes(targetIndexOf.get(to)!));
  const personOptions = (count: number, used: number, papers: readonly number[]) => {
    const newPeople = Array.from({ length: count }, (_, k) => (
      <option key={k + 1} value={k + 1}>
        goes to “{offer.personName(k + 1)}”{k + 1 > used ? ' (a new person)' : ''}
      </option>
    ));
    if (targetsOffered.length === 0)
      return (
        <>
          <option value={0}>stays with “{name}”</option>
          {newPeople}
        </>
      );
    return (
      <>
        <option value={0}>stays with “{name}”</option>
        <optgroup label="New people">{newPeople}</optgroup>
        <optgroup label="Authors on this map">
          {targetsOffered.map((to) =>
            onByline(to, papers) ? (
              <option key={to} value={`@${to}`} disabled>
                “{to}” (a co-author here)
              </option>
            ) : (
              <option key={to} value={`@${to}`}>
                goes to “{to}” (on the map)
              </option>
            ),
          )}
        </optgroup>
      </>
    );
  };
  const paperChoice = (p: number) => {
    const part = partOfPaper.get(p);
    if (part === undefined || accepted) return null;
    const person = choice.papers.get(p) ?? assignment[part]!;
    return (
      <select
        className={`split-paper-select${person !== 0 ? ' is-moved' : ''}`}
        aria-label={`Who gets “${bundle.papers.title[p]}”`}
        data-testid="split-paper"
        value={valueOf(person)}
        onChange={(e) => assignPaper(p, e.target.value)}
      >
        {/* (the group's words: under its title, as wide as the list, there is room for whom it means) */}
        {personOptions(offeredForPapers, Math.max(0, ...assignment, ...choice.papers.values()), [p])}
      </select>
    );
  };
  // a list of papers, each title opening its card; `choose`: each with its own choice of person (only in the chooser's
  // parts: the folded groups and the papers that would move had one too, so with a part unfolded each paper's choice
  // was on the card two or three times, a tester), else with where it goes when it moves (`marks`)
  const paperList = (papers: readonly number[], { choose = false, marks = false }: { choose?: boolean; marks?: boolean } = {}) => (
    <ul className="group-papers">
      {papers.map((p) => {
        const to = marks && !accepted ? offer.movesTo.get(p) : undefined;
        return (
          <li key={p}>
            <button type="button" className="link-button" onClick={() => select({ kind: 'paper', index: p })}>
              {bundle.papers.title[p]}
            </button>
            {choose ? paperChoice(p) : to !== undefined && movesTo(to)}
          </li>
        );
      })}
    </ul>
  );
  const groups = (
    <>
      <ol className="homonym-groups">
        {split.groups.map((g, i) => {
          // the whole group goes to one new person: said once, beside its name
          const to = offer.movesTo.get(g.papers[0]!);
          const whole = to !== undefined && g.papers.every((p) => offer.movesTo.get(p) === to);
          return (
          <li key={g.papers[0]} className="homonym-group" data-testid="homonym-group">
            <div className="group-name">
              Group {i + 1}
              <span className="muted">
                {' '}
                · {g.papers.length} {plural('paper', g.papers.length)}
                {givenWords(g.papers, givenHere) && ` · ${givenWords(g.papers, givenHere)}`}
              </span>
              {whole && !accepted && movesTo(to)}
            </div>
            {paperList(g.papers, { marks: !whole })}
            <div className="coauthor-line">
              <span className="muted">with </span>
              {g.coauthors.slice(0, COAUTHORS_SHOWN).map((c) => (
                <AuthorLink key={c} index={c} />
              ))}
              {g.coauthors.length > COAUTHORS_SHOWN && <span className="muted">and {g.coauthors.length - COAUTHORS_SHOWN} more</span>}
            </div>
          </li>
          );
        })}
      </ol>
      {split.unattached.length > 0 && (
        <p className="muted small">
          {split.unattached.length} {plural('paper', split.unattached.length)} with no co-author cannot be placed and stay with {name}.
        </p>
      )}
    </>
  );
  // who it is with, so the user knows the part without unfolding the groups; and the papers a split of another name
  // gave this author (a group of them alone read as another person's, offered to be split off again)
  const partWith = (p: SplitPart) => {
    const c = p.from === 'body' ? (evidence?.bodyFacts[p.number - 1]?.coauthor ?? -1) : p.smaller ? leadingCoauthor(p.papers) : (split.groups[p.group]?.coauthors[0] ?? -1);
    const note = partNote(p, c, nameOf);
    const given = givenWords(p.papers, givenHere);
    return `${note ? ` · ${note}` : ''}${given ? ` · ${given}` : ''}`;
  };
  // the co-author on most of `papers` (ties: the lower index), -1 for none
  const leadingCoauthor = (papers: readonly number[]) => {
    const counts = new Map<number, number>();
    for (const p of papers) for (const c of bundle.papers.authors[p]!) if (c !== author) counts.set(c, (counts.get(c) ?? 0) + 1);
    let best = -1;
    for (const [c, n] of counts) if (best < 0 || n > counts.get(best)! || (n === counts.get(best)! && c < best)) best = c;
    return best;
  };
  // the new people the chooser offers: those in use and one more (a third person is one choice away), at most one per part
  const offered = Math.min(parts.length, Math.max(0, ...assignment) + 1);
  const partRow = (p: SplitPart, i: number) => (
    <div key={`${p.from}${p.number}.${p.papers[0]}`} className={`split-part${assignment[i]! !== 0 ? ' is-moved' : ''}`} data-testid="split-part">
      <label htmlFor={`${chooserId}-${i}`} className="split-part-name small">
        {partLabel(p, parts, nameOf)}
        <span className="muted">
          {' '}
          · {papersText(p.papers.length)}
          {partWith(p)}
        </span>
      </label>
      <select id={`${chooserId}-${i}`} className="split-part-select" value={valueOf(assignment[i]!)} onChange={(e) => assign(i, e.target.value)}>
        {personOptions(offered, Math.max(0, ...assignment), p.papers)}
      </select>
      {/* its papers, folded, each with its own choice: any paper can go elsewhere, not only those set to move (a
          tester could not take one paper out of Yang Liu's 76 without moving all of them first) */}
      <PartPapers count={p.papers.length}>{() => paperList(p.papers, { choose: true })}</PartPapers>
    </div>
  );
  // a name of many groups (Yang Liu's 12 parts at 30k): the first few in view, the rest folded unless one moves
  const rest = parts.slice(PARTS_SHOWN);
  const chooser = (
    <fieldset className="split-chooser" data-testid="split-chooser">
      <legend className="small">Who gets which papers</legend>
      {parts.slice(0, PARTS_SHOWN).map((p, i) => partRow(p, i))}
      {rest.length > 0 && (
        <details className="split-more" open={assignment.slice(PARTS_SHOWN).some((k) => k !== 0)}>
          <summary className="muted small">
            {rest.length} more {plural(rest.every((p) => p.from === 'group' && p.whole) ? 'group' : 'part', rest.length)} ({papersText(rest.reduce((n, p) => n + p.papers.length, 0))})
          </summary>
          {rest.map((p, j) => partRow(p, PARTS_SHOWN + j))}
        </details>
      )}
      {/* any author of the map, by name: offered in every select above once picked */}
      <div className="split-pick" data-testid="split-pick">
        <AuthorPicker label="Or an author already on the map" value={null} onChange={offerAuthor} />
        <p className="muted small split-pick-hint" data-testid="split-pick-offered">
          {targetsOffered.length > 0
            ? `Offered in every choice above: ${listWords(targetsOffered.map((t) => `“${t}”`))}.`
            : 'Pick one to offer them in every choice above.'}
        </p>
        {/* the same person under another spelling is offered once this name's check answers (a second or two after
            the card opens on the 30k map): said until then, so a quick user does not take "(2)" for the only choice */}
        {sameChecks.status === 'pending' && (
          <p className="muted small split-pick-hint" data-testid="split-pick-looking">
            Still looking for this person under other spellings on the map: one found is offered here.
          </p>
        )}
      </div>
    </fieldset>
  );
  // the people the split makes, as assigned, and the authors on the map it gives papers to
  const into = [...new Set(offer.newLines.map((l) => l.canonical))];
  const givenTo = offer.given.map((g) => g.to);
  const givenCount = offer.given.reduce((n, g) => n + g.papers.length, 0);
  const stay = paperCount - offer.moved;
  // (every paper moved is a new name, not a split: nobody would keep "Jialiang Wang"; the button said "Split into 5
  // people" for 4, and "Split into 1 people" with nothing moved, a tester)
  const people = into.length + (stay > 0 ? 1 : 0);
  const canSplit = offer.moved > 0 && stay > 0;
  // "to “Yang Janet Liu”", "to 2 authors on the map"
  const givenWhom = givenTo.length === 1 ? `to “${givenTo[0]}”` : `to ${givenTo.length} authors on the map`;
  // what the button does: "Split into 3 people", "Give 5 papers to “Yang Janet Liu”", or both
  const splitButton = splitButtonWords(people, into.length, givenTo.length, givenCount, givenWhom);
  // each author on the map given papers: their count now and with these (a tester: is it the person I mean?)
  const givenNote = offer.given.map((g) => {
    const i = bundle.authors.name.indexOf(g.to);
    const now = i >= 0 ? bundle.authors.paperCount[i]! : 0;
    return `“${g.to}” is an author on this map already: ${papersText(now)}, ${now + g.papers.length} with these.`;
  });
  // the headline follows the split the user chose, as the evidence does ("The split as you chose it:"): it still said
  // "May be 4 different people" once the user had made it 3 (a tester); the claim is said after it, in brackets
  // once accepted, it says the split accepted, as it was chosen (its people counted from the lines accepted)
  const asChosen = flagged && ((own && !accepted) || offer.acceptedOwn);
  // (once accepted, counted from the lines accepted: the new people, and the authors on the map given papers)
  const ownGiven = accepted ? offer.own.filter(givesToAuthor) : [];
  const headPeople = accepted ? new Set(offer.own.filter((l) => !givesToAuthor(l)).map((l) => l.canonical)).size + 1 : people;
  const headGivenTo = accepted ? [...new Set(ownGiven.map((l) => l.canonical))] : givenTo;
  const headGivenCount = accepted ? new Set(ownGiven.map((l) => l.paper)).size : givenCount;
  const headWhom = headGivenTo.length === 1 ? `to “${headGivenTo[0]}”` : `to ${headGivenTo.length} authors on the map`;
  const headSplits = accepted || canSplit;
  const claimWords =
    evidence && evidence.bodyProbability >= CLAIM_PROBABILITY
      ? `may be ${mayBePeople(evidence)}, ${chanceIn100(evidence.bodyProbability)}`
      : `may be ${split.groups.length} different people${evidence ? `, ${chanceIn100(evidence.probability)}` : ''}`;
  const chosenHead = asChosen ? (
    <>
      <ChosenHeadline splits={headSplits} people={headPeople} givenTo={headGivenTo.length} givenCount={headGivenCount} whom={headWhom} moved={offer.moved} name={name} />{' '}
      (the claim: {claimWords}).
    </>
  ) : null;
  // what stays with the name and what goes, under the chooser
  const staysWords = () => {
    if (offer.moved === 0) return `Every paper stays with “${name}”: choose a person for a group to split it.`;
    if (stay === 0) return `No paper would stay with “${name}”: that renames the name, it does not split it. Keep at least one group with “${name}”.`;
    const goes = into.length > 3 ? `${papersText(offer.moved - givenCount)} go to ${newPeople(into)}${offer.given.map((g) => `, ${g.papers.length} to “${g.to}”`).join('')}` : movesWords(lines);
    return `${goes}; every other paper (${stay}) stays with “${name}”.${givenNote.length > 0 ? ` ${givenNote.join(' ')}` : ''}`;
  };
  // (after an Apply, the map before's split: no chooser; the card's one line under its who-is-who lines says whose it
  // is: SynonymSection.tsx `CarriedNote`)
  const actions = carried ? null : !accepted ? (
    <>
      {chooser}
      {own && (
        <button
          type="button"
          className="text-button split-reset"
          onClick={() => ready && choose(ready, { assignment: parts.map((p) => p.proposed), papers: new Map(), targets: choice.targets })}
        >
          {flagged ? "Back to the claim's split" : 'Back to the split offered'}
        </button>
      )}
      <p className="muted small" data-testid="split-stays">
        {staysWords()}
      </p>
      {/* which papers: the user checks the claim before applying it (the card said "5 papers go to …" and never
          which; a few are listed open, more folded) */}
      {offer.moved > 0 && (
        <details className="split-moves" data-testid="split-moves" open={offer.moved <= MOVES_SHOWN_OPEN}>
          <summary className="muted small">{offer.moved === 1 ? 'The paper that would move' : `The ${offer.moved} papers that would move`}</summary>
          {[...moves, ...offer.given].map((m) => (
            <div key={m.to} className="split-move" data-testid="split-move">
              <div className="split-move-to small">
                To “{m.to}”{m.person < 0 ? ', an author on the map' : ''}
                <span className="muted">
                  {' '}
                  · {piecesWords(m.parts, (p) => m.papers.includes(p), m.single.length, nameOf)}, {papersText(m.papers.length)}
                </span>
              </div>
              {paperList(m.papers)}
            </div>
          ))}
        </details>
      )}
      <button type="button" className="button" disabled={!canSplit} {...props('split')} onClick={() => run('split', () => addAliasLines(lines))}>
        {busy === 'split' ? WORKING : canSplit ? splitButton : 'Split'}
      </button>
    </>
  ) : (
    <>
      {/* what was accepted, as the user assigned it (Apply: the card's one bar, under its who-is-who sections,
          SynonymSection.tsx CardDecisions) */}
      <p className="muted small" data-testid="split-accepted">
        Split accepted{offer.own.every((l) => applied.some((x) => sameLine(x, l))) ? '' : ', not applied yet'}: {movesWords(offer.own)}; every other
        paper stays with “{name}”.
      </p>
      <button type="button" className="button" {...props('undo')} onClick={() => run('undo', () => void undoDecision(offer.own, { focusName: name }))}>
        {busy === 'undo' ? WORKING : 'Undo split'}
      </button>
    </>
  );
  return (
    <>
    {earlierNote}
    <section
      className={`homonym${flagged ? '' : ' is-weak'}`}
      data-testid="homonym-flag"
      data-groups={split.groups.length}
      data-flagged={flagged ? 'yes' : 'no'}
      aria-label={flagged ? 'Possibly several people' : 'Separate groups of papers'}
    >
      {flagged ? (
        <>
          <p className="homonym-head">
            <span className="flag-icon" aria-hidden="true">
              ⚑
            </span>
            {/* short sentences read at a glance (the claim and its figure, then what it rests on); said in full under
                "In full" (claimLead): the headline ran to three lines of clauses on Yang Liu's card, a tester */}
            {chosenHead ?? (bodyClaim ? (
              <>
                {/* a floor: each probable body is one more person, and a body may hold several (Yang Liu at 30k read
                    "may be 2 different people"; the ACL Anthology has 11+) */}
                May be <strong>{mayBePeople(evidence)}</strong> ({chanceIn100(evidence.bodyProbability)}).{' '}
                {evidence.people > 2 ? `${evidence.people - 1} bodies of work share` : 'A body of work shares'} no co-author with the largest.
              </>
            ) : (
              <>
                May be <strong>{split.groups.length} different people</strong>
                {evidence ? ` (${chanceIn100(evidence.probability)})` : ''}. Their groups of papers share no co-author.
              </>
            ))}
            {largestSeveral && (
              <span data-testid="largest-may-be-several">
                {' '}
                The largest body of work ({papersText(evidence.bodyFacts[0]!.papers.length)}) may itself be several people.
              </span>
            )}
          </p>
          {twice(evidence !== null)}
          {/* what the claim rests on, then the rest folded: every group's evidence and papers filled the card above
              the author's co-authors and papers (a tester, Yang Liu on the 30k map: 11 groups) */}
          {chosen ?? (evidence && claimLead(evidence))}
          {/* where the numbers lie, adding up to the author's papers (a tester: 59, 76, 81 and 92 unexplained) */}
          {evidence?.tally && (
            <p className="muted small" data-testid="homonym-tally">
              {evidence.tally}
            </p>
          )}
          <details className="homonym-more">
            <summary className="muted">
              {chosen && evidence ? "The claim's evidence, and " : evidence && evidence.lines.length > 1 ? 'The rest of the evidence, and ' : ''}the {split.groups.length} groups' papers and co-authors
            </summary>
            {evidence && evidenceList(evidence.lines.slice(chosen ? 0 : 1))}
            {groups}
          </details>
          {actions}
        </>
      ) : (
        // a candidate, not a claim: folded, so the author's co-authors and papers are not pushed below the fold (the
        // name written twice on a byline stays in view: the strongest sign of two people)
        <>
        <details className="homonym-candidate">
          <summary className="homonym-head muted">
            {split.groups.length} groups of papers with no co-author in common
            {/* the figure says what it measures: the claim's is the body of work's, and "they differ (96 in 100)" beside
                a claimed name's 58 read as the stronger case (a tester) */}
            {differ
              ? evidence!.probability >= CLAIM_PROBABILITY
                ? `: ${chanceIn100(evidence!.probability)} that some group, small ones included, is another person's (on a name about ${evidence!.namesakes.toFixed(1)} others here are expected to share); but ${likeliestBody(evidence!)}: a candidate, not a claim.`
                : `, and they differ; but on this name a namesake among them is less likely than not (${chanceIn100(evidence!.probability)}: a candidate, not a claim).`
              : ', but little says they are different people.'}
          </summary>
          {chosen}
          {evidence && evidenceList(evidence.lines)}
          {groups}
          {actions}
        </details>
        {twice(evidence !== null)}
        </>
      )}
    </section>
    </>
  );
}
