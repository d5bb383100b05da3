/**
 * The link a user shares: the page's own address, as the URL owner keeps it (url-state.ts: the map, the card, the
 * view, every filter and setting; the who-is-who decisions, the co-author chain and an OpenAlex query written beside
 * them by their owners; and, when the camera is away from what the link would frame by itself, the part of the
 * map shown: `at=`, url/map-place.ts), once every history entry still queued for the frame after a change is written
 * (history-writes.ts `flushHistory`): a click on Share right after a filter change shares that change. Nothing is
 * fetched. What the link can reopen elsewhere is said by `shareReach`.
 */
import { isImportId } from '../data/dataset-ids';
import { QUERY_PARAM_NAMES } from '../../core/openalex/query';
import { flushHistory } from './history-writes';
import { KNOWN_PARAMS } from './url-state';
import { AT_PARAM, formatMapPlace } from './map-place';
import { sigmaOnScreen } from '../graph/sigma-instance';
import { placeToShare } from '../controllers/CameraController';

/**
 * The page's address to share, with every queued history entry written first, without the parameters the app does
 * not read (a link opened as `?data=acl30k` kept its `data=` in the address, so the shared link gave its reader the
 * same "not one this app reads" note: a tester). Throws nothing.
 */
export function shareableLink(): string {
  flushHistory();
  const url = new URL(window.location.href);
  for (const key of [...new Set(url.searchParams.keys())]) if (!KNOWN_PARAMS.includes(key)) url.searchParams.delete(key);
  // where the map is looked at, when the camera is away from what the link frames by itself (a tester shared a
  // zoomed-in region: the link opened on the whole map; another set a year range on the whole map: the link opened
  // on the years' part); the address's own (a link's place, kept while shown) is replaced by where the camera is
  url.searchParams.delete(AT_PARAM);
  const sigma = sigmaOnScreen();
  const place = sigma ? placeToShare(sigma) : null;
  if (place) url.searchParams.set(AT_PARAM, formatMapPlace(place));
  return url.href;
}

/**
 * Whether a link to the map `dataset` (its id, as the URL's `ds=` says it; null for the default map or a
 * `bundle=` path) opens it on another machine: `anywhere` for a map the site serves; `refetch` for a map fetched
 * from OpenAlex (kept in this browser, but its link carries the query: elsewhere it offers to fetch it again,
 * features/openalex/ShareLink.tsx); `this-browser` for a map imported from files (kept in this browser's storage
 * only: the link opens it nowhere else, and says so there: open-imported.ts). `search`: the page's query.
 */
export function shareReach(dataset: string | null, search: string): 'anywhere' | 'refetch' | 'this-browser' {
  if (!isImportId(dataset)) return 'anywhere';
  const params = new URLSearchParams(search);
  return QUERY_PARAM_NAMES.some((k) => params.has(k)) ? 'refetch' : 'this-browser';
}
