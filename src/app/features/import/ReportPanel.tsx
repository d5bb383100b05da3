/**
 * The build report of the open dataset: the counts, then every merged, skipped and noted record with
 * its file and line. For an imported dataset it comes from this browser; for a sample, from report.json.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { BuildReport, MergeEntry } from '../../../core/bundle/report-types';
import type { IngestNote, SkippedRecord } from '../../../core/ingest/types';
import { useAtlas } from '../../store';
import { downloadText } from '../../download';
import { count as n } from './format';
import { countOf } from '../../format';
import { linklessWords, modularityWords, reportModularity } from '../../../core/analyse/communities';
import { authorNamesWords, componentsWords, peopleWords, splitPersonWords } from '../../../core/bundle/report-words';
import { useImport } from './import-store';
import { Dialog } from '../../panels/Dialog';
import { loadCurrentReport } from './open-imported';
import './import.css';
import { buildTimeWords, isFetchedInput, recordsFrom } from './report-words';

const PAGE = 100;

export function ReportButton() {
  const setReportOpen = useImport((s) => s.setReportOpen);
  return (
    <button type="button" className="text-button report-button" onClick={() => setReportOpen(true)} data-testid="open-report" title="What was read, merged and skipped">
      Build report
    </button>
  );
}

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; report: BuildReport };

function useCurrentReport(open: boolean): Loaded {
  const dataset = useAtlas((s) => s.dataset);
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    if (!open || !dataset) return;
    let live = true;
    setState({ status: 'loading' });
    loadCurrentReport().then(
      (report) => live && setState({ status: 'ready', report }),
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [open, dataset]);
  return state;
}

const where = (r: { file?: string; line?: number }) => (r.file ? `${r.file}${r.line ? `:${r.line}` : ''}` : '');

function Summary({ report }: { report: BuildReport }) {
  const paperMerges = report.merged.filter((m) => m.kind === 'paper');
  const mergedPapers = paperMerges.reduce((sum, m) => sum + m.merged.length, 0);
  const items: [string, string, string?][] = [
    ['Records read', n(report.records), recordsFrom(report)],
    ['Papers', n(report.papers), mergedPapers ? `${countOf(mergedPapers, 'duplicate')} merged` : 'no duplicates'],
    ['Skipped', n(report.skipped.length), report.skipped.length ? 'listed below with reasons' : 'nothing skipped'],
    ['Author names', n(report.authorNames), authorNamesWords(report)],
    ['People', n(report.authors), peopleWords(report)],
    ['Authorships', n(report.authorships)],
    ['Co-author pairs', n(report.coauthorPairs), report.maxAuthorsAffected ? `${countOf(report.maxAuthorsAffected, 'paper')} over the author cap` : undefined],
    ['Components', n(report.components), componentsWords(report)],
    ['Communities', n(report.communities), [modularityWords(reportModularity(report), 3), report.communitiesWithoutLinks ? linklessWords(report.communitiesWithoutLinks) : ''].filter(Boolean).join('. ')],
  ];
  return (
    <dl className="report-summary" data-testid="report-summary">
      {items.map(([label, value, sub]) => (
        <div key={label} className="report-stat">
          <dt>{label}</dt>
          <dd>
            <span className="report-stat-value">{value}</span>
            {sub && <span className="report-stat-sub">{sub}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** For a map fetched from OpenAlex: the query, when, from where and how many works. */
