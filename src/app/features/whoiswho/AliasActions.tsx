/**
 * What to do with the accepted alias lines: download them as the `--aliases` file, or apply them here
 * (rebuild with progress). Shared by the review list and the author card's split.
 */
import { useMemo, useState } from 'react';
import { useAtlas } from '../../store';
import { downloadText, fileBase } from '../../download';
import { aliasFileLineCount, combinedAliasFile, rejectedPairs } from './alias-file';
import { aliasNotesOf, applyAliasLines, canRebuild } from './rebuild';
import { whyNoSources } from '../../data/dataset-sources';
import { decisionCounts, decisionStatus, mergesNotInMap, pendingChanges, sameLine, useWhoIsWho } from './store';
import './whoiswho.css';
import { plural } from '../../format';
import { useImport } from '../import/import-store';
import { acceptedKeeps, confirmChain, conflictText, decisionClashes, lineConflicts, type DecisionClash } from './merge-groups';

/**
 * The build's notes about its alias file, less the one that only counts its lines ("…: 5 lines merging or splitting
 * names", a fact about the map shown, not a problem): that count is returned as `builtWith` (null when none).
 */
export function splitAliasNotes(all: readonly string[]): { notes: string[]; builtWith: number | null } {
  let builtWith: number | null = null;
  const notes: string[] = [];
  for (const note of all) {
    const m = /: (\d+) lines? merging or splitting names$/.exec(note);
    if (m) builtWith = Number(m[1]);
    else notes.push(note);
  }
  return { notes, builtWith };
}

/**
 * The alias file's lines accepted now, against the map shown (counted as the file counts them: a merge's spellings
 * are one line): `applied` in the map, `pending` accepted but not applied yet, `takenBack` in the map but no longer
 * accepted (an Undo not applied yet).
 */
export interface AcceptedAgainstMap {
  applied: number;
  pending: number;
  takenBack: number;
}

/**
 * Says how the map shown was built when the accepted lines differ from it, `builtWith` its alias file's lines (the
 * build's note), `now` the lines accepted now against it (`AcceptedAgainstMap`). Each of the states a user reaches
 * by accept, Apply, Undo and a reload: "The map shown was built with 5 alias lines; the 1 line accepted now is not
 * applied yet." (a map built with other lines, one accepted since); "The map shown was built with 5 alias lines, 3
 * of them taken back since; the 1 line accepted now is applied: Apply in the explorer rebuilds it without the ones
 * taken back." (a merge and a split applied, the split undone; it said the merge was not applied yet, a tester);
 * "…; of the 3 lines accepted now, 1 is applied and 2 are not yet."; none accepted: "…; none is accepted now: Undo
 * in the explorer rebuilds it without them." Throws nothing.
 */
export function aliasBuiltWithText(builtWith: number, now: AcceptedAgainstMap): string {
  const { applied, pending, takenBack } = now;
  const accepted = applied + pending;
  const was = `The map shown was built with ${builtWith} alias ${plural('line', builtWith)}`;
  if (accepted === 0) return `${was}; none is accepted now: Undo in the explorer rebuilds it without them.`;
  const back = takenBack === 0 ? '' : takenBack >= builtWith ? `, ${builtWith === 1 ? '' : 'all '}taken back since` : `, ${takenBack} of them taken back since`;
  const these = `the ${accepted} ${plural('line', accepted)} accepted now ${accepted === 1 ? 'is' : 'are'}`;
  if (pending === 0) return `${was}${back}; ${these} applied${takenBack > 0 ? `: Apply in the explorer rebuilds it without the ${takenBack === 1 ? 'one' : 'ones'} taken back` : ''}.`;
  if (applied === 0) return `${was}${back}; ${these} not applied yet.`;
  return `${was}${back}; of the ${accepted} lines accepted now, ${applied} ${applied === 1 ? 'is' : 'are'} applied and ${pending} ${pending === 1 ? 'is' : 'are'} not yet.`;
}

/**
 * The line under Apply saying how the map shown was built, or null when there is nothing to say: `builtWith` the
 * lines of the alias file the map was built with (the build's note; null: built with none), `fileLines` the lines the
 * file has now, `now` those lines against the map (`AcceptedAgainstMap`). Said when the counts differ, and when they
 * are equal but the lines are not: one merge undone and another accepted leaves 1 line against 1 built, and the line
 * was silent while Apply still had a change to make (a tester). Throws nothing.
 */
