/**
 * Long computations done in steps: a generator that yields between pieces of its work and returns its result. Run at
 * once (`finish`) it is the plain function; the insights worker instead runs it a slice of time at a time (`runFor`),
 * so that a job a user waits for (an author card's name check) can run between two slices of the name checks of the
 * whole list (app/workers/insights-client.ts). A yield may carry how far the computation is (a number from 0 to 1):
 * the page shows it while the user waits (the 70k map's checks take 20-45 s; a tester saw "Checking…" alone).
 */

/** A computation that yields between pieces of its work (how far it is, 0–1, or nothing) and returns a `T`. */
export type Steps<T> = Generator<number | void, T, void>;

/** `steps` run to its end at once: its result. Throws what the computation throws. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Where a computation run for a while stands: finished with its value, or paused between two pieces of work, with
 * the last progress it yielded (0–1; absent when it has yielded none yet).
 */
export type StepResult<T> = { done: true; value: T } | { done: false; progress?: number };

/**
 * Run `steps` until it finishes or at least `ms` milliseconds (performance.now()) have passed, then pause it at
 * its next yield. A piece of work between two yields is never cut, so a slice lasts `ms` plus at most one piece.
 * The paused result carries the last progress yielded in this slice (none if it yielded none). Throws what the
 * computation throws.
 */
export function runFor<T>(steps: Steps<T>, ms: number): StepResult<T> {
  const end = performance.now() + ms;
  let progress: number | undefined;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (typeof r.value === 'number') progress = r.value;
    if (performance.now() >= end) return progress === undefined ? { done: false } : { done: false, progress };
  }
}

/**
 * `steps` with its progress mapped from 0–1 onto `from`–`to` (one part of a longer computation: the name checks'
 * same-person suggestions, then the homonym flags). Yields without progress pass through as they are.
 */
export function* scaled<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield typeof r.value === 'number' ? from + (to - from) * r.value : undefined;
  }
}
