/**
 * Follows the system's reduced-motion setting while the map is open: Sigma's own moves (the wheel's zoom, a double
 * click or double tap's zoom, the glide after a drag) become jumps when the user turns reduced motion on, and
 * moves again when it is turned off (WCAG 2.3.3), without reopening the map. The app's own camera moves read the
 * setting at each move (env.ts `animationMs`).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { animationMs, prefersReducedMotion } from '../env';
import { sigmaMoves } from '../sigma-moves';

export function ReducedMotionController() {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const follow = () => {
      const moves = sigmaMoves(animationMs() === 0, prefersReducedMotion());
      // one settings change per key; Sigma hands them to its mouse and touch captors (setSetting → handleSettingsUpdate)
      for (const [key, value] of Object.entries(moves) as [keyof typeof moves, number][]) {
        if (sigma.getSetting(key) !== value) sigma.setSetting(key, value);
      }
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [sigma]);
  return null;
}
