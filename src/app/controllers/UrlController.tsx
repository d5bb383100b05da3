/**
 * Keeps the selection, view, filters and view settings in the URL (url/url-state.ts): a user's choice of
 * selection or view pushes a history entry, a filter or setting change replaces the current one (a slider
 * dragged is one entry, not fifty), another dataset opened over one on screen pushes one too; Back/Forward
 * restore the selection and view (another dataset's entry is opened by main.tsx); a reload or a copied link
 * opens the same state. The review list is a card like the others (`review=`): opening it pushes an entry, a move
 * inside it (the pair the user acts on) replaces the entry. Each entry keeps the search field's text in its
 * `history.state` (url/history-writes.ts `EntryState`): a step puts it back, so the field follows history.
 */
import { useEffect } from 'react';
import { egoCameraTarget, selectedNode, type AtlasState } from '../store/types';
import { linkFraming, useAtlas } from '../store';
import type { Ego } from '../graph/visibility';
import { heldFlag } from '../held-flag';
import { currentAddress, dropHistory, entrySearch, queueHistory, shownEntry, type EntryState } from '../url/history-writes';
import { cameraLeftWith } from './CameraController';
import { namesOtherDataset, parseUrlState, sameUrlCard, sameUrlSelection, toSearch, urlSelection } from '../url/url-state';

/** The page's path + query + hash for `state`, keeping the parameters of `search` that are not the store's. */
function urlOf(state: AtlasState, search = window.location.search): string {
  const next = toSearch(
    { dataset: state.source.dataset, bundle: state.source.bundle, selection: urlSelection(state.selection), view: state.view },
    search,
    { filters: state.filters, sizeBy: state.sizeBy, colorBy: state.colorBy, communityCount: state.dataset?.bundle.communities.length ?? 0 },
  );
  return `${window.location.pathname}${next}${window.location.hash}`;
}

/** Whether the query `search` names the dataset `source` (`ds=` or `bundle=`, not the default by omission). */
function namesDataset(search: string, source: AtlasState['source']): boolean {
  const url = parseUrlState(search);
  return (url.dataset !== null || url.bundle !== null) && !namesOtherDataset(url, source);
}

/** Held while a step Back/Forward puts back the ego view of its entry: onPop writes that entry itself. */
const restoringEgo = heldFlag();

/** Whether two ego views (or none) are the same. */
const sameEgo = (a: Ego | null, b: Ego | null): boolean => a === b || (a !== null && b !== null && a.author === b.author && a.steps === b.steps);

/** What the entry written now keeps beside its URL: the search field's text. */
const entryState = (): EntryState => ({ search: useAtlas.getState().query });

