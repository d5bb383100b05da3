/**
 * Code-splitting of what the first frame does not need: a feature's component in a chunk of its own, loaded
 * once the map's first frame is on screen (`preloadFeatures`: GraphDataController, ReadyController; the error
 * screen, App.tsx), so the app's main
 * chunk is smaller to parse and evaluate and the first render and layout hold only the frame, the search,
 * the filters and the canvas. Until its chunk has arrived a feature renders nothing (no spinner: the chunks
 * are on this site and arrive within a frame or two); once loaded it renders synchronously, so a panel opened
 * later (a click on a community, the author card's sections) never waits. A chunk that cannot load throws in
 * render, so the surrounding `PanelBoundary` says so: a chunk the site no longer has (a page older than a redeploy,
 * site-updated.ts) as a `ChunkLoadError`, "This page is out of date … Reload", and the page-wide notice appears as
 * soon as the preload fails; any other failure (its code threw) with "Try again" (which loads it again).
 * Not React.lazy: a lazy component suspends at its first render even when its module is already loaded, and
 * the details card would flash empty at the first click.
 */
import { useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { nextPaint } from './after-paint';
import { ChunkLoadError, markIfChunkFailed } from './site-updated';

export interface LazyFeature<P> {
  /** The component: nothing until its chunk is loaded (which waits for `preloadFeatures`). */
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
        // a chunk the site no longer has: the page says so at once (SiteUpdatedNotice), not when the feature is opened
        if (markIfChunkFailed(err)) throw new ChunkLoadError(err);
        throw err;
      },
    ));
  function Component(props: P): ReactElement | null {
    const [, setTick] = useState(0);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      // once the explorer lets the features load (its first frame, or the error screen), not before
      started.then(preload).then(
        () => live && setTick((t) => t + 1),
        (err: unknown) => live && setError(err instanceof Error ? err : new Error(String(err))),
      );
      return () => {
        live = false;
      };
    }, []);
    if (error) throw error instanceof ChunkLoadError ? error : new Error(`its code could not be loaded (${error.message})`);
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  all.push(preload);
  return { Component, preload };
}

let preloading: Promise<void> | null = null;
let loadedAll = false;

/** Whether every feature chunk has been loaded (or failed) and the frame after drawn: `preloadFeatures` resolved. */
export const featuresLoaded = (): boolean => loadedAll;
let start!: () => void;
/** Resolves when `preloadFeatures` is first called, after the frame then being drawn. */
const started = new Promise<void>((resolve) => (start = resolve));


/**
 * Load every feature chunk, once, after the frame now being drawn: called when the explorer has drawn its first
 * map (a chunk's evaluation then runs between the big graph's build slices, not before the first frame) or
 * shows its error screen. Feature components mounted before wait for it (the import and OpenAlex layers are
 * mounted from the start: their chunks loading while the bundle downloads took the page's thread and the
 * CPU the bundle's worker needs, 0.27 s of the 30k first frame at load 16).
 */
export function preloadFeatures(): Promise<void> {
  preloading ??= nextPaint()
    .then(() => {
      start();
      return Promise.allSettled(all.map((load) => load()));
    })
    // and the frame that draws them
    .then(nextPaint)
    .then(() => {
      loadedAll = true;
    });
  return preloading;
}
