// styles first, so the features' own files (imported by their components) come after the shared ones
import '@react-sigma/core/lib/style.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './debug';
import { openAtStart } from './features/import/open-imported';
import { useAtlas } from './store';
import { namesOtherDataset, parseUrlState } from './url/url-state';
import { holdForNames } from './url/held-selection';
import { watchChunkFailures } from './site-updated';

// a chunk the site no longer has (a redeploy since the page opened) is said on the page (site-updated.ts)
watchChunkFailures();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// a link with who-is-who decisions names the selection by the rebuilt map's ids: it waits for that rebuild
const atStart = parseUrlState(window.location.search);
holdForNames(atStart, window.location.search);
void openAtStart(atStart);

// Back or Forward to an entry of another dataset (a switch pushed one: UrlController) opens that dataset with the
// entry's selection and view; within one dataset UrlController restores them
window.addEventListener('popstate', () => {
  const url = parseUrlState(window.location.search);
  if (!namesOtherDataset(url, useAtlas.getState().source)) return;
  // its `names=` decisions are taken up as at start-up (features/whoiswho/restore.ts): the selection waits for them
  holdForNames(url, window.location.search);
  void openAtStart(url);
});
