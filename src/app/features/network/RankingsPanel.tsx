/**
 * Rankings: a sortable table of the authors on the canvas (the filters and the ego view apply) by papers,
 * co-authors, total link strength, betweenness (computed in the centrality worker when the table opens)
 * and community. Paged (50 rows), so it stays light on the 30k map. A click on a row selects the author.
 * While a card is open beside it (desktop) the table narrows to rank, name and the column it is sorted by
 * (network.css), so the author chosen is drawn in the map between the two; where even that would leave the map
 * too narrow a strip, choosing an author (or a card opening from the map or the search) closes the table, as on a
 * phone.
 */
import { isNarrow } from '../../narrow';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { nodeColours } from '../../graph/colours';
import { useAtlas } from '../../store';
import { ensureBetweenness } from './centrality-client';
import { BetweennessStatus } from './BetweennessStatus';
import { formatStrength } from './link-thresholds';
import { sliceFigures, totalStrengthMeaning } from './strength-text';
import { columnsFor, shownSort } from './rankings-columns';
import { fullCountingStrength } from './full-strength';
import { subsetSpan } from '../../../core/queries/venue-words';
import { useNetwork, type RankingColumn } from './store';
import { formatBetweenness, plural } from '../../format';
import { focusFirstOf, focusIsLost } from '../../focus-back';
import { EscapeLevel, useEscapeLayer } from '../../escape-layers';
import { useUntouchedNameChecks } from '../whoiswho/use-worker-insight';
import { CARRIED_WORDS } from '../whoiswho/checking-words';
import { mayBePeople, type HomonymFlag } from '../../../core/queries/homonyms';

type Column = RankingColumn;

const PAGE = 50;
/** Narrow screens: the table covers the canvas, so choosing an author closes it (the card opens as a sheet). */
const narrow = isNarrow;

/**
 * Least width of map (CSS px) left between the narrowed table and the card for the table to stay open when an
 * author is chosen: a tester's 1024 px window left ~60 px, the author drawn in a sliver between the two panels.
 */
const MIN_MAP_STRIP = 240;
/** The panels' gap to the canvas's edges and to each other (network.css, sheet.css: 12 px). */
const PANEL_GAP = 12;

/**
 * Whether the map beside the narrowed table (`table`: its element, inside the canvas's stage `.stage`)
 * and the card (`--details-w`) is narrower than MIN_MAP_STRIP. Widths read from the CSS custom properties
 * `--rankings-narrow-w` (network.css) and `--details-w` (base.css); when either cannot be read (0), the table
 * stays open. Throws nothing.
 */
function mapTooNarrowBeside(table: HTMLElement | null): boolean {
  const stage = table?.closest('.stage');
  if (!table || !stage) return false;
  const css = getComputedStyle(table);
  const narrowTable = parseFloat(css.getPropertyValue('--rankings-narrow-w')) || 0;
  const card = parseFloat(css.getPropertyValue('--details-w')) || 0;
  if (!narrowTable || !card) return false;
  return stage.getBoundingClientRect().width - narrowTable - card - 3 * PANEL_GAP < MIN_MAP_STRIP;
}

/**
 * A community in a row: a dot in its colour (as on the map and the author's dot when coloured by community), then
 * its label on up to two lines cut at a word (network.css); "Community 11: …" (its number as its card says it, from
 * 1) in the cell's tooltip and read out to screen readers. A bare leading number read as unexplained, and took the
 * room the label needed ("3 computational geometry ·…": tester K); labels cut to one line read alike ("statistical
 * machine…" for two communities: a tester), so they get two lines and the colour.
 * `colour`: the community's colour on the map (community colouring), whatever the map is coloured by now.
 */
function CommunityWords({ id, label, colour, className = '' }: { id: number; label: string; colour: string | undefined; className?: string }) {
  return (
    <span className={`community-words ${className}`} data-testid="rank-community">
      <span className="dot community-dot" style={{ background: colour }} aria-hidden="true" />
      <span className="community-label">
        <span className="visually-hidden">Community {id + 1}: </span>
        {label}
      </span>
    </span>
  );
}

export function RankingsPanel() {
  const open = useNetwork((s) => s.rankingsOpen);
  if (!open) return null;
  return <Rankings />;
}

/**
 * The ⚑ beside a name the name checks claim may be several people (as the card's "May be … different people" and the
 * chain's notes mark it): its words for a screen reader and as a tooltip (Yang Liu, #4 by betweenness on the 30k map,
 * was ranked with nothing saying his figures may be several people's: a tester).
 */
function SeveralMark({ flag, carried }: { flag: Pick<HomonymFlag, 'people' | 'peopleIsFloor'>; carried: boolean }) {
  // (after an Apply, the map before's claim until the rebuilt map's checks answer: said so, and drawn fainter)
  const words = `May be ${mayBePeople(flag)}${carried ? ` (${CARRIED_WORDS})` : ''}: the card says why`;
  return (
    <span className={`rank-flag${carried ? ' is-carried' : ''}`} role="img" aria-label={words} title={words} data-testid="rank-several" data-carried={carried ? '' : undefined}>
      ⚑
    </span>
  );
}

