/**
 * The part of the state that lives in the URL: dataset, selection and view.
 * `?ds=acl&author=12&view=coauthors`, or `?bundle=path/bundle.json` to open a bundle by path.
 */
import type { NodeRef } from '../graph/node-keys';
import type { GraphView } from '../graph/sigma-graph';

export interface UrlState {
  dataset: string | null;
  bundle: string | null;
  selection: NodeRef | null;
  view: GraphView;
}

function index(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const author = index(params.get('author'));
  const paper = index(params.get('paper'));
  const selection: NodeRef | null =
    author !== null ? { kind: 'author', index: author } : paper !== null ? { kind: 'paper', index: paper } : null;
  return {
    dataset: params.get('ds'),
    bundle: params.get('bundle'),
    selection,
    view: params.get('view') === 'coauthors' ? 'coauthors' : 'papers',
  };
}

/** The query string for `state`, keeping unrelated parameters (e.g. `test`) of `current`. */
export function toSearch(state: UrlState, current: string): string {
  const params = new URLSearchParams(current);
  for (const k of ['ds', 'bundle', 'author', 'paper', 'view']) params.delete(k);
  if (state.bundle !== null) params.set('bundle', state.bundle);
  else if (state.dataset !== null) params.set('ds', state.dataset);
  if (state.selection) params.set(state.selection.kind, String(state.selection.index));
  if (state.view !== 'papers') params.set('view', state.view);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}
