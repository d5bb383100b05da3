/**
 * What the reader sees when the page is older than the site (site-updated.ts: a feature's chunk, its JS or its
 * CSS, is gone after a redeploy): one notice at the top of the page, "This page is out of date: the site was
 * updated since it opened." with Reload, and in the place of a feature that could not load the same words with
 * Reload (`SiteUpdatedNote`, shown by PanelBoundary). The rest of the page keeps working; nothing reloads by itself.
 * When the browser was offline as the chunk failed, the words say that instead (`OFFLINE_WORDS`).
 */
import { reloadPage, useSiteUpdated } from '../site-updated';
import { useAtlas } from '../store';
import { Panel } from './Panel';

/** The words, one sentence for the banner and the in-place note alike. */
export const SITE_UPDATED_WORDS = 'This page is out of date: the site was updated since it opened.';
/** The same when the browser was offline as the chunk failed (site-updated.ts `offline`): the network, not the site. */
export const OFFLINE_WORDS = 'Part of this page could not be loaded: the browser was offline. Reload once connected.';

/** The page-wide notice, once any chunk failed, until the reader reloads or closes it. */
export function SiteUpdatedNotice() {
  const failed = useSiteUpdated((s) => s.failed);
  const dismissed = useSiteUpdated((s) => s.dismissed);
  const dismiss = useSiteUpdated((s) => s.dismiss);
  const offline = useSiteUpdated((s) => s.offline);
  if (failed === null || dismissed) return null;
  return (
    <div className="site-updated" role="alert" data-testid="site-updated">
      <p>{offline ? OFFLINE_WORDS : SITE_UPDATED_WORDS}</p>
      <button type="button" className="primary-button" onClick={reloadPage}>
        Reload
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss: keep this page as it is" onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/**
 * In the place of a feature whose chunk could not load (`name`: what it is called for the reader, "Communities"):
 * the notice's words and Reload. `card`: in the details panel's place (a community, a pair, the review list),
 * as a card with its close button.
 */
export function SiteUpdatedNote({ name, card = false }: { name: string; card?: boolean }) {
  const offline = useSiteUpdated((s) => s.offline);
  const words = offline ? OFFLINE_WORDS : SITE_UPDATED_WORDS;
  const reload = (
    <button type="button" className="primary-button" onClick={reloadPage}>
      Reload
    </button>
  );
  if (card)
    return (
      <Panel kicker={name} title={offline ? 'Could not be loaded' : 'Out of date'} onClose={() => useAtlas.getState().select(null)} className="details-panel site-updated-note" testId="site-updated-note">
        <p role="alert">{words}</p>
        {reload}
      </Panel>
    );
  return (
    <section className="panel panel-failed site-updated-note" role="alert" data-testid="site-updated-note">
      <p>
        <strong>{name}</strong>: {words}
      </p>
      {reload}
    </section>
  );
}
