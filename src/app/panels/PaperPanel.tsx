/** A paper: title, every author (clickable), year, venue, links and the full abstract. */
import { useEffect } from 'react';
import { mark } from '../debug';
import { useAtlas } from '../store';
import { Abstract } from './Abstract';
import { AuthorLink, CommunityChip, PaperLinks } from './links';
import { Panel } from './Panel';

export function PaperPanel({ index }: { index: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const { title, year, venue, doi, url, authors, community } = dataset.bundle.papers;
  const byline = [...new Set(authors[index])];
  const venueName = venue[index] === null ? null : dataset.bundle.venues[venue[index]!];

  useEffect(() => {
    mark('panel');
  }, [index]);

  return (
    <Panel kicker="Paper" title={title[index]} onClose={() => select(null)} className="details-panel" testId="paper-panel">
      <div className="meta paper-meta">
        {[year[index], venueName].filter((x) => x !== null && x !== '').join(' · ')}
        <PaperLinks doi={doi[index]} url={url[index]} />
      </div>
      <div className="facts">
        <CommunityChip id={community[index]} />
      </div>
      <h3 className="section-title">
        {byline.length} author{byline.length === 1 ? '' : 's'}
      </h3>
      <ol className="byline" data-testid="paper-authors">
        {byline.map((a) => (
          <li key={a}>
            <AuthorLink index={a} />
          </li>
        ))}
      </ol>
      <h3 className="section-title">Abstract</h3>
      <Abstract paper={index} collapsible={false} />
    </Panel>
  );
}
