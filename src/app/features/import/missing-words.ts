/** The words of the card a link to an imported map not in this browser shows (open-imported.ts), apart for tests. */
import type { LoadProblem } from '../../store/types';

/**
 * What a link to an imported map that is not in this browser says. `removed`: this browser remembers removing it
 * (`removedHere`); `openalex`: the link carries the OpenAlex query it was fetched with (`oa=`), described, and the
 * host the offer above the card would ask; `names`: the link carries who-is-who decisions (`names=`). Without a
 * record of removal the words hold both ways: the map was made in another browser, or this one's data was cleared.
 */
export function missingImportProblem(p: { removed: { name: string; at: number } | null; openalex: { what: string; host: string } | null; names: boolean }): LoadProblem {
  const again = p.openalex
    ? `Fetch it again from ${p.openalex.host} (the offer above), or pick another dataset.`
    : `Its paper list is on the machine it was imported on: ask for the file${p.names ? ' (and the alias file, if one was used)' : ''} and drop it on the page or use Import to build the map here, or pick another dataset.`;
  if (p.removed)
    return {
      title: `This map was removed from this browser`,
      file: null,
      detail: `"${p.removed.name}" was removed in the dataset switcher on ${new Date(p.removed.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}. ${again}`,
    };
  if (p.openalex)
    return {
      title: 'This map was fetched from OpenAlex in another browser',
      file: null,
      detail: `Its works, ${p.openalex.what}, are kept only in the browser that fetched them (or, if it was fetched here, this browser's data for the site has been cleared since). ${again}`,
    };
  return {
    title: 'This map was imported in another browser',
    file: null,
    detail: `Imported maps are kept only in the browser that built them (or, if it was built here, this browser's data for the site has been cleared since). ${again}${p.names ? ' The names decided in the link apply to that map.' : ''}`,
  };
}

