/**
 * The details panel: what the store's `selection` names, one card at a time. This is where a feature's
 * card is registered (a new `Selection` kind in store/types.ts and a case here) and where features add
 * sections to the generic panels (the author card's "may be several people" and "may be the same person as"), so panels never import a feature.
 *
 * A card closed (Escape, its ×) with the focus left on nothing gives it back to the control that opened it ("Review
 * names", a row of Rankings, the search field a result was picked in) when that can still take it (on a narrow
 * screen one in the drawer, closed as the card opened, does not: then ☰, which opens the drawer), else to the
 * search field. A card closed by a step Back or Forward moves the focus nowhere: history steps are not the
 * user's close, and the search field focused by one opened its results over the card the next step showed.
 * A link inside a card (a co-author, a paper) that opens another card puts the focus on the new card's heading, as
 * a search result does (it was left on the page's body); so does a control in the sidebar that opens one (a community
 * in the Communities list, a step of the co-author chain, "Review names"), whose card gives the focus back to it on
 * closing. A card opened from outside while another is open gives it back to the control that opened it, not the first.
 *
 * A card opened for another author, paper or community starts scrolled to its top (the panel's body was kept, scrolled
 * as far down as the card before: a tester's next card opened 1,432 px down, its stats and co-authors out of sight); a
 * step Back or Forward to a card shows it scrolled where it was left in this page.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { focusCardHeading, focusFirstOf, focusIsLost, takeCardHeadingWanted, wantCardHeading } from './focus-back';
import { CommunityCard, EgoSection, HomonymSection, PairPanel, ReviewPanel, SynonymSection } from './feature-chunks';
import { AuthorPanel } from './panels/AuthorPanel';
import { PanelBoundary } from './panels/PanelBoundary';
import { PaperPanel } from './panels/PaperPanel';
import { SheetHandle } from './panels/SheetHandle';
import { useAtlas } from './store';
import type { Selection } from './store/types';

function Card({ selection }: { selection: Selection }) {
  switch (selection.kind) {
    case 'author':
      return (
        <AuthorPanel
          index={selection.index}
          sections={
            <>
              {/* each in its own boundary: a section whose chunk failed leaves the card (its papers, co-authors) shown */}
              <PanelBoundary name="May be several people">
                <HomonymSection author={selection.index} />
              </PanelBoundary>
              <PanelBoundary name="May be the same person as">
                <SynonymSection author={selection.index} />
              </PanelBoundary>
              <PanelBoundary name="The network around this author">
                <EgoSection author={selection.index} />
              </PanelBoundary>
            </>
          }
        />
      );
    case 'paper':
      return <PaperPanel index={selection.index} />;
    case 'review':
      return (
        <PanelBoundary name="Who is who" card>
          <ReviewPanel />
        </PanelBoundary>
      );
    case 'community':
      return (
        <PanelBoundary key={selection.id} name="Community" card>
          <CommunityCard id={selection.id} />
        </PanelBoundary>
      );
    case 'pair':
      return (
        <PanelBoundary key={`${selection.a}-${selection.b}`} name="Co-authors" card>
          <PairPanel a={selection.a} b={selection.b} />
        </PanelBoundary>
      );
  }
}

/**
 * Gives the focus to the heading of `selection`'s card once it is drawn, when a link inside a card asked for it
 * (`wantCardHeading`): in the commit that draws the card (the link focused was removed from the page in it), else in the
 * frames after while the focus is on nothing (a card whose chunk is still loading). Throws nothing.
 */
function useHeadingFocus(selection: Selection | null): void {
  useEffect(() => {
    if (selection === null || !takeCardHeadingWanted(selection)) return;
    // the card put the focus in itself already (the review list opened at a section, from the sidebar's "7 names that
    // may be several people": its heading, which the card's heading then took)
    if (document.activeElement?.closest('.details')) return;
    if (focusCardHeading()) return;
    // (the control that asked, outside the card, keeps the focus meanwhile: the frames go on while it has it)
    const asker = focusIsLost() ? null : document.activeElement;
    let frames = 0;
    let frame = requestAnimationFrame(function again() {
      if ((!focusIsLost() && document.activeElement !== asker) || focusCardHeading() || ++frames > 60) return;
      frame = requestAnimationFrame(again);
    });
    return () => cancelAnimationFrame(frame);
  }, [selection]);
}

