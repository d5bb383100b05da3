/**
 * The side panel opened at one of its panels, for a chip over the map that says what a panel has set (the filters
 * chip, the chain chip): on a narrow screen the drawer opened (the side panel is a drawer there, closed over the
 * map), on a desktop the side panel as it is; then the side panel alone scrolled (not the page: `scrollIntoView`
 * scrolled the whole page on a phone, its top bar out of sight) so the panel's top sits under the drawer's sticky
 * head, once laid out (the frame after the store's change).
 */
import { isNarrow } from './narrow';
import { useAtlas } from './store';

/**
 * Opens the side panel (the drawer on a narrow screen) at the panel whose `data-testid` is `testId` (e.g.
 * "path-panel", "time-panel"), scrolled to its top; at the side panel's top when no such panel is drawn. Throws
 * nothing.
 */
export function openSidebarAt(testId: string): void {
  if (isNarrow()) useAtlas.getState().setDrawerOpen(true);
  requestAnimationFrame(() => {
    const drawer = document.getElementById('sidebar');
    if (!drawer) return;
    const panel = drawer.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!panel) return;
    const head = drawer.querySelector('.drawer-head')?.getBoundingClientRect().height ?? 0;
    drawer.scrollTop += panel.getBoundingClientRect().top - drawer.getBoundingClientRect().top - head;
  });
}