function FetchedFrom({ info }: { info: NonNullable<BuildReport['fetched']> }) {
  const when = new Date(info.fetchedAt);
  const day = Number.isNaN(when.getTime()) ? info.fetchedAt : `${when.toISOString().slice(0, 10)} ${when.toTimeString().slice(0, 5)}`;
  return (
    <div className="report-fetched" data-testid="report-fetched">
      <p>
        Fetched from OpenAlex: <strong>{info.description}</strong>
      </p>
      <p className="muted small">
        {countOf(info.works, 'work')} on {day} from <code>{info.base}</code>
        {info.query.depth === 2 && <> · co-authors' works: {n(info.coauthorsTaken)} of {n(info.coauthorsFound)} co-authors</>}
        {info.capped && <> · stopped at {countOf(info.maxWorks, 'work')} (OpenAlex announced {n(info.announced)} for the query)</>}
        {info.authorListsAt100 > 0 && <> · {info.authorListsAt100 === 1 ? '1 work lists' : `${n(info.authorListsAt100)} works list`} exactly 100 authors (OpenAlex cuts author lists there)</>}
      </p>
    </div>
  );
}

function Inputs({ report }: { report: BuildReport }) {
  const o = report.options;
  const took = buildTimeWords(report.timingsMs, report.inputs.length);
  return (
    <div className="report-inputs">
      <table>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col" className="num">
              Records
            </th>
          </tr>
        </thead>
        <tbody>
          {report.inputs.map((input, i) => (
            <tr key={`${input.file}-${i}`}>
              <td>
                {isFetchedInput(report, input.file) ? (
                  <span title={`file:line references below name the fetched works ${input.file}`}>
                    OpenAlex: {report.fetched!.description} <span className="muted">(as <code>{input.file}</code>)</span>
                  </span>
                ) : (
                  <code>{input.file}</code>
                )}
              </td>
              <td>{input.format}</td>
              <td className="num">{n(input.records)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {o.counting} counting · {o.maxAuthors === null ? 'no author cap' : `at most ${o.maxAuthors} authors per paper`} · resolution {o.resolution} · seed {o.seed}
        {took && <> · {took}</>}
        {report.timingsMs?.labelsTokenizeWorker !== undefined && <> · labels worked out on a second thread{secondThreadShare(report)}</>}
      </p>
    </div>
  );
}

/** What else the build's second thread did (the CLI's and the browser's report it in their timings). */
function secondThreadShare(report: BuildReport): string {
  const t = report.timingsMs ?? {};
  const parts: string[] = [];
  if (t.communitiesStartWorker !== undefined) parts.push('a Leiden start');
  if (t.layoutWorkerCommunities !== undefined) parts.push(`${n(t.layoutWorkerCommunities)} of ${n(report.communities)} community layouts`);
  else if (t.layoutWorker !== undefined) parts.push('community layouts');
  return parts.length ? `, with ${parts.join(' and ')}` : '';
}

function SkippedItem({ r }: { r: SkippedRecord }) {
  return (
    <li>
      <code className="report-where">{where(r)}</code>
      <span className="report-reason">{r.reason}</span>
      {r.record && <span className="report-record">{r.record}</span>}
    </li>
  );
}

function MergedItem({ m }: { m: MergeEntry }) {
  // an entry of the alias file's per-paper lines splits a name (it joins nothing): said so, as the CLI does
  return (
    <li data-split={m.split ? 'true' : undefined}>
      <span className={`report-kind is-${m.split ? 'split' : m.kind}`}>{m.split ? 'split' : m.kind}</span>
      <span className="report-reason">
        {m.reason}
        {m.split && (
          <>
            : <q>{m.split.name}</q> split{m.split.people ? ` into ${countOf(m.split.people, 'person')}` : ''}
            {m.split.given ? ", the lines' papers given to an author already in the papers" : ", this one on the lines' papers"}
          </>
        )}
      </span>
      <span className="report-record">
        {m.split?.given ? (
          <>
            <q>{m.kept}</q>, {splitPersonWords(m.split)}
          </>
        ) : (
          <>
            {m.split ? splitPersonWords(m.split) : 'kept'} <q>{m.kept}</q>
          </>
        )}
        {m.merged.length > 0 && (
          <>
            {' '}
            ←{' '}
            {m.merged.map((x, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <q>{x}</q>
              </span>
            ))}
          </>
        )}
      </span>
      {where(m) && <code className="report-where">{where(m)}</code>}
    </li>
  );
}

function NoteItem({ r }: { r: IngestNote }) {
  return (
    <li>
      <code className="report-where">{where(r)}</code>
      <span className="report-reason">{r.note}</span>
      {r.record && <span className="report-record">{r.record}</span>}
    </li>
  );
}

type Tab = 'skipped' | 'merged' | 'split' | 'notes';

/**
 * The report's records under tabs: Skipped, Merged, Split (only when the alias file's per-paper lines split a
 * name: a split joins nothing, so it is not counted or listed under Merged), Notes. Each tab's count is the number
 * of rows listed under it.
 */
function Records({ report }: { report: BuildReport }) {
  const merges = useMemo(() => report.merged.filter((m) => !m.split), [report]);
  const splits = useMemo(() => report.merged.filter((m) => m.split), [report]);
  const first: Tab = report.skipped.length ? 'skipped' : merges.length ? 'merged' : splits.length ? 'split' : 'notes';
  const [tab, setTab] = useState<Tab>(first);
  const [shown, setShown] = useState(PAGE);
  const counts: Record<Tab, number> = { skipped: report.skipped.length, merged: merges.length, split: splits.length, notes: report.notes.length };
  // notes in file order, then by line (a reader adds a file's summary notes after its records': line 16 came
  // before lines 2 and 9, a tester)
  const notes = useMemo(() => {
    const fileRank = new Map(report.inputs.map((f, i) => [f.file, i]));
    return [...report.notes].sort((a, b) => (fileRank.get(a.file) ?? 0) - (fileRank.get(b.file) ?? 0) || a.line - b.line);
  }, [report]);
  const labels: Partial<Record<Tab, string>> = { skipped: 'Skipped', merged: 'Merged', ...(splits.length ? { split: 'Split' } : {}), notes: 'Notes' };
  const id = useId();
  const left = counts[tab] - shown;
  return (
    <div className="report-records">
      <div role="tablist" aria-label="Records" className="report-tabs">
        {(Object.keys(labels) as Tab[]).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${id}-${t}`}
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            className="report-tab"
            onClick={() => {
              setTab(t);
              setShown(PAGE);
            }}
          >
            {labels[t]} <span className="report-count">{n(counts[t])}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} data-testid={`report-${tab}`}>
        {counts[tab] === 0 ? (
          <p className="muted report-empty">
            {tab === 'skipped' ? 'Every record was used.' : tab === 'merged' ? 'Nothing was merged.' : 'No notes.'}
          </p>
        ) : (
          <ul className="report-list">
            {tab === 'skipped' && report.skipped.slice(0, shown).map((r, i) => <SkippedItem key={i} r={r} />)}
            {tab === 'merged' && merges.slice(0, shown).map((m, i) => <MergedItem key={i} m={m} />)}
            {tab === 'split' && splits.slice(0, shown).map((m, i) => <MergedItem key={i} m={m} />)}
            {tab === 'notes' && notes.slice(0, shown).map((r, i) => <NoteItem key={i} r={r} />)}
          </ul>
        )}
        {left > 0 && (
          <button type="button" className="secondary-button report-more" onClick={() => setShown(shown + PAGE * 5)}>
            Show {n(Math.min(left, PAGE * 5))} more of {n(left)}
          </button>
        )}
      </div>
    </div>
  );
}

function downloadReport(report: BuildReport, name: string): void {
  const base = name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'dataset';
  downloadText(`${base}-report.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
}

export function ReportPanel() {
  const open = useImport((s) => s.reportOpen);
  const setReportOpen = useImport((s) => s.setReportOpen);
  const name = useAtlas((s) => s.dataset?.name ?? '');
  const loaded = useCurrentReport(open);
  const close = () => setReportOpen(false);
  return (
    <Dialog
      open={open}
      onClose={close}
      kicker="Build report"
      title={name}
      actions={
        loaded.status === 'ready' && (
          <button type="button" className="text-button" onClick={() => downloadReport(loaded.report, name)}>
            Download JSON
          </button>
        )
      }
      closeLabel="Close report"
      wide
      testId="report-panel"
      closeOnBackdrop
    >
      {loaded.status === 'loading' && <p className="muted report-empty">Reading the report…</p>}
      {loaded.status === 'error' && (
        <p className="report-empty" role="alert">
          The report could not be shown: {loaded.message}
        </p>
      )}
      {loaded.status === 'ready' && (
        <div className="report-content">
          {loaded.report.fetched && <FetchedFrom info={loaded.report.fetched} />}
          <Summary report={loaded.report} />
          <Inputs report={loaded.report} />
          <Records report={loaded.report} />
        </div>
      )}
    </Dialog>
  );
}
