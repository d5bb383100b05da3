/**
 * Narrow or short screens (phones either way up, a narrowed or very low window): the sidebar is a drawer over the
 * map and the details card a bottom sheet (on a short, wide screen, a phone turned to landscape, a compact card
 * down the right side: styles/sheet.css). A phone turned to landscape is 844 px wide, past the width breakpoint:
 * with the desktop layout its 390 px height showed the card over most of the map (a tester), hence the height.
 *
 * The stylesheets write the same queries (`@media (max-width: 820px), (max-height: 500px)` and its complement
 * `(min-width: 821px) and (min-height: 501px)`): test/app/narrow-media.test.ts checks every `@media` of
 * src/app/**\/*.css that names these widths against the two constants here.
 */
export const NARROW_MEDIA = '(max-width: 820px), (max-height: 500px)';

/** The complement of `NARROW_MEDIA` (the desktop layout: sidebar, card on the right), as the stylesheets write it. */
export const WIDE_MEDIA = '(min-width: 821px) and (min-height: 501px)';

/** Whether the window is narrow or short now (see `NARROW_MEDIA`). Throws nothing. */
export const isNarrow = (): boolean => window.matchMedia(NARROW_MEDIA).matches;
