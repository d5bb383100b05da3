/**
 * Every community with its colour, size and label: show/hide, "only this one", and a click that frames it. Under a
 * year range each one's count is its authors with a paper in the range (its papers in it and its whole record's
 * figures in the count's tooltip).
 */
import { useMemo, useState } from 'react';
import { useAtlas } from '../../store';
import { Panel } from '../../panels/Panel';
import { useCommunityColors } from '../../panels/use-community-colors';
import './communities.css';
import { communityName, countOf } from '../../format';
import { bundleModularity, linklessCommunities, linklessWords, modularityFixed, modularityWords, type ModularityFigures } from '../../../core/analyse/communities';
import type { Bundle } from '../../../core/bundle/types';
import { communityCountsInRange } from '../../../core/queries/time-slice';
import { subsetSpan } from '../../../core/queries/venue-words';

/** Both modularity figures and the link-less communities of a bundle, worked out once per bundle (O(authors + links)). */
const figuresOf = new WeakMap<Bundle, { q: ModularityFigures; linkless: string }>();
function communityFigures(bundle: Bundle) {
  let f = figuresOf.get(bundle);
  if (!f) {
    f = {
      q: bundleModularity(bundle),
      linkless: linklessWords(linklessCommunities(bundle.authors.community, bundle.authors.coauthorCount, bundle.communities.length)),
    };
    figuresOf.set(bundle, f);
  }
  return f;
}

const SHOWN = 24;

export function CommunitiesPanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const hidden = useAtlas((s) => s.filters.hiddenCommunities);
  const { toggleCommunity, onlyCommunity, showAllCommunities, moveCamera, select } = useAtlas.getState();
  const colors = useCommunityColors();
  const [all, setAll] = useState(false);
  const communities = dataset.bundle.communities;
  const figures = communityFigures(dataset.bundle);
  // under a year range each community's authors and papers in it (the communities are the whole record's), and the
  // list in the order of those counts, largest first (in the whole record's order its counts read 1029, 986, 1034…)
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  const inRange = slice ? communityCountsInRange(dataset.bundle, slice) : null;
  const inYears = slice ? ` in ${subsetSpan(dataset.bundle, slice)}` : '';
  const ordered = useMemo(
    () => (inRange ? [...communities].sort((a, b) => inRange.authors[b.id]! - inRange.authors[a.id]! || b.size - a.size || a.id - b.id) : communities),
    [communities, inRange],
  );
  const list = all ? ordered : ordered.slice(0, SHOWN);

  return (
    <Panel
      kicker={`${communities.length.toLocaleString('en')} found · ${figures.q.modularity === null ? 'no co-author links' : `modularity ${modularityFixed(figures.q.modularity, 2)}`}`}
      title="Communities"
      testId="communities-panel"
      actions={
        hidden.size > 0 ? (
          <button type="button" className="text-button" onClick={showAllCommunities}>
            Show all
          </button>
        ) : undefined
      }
    >
      <p className="community-figures" data-testid="community-figures">
        Newman–Girvan {modularityWords(figures.q)}
        {figures.linkless && `. ${figures.linkless}`}.{slice && ` Counts: authors with a paper${inYears}.`}
      </p>
      <ul className="community-list">
        {list.map((c) => {
          const label = communityName(c, c.id);
          return (
            <li key={c.id} className={hidden.has(c.id) ? 'is-hidden' : ''} data-community={c.id}>
              {/* the box inside a label: on touch the label is the finger's 44 px target (touch.css), the box drawn as before;
                  in the accent colour, as every checkbox of the app (communities.css), the community's colour in the swatch */}
              <label className="community-check">
                <input
                  type="checkbox"
                  id={`community-${c.id}`}
                  checked={!hidden.has(c.id)}
                  onChange={() => toggleCommunity(c.id)}
                  aria-label={`Show community ${label}`}
                />
              </label>
              <span className="swatch" style={{ background: colors[c.id] }} aria-hidden="true" />
              <button
                type="button"
                className="link-button community-name"
                onClick={() => {
                  select({ kind: 'community', id: c.id });
                  moveCamera({ kind: 'community', id: c.id });
                }}
                title={c.terms.length ? c.terms.join(', ') : undefined}
              >
                {label}
              </button>
              <span
                className="count"
                title={
                  inRange
                    ? `${countOf(inRange.authors[c.id]!, 'author')}, ${countOf(inRange.papers[c.id]!, 'paper')}${inYears} (all years: ${countOf(c.size, 'author')}, ${countOf(c.paperCount, 'paper')})`
                    : `${countOf(c.size, 'author')}, ${countOf(c.paperCount, 'paper')}`
                }
              >
                {inRange ? inRange.authors[c.id] : c.size}
              </span>
              <button
                type="button"
                className="text-button only"
                onClick={() => onlyCommunity(c.id)}
                aria-label={`Show only community ${label}`}
              >
                only
              </button>
            </li>
          );
        })}
      </ul>
      {communities.length > SHOWN && (
        <button type="button" className="text-button" onClick={() => setAll(!all)}>
          {all ? 'Fewer communities' : `All ${communities.length.toLocaleString('en')} communities`}
        </button>
      )}
    </Panel>
  );
}
