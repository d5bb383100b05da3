/** What "New map from OpenAlex" adds on top of the explorer (mounted even on the error screen): the dialog and the share-link offer. */
import { NewMapDialog } from './NewMapDialog';
import { OpenAlexShareLink } from './ShareLink';
import { useNewMap } from './store';
import './openalex.css';

declare global {
  interface Window {
    /** For tests (read-only use). */
    __atlasNewMap?: typeof useNewMap;
  }
}
window.__atlasNewMap = useNewMap;

export function OpenAlexLayer() {
  return (
    <>
      <NewMapDialog />
      <OpenAlexShareLink />
    </>
  );
}
