/**
 * When a dataset opens (the page's first, one chosen in the switcher, or the dataset of an entry stepped to with
 * Back/Forward), its who-is-who decisions are taken up again: those the entry's URL keeps (`?names=…`, see
 * decisions-url.ts: a reload, a shared link, a step Back), else those kept for it in this tab (kept-decisions.ts:
 * the dataset opened again after another). The review verdicts and the accepted alias lines return and, when the
 * paper lists are at hand, the dataset is rebuilt with the lines that were applied, selecting what the URL selected;
 * lines accepted but not applied yet (and applied ones taken back) stay to be applied. Nothing is dropped without a
 * word: decisions that cannot be read apply nothing and the notice says so; so does a line naming no author of the
 * map (`linesInMap`), and when no line is left the map is not rebuilt. Decisions brought back from the tab are said
 * too (the link the user opened had none).
 *
 * The page's first map (an address typed, pasted, followed, reloaded) is the one its address says: a tab's decisions
 * are not taken up for an address without `names=` then, the notice offers them ("Apply my decisions"). Every
 * address that showed decisions carries them (`names=` is written as they are taken up or made), so a reload, and
 * Back to a page left, bring them back by their address; a link of someone else's opened in this tab showed this
 * tab's decisions as if the link had them (a tester: 112 authors for a link of the 109-author map). Within the page
 * (the switcher, Back/Forward to another dataset's entry without `names=`) they are taken up as before.
 *
 * Whether a rebuild comes is told to the co-author chain (decisions-url.ts `decisionsTakenUp`): a link's chain waits
 * for the rebuilt map, or is traced on the one shown when none comes (only decisions not applied yet, none readable,
 * no paper lists at hand: its chain was never traced).
 */
import { useAtlas } from '../../store';
import { decisionsTakenUp, decodeDecisions, NAMES_PARAM, type SavedDecisions } from './decisions-url';
import { applyAliasLines, canRebuild, wasOpenedKept } from './rebuild';
import { holdingUrl, isOpeningRebuilt, sameLine, setLinkLines, useWhoIsWho } from './store';
import { acceptedKeeps, conflictText, decisionsNotInMap, lineConflicts } from './merge-groups';
import { mergeKey } from '../../../core/names/merge-key';
import { takeHeldSelection, takeHeldSettings } from '../../url/held-selection';
import { linesInMap } from './lines-in-map';
import { whyNoSources } from '../../data/dataset-sources';
import { datasetKey, declineOffer, keptDecisions, offerDeclined } from './kept-decisions';
import { asOpenedOf, mapWith } from './maps';
import { forgetOtherVersions } from './kept-open';
// Back/Forward across an Apply show the map of the entry stepped to
import './history';

type AtlasState = ReturnType<typeof useAtlas.getState>;

/**
 * Decisions to take up for a dataset: `saved` (null: they could not be read), and where they come from: the page's
 * link (`link`) or what this tab kept for the dataset (`tab`).
 */
interface ToTakeUp {
  saved: SavedDecisions | null;
  from: 'link' | 'tab';
}