export function UrlController() {
  useEffect(() => {
    const unsubscribe = useAtlas.subscribe((state, prev) => {
      if (state.load.status !== 'ready' || restoringEgo.held()) return;
      const selection = urlSelection(state.selection);
      const before = urlSelection(prev.selection);
      const moved = !sameUrlCard(selection, before) || state.view !== prev.view || state.dataset !== prev.dataset;
      // the same card at another place (the review list at the pair acted on): the entry is replaced
      const placed = !moved && !sameUrlSelection(selection, before);
      const settings = state.filters !== prev.filters || state.sizeBy !== prev.sizeBy || state.colorBy !== prev.colorBy;
      if ((!moved && !placed && !settings) || ((moved || placed) && state.origin === 'history')) return;
      // another dataset opened over one on screen (the switcher, an import) is a step Back can undo
      // (not the dataset of the entry shown opened by a step Back or Forward to it, main.tsx: that entry is the step;
      // pushing one more lost Forward)
      const switched =
        state.dataset !== prev.dataset &&
        prev.dataset !== null &&
        !(state.dataset?.id !== prev.dataset.id && namesDataset(window.location.search, state.source));
      // entering, changing or leaving the ego view on the map shown is a step of its own, as a card is: Back leaves
      // it (a filter that replaced the entry kept the ego view on Back and wrote it into the entries before)
      const egoStep = state.dataset === prev.dataset && !sameEgo(state.filters.ego, prev.filters.ego);
      // written at the end of this task (url/history-writes.ts): a step Back taken at once undoes this change
      queueHistory((moved && state.origin === 'user') || switched || egoStep, (search) => urlOf(state, search), entryState);
    });
    const onPop = () => {
      // entries still queued (a change in the task of the step) are for the state this step leaves
      dropHistory();
      const url = parseUrlState(window.location.search);
      const store = useAtlas.getState();
      // an entry of another dataset: main.tsx opens it (rewriting this URL now would put the old one back)
      if (namesOtherDataset(url, store.source)) return;
      if (url.view !== store.view) store.setView(url.view, 'history');
      // the entry's filters and view settings too: a filter change replaces its entry, so Back to an entry shows it
      // as it was left, not its view beside the filters of the entry stepped from (written as shown, below)
      restoringEgo.during(() => useAtlas.getState().restoreSettings(url.settings));
      // the entry's ego view (or none), when it names an author of this map
      const ego = url.settings.filters.ego ?? null;
      const egoShown = (e: Ego | null): e is Ego => e !== null && store.dataset !== null && e.author < store.dataset.bundle.authors.name.length;
      if (!sameUrlSelection(url.selection, urlSelection(store.selection))) {
        // a card that comes back comes back with the camera it was left with (the user's zoom and drag, or the
        // framing it opened with) while that camera still shows its author or paper (`keep`); else, and where no
        // camera was noted, it is framed as its link opens it (linkFraming: its author or paper with their
        // neighbours, its community, or what the filters leave shown). (Outside the ego view; CameraController notes
        // each entry's camera as it is left.) Framing a card left unmoved anew moved the map on Forward (McKeown →
        // Neubig on the 30k map: 10 % of zoom, framing-30k).
        // It gave back every camera noted, the app's framing too, so a card whose author the user had dragged out
        // of sight came back with the map pointing elsewhere (a tester: Back "does not frame" the author)
        const left = url.selection !== null && !egoShown(ego) ? cameraLeftWith(shownEntry()) : null;
        // in an ego view a card that comes back keeps its network framed (below), as entering the view framed it:
        // the card's own close-up (ratio 0.175 on the 30k map) cut most of the network off the screen
        store.select(url.selection, { origin: 'history', moveCamera: false });
        const now = useAtlas.getState();
        const node = selectedNode(now.selection);
        if (egoShown(ego)) {
          if (url.selection !== null && sameEgo(ego, now.filters.ego) && now.visibility) now.moveCamera(egoCameraTarget(ego.author, now.visibility.author));
        } else if (now.selection !== null && now.selection.kind !== 'pair' && now.dataset && now.visibility) {
          // (a pair's card frames its two authors and their papers itself as it opens: features/pair/PairPanel.tsx)
          const framing = linkFraming(now.dataset.bundle, now.filters, now.visibility, now.selection);
          // (a camera the user left a card with, given back only while it shows the card's author or paper: `keep`)
          now.moveCamera(left ? { kind: 'camera', state: left.state, ...(node && framing.kind === 'node' ? { keep: node } : {}) } : framing);
        }
      }
      const current = useAtlas.getState();
      if (!sameEgo(ego, current.filters.ego) && (ego === null || egoShown(ego))) {
        restoringEgo.during(() => current.setEgo(ego));
        // a step into an ego view frames its network, as entering it from the card does (it stayed at the map's
        // camera: on a phone the network lay under the bottom sheet, the strip above it blank); a step out of it
        // goes back to the camera of before it (CameraController `useCameraReturn`)
        const visibility = useAtlas.getState().visibility;
        if (ego && visibility) useAtlas.getState().moveCamera(egoCameraTarget(ego.author, visibility.author));
      }
      // the search field shows the text it showed with this entry (none for an entry without it): the text typed
      // for another step no longer stands beside this one's card
      const search = entrySearch(window.history.state);
      if (useAtlas.getState().query !== search) useAtlas.getState().setQuery(search);
      // the entry stepped to may carry older settings: it now says the ones shown
      const now = urlOf(useAtlas.getState());
      if (now !== currentAddress()) window.history.replaceState(window.history.state, '', now);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return null;
}
