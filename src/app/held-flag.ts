/**
 * A flag held while a synchronous piece of code runs, nesting allowed: "an Apply is opening its map", "the URL is
 * not written", "no history entry is queued". One counter instead of a hand-written `n++; try … finally n--` per flag.
 */
export interface HeldFlag {
  /** Runs `run` with the flag held; returns its value, throws what it throws (the flag is released either way). */
  during<T>(run: () => T): T;
  /** Whether some `during` is running now. */
  held(): boolean;
}

/** A new flag, released. Throws nothing. */
export function heldFlag(): HeldFlag {
  let depth = 0;
  return {
    during<T>(run: () => T): T {
      depth++;
      try {
        return run();
      } finally {
        depth--;
      }
    },
    held: () => depth > 0,
  };
}
