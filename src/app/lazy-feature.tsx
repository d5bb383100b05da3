/**
 * Code-splitting of what the first frame does not need: a feature's component in a chunk of its own, loaded
 * once the map's first frame is on screen (`preloadFeatures`, called by the Explorer), so the app's main
 * chunk is smaller to parse and evaluate and the first render and layout hold only the frame, the search,
 * the filters and the canvas. Until its chunk has arrived a feature renders nothing (no spinner: the chunks
 * are on this site and arrive within a frame or two); once loaded it renders synchronously, so a panel opened
 * later (a click on a community, the author card's sections) never waits. A chunk that cannot load throws in
 * render, so the surrounding `PanelBoundary` says so with "Try again" (which loads it again).
 * Not React.lazy: a lazy component suspends at its first render even when its module is already loaded, and
 * the details card would flash empty at the first click.
 */
import { useEffect, useState, type ComponentType, type ReactElement } from 'react';

export interface LazyFeature<P> {
  /** The component: nothing until its chunk is loaded (then loaded on mount if nobody preloaded it). */
  Component: (props: P) => ReactElement | null;
  /** Start loading the chunk (once; later calls return the same promise). */
  preload: () => Promise<void>;
}

const all: (() => Promise<void>)[] = [];

/**
 * A feature component loaded with `loader` (a dynamic `import()` of its module) and taken from it by `pick`.
 * `P`: the component's props.
 */
export function lazyFeature<M, P extends object>(loader: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyFeature<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (pending ??= loader().then(
      (m) => {
        loaded = pick(m);
      },
      (err: unknown) => {
        // the next mount (PanelBoundary's "Try again") asks again
        pending = null;
        throw err;
      },
    ));
  function Component(props: P): ReactElement | null {
    const [, setTick] = useState(0);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      // after the frame being drawn (with the other features), not before it
      void preloadFeatures();
      afterNextFrame().then(preload).then(
        () => live && setTick((t) => t + 1),
        (err: unknown) => live && setError(err instanceof Error ? err : new Error(String(err))),
      );
      return () => {
        live = false;
      };
    }, []);
    if (error) throw new Error(`its code could not be loaded (${error.message})`);
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  all.push(preload);
  return { Component, preload };
}

let preloading: Promise<void> | null = null;

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs after it). */
export const afterNextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Load every feature chunk, once, after the frame now being drawn: called when the explorer first shows a map
 * (a chunk's evaluation then runs between the big graph's build slices, not before the first frame).
 */
export function preloadFeatures(): Promise<void> {
  preloading ??= afterNextFrame()
    .then(() => Promise.allSettled(all.map((load) => load())))
    .then(() => undefined);
  return preloading;
}
