/** Entering and leaving the ego view (store filter `ego`), and framing what it leaves on the canvas (what it emphasises there: graph/emphasis.ts, `egoEmphasis`). */
import { useAtlas } from '../../store';
import { egoCameraTarget } from '../../store/types';

/** Show only `author` and everyone within `steps` co-author steps, and frame them. */
export function showEgo(author: number, steps: 1 | 2 | 3): void {
  const { setEgo, moveCamera } = useAtlas.getState();
  setEgo({ author, steps });
  const visibility = useAtlas.getState().visibility;
  if (visibility) moveCamera(egoCameraTarget(author, visibility.author));
}

/** Leave the ego view: everyone again, the whole graph framed. */
export function leaveEgo(): void {
  const { setEgo, moveCamera } = useAtlas.getState();
  setEgo(null);
  moveCamera({ kind: 'fit' });
}

