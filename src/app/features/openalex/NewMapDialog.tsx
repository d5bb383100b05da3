/**
 * The "New map" dialog: a researcher (by name with OpenAlex's suggestions, or a pasted ORCID iD / author
 * id), an institution, or a search, with a year range and how far to go; then the estimate, the fetch with
 * its progress and Cancel. The works go to the import's build (its progress dialog takes over from there).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Suggestion } from '../../../core/openalex/autocomplete';
import { Combobox } from '../../panels/Combobox';
import { Dialog } from '../../panels/Dialog';
import { useImport } from '../import/import-store';
import { useNewMap, type NewMapMode } from './store';
import { OFFLINE_WAY_ON } from './words';

const n = (x: number) => x.toLocaleString('en');

export function NewMapButton() {
  const openDialog = useNewMap((s) => s.openDialog);
  const busy = useNewMap((s) => s.phase === 'fetching' || s.phase === 'checking');
  const building = useImport((s) => s.status === 'building');
  return (
    <button
      type="button"
      className={`import-button newmap-button ${busy ? 'is-building' : ''}`}
      onClick={() => openDialog()}
      disabled={building}
      data-testid="open-new-map"
      title="Build a map of a researcher's collaborations from OpenAlex"
      aria-label={busy ? 'Fetching from OpenAlex' : 'New map from OpenAlex'}
    >
      {busy ? <span className="stage-spinner" aria-hidden="true" /> : <GlobeIcon />} <span className="import-button-label">New map</span>
    </button>
  );
}

function GlobeIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1.9 8h12.2M8 1.75c-3.2 3.6-3.2 8.9 0 12.5M8 1.75c3.2 3.6 3.2 8.9 0 12.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
    </svg>
  );
}

function SuggestionText({ s }: { s: Suggestion }) {
  return (
    <>
      <span className="newmap-s-name">{s.name}</span>
      <span className="newmap-s-meta">
        {s.hint && <span className="newmap-s-hint">{s.hint}</span>}
        {s.worksCount !== null && <span>{n(s.worksCount)} works</span>}
        {s.orcid && <span className="newmap-s-orcid">ORCID {s.orcid}</span>}
        <span className="newmap-s-id">{s.id}</span>
      </span>
    </>
  );
}

/** A text field with OpenAlex suggestions below it (`Combobox`: arrows move, Enter picks, Escape closes the dialog). */
function LookupField({ entity, label, hint, placeholder, testId }: { entity: 'authors' | 'institutions'; label: string; hint: string; placeholder: string; testId: string }) {
  const id = useId();
  const value = useNewMap((s) => (entity === 'authors' ? s.who : s.institution));
  const picked = useNewMap((s) => (entity === 'authors' ? s.picked : s.pickedInstitution));
  const suggest = useNewMap((s) => s.suggest[entity]);
  const { set, lookUp, pick } = useNewMap.getState();
  const [active, setActive] = useState(-1);
  // ask after a short pause in typing, and only for what the user typed (a picked name asks nothing)
  useEffect(() => {
    if (picked && picked.name === value) return;
    const t = setTimeout(() => void lookUp(entity, value), 300);
    return () => clearTimeout(t);
  }, [entity, value, picked, lookUp]);
  const items = picked && picked.name === value ? [] : suggest.items;
  useEffect(() => setActive(-1), [suggest.items]);
  return (
    <div className="import-field newmap-lookup">
      <label htmlFor={id}>{label}</label>
      <Combobox
        inputId={id}
        inputProps={{ placeholder, 'data-testid': testId }}
        query={value}
        onQueryChange={(text) => set(entity === 'authors' ? { who: text } : { institution: text })}
        items={items}
        active={active}
        onActiveChange={setActive}
        onChoose={(s) => pick(entity, s)}
        onEscape={() => false}
        listLabel={`${label}: suggestions`}
        listClassName="newmap-suggestions"
        optionClassName="newmap-suggestion"
        itemKey={(s) => s.id}
        itemData={(s) => ({ 'data-testid': 'newmap-suggestion', 'data-id': s.id })}
        renderItem={(s) => (
          <span className="newmap-suggestion-text">
            <SuggestionText s={s} />
          </span>
        )}
      />
      <span className="field-hint">
        {suggest.loading ? 'Asking OpenAlex…' : suggest.error ? <span className="field-problem">{suggest.error}</span> : hint}
      </span>
      {picked && picked.name === value && (
        <p className="newmap-picked" data-testid="newmap-picked">
          <span className="newmap-picked-mark" aria-hidden="true">
            ✓
          </span>
          <span className="newmap-suggestion-text">
            <SuggestionText s={picked} />
          </span>
        </p>
      )}
      {!suggest.loading && !suggest.error && suggest.forText && suggest.forText === value.trim() && suggest.items.length === 0 && !picked && (
        <span className="field-hint">No {entity === 'authors' ? 'researcher' : 'institution'} by that name in OpenAlex.</span>
      )}
    </div>
  );
}