function Rankings() {
  const dataset = useAtlas((s) => s.dataset)!;
  // the names claimed as several people (the name checks of every name; none marked until they answer; after an Apply,
  // the map before's for the names it did not touch until the rebuilt map's answer: `useUntouchedNameChecks`)
  const checks = useUntouchedNameChecks();
  const carried = checks.status === 'ready' && checks.carried;
  const claims = useMemo(
    () => new Map(checks.status === 'ready' ? checks.value.flags.filter((f) => f.claimed).map((f) => [f.author, f] as const) : []),
    [checks],
  );
  const visibility = useAtlas((s) => s.visibility);
  const betweenness = useAtlas((s) => s.betweenness);
  const selection = useAtlas((s) => s.selection);
  const select = useAtlas((s) => s.select);
  const setOpen = useNetwork((s) => s.setRankingsOpen);
  // each author's dot in the map's colour (community or mean year: the dots kept the community colours while the
  // map showed years, a tester)
  const theme = useAtlas((s) => s.theme);
  const colorBy = useAtlas((s) => s.colorBy);
  const colors = nodeColours(dataset.bundle, theme, colorBy).author;
  // the community column's dots keep the communities' colours when the map shows years
  const communityColors = colorBy === 'community' ? colors : nodeColours(dataset.bundle, theme, 'community').author;
  const asked = useNetwork((s) => s.rankingsSort);
  const setSort = useNetwork((s) => s.setRankingsSort);
  const page = useNetwork((s) => s.rankingsPage);
  const setPage = useNetwork((s) => s.setRankingsPage);
  const root = useRef<HTMLElement>(null);
  const { authors, communities } = dataset.bundle;
  const values = betweenness.status === 'done' ? betweenness.values : null;
  // a year range: papers, co-authors and total link strength are the range's (its papers only), said above the table
  const slice = visibility?.slice ?? null;
  const paperCount = slice ? slice.papers : authors.paperCount;
  const coauthorCount = slice ? slice.coauthors : authors.coauthorCount;
  const weightedDegree = slice ? slice.strength : authors.weightedDegree;
  const counting = dataset.bundle.options.counting;
  const columns = columnsFor(counting);
  // the order asked may name a column this map has not (kept from a fractional map): the order shown, said
  const { sort, replaced } = shownSort(asked, columns);
  // a fractional map's total link strength under full counting (the shared papers with each co-author, summed)
  const fullStrength = useMemo(() => (counting === 'fractional' ? fullCountingStrength(dataset.bundle, slice) : null), [dataset.bundle, slice, counting]);

  // the control that opened the table ("Rankings of authors"), focused again when the table is closed with
  // Escape or its × (the focus was left on the page's body); on a phone the button is in the drawer, closed
  // by then: the ☰ button that opens it instead
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    ensureBetweenness();
    if (!root.current?.contains(document.activeElement)) opener.current = document.activeElement;
    root.current?.focus();
  }, [dataset]);
  const closeBack = () => {
    const focusWasIn = root.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    if (focusWasIn || focusIsLost()) focusFirstOf(opener.current, document.querySelector('.drawer-toggle'), document.querySelector('[data-testid="open-rankings"]'));
  };
  // Escape closes the table when it is the topmost open thing (escape-layers.ts: a page panel as the card; of the
  // two, the one opened last), wherever the focus is: it closed only with the focus inside it, and then even under
  // a card opened from it
  useEscapeLayer(true, EscapeLevel.page, closeBack);

  const rows = useMemo(() => {
    const list: number[] = [];
    for (let i = 0; i < authors.name.length; i++) if (!visibility || visibility.author[i] === 1) list.push(i);
    const key = (i: number): number | string => {
      switch (sort.by) {
        case 'name':
          return authors.name[i];
        case 'papers':
          return paperCount[i];
        case 'coauthors':
          return coauthorCount[i];
        case 'strength':
          return weightedDegree[i];
        case 'fullStrength':
          // (only where the column is, a fractional map: shownSort sorts a full-counting map by 'strength')
          return fullStrength ? fullStrength[i]! : weightedDegree[i];
        case 'betweenness':
          return values ? values[i] : 0;
        case 'community':
          return authors.community[i];
      }
    };
    const sign = sort.desc ? -1 : 1;
    list.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const c = typeof ka === 'string' ? ka.localeCompare(kb as string) : ka - (kb as number);
      // ties: more papers first, then by name
      return sign * c || paperCount[b] - paperCount[a] || authors.name[a].localeCompare(authors.name[b]);
    });
    return list;
  }, [authors, visibility, sort.by, sort.desc, values, paperCount, coauthorCount, weightedDegree, fullStrength]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, current * PAGE + PAGE);
  const selected = selection?.kind === 'author' ? selection.index : null;

  // a card opened from elsewhere (a click on the map, the search) where the narrowed table would leave the map a
  // sliver: the table closes, as a choice in it does; not when the table is opened beside a card already open
  const shownWith = useRef(selection);
  useEffect(() => {
    if (selection === shownWith.current) return;
    shownWith.current = selection;
    if (selection !== null && !narrow() && mapTooNarrowBeside(root.current)) setOpen(false);
  }, [selection, setOpen]);

  const choose = (i: number) => {
    // measured before the card opens (the table then narrows)
    const close = narrow() || mapTooNarrowBeside(root.current);
    select({ kind: 'author', index: i });
    if (close) setOpen(false);
  };
  // each cell's column (network.css keeps the sorted one while the table is narrowed beside a card)
  const cell = (key: Column) => `${key === 'community' ? 'community' : 'num'} col-${key} ${sort.by === key ? 'is-sorted' : ''}`;
  const sortBy = (by: Column) => {
    setSort(sort.by === by ? { by, desc: !sort.desc } : { by, desc: by !== 'name' && by !== 'community' });
  };

  return (
    <section
      className="rankings"
      aria-labelledby="rankings-title"
      data-testid="rankings"
      ref={root}
      tabIndex={-1}
    >
      <header className="rankings-header">
        <div>
          <div className="panel-kicker">
            {rows.length.toLocaleString('en')} {plural('author', rows.length)}
            {rows.length < authors.name.length ? ' shown (filters apply)' : ''}
          </div>
          <h2 id="rankings-title" className="panel-title">
            Rankings
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={closeBack} aria-label="Close rankings" title="Close (Esc)">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* beside a card the table narrows to the sorted column (network.css): its other columns' headings, which
          sort, are gone, so the sort is chosen here (shown only then) */}
      <label className="rankings-sort">
        <span>Sorted by</span>
        <select value={sort.by} onChange={(e) => sortBy(e.target.value as Column)}>
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {replaced && (
        <p className="muted small rankings-replaced" data-testid="rankings-sort-replaced">
          {replaced}
        </p>
      )}
      {slice && (
        <p className="muted small rankings-years" data-testid="rankings-years">
          {sliceFigures(subsetSpan(dataset.bundle, slice))}
        </p>
      )}
      <BetweennessStatus />
      <div className="rankings-scroll">
        {/* the rank column as wide as the page's last rank (network.css: "101" was cut in the phone's 24 px) */}
        <table className="rankings-table" style={{ '--rank-chars': String(Math.min(rows.length, (current + 1) * PAGE)).length } as CSSProperties}>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={`${c.numeric ? 'num' : ''} col-${c.key} ${sort.by === c.key ? 'is-sorted' : ''}`}
                  aria-sort={sort.by === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                  title={c.key === 'strength' ? totalStrengthMeaning(dataset.bundle.options.counting, dataset.bundle.options.maxAuthors) : c.title}
                >
                  <button type="button" className="sort-button" aria-label={c.label} onClick={() => sortBy(c.key)}>
                    {c.short ? (
                      <>
                        <span className="col-long">{c.label}</span>
                        <span className="col-short">{c.short}</span>
                      </>
                    ) : (
                      c.label
                    )}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.by === c.key ? (sort.desc ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((i, k) => (
              <tr key={i} data-author={i} aria-selected={selected === i} onClick={() => choose(i)}>
                <td className="num muted">{current * PAGE + k + 1}</td>
                <td className={`name col-name ${sort.by === 'name' ? 'is-sorted' : ''}`}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={(e) => {
                      e.stopPropagation();
                      choose(i);
                    }}
                  >
                    <span className="dot" style={{ background: colors[i] }} aria-hidden="true" />
                    <span className="name-text" title={authors.name[i]}>
                      {authors.name[i]}
                    </span>
                    {claims.has(i) && <SeveralMark flag={claims.get(i)!} carried={carried} />}
                  </button>
                  {/* a phone has no room for the community column: sorted by community, each name says its own under it
                      (network.css; hidden where the column shows) */}
                  {sort.by === 'community' && <CommunityWords id={authors.community[i]!} label={communities[authors.community[i]!]?.label ?? ''} colour={communityColors[i]} className="rank-community-line" />}
                </td>
                <td className={cell('papers')}>{paperCount[i]}</td>
                <td className={cell('coauthors')}>{coauthorCount[i]}</td>
                <td className={cell('strength')}>{formatStrength(weightedDegree[i])}</td>
                {fullStrength && <td className={cell('fullStrength')}>{fullStrength[i]}</td>}
                <td className={cell('betweenness')}>{values ? formatBetweenness(values[i]) : '…'}</td>
                <td className={cell('community')} title={`Community ${authors.community[i]! + 1}: ${communities[authors.community[i]!]?.label ?? ''}`}>
                  <CommunityWords id={authors.community[i]!} label={communities[authors.community[i]!]?.label ?? ''} colour={communityColors[i]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="rankings-pages" aria-label="Rankings pages">
          <button type="button" className="secondary-button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span className="muted small" data-testid="rankings-range">
            {(current * PAGE + 1).toLocaleString('en')}–{Math.min(rows.length, (current + 1) * PAGE).toLocaleString('en')} of{' '}
            {rows.length.toLocaleString('en')}
          </span>
          <button type="button" className="secondary-button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
