/**
 * "New map" from OpenAlex: the form (who or what, years, how far), the suggestions while typing a name,
 * the estimate, the fetch with its progress and Cancel, then the hand-over of the works to the import's
 * build worker (the same build as a dropped file, kept in IndexedDB like one). No request is made until
 * the user types a name (suggestions) or asks for a map.
 */
import { create } from 'zustand';
import { autocomplete, type Suggestion } from '../../../core/openalex/autocomplete';
import { isAbort, isNetworkFailure, type HttpOptions } from '../../../core/openalex/http';
import { bareOpenAlexId, makeQuery, QueryError, type OpenAlexQuery } from '../../../core/openalex/query';
import { buildRequestFor } from '../../../core/openalex/build';
import { noWorksMessage, planFetch, runPlan, worksToJsonl, type FetchOptions, type FetchPlan, type FetchProgress } from '../../../core/openalex/fetch-works';
import { checkMailto, normaliseBase } from '../../../core/openalex/urls';
import { bareOrcid } from '../../../core/ingest/identifiers';
import { useImport } from '../import/import-store';
import { loadSettings, saveSettings, type OpenAlexSettings } from './settings';
import { keptAfterFailure } from './words';
import { policyAllowsConnect } from '../../security/csp';
import { useAtlas } from '../../store';

/** What the page says when the dialog is closed (Escape, its ×, Close) while a fetch runs. */
export const CLOSED_WHILE_FETCHING = 'The fetch from OpenAlex was cancelled when its dialog was closed: nothing was fetched or kept.';

/** A sentence in the page's notice (the link note), after what it says already. */
function sayOnPage(note: string): void {
  const { linkNote } = useAtlas.getState();
  useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${note}` : note });
}

export type NewMapMode = 'researcher' | 'institution' | 'search';
export type NewMapPhase = 'form' | 'checking' | 'estimate' | 'fetching' | 'failed';
type Entity = 'authors' | 'institutions';

interface SuggestState {
  items: Suggestion[];
  /** The text the items answer. */
  forText: string;
  loading: boolean;
  error: string | null;
}

export interface NewMapState {
  open: boolean;
  mode: NewMapMode;
  /** Researcher: a name to look up, or a pasted ORCID iD / OpenAlex author id. */
  who: string;
  picked: Suggestion | null;
  institution: string;
  pickedInstitution: Suggestion | null;
  words: string;
  fromYear: string;
  toYear: string;
  depth: 1 | 2;
  settings: OpenAlexSettings;
  /**
   * Whether the form's "OpenAlex settings" section is open: kept here, not by the section, so a Fetch that fails
   * shows it as the user left it (the form is drawn again after the fetch: a tester editing the mirror's address
   * found it folded after each try).
   */
  settingsOpen: boolean;
  suggest: Record<Entity, SuggestState>;
  phase: NewMapPhase;
  /** The query being fetched (or estimated). */
  query: OpenAlexQuery | null;
  plan: FetchPlan | null;
  progress: FetchProgress | null;
  /** "OpenAlex is busy (HTTP 429), trying again in 2 s". */
  retry: string | null;
  error: string | null;
  /**
   * The failure got no answer at all (offline, the address unreachable: not retried, `isNetworkFailure`): the dialog
   * offers Try again and Import beside the error.
   */
  offline: boolean;
  /** A line under the form: e.g. "Cancelled: nothing was kept." */
  note: string | null;

  openDialog(prefill?: OpenAlexQuery | null): void;
  close(): void;
  set(fields: Partial<Pick<NewMapState, 'mode' | 'who' | 'institution' | 'words' | 'fromYear' | 'toYear' | 'depth'>>): void;
  /** Opens or folds the "OpenAlex settings" section (`settingsOpen`); the form's error and note stay. */
  showSettings(open: boolean): void;
  setSettings(s: Partial<Pick<OpenAlexSettings, 'base' | 'mailto' | 'apiKey'>>): void;
  /** Ask the autocomplete endpoint for what was typed (the dialog calls it after a short pause in typing). */
  lookUp(entity: Entity, text: string): Promise<void>;
  pick(entity: Entity, s: Suggestion): void;
  /** The query the form describes; throws QueryError with what to fix. */
  formQuery(): OpenAlexQuery;
  /** Check the form, count the works (and for two steps, find the co-authors), then fetch or wait for confirm(). */
  start(query?: OpenAlexQuery): Promise<void>;
  /** Two steps: fetch the co-authors' works after the estimate. */
  confirm(): Promise<void>;
  /** After a failure: the same query again (Try again). */
  retryLast(): Promise<void>;
  /** After a failure with no network: close this dialog and open Import (a map from a file instead). */
  importInstead(): void;
  cancel(): void;
}

let controller: AbortController | null = null;
const lookups: Record<Entity, AbortController | null> = { authors: null, institutions: null };

const emptySuggest = (): SuggestState => ({ items: [], forText: '', loading: false, error: null });

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\.+$/, '');
}

/**
 * Throws an Error saying so when the page's Content-Security-Policy (src/app/security/csp.ts) does not let it
 * connect to `base`, before any request: the browser would block it with no useful message.
 */
function checkPolicyAllows(base: string): void {
  if (policyAllowsConnect(base)) return;
  let host = base;
  try {
    host = new URL(base).host;
  } catch {
    // shown as typed
  }
  throw new Error(`this page's security policy allows OpenAlex requests only to api.openalex.org, this site and this machine (localhost), not ${host}; a mirror elsewhere must be named when the app is built (ATLAS_CONNECT_SRC)`);
}