const MODES: { mode: NewMapMode; label: string }[] = [
  { mode: 'researcher', label: 'Researcher' },
  { mode: 'institution', label: 'Institution' },
  { mode: 'search', label: 'Search' },
];

function Form() {
  const st = useNewMap();
  const errorRef = useRef<HTMLDivElement>(null);
  // a failure below the fold of a short dialog is brought into view (a dropped connection ends here)
  useEffect(() => {
    if (st.error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [st.error]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void st.start();
  };
  const host = (() => {
    try {
      return new URL(st.settings.base).host;
    } catch {
      return st.settings.base;
    }
  })();
  return (
    // noValidate: the address field (type=url) is checked by the app with a sentence, not by a bubble on a closed section
    <form className="import-form newmap-form" onSubmit={onSubmit} noValidate>
      <div className="import-scroll">
        {st.settings.baseProblem && (
          <p className="newmap-error" role="alert" data-testid="newmap-base-problem">
            {st.settings.baseProblem}
          </p>
        )}
        <div className="newmap-modes" role="radiogroup" aria-label="Map of">
          {MODES.map(({ mode, label }) => (
            <label key={mode} className={`newmap-mode ${st.mode === mode ? 'is-on' : ''}`}>
              <input type="radio" name="newmap-mode" value={mode} checked={st.mode === mode} onChange={() => st.set({ mode })} data-testid={`newmap-mode-${mode}`} />
              {label}
            </label>
          ))}
        </div>

        {st.mode === 'researcher' && (
          <LookupField entity="authors" label="Researcher" hint="Type a name and pick the right person (namesakes differ by institution and works), or paste an ORCID iD or OpenAlex author id." placeholder="e.g. Maria Okafor, 0000-0002-1825-0097 or A5023888391" testId="newmap-who" />
        )}
        {st.mode === 'institution' && (
          <LookupField entity="institutions" label="Institution" hint="Type a name and pick it, or paste an OpenAlex institution id (I…)." placeholder="e.g. Lakeside University or I136199984" testId="newmap-institution" />
        )}
        {st.mode === 'search' && (
          <div className="import-field">
            <label htmlFor="newmap-words">Words in titles and abstracts</label>
            <input id="newmap-words" value={st.words} onChange={(e) => st.set({ words: e.target.value })} placeholder="e.g. coral reef bleaching" data-testid="newmap-words" />
            <span className="field-hint">OpenAlex's search; narrow it with years.</span>
          </div>
        )}

        <div className="newmap-years">
          <div className="import-field">
            <label htmlFor="newmap-from">From year</label>
            <input id="newmap-from" inputMode="numeric" placeholder="any" value={st.fromYear} onChange={(e) => st.set({ fromYear: e.target.value })} data-testid="newmap-from" />
          </div>
          <div className="import-field">
            <label htmlFor="newmap-to">To year</label>
            <input id="newmap-to" inputMode="numeric" placeholder="any" value={st.toYear} onChange={(e) => st.set({ toYear: e.target.value })} data-testid="newmap-to" />
          </div>
        </div>

        {st.mode === 'researcher' && (
          <fieldset className="newmap-depth">
            <legend>How far</legend>
            <label>
              <input type="radio" name="newmap-depth" checked={st.depth === 1} onChange={() => st.set({ depth: 1 })} data-testid="newmap-depth-1" />
              <span>
                <strong>Their works</strong> <span className="muted">— them and their co-authors (ego network)</span>
              </span>
            </label>
            <label>
              <input type="radio" name="newmap-depth" checked={st.depth === 2} onChange={() => st.set({ depth: 2 })} data-testid="newmap-depth-2" />
              <span>
                <strong>Two steps</strong> <span className="muted">— also their co-authors' works (the 50 most frequent co-authors; you see the estimate first)</span>
              </span>
            </label>
          </fieldset>
        )}

        <details className="import-options newmap-settings" open={st.settingsOpen} onToggle={(e) => st.showSettings(e.currentTarget.open)}>
          <summary>
            <span className="import-options-title">OpenAlex settings</span>
            <span className="import-options-summary">
              {host}
              {st.settings.mailto ? ` · ${st.settings.mailto}` : ''}
              {st.settings.apiKey ? ' · API key set' : ''}
            </span>
          </summary>
          <div className="import-options-grid">
            <div className="import-field">
              <label htmlFor="newmap-mailto">Your e-mail (optional)</label>
              <input id="newmap-mailto" type="email" value={st.settings.mailto} onChange={(e) => st.setSettings({ mailto: e.target.value })} placeholder="you@example.org" data-testid="newmap-mailto" />
              <span className="field-hint">Sent with each request: OpenAlex's polite pool.</span>
            </div>
            <div className="import-field">
              <label htmlFor="newmap-key">API key (optional)</label>
              <input id="newmap-key" type="password" autoComplete="off" value={st.settings.apiKey} onChange={(e) => st.setSettings({ apiKey: e.target.value })} data-testid="newmap-api-key" />
              <span className="field-hint">Free at openalex.org; more requests a day.</span>
            </div>
            <div className="import-field newmap-base-field">
              <label htmlFor="newmap-base">OpenAlex address</label>
              <input id="newmap-base" type="url" value={st.settings.base} onChange={(e) => st.setSettings({ base: e.target.value })} data-testid="newmap-base" />
              <span className="field-hint">{st.settings.baseFromUrl ? 'From this page\'s address (?openalex=).' : 'A mirror may stand in for api.openalex.org.'}</span>
            </div>
          </div>
        </details>

        {st.error && (
          // the error and, offline, its ways on: brought into view together
          <div ref={errorRef}>
            <p className="newmap-error" role="alert" data-testid="newmap-error">
              {st.error}
            </p>
            {st.offline && <OfflineWayOn />}
          </div>
        )}
        {st.note && (
          <p className="muted small" data-testid="newmap-note">
            {st.note}
          </p>
        )}
        <p className="newmap-privacy muted small">
          {st.settings.baseProblem ? (
            <>No request is sent until the OpenAlex address is fixed.</>
          ) : (
            <>
              Requests go to <strong>{host}</strong> only when you type a name or fetch; the works are built into a map in this tab and kept in this browser.
            </>
          )}
        </p>
      </div>
      <footer className="import-actions import-footer">
        <button type="button" className="secondary-button" onClick={st.close}>
          Close
        </button>
        <button type="submit" className="primary-button" data-testid="newmap-fetch">
          {st.mode === 'researcher' && st.depth === 2 ? 'Estimate' : 'Fetch map'}
        </button>
      </footer>
    </form>
  );
}

/** After a fetch that got no answer at all (offline): what to do, with Try again and Import (a map from a file). */
function OfflineWayOn() {
  const retryLast = useNewMap((s) => s.retryLast);
  const importInstead = useNewMap((s) => s.importInstead);
  return (
    <div className="newmap-offline" data-testid="newmap-offline">
      <p className="small">{OFFLINE_WAY_ON}</p>
      <div className="newmap-offline-actions">
        <button type="button" className="secondary-button" onClick={() => void retryLast()} data-testid="newmap-try-again">
          Try again
        </button>
        <button type="button" className="secondary-button" onClick={importInstead} data-testid="newmap-import-instead">
          Import a paper list…
        </button>
      </div>
    </div>
  );
}

function Progress() {
  const st = useNewMap();
  const p = st.progress;
  const total = p?.total ?? null;
  const fetched = p?.fetched ?? 0;
  const what = st.query ? st.query.label ?? `${st.query.kind} ${st.query.value}` : '';
  const line =
    st.phase === 'checking' && (!p || p.phase === 'counting')
      ? 'Asking OpenAlex how many works…'
      : p?.phase === 'coauthors'
        ? `${n(fetched)} of at most ${n(total ?? 0)} works (the researcher's and their co-authors')`
        : `${n(fetched)}${total !== null ? ` of ${n(total)}` : ''} works`;
  return (
    <div className="import-progress newmap-progress" data-testid="newmap-progress" data-fetched={fetched} data-total={total ?? ''}>
      <p className="import-building-files">
        <code>{what}</code>
      </p>
      <div className="overall-bar" role="progressbar" aria-label="Works fetched" aria-valuemin={0} aria-valuemax={total ?? undefined} aria-valuenow={total ? fetched : undefined} aria-valuetext={line}>
        <span className={total ? '' : 'indeterminate'} style={total ? { width: `${Math.min(100, (fetched / Math.max(1, total)) * 100)}%` } : undefined} />
      </div>
      <p className="newmap-progress-line" aria-live="polite" data-testid="newmap-progress-line">
        {line}
        {p && p.requests > 0 && <span className="muted"> · {n(p.requests)} requests</span>}
      </p>
      {st.retry && (
        <p className="newmap-retry small" data-testid="newmap-retry">
          {st.retry}
        </p>
      )}
      <footer className="import-actions">
        <button type="button" className="secondary-button" onClick={st.cancel} data-testid="newmap-cancel" autoFocus>
          Cancel
        </button>
      </footer>
    </div>
  );
}

function Estimate() {
  const st = useNewMap();
  const plan = st.plan!;
  const theirs = plan.firstWorks?.length ?? plan.count;
  const step2 = plan.batches.reduce((s, b) => s + b.count, 0);
  const shared = plan.batches.reduce((s, b) => s + b.shared, 0);
  const more = Math.max(0, plan.estimate - theirs);
  return (
    <div className="newmap-estimate" data-testid="newmap-estimate" data-estimate={plan.estimate} data-more={more}>
      <dl className="report-summary">
        <div className="report-stat">
          <dt>Their works</dt>
          <dd>
            <span className="report-stat-value">{n(theirs)}</span>
            <span className="report-stat-sub">fetched already</span>
          </dd>
        </div>
        <div className="report-stat">
          <dt>Co-authors</dt>
          <dd>
            <span className="report-stat-value">{n(plan.coauthorsTaken)}</span>
            <span className="report-stat-sub">{plan.coauthors.length > plan.coauthorsTaken ? `the most frequent of ${n(plan.coauthors.length)}` : 'all of them'}</span>
          </dd>
        </div>
        <div className="report-stat">
          <dt>Co-authors' works</dt>
          <dd>
            <span className="report-stat-value">{n(step2)}</span>
            <span className="report-stat-sub" data-testid="newmap-estimate-shared">
              {shared > 0 ? `${n(shared)} of them shared with the researcher (fetched already)` : 'none shared with the researcher'}
            </span>
          </dd>
        </div>
      </dl>
      <p data-testid="newmap-estimate-line">
        The map will hold <strong>at most {n(plan.estimate)} works</strong>: their {n(theirs)} and up to {n(more)} more
        {plan.capped ? ` (capped at ${n(plan.maxWorks)})` : ''}.{plan.batches.length > 1 ? ' Co-authors are asked about in groups of 50; a work found in two groups is counted in each, so it may be fewer.' : ''}
      </p>
      <footer className="import-actions">
        <button type="button" className="secondary-button" onClick={st.cancel}>
          Back
        </button>
        <button type="button" className="primary-button" onClick={() => void st.confirm()} data-testid="newmap-confirm" autoFocus>
          Fetch up to {n(more)} more works
        </button>
      </footer>
    </div>
  );
}

export function NewMapDialog() {
  const open = useNewMap((s) => s.open);
  const phase = useNewMap((s) => s.phase);
  const close = useNewMap((s) => s.close);
  const title = phase === 'fetching' || phase === 'checking' ? 'Fetching from OpenAlex' : phase === 'estimate' ? 'Two steps: the estimate' : 'New map from OpenAlex';
  return (
    <Dialog open={open} onClose={close} title={title} closeLabel="Close new map" className="newmap-dialog" testId="new-map-dialog" data={{ 'data-phase': phase }}>
      {(phase === 'form' || phase === 'failed') && <Form />}
      {(phase === 'checking' || phase === 'fetching') && <Progress />}
      {phase === 'estimate' && <Estimate />}
    </Dialog>
  );
}
