/**
 * Issue 12's table ("A whole field on one laptop") from one benchmark run: each figure with the issue's
 * "today" (quiet machine, before the work) and its target, and whether this run met it.
 */
import type { BrowserBenchRow } from '../bench-browser';
import type { ImportBenchRow } from '../bench-import';

interface BuildRow {
  id: string;
  wallMs: number;
  maxRssMB?: number;
  cpuMs?: number;
  /** 1-minute load average before -> after the build. */
  load?: string;
  papers?: number;
  [k: string]: unknown;
}

export interface IssueRow {
  figure: string;
  today: string;
  now: string;
  target: string;
  met: 'yes' | 'no' | '—';
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ok = (b: boolean | null): IssueRow['met'] => (b === null ? '—' : b ? 'yes' : 'no');

/**
 * The rows of issue 12's table from one benchmark run: build wall time / peak RSS per corpus (ms and MB in,
 * seconds and MB shown), modularity against igraph's Leiden, and the browser and import figures when they were
 * measured (null: "not run"). Each row says whether this run met the issue's target. Throws nothing.
 */
export function issueTable(
  build: BuildRow[],
  modularity: { dataset: string; ours: number; igraphLeiden: number; met: boolean }[],
  browser: BrowserBenchRow[] | null,
  imports: ImportBenchRow[] | null,
): IssueRow[] {
  const rows: IssueRow[] = [];
  const b = (id: string) => build.find((r) => r.id === id);
  const buildRow = (id: string, today: string, wallMax: number, rssMax: number, extra = '') => {
    const r = b(id);
    rows.push({
      figure: `${id} build, wall / peak RSS${extra ? ` ${extra}` : ''}`,
      today,
      now: r ? `${s(r.wallMs)} / ${r.maxRssMB} MB (CPU ${s(r.cpuMs ?? 0)}${r.load ? `, load ${r.load}` : ''})` : 'not run',
      target: `<= ${wallMax} s / <= ${rssMax >= 1000 ? `${rssMax / 1000} GB` : `${rssMax} MB`}`,
      met: ok(r ? r.wallMs <= wallMax * 1000 && (r.maxRssMB ?? Infinity) <= rssMax : null),
    });
  };
  buildRow('acl_2016_2021_all', '15.6 s / 659 MB', 6, 600);
  buildRow('acl_all', '—', 15, 1200);
  buildRow('acl_160k', '—', 40, 2500);
  // memory growing linearly: peak RSS per 1000 papers at 30k, 70k, 160k
  const perK = ['acl_2016_2021_all', 'acl_all', 'acl_160k']
    .map((id) => b(id))
    .filter((r): r is BuildRow => !!r && typeof r.papers === 'number')
    .map((r) => ({ id: r.id, perK: (r.maxRssMB ?? 0) / ((r.papers as number) / 1000) }));
  if (perK.length >= 2) {
    const first = perK[0]!.perK;
    rows.push({
      figure: 'peak RSS per 1000 papers (30k, 70k, 160k)',
      today: '—',
      now: perK.map((p) => `${p.perK.toFixed(1)} MB`).join(', '),
      target: 'linear: not growing with size',
      met: ok(perK.every((p) => p.perK <= first * 1.1)),
    });
  }
  for (const [id, today] of [
    ['acl_2016_2021_all', '0.8182 vs 0.8245'],
    ['acl_2020_main', '0.9196 vs 0.9213'],
  ] as const) {
    const m = modularity.find((x) => x.dataset === id);
    rows.push({
      figure: `modularity, full counting, ${id} (ours vs igraph Leiden)`,
      today,
      now: m ? `${m.ours.toFixed(4)} vs ${m.igraphLeiden}` : 'not run',
      target: '>= igraph Leiden',
      met: ok(m ? m.met : null),
    });
  }
  const br = (id: string) => browser?.find((r) => r.dataset === id);
  const ms = (x: number | undefined) => (x === undefined ? 'not run' : `${Math.round(x)} ms`);
  for (const [id, today, max] of [
    ['acl_2016_2021_all', '2.0–2.8 s', 1500],
    ['acl_all', '—', 2500],
  ] as const) {
    const r = br(id);
    const now = r ? `${ms(r.firstFrameMs)} (interactive ${ms(r.interactiveMs)})` : 'not run';
    rows.push({ figure: `explorer first frame, ${id}`, today, now, target: `<= ${max} ms`, met: ok(r ? r.firstFrameMs <= max : null) });
  }
  const checked = br('acl_2016_2021_all');
  rows.push({
    figure: 'bundle schema check on the first-frame path, acl_2016_2021_all',
    today: '0.5–0.9 s (busy machine)',
    now: ms(checked?.bundleCheckMs),
    target: 'cut, every column still checked',
    met: '—',
  });
  const big = br('acl_all');
  rows.push({ figure: 'click → panel, acl_all (70k)', today: '—', now: ms(big?.clickToPanelMs), target: '<= 50 ms', met: ok(big ? big.clickToPanelMs <= 50 : null) });
  rows.push({ figure: 'hover frame, acl_all (70k)', today: '—', now: ms(big?.hoverFrameMs), target: '<= 50 ms', met: ok(big ? big.hoverFrameMs <= 50 : null) });
  rows.push({
    figure: 'search keystroke, acl_all (70k), median / max',
    today: '—',
    now: big ? `${Math.round(big.searchKeystrokeMedianMs)} / ${Math.round(big.searchKeystrokeMaxMs)} ms` : 'not run',
    target: '<= 30 ms',
    met: ok(big ? big.searchKeystrokeMaxMs <= 30 : null),
  });
  const small = br('acl_2020_main');
  rows.push({
    figure: 'click → details painted, acl_2020_main (map\'s first frame; longest main-thread task)',
    today: '2.71 s (blocked 5.2 s)',
    now: small ? `${Math.round(small.clickToPaintedMs)} ms (${Math.round(small.clickToMapFrameMs)} ms; ${Math.round(small.clickLongestTaskMs)} ms)` : 'not run',
    target: '<= 100 ms, responsive (no task > 100 ms)',
    met: ok(small ? small.clickToPaintedMs <= 100 && small.clickLongestTaskMs <= 100 : null),
  });
  const mid = br('acl_2016_2021_all');
  const firstAbstract = mid?.firstClickAbstractMs ?? null;
  rows.push({
    figure: 'first click → details with abstracts, acl_2016_2021_all',
    today: '5–18 s',
    now: mid ? (firstAbstract === null ? 'no abstract in that author\'s papers' : `${Math.round(firstAbstract)} ms`) : 'not run',
    target: '<= 300 ms',
    met: ok(firstAbstract === null ? null : firstAbstract <= 300),
  });
  const imp = imports?.find((r) => r.corpus === 'acl_2016_2021_all');
  rows.push({
    figure: 'in-browser import → graph shown, acl_2016_2021_all.bib (longest block opening)',
    today: '14–37 s (1.1–2 s)',
    now: imp ? `${imp.drawnMs === null ? 'not drawn' : s(imp.drawnMs)} (${Math.round(imp.longestBlockOpenMs)} ms)` : 'not run',
    target: '<= 12 s, no block > 100 ms',
    met: ok(imp ? imp.drawnMs !== null && imp.drawnMs <= 12_000 && imp.longestBlockOpenMs <= 100 && imp.longestBlockBuildMs <= 100 : null),
  });
  return rows;
}
