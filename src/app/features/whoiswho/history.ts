/**
 * Back and Forward across an Apply. Applying accepted merges and splits rebuilds the map, and the rebuilt map
 * numbers its authors anew; the history entries made before it (`author=100`) number them as the map without the
 * decisions did, and were read against the rebuilt one (a tester: Back twice after Apply showed Ming Gao's card
 * at `author=100`, Yongjun Li's before, with the map still merged; after one Back the panel said "all applied"
 * while the link said not applied). Now a step to an entry puts back the map that entry belongs to: the lines
 * its `names` parameter says were applied (none: the map as opened), shown at once when that map was drawn in
 * this page (maps.ts), else rebuilt first, the step held meanwhile (url/history-steps.ts) so nothing reads the
 * entry's ids against the other map. Back then undoes an Apply, Forward applies it again.
 *
 * The accepted decisions themselves (verdicts, lines still to apply, undone ones) are the user's work, not a
 * place in history: a step keeps them, and only whether the map shown has them changes ("1 merge accepted, not
 * applied yet" after Back across its Apply); the entry's `names` is rewritten to say so, as a reload reads it.
 */
import { useAtlas } from '../../store';
import { currentAddress, dropHistory, flushHistory, quietHistory } from '../../url/history-writes';
import { guardHistorySteps, replayHistoryStep, type StepVerdict } from '../../url/history-steps';
import { namesOtherDataset, parseUrlState, REVIEW_LIST } from '../../url/url-state';
import type { Dataset } from '../../data/dataset';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { decodeDecisions, NAMES_PARAM } from './decisions-url';
import { mapWith, sameLines } from './maps';
import { mapBuiltWith } from './rebuild';
import { openingRebuilt, useWhoIsWho, withoutUrlWrites, writeDecisions } from './store';

/**
 * The lines the map of the entry with query `search` was built with: those its `names` parameter says were
 * applied, none without the parameter; null when the parameter cannot be read (nothing is done about it then).
 */
export function entryLines(search: string): AliasDecision[] | null {
  const value = new URLSearchParams(search).get(NAMES_PARAM);
  if (!value) return [];
  return decodeDecisions(value)?.lines ?? null;
}

/** Parameters that name things by the numbers of one map (authors, papers, communities). */
const MAP_IDS = ['author', 'paper', 'community', 'comm', 'pair', 'chain', 'ego', 'hide', 'only'];

/** The page's address without its `names` (a verdict given while a map is built is no step away from the entry). */
const placeOf = (address: string) => address.replace(new RegExp(`([?&])${NAMES_PARAM}=[^&#]*&?`), '$1');

/** The entry's `names` says the decisions as they are, and which of them the map shown has. */
function writeEntryDecisions(): void {
  writeDecisions(useWhoIsWho.getState());
}

/**
 * Show `dataset`, the map built with `lines`, for the entry shown: its selection, view and settings, no history
 * entry of its own (the step is one), and the entry's address as it was (opening a map clears the co-author chain,
 * which would take `chain` off it). The page's listeners then read the entry against it.
 */
function showEntryMap(dataset: Dataset, lines: AliasDecision[]): void {
  const address = currentAddress();
  const entryState: unknown = window.history.state;
  const url = parseUrlState(window.location.search);
  quietHistory(() =>
    openingRebuilt(() =>
      withoutUrlWrites(() => {
        // the entry's card (every card is in the URL, the review list too: `review=`)
        useAtlas.getState().openDataset(dataset, { selection: url.selection, view: url.view, settings: url.settings });
        useWhoIsWho.getState().markApplied(lines);
      }),
    ),
  );
  if (currentAddress() !== address) window.history.replaceState(entryState, '', address);
}

let building = false;
/** A step came while a map was built for the one before it. */
let steppedMeanwhile = false;

/**
 * Builds the map of the entry shown (none kept), then shows it and lets the page read the entry (the held step
 * replayed). Another step meanwhile: the map of its entry instead. The page moved on meanwhile (a click, a
 * filter: the address changed with no step): the map shown stays, and the entry says it. A build that fails: the
 * map shown stays, the banner says why (store `rebuild`), and the entry loses the ids it has of the other map.
 */
async function catchUp(): Promise<void> {
  building = true;
  let movedOn = false;
  try {
    for (;;) {
      steppedMeanwhile = false;
      const place = placeOf(currentAddress());
      const lines = entryLines(window.location.search);
      if (lines === null || sameLines(lines, useWhoIsWho.getState().applied)) break;
      const map = await mapBuiltWith(lines);
      if (steppedMeanwhile) continue;
      flushHistory();
      if (placeOf(currentAddress()) !== place) {
        movedOn = true;
        break;
      }
      showEntryMap(map, lines);
      break;
    }
    useWhoIsWho.getState().setRebuild({ status: 'idle' });
  } catch (err) {
    useWhoIsWho.getState().setRebuild({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    const params = new URLSearchParams(window.location.search);
    for (const k of MAP_IDS) params.delete(k);
    // the review list stays open, at its top (its place names authors of the other map)
    if (params.has('review')) params.set('review', REVIEW_LIST);
    const search = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
    // and its `names` the lines of the map shown (read again, the step would build again)
    writeEntryDecisions();
  } finally {
    building = false;
  }
  if (movedOn) writeEntryDecisions();
  else replayHistoryStep();
}

/** Each Back/Forward step, before the page reads its entry (see the module comment). */
function onStep(): StepVerdict {
  if (building) {
    steppedMeanwhile = true;
    dropHistory();
    return 'hold';
  }
  const atlas = useAtlas.getState();
  const who = useWhoIsWho.getState();
  // nothing shown yet, or an Apply under way (its map comes with an entry of its own)
  if (!atlas.dataset || atlas.load.status !== 'ready' || who.rebuild.status === 'running') return 'go';
  // an entry of another dataset: main.tsx opens it
  if (namesOtherDataset(parseUrlState(window.location.search), atlas.source)) return 'go';
  const lines = entryLines(window.location.search);
  if (lines === null) return 'go';
  // entries still queued are for the state this step leaves (UrlController drops them too)
  dropHistory();
  if (!sameLines(lines, who.applied)) {
    const kept = mapWith(lines);
    if (!kept) {
      void catchUp();
      return 'hold';
    }
    showEntryMap(kept, lines);
  }
  writeEntryDecisions();
  return 'go';
}

guardHistorySteps('rebuild', onStep);
