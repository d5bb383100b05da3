import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openFromUrl } from './data/open-dataset';
import './debug';
import { useAtlas } from './store';
import './styles/app.css';
import { parseUrlState } from './url/url-state';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void openFromUrl(parseUrlState(window.location.search), useAtlas.getState());
