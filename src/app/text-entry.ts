/**
 * Which focused elements take typed characters as text, so that a page's one-key shortcut (`/` for the search)
 * leaves them their keys. A checkbox, a radio button, a slider (`type="range"`), a button or a link takes no text:
 * `/` pressed on one focuses the search (it did nothing on a venue's or community's checkbox or the paper-count
 * slider, and the space of the name typed next toggled the box again: a keyboard tester).
 */

/** `<input type>`s that take no typed text (HTML's button-like, choice and pick controls). */
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'image', 'file', 'color', 'hidden']);

/**
 * Whether `el` is a text-entry field: an `<input>` of a text type (text, search, number, email, date…, or no type),
 * a `<textarea>`, a `<select>` (its typed letters pick an option: type-ahead) or an element being edited in place
 * (`contenteditable`). Anything else (null, the page's body, a checkbox, a slider, a button) is not. Follows the
 * form-field test of GitHub's `@github/hotkey` (which also leaves shortcuts to checkboxes and radio buttons),
 * with sliders, colour and file pickers added. Throws nothing.
 */
export function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(el.type);
}
