/**
 * The guard of Back/Forward steps (src/app/url/history-steps.ts): it sees each step before the page's other
 * listeners, and a step it holds reaches them only when replayed. The window is a stand-in with the event order
 * browsers use at the window (capture listeners first); unit tests run without a DOM.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { stopImmediatePropagation(): void }) => void;
let capture: Listener[];
let others: Listener[];
let read: string[];

/** A step Back: the capture listeners, then the others unless one stopped it. */
function step(): void {
  let stopped = false;
  const event = { stopImmediatePropagation: () => void (stopped = true) };
  for (const l of [...capture, ...others]) {
    if (stopped) return;
    l(event);
  }
}

beforeEach(() => {
  capture = [];
  others = [];
  read = [];
  vi.stubGlobal('window', {
    addEventListener: (_: string, l: Listener, opts?: { capture?: boolean }) => (opts?.capture ? capture : others).push(l),
    dispatchEvent: () => step(),
    history: { state: null },
  });
  vi.stubGlobal('PopStateEvent', class {
    constructor(public type: string) {}
  });
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Back/Forward steps', () => {
  it('a held step reaches the page only when replayed, once its map is shown', async () => {
    const { guardHistorySteps, replayHistoryStep } = await import('../../src/app/url/history-steps');
    // the page's own listener (UrlController), registered later than the guard's
    window.addEventListener('popstate', () => read.push('entry read'));
    let mapReady = false;
    guardHistorySteps('rebuild', () => (mapReady ? 'go' : 'hold'));
    step();
    expect(read).toEqual([]);
    mapReady = true;
    replayHistoryStep();
    expect(read).toEqual(['entry read']);
  });

  it('with no guard, or a guard that lets it go, every step is read at once', async () => {
    const { guardHistorySteps } = await import('../../src/app/url/history-steps');
    window.addEventListener('popstate', () => read.push('entry read'));
    step();
    guardHistorySteps('rebuild', () => 'go');
    step();
    expect(read).toEqual(['entry read', 'entry read']);
  });
});