/**
 * What a card shows, as one text ("author 12", "paper 3", "review", "community 4", "pair 2 7"): two selections with
 * the same key are the same card (the review list at another place is still the list, which scrolls itself to it).
 */
function cardKey(selection: Selection): string {
  switch (selection.kind) {
    case 'author':
    case 'paper':
      return `${selection.kind} ${selection.index}`;
    case 'review':
      return 'review';
    case 'community':
      return `community ${selection.id}`;
    case 'pair':
      return `pair ${selection.a} ${selection.b}`;
  }
}

/** How many cards' scroll positions are kept for Back and Forward (the oldest go first). */
const SCROLLS_KEPT = 100;

/**
 * The card's scroll (its panel's body, in `aside`): at the top for a card of another author, paper or community (see
 * above), where it was left for one shown again by a step Back or Forward (`origin` 'history'), while the page lives.
 * Keyed by `cardKey`; positions in CSS pixels, read as the user scrolls. Throws nothing.
 */
function useCardScroll(aside: React.RefObject<HTMLElement | null>, selection: Selection | null): void {
  const scrolls = useRef(new Map<string, number>());
  const shown = useRef<string | null>(null);
  const key = selection ? cardKey(selection) : null;
  // (scroll events do not bubble: caught on the way down, read when they fire, for the card shown then)
  useEffect(() => {
    const el = aside.current;
    if (!el) return;
    const onScroll = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('panel-body') || shown.current === null) return;
      const kept = scrolls.current;
      kept.delete(shown.current);
      kept.set(shown.current, target.scrollTop);
      if (kept.size > SCROLLS_KEPT) kept.delete(kept.keys().next().value!);
    };
    el.addEventListener('scroll', onScroll, true);
    return () => el.removeEventListener('scroll', onScroll, true);
  }, [aside, key === null]);
  useLayoutEffect(() => {
    const was = shown.current;
    shown.current = key;
    if (key === null || key === was) return;
    const body = aside.current?.querySelector<HTMLElement>('.panel-body');
    if (!body) return;
    const back = useAtlas.getState().origin === 'history' ? scrolls.current.get(key) : undefined;
    body.scrollTop = back ?? 0;
    if (back === undefined || body.scrollTop >= back - 1) return;
    // the card's lists may still grow (its abstracts come in): scrolled on as they do, for about a second, until the
    // user scrolls it (a Back to a card left 1,432 px down showed it 507 px down)
    let seen = body.scrollTop;
    let frames = 0;
    let frame = requestAnimationFrame(function again() {
      if (shown.current !== key || body.scrollTop !== seen || ++frames > 60) return;
      body.scrollTop = back;
      seen = body.scrollTop;
      if (seen < back - 1) frame = requestAnimationFrame(again);
    });
    return () => cancelAnimationFrame(frame);
  }, [aside, key]);
}

/**
 * The element focused when a card opened (its opener), given the focus again when the card closes (see above), in the
 * commit that takes the card off the page (a layout effect of `selection`): it was given in the next animation frame,
 * which after a close can come 1.5–2.5 s later on a busy machine (the map's first frame without the card, software
 * WebGL), the focus on the page's body meanwhile (a tester's Escape, then a key typed nowhere). Throws nothing.
 */
