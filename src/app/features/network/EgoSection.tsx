/** The author card's "only their network" control: this author and everyone within 1, 2 or 3 co-author steps. */
import { useAtlas } from '../../store';
import { leaveEgo, showEgo } from './ego';
import { plural } from '../../format';
import { lowerSheet } from '../../panels/SheetHandle';

export function EgoSection({ author }: { author: number }) {
  const ego = useAtlas((s) => s.filters.ego);
  const mine = ego?.author === author;
  return (
    <div className="ego-section" data-testid="ego-section">
      <span className="ego-label">{mine ? 'Showing only their network:' : 'Show only their network:'}</span>
      <div className="segmented small" role="group" aria-label="Show only this author's network, steps">
        {([1, 2, 3] as const).map((steps) => (
          <button
            key={steps}
            type="button"
            aria-pressed={mine && ego?.steps === steps}
            title={steps === 1 ? 'Their co-authors' : `Up to ${steps} co-author steps away`}
            onClick={() => {
              // on a phone the sheet goes down to its peek, the network framed in the map above it
              lowerSheet();
              showEgo(author, steps);
            }}
          >
            {steps} {plural('step', steps)}
          </button>
        ))}
      </div>
      {mine && (
        <button type="button" className="text-button" onClick={leaveEgo}>
          Show everyone
        </button>
      )}
    </div>
  );
}
