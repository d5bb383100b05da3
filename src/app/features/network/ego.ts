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

/**
 * Leave the ego view: everyone again, the camera back where it was before the view was entered (the map's camera
 * controller does that for every way out: controllers/CameraController.tsx `useCameraReturn`).
 */
export function leaveEgo(): void {
  useAtlas.getState().setEgo(null);
}

