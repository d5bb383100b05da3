/**
 * Files added to an import that are no paper list (a picture, a PDF, a spreadsheet), named with what each is, for
 * the dialog's note and the notice after a build that left them out.
 */
import type { RefusedFile } from './import-store';

/**
 * "figure.png is a PNG image, not a paper list" (one file) or "a.png (a PNG image) and b.pdf (a PDF document) are
 * not paper lists" (several), followed by `after` (one file) or `afterSeveral`; names as text in `<code>`.
 */
export function RefusedNames({ refused, after, afterSeveral }: { refused: RefusedFile[]; after: string; afterSeveral: string }) {
  const one = refused.length === 1;
  return (
    <>
      {refused.map((r, k) => (
        <span key={`${r.name}:${k}`}>
          {k > 0 && (k === refused.length - 1 ? ' and ' : ', ')}
          <code>{r.name}</code>
          {one ? ` is ${r.what}` : ` (${r.what})`}
        </span>
      ))}
      {one ? `, not a paper list${after}` : ` are not paper lists${afterSeveral}`}
    </>
  );
}