function useFocusBackOnClose(selection: Selection | null): void {
  // the control to give the focus back to once the closed card is off the page (undefined: no close pending)
  const pending = useRef<Element | null | undefined>(undefined);
  useEffect(() => {
    let opener: Element | null = null;
    return useAtlas.subscribe((s, prev) => {
      // read as the store changes, before the card is drawn and takes the focus to its heading
      if (s.selection && !prev.selection) {
        opener = document.activeElement;
        pending.current = undefined;
      }
      // a link inside the card (a co-author, a paper) opened another card: the focus, on that link, went with the old
      // card's content to the page's body (a tester, keyboard); it goes to the new card's heading, as from the search.
      // A step Back or Forward moves the focus nowhere (above); nor does the same card at another place (the review
      // list following the pair the focus reached in it: a Tab into a pair threw the focus back to the list's heading)
      if (s.selection && prev.selection && cardKey(s.selection) !== cardKey(prev.selection) && s.origin === 'user') {
        const focused = document.activeElement;
        if (focused instanceof Element && focused.closest('.details')) wantCardHeading(s.selection);
        // another card opened from outside this one (a community in the sidebar's list, a row of Rankings): closing it
        // gives the focus back to that control, not to the one that opened the first card
        else if (!focusIsLost()) opener = focused;
      }
      // a card opened from the sidebar (a community in its list, a step of the co-author chain) takes the focus on its
      // heading, as one picked in the search does: the focus stayed in the list, 58 Tabs from the card's × (a keyboard
      // tester). Rankings, over the map, keeps it on its rows (one looked at after another); the map's keys keep it too
      if (s.selection && (!prev.selection || cardKey(s.selection) !== cardKey(prev.selection)) && s.origin === 'user') {
        if (document.activeElement?.closest('#sidebar')) wantCardHeading(s.selection);
      }
      if (!s.selection && prev.selection) {
        const back = opener;
        opener = null;
        // a step Back or Forward closed it: the focus stays where the browser leaves it (given to the search field, its
        // result list popped open over the card the next step Forward brought back: its text follows history)
        pending.current = s.origin === 'history' ? undefined : back;
      }
    });
  }, []);
  useLayoutEffect(() => {
    if (selection !== null || pending.current === undefined) return;
    const back = pending.current;
    pending.current = undefined;
    if (!focusIsLost()) return;
    // on a touch screen a text field given the focus brings up the on-screen keyboard over the map (a tester:
    // × on a phone's sheet focused the search field): there the focus goes back to no text field
    const typing = (el: Element | null) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
    // a card opened from the drawer on a narrow screen (a community in its list, "Review names", a step of the
    // chain): its control is in the drawer, closed as the card opened, and takes no focus; the focus goes to ☰,
    // which opens the drawer again (it was left on the page's body: a keyboard tester on a phone)
    const drawer = back instanceof Element && back.closest('#sidebar') ? document.querySelector('.drawer-toggle') : null;
    const candidates = [back, drawer, document.querySelector('.search input')];
    const touch = window.matchMedia('(pointer: coarse)').matches;
    focusFirstOf(...candidates.filter((el) => !(touch && typing(el))));
  }, [selection]);
}

/**
 * The card's `scrolled` class while its body is scrolled down: its header then has a separator over the text passing
 * under it (styles/sheet.css; the scrolled lines' cut tops read as stray dots under the title, a tester). Throws nothing.
 */
function useScrolledHeader(aside: React.RefObject<HTMLElement | null>, selection: Selection | null): void {
  useEffect(() => {
    const el = aside.current;
    if (!el) return;
    const mark = (body: Element | null | undefined) => {
      if (body instanceof HTMLElement) body.parentElement?.classList.toggle('scrolled', body.scrollTop > 0);
    };
    const onScroll = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.classList.contains('panel-body')) mark(target);
    };
    // (a card shown in place of another starts where its own scroll was put)
    mark(el.querySelector('.panel-body'));
    el.addEventListener('scroll', onScroll, true);
    return () => el.removeEventListener('scroll', onScroll, true);
  }, [aside, selection]);
}

/** `inert`: the card takes no focus or input (behind the drawer on a narrow screen: App.tsx). */
export function Details({ inert = false }: { inert?: boolean }) {
  const selection = useAtlas((s) => s.selection);
  const aside = useRef<HTMLElement>(null);
  useFocusBackOnClose(selection);
  useHeadingFocus(selection);
  useCardScroll(aside, selection);
  useScrolledHeader(aside, selection);
  if (!selection) return null;
  return (
    <aside ref={aside} className="details" aria-label="Details" inert={inert}>
      {/* (shown where the card is a bottom sheet: styles/sheet.css) */}
      <SheetHandle />
      <Card selection={selection} />
    </aside>
  );
}
