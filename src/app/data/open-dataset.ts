/**
 * Opening a dataset from the URL at start-up: the list of datasets, then the chosen bundle.
 * Every failure becomes a LoadProblem the error screen can show (file + what is wrong).
 */
import { BundleError } from '../../core/bundle/validate';
import type { AtlasState, DatasetSource, LoadProblem } from '../store/types';
import type { UrlSelection, UrlState } from '../url/url-state';
import type { Dataset } from './dataset';
import { mark } from '../debug';
import { expectPicture, pictureDrawn } from './first-picture';
import { fetchDataset, fetchDatasetIndex, fetchPreview } from './load-bundle';
import { opensPlainOverview } from './start-up-rules';

export function describeProblem(err: unknown): LoadProblem {
  if (err instanceof BundleError) {
    const title =
      err.kind === 'missing'
        ? 'The dataset file is missing'
        : err.kind === 'refused'
          ? 'This dataset is on another site'
        : err.kind === 'newer-format'
          ? 'This dataset needs a newer viewer'
          : err.kind === 'not-json'
            ? 'The dataset file is damaged'
            : 'The dataset file is not valid';
    return { title, file: err.file, detail: err.problem };
  }
  return { title: 'The dataset could not be opened', file: null, detail: err instanceof Error ? err.message : String(err) };
}

/** What a site with no built dataset says (a fresh `dist/`, or `data/index.json` listing none). */
export const NO_DATASET_YET: LoadProblem = {
  title: 'No dataset yet',
  file: null,
  detail:
    'This site serves no dataset (data/index.json lists none, or is not there). Drop a paper list on the page, or use Import or New map, to open one in this browser; or build one with `npm run build:graph -- <paper list> --out public/data/<name>` and run `npm run build` again.',
};

type Store = Pick<AtlasState, 'startLoading' | 'failLoading' | 'openDataset' | 'setDatasets' | 'showPreview'>;

/**
 * The dataset at `bundlePath`, and meanwhile, on a page opening on the plain overview, its preview file's first
 * picture shown (`showPreview`) if the file comes before the bundle.
 */
async function fetchWithPreview(bundlePath: string, id: string | null, name: string | null, store: Store) {
  if (opensPlainOverview()) {
    // the bundle's parse waits for the file (fetched at start-up with the bundle: in hand when the module runs)
    // and its picture drawn (data/first-picture.ts): at load 15 the bundle's text was sometimes handled first
    expectPicture();
    void fetchPreview(bundlePath).then((file) => {
      // no picture, or not shown after all (the dataset opened first): the parse need not wait
      if (!file?.picture || !store.showPreview(file)) pictureDrawn();
    });
  }
  return fetchDataset(bundlePath, id, name);
}

/**
 * A map to show in place of `dataset`, the one just fetched from `source` (a feature's, passed in: the map the
 * link's who-is-who decisions rebuilt, kept in this browser), with the selection to open it on; null: `dataset`
 * itself. Rejects never.
 */
export type ShownInstead = (dataset: Dataset, source: DatasetSource) => Promise<{ dataset: Dataset; selection: UrlSelection | null } | null>;

/**
 * Open the dataset `url` names (`?bundle=`, else its `ds=` entry of the site's list, else the first), with its
 * selection, view and settings; or `instead`'s map in its place, drawn first (the map fetched never is). Every
 * failure goes to `store.failLoading`; rejects never.
 */
export async function openFromUrl(url: UrlState, store: Store, instead?: ShownInstead): Promise<void> {
  const open = async (dataset: Dataset, source: DatasetSource) => {
    mark('bundleLoaded');
    const other = instead ? await instead(dataset, source).catch(() => null) : null;
    store.openDataset(other?.dataset ?? dataset, { selection: other ? (url.selection ?? other.selection) : url.selection, view: url.view, settings: url.settings });
  };
  try {
    if (url.bundle !== null) {
      store.startLoading(`Loading ${url.bundle}…`, { dataset: null, bundle: url.bundle });
      await open(await fetchWithPreview(url.bundle, null, null, store), { dataset: null, bundle: url.bundle });
      return;
    }
    store.startLoading('Loading the list of datasets…', { dataset: url.dataset, bundle: null });
    const list = await fetchDatasetIndex();
    store.setDatasets(list);
    if (list.length === 0) {
      store.failLoading(NO_DATASET_YET);
      return;
    }
    const entry = url.dataset === null ? list[0] : list.find((d) => d.id === url.dataset);
    if (!entry) {
      throw new Error(`There is no dataset "${url.dataset}". Available: ${list.map((d) => d.id).join(', ')}.`);
    }
    store.startLoading(`Loading ${entry.name}…`, { dataset: entry.id, bundle: null });
    await open(await fetchWithPreview(entry.bundle, entry.id, entry.name, store), { dataset: entry.id, bundle: null });
  } catch (err) {
    store.failLoading(describeProblem(err));
  }
}
