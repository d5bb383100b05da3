/** Imported datasets are told apart from the built-in ones by this prefix (also in the URL: `?ds=local-…`). */
// also read by the early script (data/early-script.ts, built into the classic script early-fetch.js)
export const IMPORT_ID_PREFIX = 'local-';

/** A new imported dataset's id: the prefix, the time (base 36) and four random characters. */
export function newImportId(now = Date.now()): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${IMPORT_ID_PREFIX}${now.toString(36)}${random}`;
}

/** Whether `id` names a dataset imported in this browser (kept in IndexedDB), not one the site serves. */
export const isImportId = (id: string | null | undefined): id is string => typeof id === 'string' && id.startsWith(IMPORT_ID_PREFIX);
