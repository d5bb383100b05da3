/**
 * At start-up, decisions kept in the URL (`?names=…`, see decisions-url.ts) are taken up again: the
 * review verdicts return and, when the paper lists are at hand, the dataset is rebuilt with the accepted
 * alias lines, selecting what the URL selected. A link whose parameter is damaged applies nothing.
 */
import { useAtlas } from '../../store';
import { decisionsInUrl } from './decisions-url';
import { applyAliasLines, canRebuild } from './rebuild';
import { useWhoIsWho } from './store';

const saved = typeof window === 'undefined' ? null : decisionsInUrl();
let pending = saved !== null;

if (pending) {
  const unsubscribe = useAtlas.subscribe((state) => {
    if (!pending || !state.dataset || state.load.status !== 'ready') return;
    pending = false;
    unsubscribe();
    useWhoIsWho.setState({ aliasLines: saved!.lines, decisions: saved!.decisions });
    if (saved!.lines.length > 0 && canRebuild(state.dataset, state.datasets)) {
      void applyAliasLines(null, { selection: state.selection });
    }
  });
}
