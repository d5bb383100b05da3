/**
 * The focus is never dropped to the page's body by a panel re-drawing itself. A decision button replaced by its
 * outcome ("Same person" by the verdict and its Undo, an Undo under "Accepted" by nothing) took the focus with it
 * to the page's body, and a keyboard user had to Tab from the page's top again (a tester). When the focused element
 * leaves the page while its panel (`.panel`: a card, a sidebar panel) stays, the focus goes, in this order, to:
 * - the same item (`home`: the closest `[data-focus-home]`, list item or section in the panel), if it is still
 *   there: its `[data-focus-after]` control (the decision's Undo), else its first control;
 * - else the item now at its place in the panel (the next one: the one removed is gone), its control as above;
 * - else the panel's heading.
 * A panel closed or replaced (another card) is not this module's: Details.tsx gives that focus back. Nor is a step
 * Back or Forward (history steps move the focus nowhere).
 */
import { useAtlas } from './store';
import { focusIsLost } from './focus-back';

const SCOPE = '.panel';
const HOME = '[data-focus-home], li, section:not(.panel)';
const CONTROL = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

interface Focused {
  el: Element;
  scope: Element;
  home: Element | null;
  /** The home's place among the scope's homes (document order), -1 for none. */
  at: number;
}

/** The control in `home` the focus goes to: its `[data-focus-after]`, else its first control; null for none. */
function controlIn(home: Element): HTMLElement | null {
  return home.querySelector<HTMLElement>('[data-focus-after]') ?? home.querySelector<HTMLElement>(CONTROL);
}

/**
 * Where the focus goes after `was` left the page (see the module comment), or null when nowhere (the panel gone).
 * Exposed for tests. Throws nothing.
 */
export function focusTargetAfter(was: Focused): HTMLElement | null {
  if (!was.scope.isConnected) return null;
  if (was.home?.isConnected) {
    const own = controlIn(was.home);
    if (own) return own;
  }
  if (was.at >= 0) {
    const homes = [...was.scope.querySelectorAll(HOME)];
    for (const home of homes.slice(Math.min(was.at, homes.length - 1))) {
      const next = controlIn(home);
      if (next) return next;
    }
  }
  const heading = was.scope.querySelector<HTMLElement>('h2, h3');
  if (heading) heading.tabIndex = -1;
  return heading;
}

/**
 * Installs the page's focus keeper (once, App.tsx): notes where the focus is as it moves, and moves it back into
 * the panel when the focused element was removed (a MutationObserver on the page, checked as the DOM changes).
 * Returns the uninstaller. Throws nothing.
 */
export function installFocusKeeper(): () => void {
  let last: Focused | null = null;
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target;
    const scope = el instanceof Element ? el.closest(SCOPE) : null;
    if (!(el instanceof Element) || !scope) {
      last = null;
      return;
    }
    const home = el.closest(HOME);
    const inScope = home && scope.contains(home) ? home : null;
    last = { el, scope, home: inScope, at: inScope ? [...scope.querySelectorAll(HOME)].indexOf(inScope) : -1 };
  };
  const observer = new MutationObserver(() => {
    if (!last || last.el.isConnected || !focusIsLost()) return;
    const was = last;
    last = null;
    if (useAtlas.getState().origin === 'history') return;
    focusTargetAfter(was)?.focus();
  });
  document.addEventListener('focusin', onFocusIn);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
