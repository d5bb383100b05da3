/** Files the user asked for, saved through the browser's download (named after the dataset). */
import type { Dataset } from './data/dataset';
import { isImportId } from './data/dataset-ids';

/**
 * "acl-2020-main" from the dataset id, else from its name; an imported dataset's id is internal
 * (`local-mx32bb0rrtkd`), so it is named after its name ("My lab" -> "my-lab").
 */
export function fileBase(dataset: Dataset): string {
  const raw = dataset.id && !isImportId(dataset.id) ? dataset.id : dataset.bundle.name;
  const slug = raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'coauthor-atlas';
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the download has started by now; give slow browsers a moment before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The UTF-8 byte order mark: what tells Excel on Windows that a CSV file is UTF-8 (else "OndÅ™ej" for "Ondřej"). */
export const UTF8_BOM = '\uFEFF';

/**
 * Downloads `text` as the UTF-8 file `fileName` of MIME type `type` (charset added). `bom`: the file starts with the
 * UTF-8 byte order mark (`UTF8_BOM`, the CSV tables: Excel on Windows reads a CSV without one in the system's code
 * page). Throws nothing.
 */
export function downloadText(fileName: string, text: string, type: string, { bom = false }: { bom?: boolean } = {}): void {
  downloadBlob(fileName, new Blob([bom ? UTF8_BOM + text : text], { type: `${type};charset=utf-8` }));
}
