/**
 * The details panel: what the store's `selection` names, one card at a time. This is where a feature's
 * card is registered (a new `Selection` kind in store/types.ts and a case here) and where features add
 * sections to the generic panels (the author card's "may be several people" and "may be the same person as"), so panels never import a feature.
 */
import { CommunityCard, EgoSection, HomonymSection, PairPanel, ReviewPanel, SynonymSection } from './feature-chunks';
import { AuthorPanel } from './panels/AuthorPanel';
import { PaperPanel } from './panels/PaperPanel';
import { useAtlas } from './store';
import type { Selection } from './store/types';

function Card({ selection }: { selection: Selection }) {
  switch (selection.kind) {
    case 'author':
      return (
        <AuthorPanel
          index={selection.index}
          sections={
            <>
              <HomonymSection author={selection.index} />
              <SynonymSection author={selection.index} />
              <EgoSection author={selection.index} />
            </>
          }
        />
      );
    case 'paper':
      return <PaperPanel index={selection.index} />;
    case 'review':
      return <ReviewPanel />;
    case 'community':
      return <CommunityCard key={selection.id} id={selection.id} />;
    case 'pair':
      return <PairPanel key={`${selection.a}-${selection.b}`} a={selection.a} b={selection.b} />;
  }
}

export function Details() {
  const selection = useAtlas((s) => s.selection);
  if (!selection) return null;
  return (
    <aside className="details" aria-label="Details">
      <Card selection={selection} />
    </aside>
  );
}
