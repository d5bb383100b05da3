/** While the ego view is on: whose network, how far, how many authors, and the way out (a button and Esc). */
import { useEffect } from 'react';
import { useAtlas } from '../../store';
import { leaveEgo, showEgo } from './ego';
import { plural } from '../../format';

export function EgoBanner() {
  const ego = useAtlas((s) => s.filters.ego);
  const dataset = useAtlas((s) => s.dataset);
  const shown = useAtlas((s) => s.visibility?.authorCount ?? 0);
  // Esc with nothing selected leaves the ego view; a press that closes a card (or the drawer, or is taken
  // by a field or menu) does not: whether something was open is noted before anyone handles the press
  useEffect(() => {
    if (!ego) return;
    let somethingOpen = false;
    const before = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const { selection, drawerOpen } = useAtlas.getState();
      somethingOpen = selection !== null || drawerOpen;
    };
    const after = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !somethingOpen) leaveEgo();
    };
    window.addEventListener('keydown', before, { capture: true });
    window.addEventListener('keydown', after);
    return () => {
      window.removeEventListener('keydown', before, { capture: true });
      window.removeEventListener('keydown', after);
    };
  }, [ego]);
  if (!ego || !dataset) return null;
  const name = dataset.bundle.authors.name[ego.author];
  return (
    <div className="ego-banner" role="status" data-testid="ego-banner">
      <span>
        Network of <strong>{name}</strong>: {(shown - 1).toLocaleString('en')} other author{shown === 2 ? '' : 's'} within
      </span>
      <div className="segmented small" role="group" aria-label="Steps from them">
        {([1, 2, 3] as const).map((steps) => (
          <button key={steps} type="button" aria-pressed={ego.steps === steps} onClick={() => showEgo(ego.author, steps)}>
            {steps}
          </button>
        ))}
      </div>
      <span>{plural('step', ego.steps)}</span>
      <button type="button" className="secondary-button" onClick={leaveEgo} data-testid="leave-ego">
        Show everyone
      </button>
    </div>
  );
}
