/**
 * Narrow screens (phones, a narrowed window): the sidebar is a drawer over the map and the details card a bottom
 * sheet. The same breakpoint as the stylesheets' `@media (max-width: 820px)` (styles/frame.css, sheet.css).
 */
export const NARROW_MEDIA = '(max-width: 820px)';

/** Whether the window is narrow now (see `NARROW_MEDIA`). Throws nothing. */
export const isNarrow = (): boolean => window.matchMedia(NARROW_MEDIA).matches;
