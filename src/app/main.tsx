// styles first, so the features' own files (imported by their components) come after the shared ones
import '@react-sigma/core/lib/style.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './debug';
import { openAtStart } from './features/import/open-imported';
import { parseUrlState } from './url/url-state';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void openAtStart(parseUrlState(window.location.search));
