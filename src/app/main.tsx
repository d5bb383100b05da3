import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './debug';
import { openAtStart } from './features/import/open-imported';
import './styles/app.css';
import { parseUrlState } from './url/url-state';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void openAtStart(parseUrlState(window.location.search));
