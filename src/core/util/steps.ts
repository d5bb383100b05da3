/**
 * Long computations done in steps: a generator that yields (no value) between pieces of its work and returns its
 * result. Run at once (`finish`) it is the plain function; the insights worker instead runs it a slice of time at
 * a time (`runFor`), so that a job a user waits for (an author card's name check) can run between two slices of
 * the name checks of the whole list (app/workers/insights-client.ts).
 */

/** A computation that yields between pieces of its work and returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** `steps` run to its end at once: its result. Throws what the computation throws. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Where a computation run for a while stands: finished with its value, or paused between two pieces of work. */
export type StepResult<T> = { done: true; value: T } | { done: false };

/**
 * Run `steps` until it finishes or at least `ms` milliseconds (performance.now()) have passed, then pause it at
 * its next yield. A piece of work between two yields is never cut, so a slice lasts `ms` plus at most one piece.
 * Throws what the computation throws.
 */
export function runFor<T>(steps: Steps<T>, ms: number): StepResult<T> {
  const end = performance.now() + ms;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (performance.now() >= end) return { done: false };
  }
}
