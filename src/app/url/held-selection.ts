/**
 * The selection a link asks for (`author=`, `paper=`, `pair=`, `comm=`) while its who-is-who decisions
 * (`names=`) are still to be applied: the link's ids are those of the rebuilt map its sender saw, so the map first
 * opens without it and the rebuild (features/whoiswho/restore.ts) selects it (an author or pair card of the map
 * before the rebuild showed someone else until the rebuild was done). Kept here, with no dependency, so the start-up
 * (main.tsx) needs nothing of the who-is-who feature.
 */
import { NAMES_PARAM, type UrlSelection, type UrlSettings } from './url-state';
// loaded with the start-up, so its Back/Forward listener comes before every other (see the file)
import './history-steps';

export { NAMES_PARAM } from './url-state';

let held: UrlSelection | null = null;
let heldSettings: UrlSettings | null = null;

/**
 * The selection of `url` (a page opened, or a step Back/Forward to another dataset's entry: main.tsx) held for the
 * rebuild its `names=` asks for (`search`: the page's query), and taken out of `url` (left as it is without `names=`);
 * its filters and view settings held too (`takeHeldSettings`), left in `url`: the map opens with them, and the rebuilt
 * map they number is opened with them again.
 */
export function holdForNames(url: { selection: UrlSelection | null; settings?: UrlSettings }, search: string): void {
  // one held for a dataset that never opened (its load failed) is not this one's
  held = null;
  heldSettings = null;
  if (!new URLSearchParams(search).get(NAMES_PARAM)) return;
  heldSettings = url.settings ?? null;
  if (!url.selection) return;
  holdSelection(url.selection);
  url.selection = null;
}

/**
 * The filters and view settings of the link whose `names=` the rebuild applies (its numbers, `ego=`, `only=`, are the
 * rebuilt map's), once (null when none): a link's rebuilt map opened without them showed every author and paper (a
 * tester's years= and only= link). Throws nothing.
 */
export function takeHeldSettings(): UrlSettings | null {
  const s = heldSettings;
  heldSettings = null;
  return s;
}

/** Hold `selection` for the rebuild a `names=` link asks for. */
export function holdSelection(selection: UrlSelection | null): void {
  held = selection;
}

/** The held selection, once (null when none): the rebuild, or the page if no rebuild comes, selects it. */
export function takeHeldSelection(): UrlSelection | null {
  const s = held;
  held = null;
  return s;
}
