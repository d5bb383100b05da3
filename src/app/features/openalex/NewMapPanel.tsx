/** On narrow screens the top bar has no room for "New map": it is offered at the top of the drawer instead (CSS decides which shows). */
import { Panel } from '../../panels/Panel';
import { useNewMap } from './store';

export function NewMapPanel() {
  const openDialog = useNewMap((s) => s.openDialog);
  return (
    <Panel kicker="OpenAlex" title="Start from a researcher" className="newmap-panel" testId="newmap-panel">
      <p className="muted small newmap-panel-text">No paper list at hand? Fetch a researcher's works from OpenAlex and map their collaborations.</p>
      <button type="button" className="secondary-button newmap-panel-button" onClick={() => openDialog()}>
        New map from OpenAlex
      </button>
    </Panel>
  );
}
