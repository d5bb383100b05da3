/** Entering and leaving the ego view (store filter `ego`), and framing what it leaves on the canvas. */
import { useAtlas } from '../../store';
import type { NodeRef } from '../../graph/node-keys';

/** Show only `author` and everyone within `steps` co-author steps, and frame them. */
export function showEgo(author: number, steps: 1 | 2 | 3): void {
  const { setEgo, moveCamera } = useAtlas.getState();
  setEgo({ author, steps });
  const visibility = useAtlas.getState().visibility;
  if (!visibility) return;
  const refs: NodeRef[] = [];
  visibility.author.forEach((v, i) => {
    if (v === 1) refs.push({ kind: 'author', index: i });
  });
  moveCamera(refs.length > 1 ? { kind: 'nodes', refs } : { kind: 'node', ref: { kind: 'author', index: author } });
}

/** Leave the ego view: everyone again, the whole graph framed. */
export function leaveEgo(): void {
  const { setEgo, moveCamera } = useAtlas.getState();
  setEgo(null);
  moveCamera({ kind: 'fit' });
}
