/**
 * Keeps the selection and view in the URL: a user's choice pushes a history entry, Back/Forward
 * restore the selection, a reload or a copied link opens the same state.
 */
import { useEffect } from 'react';
import { sameRef } from '../graph/node-keys';
import { useAtlas } from '../store';
import { selectedNode } from '../store/types';
import { parseUrlState, toSearch } from '../url/url-state';

export function UrlController() {
  useEffect(() => {
    const unsubscribe = useAtlas.subscribe((state, prev) => {
      if (state.load.status !== 'ready') return;
      const changed =
        !sameRef(selectedNode(state.selection), selectedNode(prev.selection)) || state.view !== prev.view || state.dataset !== prev.dataset;
      if (!changed || state.origin === 'history') return;
      const search = toSearch(
        { dataset: state.source.dataset, bundle: state.source.bundle, selection: selectedNode(state.selection), view: state.view },
        window.location.search,
      );
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (state.origin === 'user') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onPop = () => {
      const url = parseUrlState(window.location.search);
      const store = useAtlas.getState();
      if (url.view !== store.view) store.setView(url.view, 'history');
      if (!sameRef(url.selection, selectedNode(store.selection))) store.select(url.selection, { origin: 'history' });
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return null;
}
