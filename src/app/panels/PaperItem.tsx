/** One paper in a list (an author's papers, a pair's shared papers): title, year and venue, links, co-authors, abstract. */
import { useAtlas } from '../store';
import { Abstract } from './Abstract';
import { AuthorLink, PaperLinks } from './links';

/** `author`: whose list this is (left out of the "with" line). */
export function PaperItem({ paper, author }: { paper: number; author: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const { title, year, venue, doi, url, authors } = dataset.bundle.papers;
  const others = [...new Set(authors[paper])].filter((a) => a !== author);
  const venueName = venue[paper] === null ? null : dataset.bundle.venues[venue[paper]!];
  return (
    <li className="paper-item" data-paper={paper}>
      <button type="button" className="link-button paper-title" onClick={() => select({ kind: 'paper', index: paper })}>
        {title[paper]}
      </button>
      <div className="meta">
        {[year[paper], venueName].filter((x) => x !== null && x !== '').join(' · ')}
        <PaperLinks doi={doi[paper]} url={url[paper]} />
      </div>
      {others.length > 0 && (
        <div className="coauthor-line">
          <span className="muted">with </span>
          {others.slice(0, 8).map((a) => (
            <AuthorLink key={a} index={a} />
          ))}
          {others.length > 8 && <span className="muted"> and {others.length - 8} more</span>}
        </div>
      )}
      <Abstract paper={paper} collapsible />
    </li>
  );
}
