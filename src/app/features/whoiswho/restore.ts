/**
 * At start-up, decisions kept in the URL (`?names=…`, see decisions-url.ts) are taken up again: the
 * review verdicts and the accepted alias lines return and, when the paper lists are at hand, the dataset
 * is rebuilt with the lines that were applied, selecting what the URL selected; lines accepted but not
 * applied yet (and applied ones taken back) stay to be applied. A link whose parameter is damaged applies nothing and
 * says so in the link note; so does a line naming no author of the map (`linesInMap`), and when no line is left
 * the map is not rebuilt.
 */
import { useAtlas } from '../../store';
import { decisionsInUrl, NAMES_PARAM } from './decisions-url';
import { applyAliasLines, canRebuild } from './rebuild';
import { holdingUrl, sameLine, useWhoIsWho } from './store';
import { takeHeldSelection } from '../../url/held-selection';
import { linesInMap } from './lines-in-map';
// Back/Forward across an Apply show the map of the entry stepped to
import './history';

const saved = typeof window === 'undefined' ? null : decisionsInUrl();
// a `names` value that cannot be read (cut short, edited): nothing is applied, and the link note says so (it was
// dropped without a word, a tester)
const damaged = typeof window !== 'undefined' && saved === null && !!new URLSearchParams(window.location.search).get(NAMES_PARAM);
let pending = saved !== null || damaged;
const DAMAGED_NOTE = 'This link’s who-is-who decisions could not be read (the link may have been cut short): no merge or split from it is applied.';

/** Take the decisions up once a dataset is open (this module loads after the first frame: feature-chunks.tsx). */
function takeUp(state: ReturnType<typeof useAtlas.getState>): boolean {
  if (!pending || !state.dataset || state.load.status !== 'ready') return false;
  pending = false;
  // what the link selected, held until now (main.tsx: its ids are the rebuilt map's)
  const asked = takeHeldSelection();
  const selectNow = () => asked && state.select(asked, { origin: 'load' });
  if (!saved) {
    useAtlas.setState({ linkNote: state.linkNote ? `${state.linkNote} ${DAMAGED_NOTE}` : DAMAGED_NOTE });
    selectNow();
    return true;
  }
  const { pending: notApplied = [], dropped = [], decisions } = saved;
  // lines naming no author of this map (a link made on another map) would rebuild it for nothing: a 30k map's
  // rebuild took 81 s to say "no author … line not applied". They are said here and left out.
  const { applies: lines, missing } = linesInMap(state.dataset.bundle, saved.lines);
  if (missing.length > 0) {
    const shown = [...new Set(missing.map((l) => l.variant))];
    const names = `${shown.slice(0, 3).map((n) => `“${n}”`).join(', ')}${shown.length > 3 ? ` and ${shown.length - 3} more` : ''}`;
    const missingNote = `${missing.length === 1 ? 'One who-is-who line' : `${missing.length} who-is-who lines`} of this link name${missing.length === 1 ? 's' : ''} no author of this map (${names}): not applied${lines.length === 0 ? ', and the map is shown as it is' : ''}.`;
    useAtlas.setState({ linkNote: state.linkNote ? `${state.linkNote} ${missingNote}` : missingNote });
  }
  const accepted = [...lines.filter((l) => !dropped.some((x) => sameLine(l, x))), ...notApplied];
  if (lines.length > 0 && canRebuild(state.dataset, state.datasets)) {
    void holdingUrl(() => {
      useWhoIsWho.setState({ aliasLines: accepted, decisions });
      return applyAliasLines(null, { selection: asked ?? state.selection, lines });
    });
  } else {
    // nothing to rebuild (or no paper lists here): every accepted line is still to apply
    useWhoIsWho.setState({ aliasLines: accepted, decisions });
    selectNow();
  }
  return true;
}

if (pending && !takeUp(useAtlas.getState())) {
  const unsubscribe = useAtlas.subscribe((state) => {
    if (takeUp(state)) unsubscribe();
  });
}
