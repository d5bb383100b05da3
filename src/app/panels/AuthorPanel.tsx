/** An author: spellings, community, counts, co-authors ranked by shared papers, and their papers. */
import { useEffect, useState } from 'react';
import { mark } from '../debug';
import { HomonymSection } from '../insights';
import { useAtlas } from '../store';
import { Abstract } from './Abstract';
import { AuthorLink, CommunityChip, PaperLinks } from './links';
import { Panel } from './Panel';

const COAUTHORS_SHOWN = 12;
const PAPERS_SHOWN = 25;

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

export function AuthorPanel({ index }: { index: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const [allCoauthors, setAllCoauthors] = useState(false);
  const [allPapers, setAllPapers] = useState(false);
  const { authors } = dataset.bundle;
  const papers = dataset.papersOf(index);
  const coauthors = dataset.coauthorsOf(index);
  const isFocal = dataset.bundle.focalAuthor === index;

  useEffect(() => {
    setAllCoauthors(false);
    setAllPapers(false);
    mark('panel');
  }, [index]);

  return (
    <Panel
      kicker={isFocal ? 'Focal author' : 'Author'}
      title={authors.name[index]}
      onClose={() => select(null)}
      className="details-panel"
      testId="author-panel"
    >
      {authors.aliases[index].length > 0 && (
        <p className="aliases">
          <span className="muted">Also written </span>
          {authors.aliases[index].join(' · ')}
        </p>
      )}
      <div className="facts">
        <CommunityChip id={authors.community[index]} />
        {authors.orcid[index] && (
          <a className="orcid" href={`https://orcid.org/${authors.orcid[index]}`} target="_blank" rel="noopener noreferrer">
            ORCID {authors.orcid[index]}
          </a>
        )}
      </div>
      <HomonymSection author={index} />
      <dl className="stats">
        <div>
          <dt>Papers</dt>
          <dd data-testid="author-paper-count">{papers.length}</dd>
        </div>
        <div>
          <dt>Co-authors</dt>
          <dd>{coauthors.length}</dd>
        </div>
        <div>
          <dt>Link weight</dt>
          <dd title="Sum of co-author link weights">{authors.weightedDegree[index].toFixed(2)}</dd>
        </div>
      </dl>

      {coauthors.length > 0 && (
        <>
          <h3 className="section-title">Co-authors</h3>
          <ol className="coauthor-list" data-testid="coauthor-list">
            {(allCoauthors ? coauthors : coauthors.slice(0, COAUTHORS_SHOWN)).map((tie) => (
              <li key={tie.author}>
                <AuthorLink
                  index={tie.author}
                  suffix={
                    <span className="count" title={`${tie.shared} shared paper${tie.shared === 1 ? '' : 's'}`}>
                      {tie.shared}
                    </span>
                  }
                />
              </li>
            ))}
          </ol>
          {coauthors.length > COAUTHORS_SHOWN && (
            <button type="button" className="text-button" onClick={() => setAllCoauthors(!allCoauthors)}>
              {allCoauthors ? 'Fewer co-authors' : `All ${coauthors.length} co-authors`}
            </button>
          )}
        </>
      )}

      <h3 className="section-title">Papers</h3>
      <ol className="paper-list" data-testid="author-papers">
        {(allPapers ? papers : papers.slice(0, PAPERS_SHOWN)).map((p) => (
          <PaperItem key={p} paper={p} author={index} />
        ))}
      </ol>
      {papers.length > PAPERS_SHOWN && (
        <button type="button" className="text-button" onClick={() => setAllPapers(!allPapers)}>
          {allPapers ? 'Fewer papers' : `All ${papers.length} papers`}
        </button>
      )}
    </Panel>
  );
}
