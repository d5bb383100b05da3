/**
 * A paper: title, year, venue, links, the full abstract, then its authors (clickable): the first ones and
 * "and N more" to show the rest (a paper can have 88), the dataset's focal author always among those shown. While the
 * filters hide the paper, the card says which and offers "Show on the map" (HiddenNote.tsx), as an author's card does.
 */
import { useEffect, useMemo, useState } from 'react';
import { filtersHide } from '../graph/visibility';
import { whyPaperHidden } from './hidden-by-filters';
import { HiddenNote } from './HiddenNote';
import { mark } from '../debug';
import { useAtlas } from '../store';
import { Abstract } from './Abstract';
import { AuthorLink, CommunityChip, PaperLinks } from './links';
import { Panel } from './Panel';
import { plural } from '../format';

/** Authors listed before "and N more". */
const FIRST_AUTHORS = 10;

export function PaperPanel({ index }: { index: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const { title, year, venue, doi, url, authors, community } = dataset.bundle.papers;
  const byline = [...new Set(authors[index])];
  const venueName = venue[index] === null ? null : dataset.bundle.venues[venue[index]!];
  const [expanded, setExpanded] = useState(false);
  const focal = dataset.bundle.focalAuthor;
  // the first authors, plus the focal author where they come later in the byline
  const shown = expanded || byline.length <= FIRST_AUTHORS + 1 ? byline : byline.filter((a, i) => i < FIRST_AUTHORS || a === focal);
  const more = byline.length - shown.length;
  // a filter (set before or after the card opened) may hide its paper: the card says which, and how to show it
  const hidden = useAtlas((s) => s.visibility !== null && filtersHide(dataset.bundle, s.filters.showPapers, s.visibility, { kind: 'paper', index }));
  const filters = useAtlas((s) => s.filters);
  const view = useAtlas((s) => s.view);
  const visibility = useAtlas((s) => s.visibility);
  const why = useMemo(
    () => (hidden && visibility ? whyPaperHidden(dataset.bundle, filters, view, index, (a) => visibility.author[a] === 1, (a) => dataset.papersOf(a)) : null),
    [hidden, dataset, filters, view, index, visibility],
  );

  useEffect(() => {
    mark('panel');
    setExpanded(false);
  }, [index]);

  return (
    <Panel kicker="Paper" title={title[index]} onClose={() => select(null)} className="details-panel paper-panel" testId="paper-panel">
      {why && <HiddenNote node={{ kind: 'paper', index }} why={why} testId="paper-hidden" />}
      <div className="meta paper-meta">
        {[year[index], venueName].filter((x) => x !== null && x !== '').join(' · ')}
        <PaperLinks doi={doi[index]} url={url[index]} />
      </div>
      <div className="facts">
        <CommunityChip id={community[index]} />
      </div>
      <h3 className="section-title">Abstract</h3>
      <Abstract paper={index} collapsible={false} />
      <h3 className="section-title">
        {byline.length} {plural('author', byline.length)}
      </h3>
      <ol className="byline" data-testid="paper-authors">
        {shown.map((a, i) => (
          <li key={a} className={i > 0 && shown[i - 1] !== byline[byline.indexOf(a) - 1] ? 'byline-gap' : undefined}>
            <AuthorLink index={a} />
          </li>
        ))}
      </ol>
      {more > 0 && (
        <button type="button" className="link-button" onClick={() => setExpanded(true)} data-testid="more-authors">
          and {more} more
        </button>
      )}
    </Panel>
  );
}
