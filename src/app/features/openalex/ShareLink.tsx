/**
 * A map fetched from OpenAlex carries its query in the page's address (`oa=author:A…`, `oa-from`, `oa-to`,
 * `oa-depth`, `oa-name`), so a copied link says what it shows. Opened where that map is not at hand, the
 * link OFFERS to fetch it again; nothing is fetched until the user says so.
 */
import { useEffect, useState } from 'react';
import { describeQuery, QUERY_PARAM_NAMES, queryFromParams, queryToParams, querySpec, type OpenAlexQuery } from '../../../core/openalex/query';
import { useAtlas } from '../../store';
import { replaceQuery } from '../../url/history-writes';
import { useImport } from '../import/import-store';
import { useNewMap } from './store';
import { loadSettings } from './settings';

/**
 * The server the offer's fetch would ask, as a host ("api.openalex.org", "127.0.0.1:5301"), and whether the link
 * itself chose it (`?openalex=`); `problem` when the link's address cannot be used.
 */
export function offerServer(): { host: string; fromLink: boolean; problem: string | null } {
  const s = loadSettings();
  let host = s.base;
  try {
    host = new URL(s.base).host;
  } catch {
    // shown as written
  }
  return { host, fromLink: s.baseFromUrl, problem: s.baseProblem };
}

function offeredAtStart(): OpenAlexQuery | null {
  try {
    return queryFromParams(new URLSearchParams(window.location.search));
  } catch {
    return null; // a damaged link offers nothing
  }
}

const initialOffer = offeredAtStart();

const same = (a: OpenAlexQuery | null | undefined, b: OpenAlexQuery | null | undefined) =>
  !!a && !!b && querySpec(a) === querySpec(b) && a.fromYear === b.fromYear && a.toYear === b.toYear && a.depth === b.depth;

/** The page's query edited by `edit`, on the entry of the map shown (the map just opened pushes one: `replaceQuery`). */
function replaceParams(edit: (p: URLSearchParams) => void): void {
  replaceQuery((search) => {
    const params = new URLSearchParams(search);
    const before = params.toString();
    edit(params);
    const after = params.toString();
    // unchanged: the query as it is (no rewrite of its spelling)
    return after === before ? search : after ? `?${after}` : '';
  });
}

/** The banner offering to fetch a shared map again, and the address kept in step with the map shown. */
export function OpenAlexShareLink() {
  const datasetId = useAtlas((s) => s.dataset?.id ?? null);
  const shown = useImport((s) => s.imported.find((m) => m.id === datasetId)?.fetched?.query ?? null);
  const [offer, setOffer] = useState<OpenAlexQuery | null>(initialOffer);

  useEffect(() => {
    if (shown) {
      replaceParams((p) => queryToParams(shown, p));
      if (same(shown, offer)) setOffer(null);
    } else if (!offer) replaceParams((p) => QUERY_PARAM_NAMES.forEach((k) => p.delete(k)));
  }, [shown, offer, datasetId]);

  if (!offer || same(offer, shown)) return null;
  const dismiss = () => {
    setOffer(null);
    replaceParams((p) => QUERY_PARAM_NAMES.forEach((k) => p.delete(k)));
  };
  const server = offerServer();
  return (
    <div className="newmap-offer" role="region" aria-label="Shared OpenAlex map" data-testid="openalex-offer">
      <p>
        This link is a map fetched from OpenAlex, not kept in this browser: <strong>{describeQuery(offer)}</strong>. Fetch it again{' '}
        {server.problem ? (
          <>
            ? The OpenAlex address (<code>{server.host}</code>) cannot be used: the dialog says why.
          </>
        ) : (
          <>
            from <strong data-testid="openalex-offer-host">{server.host}</strong>
            {server.fromLink ? ' (the server the link names)' : ''}?
          </>
        )}
      </p>
      <div className="newmap-offer-actions">
        <button type="button" className="secondary-button" onClick={dismiss} data-testid="openalex-offer-dismiss">
          Not now
        </button>
        <button
          type="button"
          className="primary-button"
          data-testid="openalex-offer-fetch"
          onClick={() => {
            setOffer(null);
            useNewMap.getState().openDialog(offer);
            void useNewMap.getState().start(offer);
          }}
        >
          Fetch from OpenAlex
        </button>
      </div>
    </div>
  );
}