export const useNewMap = create<NewMapState>()((set, get) => {
  function http(signal: AbortSignal, retries?: number): HttpOptions {
    return {
      fetch: (url, init) => window.fetch(url, init),
      signal,
      retries,
      onRetry: (r) => set({ retry: `OpenAlex ${r.status ? `answered HTTP ${r.status}` : 'could not be reached'}; trying again in ${Math.max(1, Math.round(r.waitMs / 1000))} s (attempt ${r.attempt + 1})` }),
    };
  }

  function fetchOptions(signal: AbortSignal): FetchOptions {
    const s = get().settings;
    return {
      base: s.base,
      mailto: s.mailto.trim() || null,
      apiKey: s.apiKey.trim() || null,
      http: http(signal),
      onProgress: (progress) => set({ progress, retry: null }),
    };
  }

  async function fetchAndBuild(plan: FetchPlan, signal: AbortSignal): Promise<void> {
    set({ phase: 'fetching', plan, progress: { phase: 'works', fetched: 0, total: plan.estimate, requests: plan.requests }, retry: null });
    const { works, info } = await runPlan(plan, fetchOptions(signal));
    if (signal.aborted) return;
    if (works.length === 0) {
      set({ phase: 'failed', error: noWorksMessage(info.query) });
      return;
    }
    const req = buildRequestFor(info);
    controller = null;
    set({ phase: 'form', open: false, plan: null, progress: null, note: null });
    useImport.getState().buildFetched([{ kind: 'text', name: 'works.jsonl', text: worksToJsonl(works) }], req.name, { focalAuthor: req.focalAuthor, fetched: info });
  }

  function fail(err: unknown): void {
    controller = null;
    if (isAbort(err)) return;
    set({ phase: 'failed', error: `${messageOf(err)}. ${keptAfterFailure(get().progress?.fetched ?? 0)}`, offline: isNetworkFailure(err), retry: null });
  }

  return {
    open: false,
    mode: 'researcher',
    who: '',
    picked: null,
    institution: '',
    pickedInstitution: null,
    words: '',
    fromYear: '',
    toYear: '',
    depth: 1,
    settings: loadSettings(),
    settingsOpen: false,
    suggest: { authors: emptySuggest(), institutions: emptySuggest() },
    phase: 'form',
    query: null,
    plan: null,
    progress: null,
    retry: null,
    error: null,
    offline: false,
    note: null,

    openDialog: (prefill) => {
      if (get().phase === 'fetching' || get().phase === 'checking') return set({ open: true });
      const base = { open: true, phase: 'form' as const, error: null, offline: false, note: null, plan: null, progress: null, settings: loadSettings() };
      if (!prefill) return set(base);
      const years = { fromYear: prefill.fromYear === null ? '' : String(prefill.fromYear), toYear: prefill.toYear === null ? '' : String(prefill.toYear), depth: prefill.depth };
      if (prefill.kind === 'author' || prefill.kind === 'orcid') {
        const picked: Suggestion | null = prefill.kind === 'author' && prefill.label ? { id: prefill.value, name: prefill.label, hint: null, worksCount: null, citedByCount: null, orcid: null } : null;
        set({ ...base, ...years, mode: 'researcher', who: picked ? picked.name : prefill.value, picked });
      } else if (prefill.kind === 'institution') {
        const picked: Suggestion | null = prefill.label ? { id: prefill.value, name: prefill.label, hint: null, worksCount: null, citedByCount: null, orcid: null } : null;
        set({ ...base, ...years, mode: 'institution', institution: picked ? picked.name : prefill.value, pickedInstitution: picked });
      } else set({ ...base, ...years, mode: 'search', words: prefill.value });
    },
    close: () => {
      // a running fetch goes on behind the page only while the dialog is open: closing cancels it, and the page
      // says so (the dialog's own "Cancelled" note goes with the dialog: an Escape while fetching closed it unsaid)
      const busy = get().phase === 'fetching' || get().phase === 'checking';
      if (busy || get().phase === 'estimate') get().cancel();
      if (busy) sayOnPage(CLOSED_WHILE_FETCHING);
      for (const e of ['authors', 'institutions'] as Entity[]) lookups[e]?.abort();
      set({ open: false });
    },
    showSettings: (open) => {
      if (get().settingsOpen !== open) set({ settingsOpen: open });
    },
    set: (fields) => {
      const next: Partial<NewMapState> = { ...fields, error: null, offline: false, note: null };
      if (get().phase === 'failed' || get().phase === 'estimate') next.phase = 'form';
      if (fields.who !== undefined && fields.who !== get().picked?.name) next.picked = null;
      if (fields.institution !== undefined && fields.institution !== get().pickedInstitution?.name) next.pickedInstitution = null;
      set(next);
    },
    setSettings: (s) => {
      const settings = { ...get().settings, ...s };
      if (s.base !== undefined) {
        settings.baseFromUrl = false;
        settings.baseProblem = null;
      }
      set({ settings, error: null });
    },

    lookUp: async (entity, text) => {
      const q = text.trim();
      lookups[entity]?.abort();
      const pasted = entity === 'authors' ? bareOpenAlexId(q, 'A') ?? bareOrcid(q) : bareOpenAlexId(q, 'I');
      if (q.length < 3 || pasted) {
        set({ suggest: { ...get().suggest, [entity]: emptySuggest() } });
        return;
      }
      const ctl = new AbortController();
      lookups[entity] = ctl;
      set({ suggest: { ...get().suggest, [entity]: { ...get().suggest[entity], loading: true, error: null } } });
      try {
        const s = get().settings;
        if (s.baseProblem) throw new Error('not asked: the OpenAlex address from this page\'s link cannot be used (said above)');
        checkPolicyAllows(s.base);
        const items = await autocomplete(entity, q, { base: s.base, mailto: s.mailto.trim() || null, apiKey: s.apiKey.trim() || null, http: http(ctl.signal, 1) });
        if (ctl.signal.aborted) return;
        set({ suggest: { ...get().suggest, [entity]: { items, forText: q, loading: false, error: null } }, retry: null });
      } catch (err) {
        if (isAbort(err)) return;
        set({ suggest: { ...get().suggest, [entity]: { items: [], forText: q, loading: false, error: messageOf(err) } }, retry: null });
      }
    },
    pick: (entity, s) => {
      lookups[entity]?.abort();
      if (entity === 'authors') set({ picked: s, who: s.name, error: null, phase: 'form', suggest: { ...get().suggest, authors: emptySuggest() } });
      else set({ pickedInstitution: s, institution: s.name, error: null, phase: 'form', suggest: { ...get().suggest, institutions: emptySuggest() } });
    },

    formQuery: () => {
      const st = get();
      const years = { fromYear: st.fromYear, toYear: st.toYear };
      if (st.mode === 'researcher') {
        if (st.picked && st.picked.name === st.who) return makeQuery({ kind: 'author', value: st.picked.id, label: st.picked.name, depth: st.depth, ...years });
        const w = st.who.trim();
        if (bareOpenAlexId(w, 'A')) return makeQuery({ kind: 'author', value: w, depth: st.depth, ...years });
        if (bareOrcid(w)) return makeQuery({ kind: 'orcid', value: w, depth: st.depth, ...years });
        const failed = st.suggest.authors.error;
        if (w && failed) throw new QueryError(`no suggestions for "${w}": OpenAlex could not be asked (the reason is under the field); paste an ORCID iD or OpenAlex author id, or try again when OpenAlex can be reached`);
        throw new QueryError(w ? `pick "${w}" among the suggestions (namesakes are told apart by institution and works), or paste an ORCID iD or OpenAlex author id` : 'type a researcher\'s name, or paste an ORCID iD or OpenAlex author id');
      }
      if (st.mode === 'institution') {
        if (st.pickedInstitution && st.pickedInstitution.name === st.institution) return makeQuery({ kind: 'institution', value: st.pickedInstitution.id, label: st.pickedInstitution.name, ...years });
        const w = st.institution.trim();
        if (bareOpenAlexId(w, 'I')) return makeQuery({ kind: 'institution', value: w, ...years });
        const failed = st.suggest.institutions.error;
        if (w && failed) throw new QueryError(`no suggestions for "${w}": OpenAlex could not be asked (the reason is under the field); paste an OpenAlex institution id (I…), or try again when OpenAlex can be reached`);
        throw new QueryError(w ? `pick "${w}" among the suggestions, or paste an OpenAlex institution id (I…)` : 'type an institution\'s name, or paste an OpenAlex institution id (I…)');
      }
      return makeQuery({ kind: 'search', value: st.words, ...years });
    },

    start: async (given) => {
      if (get().phase === 'checking' || get().phase === 'fetching') return;
      let query: OpenAlexQuery;
      let settings: OpenAlexSettings;
      try {
        // the address first: a link's unusable ?openalex= is the problem, whatever the form says
        if (get().settings.baseProblem) throw new Error('Nothing was sent: the OpenAlex address from this page\'s link cannot be used (said at the top); fix it under OpenAlex settings');
        query = given ?? get().formQuery();
        const s = get().settings;
        settings = { ...s, base: normaliseBase(s.base), mailto: checkMailto(s.mailto) ?? '' };
        checkPolicyAllows(settings.base);
      } catch (err) {
        set({ phase: 'failed', error: `${messageOf(err)}.`, offline: false });
        return;
      }
      saveSettings(settings);
      controller?.abort();
      const ctl = new AbortController();
      controller = ctl;
      set({ settings, query, phase: 'checking', error: null, offline: false, note: null, plan: null, retry: null, progress: { phase: 'counting', fetched: 0, total: null, requests: 0 } });
      try {
        const plan = await planFetch(query, fetchOptions(ctl.signal));
        if (ctl.signal.aborted) return;
        if (plan.count === 0) {
          controller = null;
          set({ phase: 'failed', plan, error: noWorksMessage(query) });
          return;
        }
        if (query.depth === 2) set({ phase: 'estimate', plan, progress: null });
        else await fetchAndBuild(plan, ctl.signal);
      } catch (err) {
        fail(err);
      }
    },
    confirm: async () => {
      const plan = get().plan;
      if (get().phase !== 'estimate' || !plan || !controller) return;
      try {
        await fetchAndBuild(plan, controller.signal);
      } catch (err) {
        fail(err);
      }
    },
    retryLast: async () => {
      const q = get().query;
      if (get().phase !== 'failed') return;
      await get().start(q ?? undefined);
    },
    importInstead: () => {
      get().close();
      useImport.getState().openDialog();
    },
    cancel: () => {
      controller?.abort();
      controller = null;
      set({ phase: 'form', plan: null, progress: null, retry: null, note: 'Cancelled: nothing was fetched or kept.' });
    },
  };
});