/** The notice a sentence goes into (the page's link note), after what it says already. */
function say(note: string): void {
  const { linkNote } = useAtlas.getState();
  useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${note}` : note });
}

/** The decisions the dataset open in `state` is to take up (null: none), read from the page's URL or the tab. */
export function decisionsFor(state: Pick<AtlasState, 'dataset' | 'source'>, search: string): ToTakeUp | null {
  const value = new URLSearchParams(search).get(NAMES_PARAM);
  if (value) return { saved: decodeDecisions(value), from: 'link' };
  const key = state.dataset ? datasetKey(state.dataset.id, state.source.bundle) : null;
  if (key === null) return null;
  const kept = keptDecisions(key);
  if (kept.unread) return { saved: null, from: 'tab' };
  return kept.saved ? { saved: kept.saved, from: 'tab' } : null;
}

/** Said when the tab's kept decisions for the dataset cannot be read (a damaged stored value). */
const TAB_UNREADABLE = 'The who-is-who decisions kept in this tab for this dataset could not be read: no merge or split from them is applied.';

/** Take `todo` up on the dataset open (ready) in `state`. */
function takeUp(state: AtlasState, todo: ToTakeUp): void {
  const dataset = state.dataset!;
  // what the link selected, held until now (main.tsx: its ids are the rebuilt map's)
  const asked = takeHeldSelection();
  // (and its filters and view settings: the rebuilt map opens with them)
  const settings = todo.from === 'link' ? takeHeldSettings() : null;
  const selectNow = () => asked && state.select(asked, { origin: 'load' });
  const { saved } = todo;
  if (!saved) {
    // a `names` value that cannot be read (cut short, edited), or a tab's stored one damaged: nothing is applied
    say(
      todo.from === 'link'
        ? 'This link’s who-is-who decisions could not be read (the link may have been cut short): no merge or split from it is applied.'
        : TAB_UNREADABLE,
    );
    selectNow();
    decisionsTakenUp(dataset, false);
    return;
  }
  const { pending: notApplied = [], dropped = [], decisions } = saved;
  // said once the map is shown (opening the rebuilt map clears the note)
  const notes: string[] = [];
  // lines naming no author of this map (a link made on another map) would rebuild it for nothing: a 30k map's
  // rebuild took 81 s to say "no author … line not applied". They are said here and left out.
  // (checked on the map as opened: a link's map kept in this browser may be shown in its place, kept-open.ts)
  const asOpened = asOpenedOf(dataset);
  const { applies: lines, missing } = linesInMap(asOpened.bundle, saved.lines);
  if (missing.length > 0) {
    const shown = [...new Set(missing.map((l) => l.variant))];
    const names = `${shown.slice(0, 3).map((n) => `“${n}”`).join(', ')}${shown.length > 3 ? ` and ${shown.length - 3} more` : ''}`;
    const of = todo.from === 'link' ? 'of this link' : 'kept in this tab';
    notes.push(
      `${missing.length === 1 ? 'One who-is-who line' : `${missing.length} who-is-who lines`} ${of} name${missing.length === 1 ? 's' : ''} no author of this map (${names}): not applied${lines.length === 0 ? ', and the map is shown as it is' : ''}.`,
    );
  }
  // decisions about names this map does not have (a link made on another dataset): said at once, before any Apply
  // (they loaded as "63 merges and 1 split accepted, not applied yet" without a word, a tester)
  if (missing.length === 0) {
    const keys = new Set<string>();
    const { name, aliases } = asOpened.bundle.authors;
    for (let i = 0; i < name.length; i++) {
      keys.add(mergeKey(name[i]!));
      for (const a of aliases[i] ?? []) keys.add(mergeKey(a));
    }
    const away = decisionsNotInMap(saved, (n) => keys.has(mergeKey(n)));
    if (away.missing > 0) {
      const of = todo.from === 'link' ? 'this link’s' : 'the';
      const kept = todo.from === 'link' ? '' : ' kept in this tab';
      const names = `${away.names.map((n) => `“${n}”`).join(', ')}${away.missing > away.names.length ? ' …' : ''}`;
      notes.push(
        away.missing === away.of
          ? `None of ${of} ${away.of} who-is-who ${away.of === 1 ? 'decision' : 'decisions'}${kept} names an author of this map (${names}): ${todo.from === 'link' ? 'the link may have been made on another dataset, and ' : ''}applying them would change nothing.`
          : `${away.missing} of ${of} ${away.of} who-is-who decisions${kept} name no author of this map (${names}): they would change nothing here.`,
      );
    }
  }
  // one spelling given to two people by the lines (a hand-edited link): one line applied, said which
  for (const c of lineConflicts([...saved.lines, ...notApplied], acceptedKeeps(decisions)).conflicts) notes.push(conflictText(c));
  if (todo.from === 'link') setLinkLines(saved.lines);
  const accepted = [...lines.filter((l) => !dropped.some((x) => sameLine(l, x))), ...notApplied];
  // the user opened a dataset with no decisions in its link: say where the ones shown come from
  const fromTab = todo.from === 'tab' && (accepted.length > 0 || lines.length > 0 || Object.keys(decisions).length > 0);
  const tabNote = (applied: boolean) =>
    `Your who-is-who decisions on this dataset, kept in this tab, are back${applied ? ': the merges and splits applied before are applied again' : ''} (Review names lists them; the alias file keeps them for good).`;
  if (lines.length > 0 && canRebuild(dataset, state.datasets)) {
    // a link's selection numbers the rebuilt map (held); one of the map as opened (no `names=` in its entry) goes over
    // by the author's name, the review list at its top (a place or a card by number would name someone else), and so
    // does its co-author chain (`byNames`)
    const shown = state.selection;
    const focus = todo.from === 'tab' && shown?.kind === 'author' ? (dataset.bundle.authors.name[shown.index] ?? null) : null;
    const selection = todo.from === 'link' ? (asked ?? shown) : shown?.kind === 'review' ? { kind: 'review' as const } : null;
    // the map of these lines shown already (kept in this browser, opened at start-up in its place): no rebuild comes,
    // the link's chain is traced on it
    decisionsTakenUp(dataset, mapWith(lines) !== dataset);
    void holdingUrl(() => {
      useWhoIsWho.setState({ aliasLines: accepted, decisions });
      return applyAliasLines(focus, { selection, lines, byNames: todo.from === 'tab', settings });
    }).then((problem) => {
      if (fromTab) notes.push(tabNote(problem === null));
      // the map as rebuilt before, kept in this browser, opened without a rebuild: said, short
      const now = useAtlas.getState().dataset;
      const done = useWhoIsWho.getState().rebuild;
      if (problem === null && now && wasOpenedKept(now) && done.status === 'idle' && done.done?.dataset === now) notes.push(done.done.text);
      if (problem !== null && useAtlas.getState().dataset === dataset) {
        // the map as opened stays: said in the link's note too (the banner over the map can be dismissed), with what
        // of the link is not shown (a card it names numbers the rebuilt map); the link's chain is traced on this map,
        // with a sentence of its own (chain/store.ts)
        const whose = todo.from === 'link' ? 'This link’s' : 'The';
        // (the review list opens, at its top: a place in it names authors of the rebuilt map)
        if (todo.from === 'link' && asked?.kind === 'review') useAtlas.getState().select({ kind: 'review' }, { origin: 'load' });
        const card = todo.from === 'link' && asked && asked.kind !== 'review' ? ' The card it names is not opened: its number is the rebuilt map’s.' : '';
        notes.push(`${whose} merges and splits of names are not applied: the map could not be rebuilt (${problem.replace(/\.$/, '')}).${card}`);
      }
      notes.forEach(say);
      if (problem !== null) decisionsTakenUp(dataset, false, true);
    });
  } else {
    if (fromTab) notes.push(tabNote(false));
    // applied decisions on an import whose paper lists were not kept: said, with what to do (the map shown had none)
    const whyNot = whyNoSources(asOpened);
    if (lines.length > 0 && whyNot !== null) {
      const whose = todo.from === 'link' ? 'This link’s' : 'Your';
      notes.push(
        `${whose} merges and splits of names are not applied: ${whyNot}, so it cannot be rebuilt here. To apply them, import its paper list again with them: Review names › “Import the paper list with this alias file”, then drop the paper list in.`,
      );
    }
    // nothing to rebuild (or no paper lists here): every accepted line is still to apply; written into the entry
    // (decisions from the tab were in no link)
    useWhoIsWho.setState({ aliasLines: accepted, decisions });
    selectNow();
    notes.forEach(say);
    decisionsTakenUp(dataset, false);
  }
}

/**
 * Says on the page's first map, opened from an address without `names=`, that this tab keeps decisions on its
 * dataset (`todo`, from the tab) not applied, with a button that takes them up as the switcher does: named "Apply my
 * decisions" when that rebuilds the map (merges or splits applied before, the paper lists at hand), else "Put my
 * decisions back in the review list" (it applied nothing then, under the name "Apply my decisions": a tester).
 * Dismissed (×), the same decisions are not offered again on this dataset in this tab (`declineOffer`).
 */
function offer(todo: ToTakeUp): void {
  const state = useAtlas.getState();
  const dataset = state.dataset;
  const key = dataset ? datasetKey(dataset.id, state.source.bundle) : null;
  const saved = todo.saved;
  if (saved && key !== null && offerDeclined(key, saved)) return;
  say(
    saved
      ? 'Your who-is-who decisions on this dataset, kept in this tab, are not applied: this link has none, and the map is shown as the link says.'
      : TAB_UNREADABLE,
  );
  if (!saved || !dataset) return;
  const rebuilds = linesInMap(dataset.bundle, saved.lines).applies.length > 0 && canRebuild(dataset, state.datasets);
  useAtlas.setState({
    linkNoteAction: {
      label: rebuilds ? 'Apply my decisions' : 'Put my decisions back in the review list',
      run: () => {
        const now = useAtlas.getState();
        // (the button goes with the note when another map opens: this is the map it was offered on)
        if (now.dataset === dataset && now.load.status === 'ready') takeUp(now, todo);
      },
      onDismiss: () => {
        if (key !== null) declineOffer(key, saved);
      },
    },
  });
}

/**
 * Take up the decisions of the dataset open now, if it is shown and has any (else the held selection is selected);
 * `first`: the page's first map, which takes up a link's decisions only (a tab's are offered: `offer`).
 */
function takeUpOpen(first: boolean): void {
  const state = useAtlas.getState();
  if (!state.dataset || state.load.status !== 'ready') return;
  // the maps kept in this browser from another version of this paper list (a served map built again) go
  forgetOtherVersions(asOpenedOf(state.dataset), state.source.bundle);
  const todo = decisionsFor(state, window.location.search);
  // a link's decisions, or the tab's after the first map: taken up (takeUp selects what the link asked)
  if (todo && !(first && todo.from === 'tab')) return takeUp(state, todo);
  const asked = takeHeldSelection();
  if (asked) state.select(asked, { origin: 'load' });
  // the tab's, on the first map of an address without them: offered
  if (todo) offer(todo);
}

if (typeof window !== 'undefined') {
  // the dataset open when this module loads (after the first frame: feature-chunks.tsx), or the first one once shown
  let first = true;
  if (useAtlas.getState().dataset && useAtlas.getState().load.status === 'ready') {
    first = false;
    takeUpOpen(true);
  }
  useAtlas.subscribe((state, prev) => {
    const opened = state.dataset !== prev.dataset || (first && state.load.status === 'ready' && prev.load.status !== 'ready');
    if (!opened || !state.dataset || state.load.status !== 'ready') return;
    if (isOpeningRebuilt() || useWhoIsWho.getState().rebuild.status === 'running') return;
    const firstMap = first;
    first = false;
    const dataset = state.dataset;
    // after every listener of this change: the switcher's history entry is queued first (UrlController), so the
    // decisions written go on the new entry, never on the one of the dataset left
    queueMicrotask(() => {
      if (useAtlas.getState().dataset === dataset) takeUpOpen(firstMap);
    });
  });
}
