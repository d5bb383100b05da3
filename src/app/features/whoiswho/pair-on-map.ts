/**
 * The review list's pair on the map: the pair the list is at (its first, or the card the user points at or moves to
 * with the keyboard) emphasised, both discs drawn plainly and named while the rest of the map is dimmed; framed only
 * when the user asks ("Show both on the map", or a click on the edge marker that points at a pair out of view: the
 * map is not dimmed about a pair it does not show, `pairEmphasis`). The list opened over the 30k map at "Ondřej Bojar ⇄ Ond?ej Bojar" and neither
 * was marked or named on the map (a tester). Pointing at cards while the list scrolls under the pointer moves the
 * emphasis only after the pointer rests (`REST_MS`), and never the camera: the map stays where the user left it.
 */
import { useEffect, useRef, useState, type FocusEvent, type PointerEvent } from 'react';
import { useAtlas } from '../../store';
import type { EmphasisRequest } from '../../store/types';

/** Two authors of the map (author indices), as a same-person suggestion pairs them (`keep`, `merge`). */
export interface PairOnMap {
  a: number;
  b: number;
}

/** How long the pointer rests on a card before the map emphasises its pair (ms): a list scrolled under it does not flicker. */
export const REST_MS = 250;

/**
 * The emphasis of a pair of the review list: the two discs, no step between them (they may never have written
 * together); the rest dimmed only while one of them is in view, else markers at the canvas's edge point at them
 * (`inViewOnly`: the list opened over the 30k map at a pair far from the part in view, and the map just went grey).
 */
export function pairEmphasis(pair: PairOnMap): EmphasisRequest {
  return { by: 'review', nodes: [{ kind: 'author', index: pair.a }, { kind: 'author', index: pair.b }], steps: [], inViewOnly: true };
}

/** Frames `pair` in the part of the canvas the panel leaves (CameraController's `nodes` target), and emphasises it. */
export function showPairOnMap(pair: PairOnMap): void {
  const atlas = useAtlas.getState();
  if (atlas.emphasis?.by !== 'chain') atlas.emphasise(pairEmphasis(pair));
  atlas.moveCamera({ kind: 'nodes', refs: pairEmphasis(pair).nodes });
}

/**
 * The pair the review list is at and the handlers that move it: `pairs` are the cards shown, in order; the one the
 * user last pointed at or focused, else `start` (the list's place from the URL), else the first. The list's `<ol>` takes the handlers
 * (`onFocus`, `onPointerOver`, `onPointerLeave`); each card is found by its place among the list's children. The
 * emphasis is set while the list is shown and taken back when it closes (a co-author chain's stays).
 */
export function usePairOnMap(pairs: readonly PairOnMap[], start: PairOnMap | null = null) {
  const [chosen, setChosen] = useState<PairOnMap | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const find = (q: PairOnMap | null) => (q ? pairs.find((p) => p.a === q.a && p.b === q.b) : undefined);
  const current = find(chosen) ?? find(start) ?? pairs[0] ?? null;
  const a = current?.a ?? -1;
  const b = current?.b ?? -1;
  useEffect(() => {
    if (a < 0) return;
    const atlas = useAtlas.getState();
    if (atlas.emphasis?.by !== 'chain') atlas.emphasise(pairEmphasis({ a, b }));
  }, [a, b]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (useAtlas.getState().emphasis?.by === 'review') useAtlas.getState().emphasise(null);
    },
    [],
  );
  const pairOf = (list: HTMLElement, target: EventTarget | null): PairOnMap | null => {
    const card = (target as Element | null)?.closest?.('[data-testid="suggestion"]');
    if (!card || card.parentElement !== list) return null;
    return pairs[Array.prototype.indexOf.call(list.children, card)] ?? null;
  };
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  return {
    current,
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const p = pairOf(e.currentTarget, e.target);
      cancel();
      if (p) setChosen(p);
    },
    onPointerOver: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType === 'touch') return;
      const p = pairOf(e.currentTarget, e.target);
      if (!p || (p.a === a && p.b === b)) return cancel();
      cancel();
      timer.current = setTimeout(() => setChosen(p), REST_MS);
    },
    onPointerLeave: cancel,
  };
}
