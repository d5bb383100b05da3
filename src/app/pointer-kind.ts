/**
 * Whether the page's main pointer is coarse (a finger on a phone or tablet: CSS `(pointer: coarse)`), where nothing
 * can be dragged onto the page: the words then say to choose files, not to drop them (the dataset switcher's
 * "Import a paper list (below)", the import dialog's "Choose paper lists"). False where `matchMedia` is missing
 * (tests outside a browser). Throws nothing.
 */
export const coarsePointer = (): boolean => typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches === true;
