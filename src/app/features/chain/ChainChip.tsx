/**
 * A chip on the map saying a co-author chain is drawn, what it is and whether it is in doubt, with a button that
 * clears it: on narrow screens the chain panel lives in the filters drawer, and a shared link such as
 * `?ds=acl30k&chain=1859.3579` drew a line across the map between two named ends with nothing on screen saying what
 * it was, nor that its step through Fei Liu (flagged as maybe several people) may pass from one person to another
 * (the panel's ⚑ note, in the closed drawer). Two authors no chain links: it says so ("No chain: A and B are not
 * connected"), their two discs being marked with no line. A tap on its words opens the drawer at the chain panel. Shown on
 * narrow screens only, as the filters chip (styles/canvas-overlay.css `.map-chip`: on the desktop the sidebar with the
 * chain panel is in view); stacked under the filters chip when both are shown (App.tsx `.map-chips`); not in the ego
 * view (its banner holds the top). Until the chain's names are checked it says "checking names…", then ⚑ or nothing.
 */
import { useAtlas } from '../../store';
import { openSidebarAt } from '../../sidebar-at';
import { useChain, type ChainState } from './store';
import type { CoauthorChain } from '../../../core/queries/chains';
import './chain.css';

/**
 * The chip's words for `chain` (author indices into `names`, the bundle's display names): its two ends, whether
 * authors come in between (written "…"), and its length, e.g. { first: "Logan Lebanoff", last: "Trevor Cohn",
 * between: true, length: "2 steps" }, read "Chain: Logan Lebanoff → … → Trevor Cohn · 2 steps"; two direct
 * co-authors read "Chain: A → B · 1 step". Text, never HTML. Pure; throws nothing.
 */
export function chainChipWords(chain: Pick<CoauthorChain, 'authors' | 'steps'>, names: readonly string[]): { first: string; last: string; between: boolean; length: string } {
  const steps = chain.steps.length;
  return {
    first: names[chain.authors[0]!] ?? '',
    last: names[chain.authors[chain.authors.length - 1]!] ?? '',
    between: steps > 1,
    length: `${steps} ${steps === 1 ? 'step' : 'steps'}`,
  };
}

/** Open the filters drawer at the chain panel (data-testid "path-panel"): `openSidebarAt`. Throws nothing. */
const openChainPanel = (): void => openSidebarAt('path-panel');

/**
 * What the chip says of `chain`'s doubt, from the chain panel's `doubt` (store.ts `ChainState.doubt`): the ⚑
 * summary (`summary`, null for none), or that its names are still being checked (`checking`: the panel has not yet
 * looked at this chain, or a step that may pass from one person to another awaits its name's check). Pure; throws
 * nothing.
 */
export function chainChipDoubt(chain: CoauthorChain, doubt: ChainState['doubt']): { summary: string | null; checking: boolean } {
  if (doubt.chain !== chain) return { summary: null, checking: true };
  return { summary: doubt.summary, checking: !doubt.summary && doubt.checking };
}

export function ChainChip() {
  const path = useChain((s) => s.path);
  const doubt = useChain((s) => s.doubt);
  const names = useAtlas((s) => s.dataset?.bundle.authors.name ?? null);
  const ego = useAtlas((s) => s.filters.ego);
  const { chain, from, to } = path;
  if (!names || ego || from === null || to === null || from === to) return null;
  const clear = () => useChain.getState().clearPath();
  // two authors no chain links: both ends are marked on the map, and the chip says why there is no line
  if (path.status === 'none')
    return (
      <div className="chain-chip map-chip" role="status" data-testid="chain-chip" data-doubt="no">
        <button type="button" className="chain-chip-open" onClick={openChainPanel}>
          No chain: <span className="chain-chip-name">{names[from]}</span> and <span className="chain-chip-name">{names[to]}</span> are not connected
          {path.years || path.venues ? ' in the papers filtered' : ''}
          <span className="visually-hidden">. Show it in the chain panel</span>
        </button>
        <button type="button" className="link-button" onClick={clear} aria-label={`Clear the co-author chain from ${names[from]} to ${names[to]}`}>
          clear
        </button>
      </div>
    );
  if (!chain || chain.authors.length < 2) return null;
  const words = chainChipWords(chain, names);
  // its names still being checked: said, so the chain is not shown as certain until its ⚑ comes (~1.3 s after the
  // 30k map is ready: a tester)
  const { summary, checking } = chainChipDoubt(chain, doubt);
  return (
    <div className="chain-chip map-chip" role="status" data-testid="chain-chip" data-doubt={summary ? 'yes' : checking ? 'checking' : 'no'}>
      <button type="button" className="chain-chip-open" onClick={openChainPanel}>
        {summary && (
          <span className="chain-chip-flag" aria-hidden="true">
            ⚑{' '}
          </span>
        )}
        {/* (each name kept on one line: "Trevor / Cohn" was cut in two at 390 px) */}
        Chain: <span className="chain-chip-name">{words.first}</span> → {words.between ? '… → ' : ''}
        <span className="chain-chip-name">{words.last}</span> <span className="chain-chip-length">· {words.length}</span>
        {checking && (
          <>
            {' '}
            <span className="chain-chip-checking" data-testid="chain-chip-checking">
              · checking names…
            </span>
          </>
        )}
        {/* (for a screen reader: what the ⚑ stands for, and what a tap does) */}
        <span className="visually-hidden">{`${summary ? `. ${summary}` : checking ? ". Still checking whether a name in it is several people" : ''}. Show it in the chain panel`}</span>
      </button>
      <button type="button" className="link-button" onClick={clear} aria-label={`Clear the co-author chain from ${words.first} to ${words.last}`}>
        clear
      </button>
    </div>
  );
}