export function aliasBuiltWithNote(builtWith: number | null, fileLines: number, now: AcceptedAgainstMap): string | null {
  if (builtWith === null) return null;
  if (builtWith === fileLines && now.pending === 0 && now.takenBack === 0) return null;
  return aliasBuiltWithText(builtWith, now);
}

/**
 * The download and Apply bar (the review list's footer, the author card's who-is-who sections). `focusName`: the
 * author whose card it is in (kept in view across a rebuild), null in the review list. `explained`: what lies above
 * it (the review list's intro) has said why a map without its paper lists cannot be rebuilt here and what to do;
 * the bar then shows only what can be done (the download, the import with the file), not the disabled Apply nor
 * the explanation again (said in both, the footer took a third of the review list at 900 px, testers).
 */
export function AliasActions({ focusName = null, explained = false }: { focusName?: string | null; explained?: boolean }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const datasets = useAtlas((s) => s.datasets);
  const lines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.appliedLines);
  const pending = useWhoIsWho(pendingChanges);
  const decisions = useWhoIsWho((s) => s.decisions);
  const appliedLines = useWhoIsWho((s) => s.applied);
  // the user's decisions, not the alias lines they make (a split into 4 is 3 lines, a merge one per spelling: a
  // tester read "5 alias lines accepted, 5 changes" after one merge and one split); lines only for the download
  // a merge applied that the map does not show is not counted applied (a tester read "all applied" of a dropped one)
  const status = useMemo(() => {
    const state = { aliasLines: lines, applied: appliedLines, decisions };
    const missing = mergesNotInMap(dataset.bundle.authors.name, dataset.bundle.authors.aliases, state).length;
    return decisionStatus(decisionCounts(state, missing));
  }, [lines, appliedLines, decisions, dataset]);
  // the file holds what Apply applies: a line giving a spelling a second person left out (rebuild.ts `appliedOf`)
  const fileOf = useMemo(() => lineConflicts(lines, acceptedKeeps(decisions)).applies, [lines, decisions]);
  const fileLines = useMemo(() => aliasFileLineCount(fileOf), [fileOf]);
  // the file's lines against the map shown (the lines it was built with: `appliedLines`), for the line saying how it was built
  const againstMap = useMemo((): AcceptedAgainstMap => {
    const inMap = (l: (typeof fileOf)[number]) => appliedLines.some((x) => sameLine(l, x));
    const appliedNow = fileOf.filter(inMap);
    const pendingNow = fileOf.filter((l) => !inMap(l));
    const back = appliedLines.filter((l) => !lines.some((x) => sameLine(l, x)));
    return {
      applied: appliedNow.length ? aliasFileLineCount(appliedNow) : 0,
      pending: pendingNow.length ? aliasFileLineCount(pendingNow) : 0,
      takenBack: back.length ? aliasFileLineCount(back) : 0,
    };
  }, [fileOf, appliedLines, lines]);
  // pairs marked "Different people" travel with the file (`# different people` lines: comments to its readers,
  // taken up again by an import of it), so a rejected pair is not offered again as undecided
  const different = useMemo(() => rejectedPairs(decisions), [decisions]);
  const { notes, builtWith } = splitAliasNotes(aliasNotesOf(dataset));
  const builtWithNote = aliasBuiltWithNote(builtWith, fileLines, againstMap);
  // a spelling given to two people by the lines (a hand-edited link's): which line is applied, which not
  const conflicts = useMemo(() => lineConflicts(lines, acceptedKeeps(decisions)).conflicts.map(conflictText), [lines, decisions]);
  const rebuild = useWhoIsWho((s) => s.rebuild);
  const rebuildable = canRebuild(dataset, datasets);
  const running = rebuild.status === 'running';
  // decisions that clash (a chain not confirmed, a merge joining two names a split separates): Apply asks first
  const [asking, setAsking] = useState<DecisionClash[] | null>(null);
  const apply = () => {
    const st = useWhoIsWho.getState();
    const clashes = decisionClashes({ decisions: st.decisions, aliasLines: st.aliasLines, applied: st.applied });
    if (clashes.length > 0) setAsking(clashes);
    else void applyAliasLines(focusName);
  };

  // a map without its paper lists: the paper list imported with the accepted lines (the way that works here)
  const importButton = (
    <button
      type="button"
      className="button"
      data-testid="alias-import"
      onClick={() => {
        const name = `${fileBase(dataset)}-aliases.tsv`;
        const file = new File([combinedAliasFile(fileOf, null, different)], name, { type: 'text/tab-separated-values' });
        useImport.getState().setAliasFile(file, `${name}: your decisions, applied to the paper list you add`);
        useImport.getState().openDialog();
      }}
    >
      Import the paper list with this alias file
    </button>
  );

  return (
    // `is-due`: something to download, apply or answer; on a phone's sheet the bar then keeps to the sheet's bottom
    // edge, over the list (whoiswho.css), instead of lying after every pair (220,000 px down the 30k map's list)
    <div
      className={`alias-actions${lines.length > 0 || pending > 0 || running || asking !== null || rebuild.status === 'error' ? ' is-due' : ''}`}
      data-testid="alias-actions"
      data-rebuild={rebuild.status}
      data-applied={applied}
    >
      <p className="alias-status" data-testid="alias-status">
        {status}
      </p>
      <div className="alias-buttons">
        <button
          type="button"
          className="button"
          disabled={lines.length === 0 && different.length === 0}
          onClick={() => downloadText(`${fileBase(dataset)}-aliases.tsv`, combinedAliasFile(fileOf, null, different), 'text/tab-separated-values')}
        >
          Download alias file{fileLines > 0 ? ` (${fileLines} ${plural('line', fileLines)})` : ''}
        </button>
        {(rebuildable || !explained) && (
          <button
            type="button"
            // the call to action only while there is something to apply: once all is applied it reads so, plainly
            className={pending > 0 || running ? 'button primary' : 'button'}
            disabled={!rebuildable || pending === 0 || running || asking !== null}
            onClick={apply}
          >
            {running ? 'Applying…' : pending === 0 && applied > 0 && lines.length > 0 ? 'Applied' : lines.length === 0 && applied > 0 ? 'Undo in the explorer' : 'Apply in the explorer'}
          </button>
        )}
        {!rebuildable && explained && lines.length > 0 && importButton}
      </div>
      {asking && (
        <div className="sp-chain apply-clash" role="alert" data-testid="apply-clash">
          <p>Before applying: these decisions clash.</p>
          <ul className="alias-notes small">
            {asking.map((c) => (
              <li key={c.text}>{c.text}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              for (const c of asking) if (c.kind === 'chain') confirmChain(c.people);
              setAsking(null);
              void applyAliasLines(focusName);
            }}
          >
            Apply all the same
          </button>
          <button type="button" className="button" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </div>
      )}
      {running && !rebuild.lookingUp && (
        <div className="rebuild-progress" role="status" aria-live="polite">
          <progress value={rebuild.fraction} max={1} />
          <span>{rebuild.label}…</span>
        </div>
      )}
      {rebuild.status === 'idle' && rebuild.done?.dataset === dataset && (
        // what the last Apply made of the map: that the map the user knew was kept where the decisions left it
        <p className="muted small" role="status" data-testid="apply-result">
          {rebuild.done.text}
        </p>
      )}
      {builtWithNote !== null && (
        <p className="muted small" data-testid="alias-built-with">
          {builtWithNote}
        </p>
      )}
      {conflicts.length > 0 && (
        <ul className="alias-notes small" data-testid="alias-conflicts" role="note">
          {conflicts.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className="alias-notes small" data-testid="alias-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {rebuild.status === 'error' && (
        <p className="error-text" role="alert">
          The dataset could not be rebuilt: {rebuild.message}
        </p>
      )}
      {!rebuildable && !explained && (
        // said up front (not only once a decision is accepted), with the way that works here: an import with the file
        <div className="alias-no-rebuild" data-testid="alias-no-rebuild">
          <p className="muted small">
            {whyNoSources(dataset) !== null ? (
              // an import whose paper lists were not kept: why, and the plain way (its file dropped again)
              <>Apply needs this map&rsquo;s paper lists: {whyNoSources(dataset)}. Import its paper list again with {lines.length > 0 ? 'this' : 'the'} alias file (drop the paper list in)</>
            ) : (
              <>Apply needs this map&rsquo;s paper lists, which are not here: import the paper list with {lines.length > 0 ? 'this' : 'the'} alias file</>
            )}
            {lines.length > 0 ? '' : ' once you accept a decision'} (CLI: <code className="cli-line">npm run build:graph -- &lt;paper list&gt; <span>--aliases</span> <span>{fileBase(dataset)}-aliases.tsv</span></code>).
          </p>
          {lines.length > 0 && importButton}
        </div>
      )}
    </div>
  );
}
