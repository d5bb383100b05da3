/**
 * While the ego view is on: whose network, how far, how many authors (and how many more a co-author chain traced
 * meanwhile shows: the view keeps the chain whole, graph/visibility.ts `AlsoShown`), and the way out (a button and Esc).
 */
import { EscapeLevel, useEscapeLayer } from '../../escape-layers';
import { useAtlas } from '../../store';
import { leaveEgo, showEgo } from './ego';
import { countOf, plural } from '../../format';

export function EgoBanner() {
  const ego = useAtlas((s) => s.filters.ego);
  const dataset = useAtlas((s) => s.dataset);
  // (the authors a co-author chain adds are said apart: they are not of the network)
  const onChain = useAtlas((s) => s.visibility?.alsoShownAuthors ?? 0);
  const shown = useAtlas((s) => s.visibility?.authorCount ?? 0) - onChain;
  // Esc leaves the ego view when nothing above it is open: the view is the lowest Escape layer (escape-layers.ts),
  // so a press that closes a card, the drawer, a menu or a dialog (or is taken by a field) does not also leave it
  useEscapeLayer(ego !== null, EscapeLevel.view, leaveEgo);
  if (!ego || !dataset) return null;
  const name = dataset.bundle.authors.name[ego.author];
  return (
    <div className="ego-banner" role="status" data-testid="ego-banner">
      {/* the long sentence on a wide screen; on a narrow one (network.css) the name, whole (wrapped), and the count
          beside the steps and the way out (at 360×640 the sentence took three lines, "within" alone on one) */}
      <span className="ego-what" title={`Network of ${name}: ${(shown - 1).toLocaleString('en')} other author${shown === 2 ? '' : 's'} within ${countOf(ego.steps, 'step')}`}>
        {/* (the row: on a narrow screen the count's "·" is drawn before it, and hidden when the count starts a line) */}
        <span className="ego-row">
          <span className="ego-long">Network of </span>
          <strong className="ego-name">{name}</strong>
          <span className="ego-long">
            : {(shown - 1).toLocaleString('en')} other author{shown === 2 ? '' : 's'} within
          </span>
          <span className="ego-short">
            {' '}
            <span className="ego-count">{(shown - 1).toLocaleString('en')} others</span>
          </span>
        </span>
      </span>
      <div className="segmented small" role="group" aria-label="Steps from them">
        {([1, 2, 3] as const).map((steps) => (
          <button key={steps} type="button" aria-pressed={ego.steps === steps} onClick={() => showEgo(ego.author, steps)}>
            {steps}
          </button>
        ))}
      </div>
      <span className="ego-steps-word">{plural('step', ego.steps)}</span>
      {onChain > 0 && (
        <span data-testid="ego-chain-note" title={`The co-author chain traced passes through ${countOf(onChain, 'author')} outside this network: shown too`}>
          + {onChain.toLocaleString('en')} on the chain
        </span>
      )}
      <button type="button" className="secondary-button ego-leave" onClick={leaveEgo} data-testid="leave-ego" aria-label="Show everyone" title="Show everyone">
        <span className="ego-long">Show everyone</span>
        <span className="ego-short" aria-hidden="true">
          ×
        </span>
      </button>
    </div>
  );
}
