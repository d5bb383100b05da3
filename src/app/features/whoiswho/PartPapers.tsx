/**
 * A split part's papers in the card's chooser (HomonymSection.tsx "Who gets which papers"), folded: "Its 28 papers,
 * one by one". The list (each paper with its own choice) is made only once unfolded: Yang Liu's 92 papers at 30k,
 * each with a select, would be made twice over on every choice otherwise.
 */
import { useState, type ReactNode } from 'react';
import { countOf } from '../../format';

/**
 * `count`: the part's papers; `children`: makes the list (called only while unfolded). Unfolded by the user, it stays
 * so while the card shows the part.
 */
export function PartPapers({ count, children }: { count: number; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="split-part-papers" data-testid="split-part-papers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="muted small">{count === 1 ? 'Its paper, to choose for alone' : `Its ${countOf(count, 'paper')}, one by one`}</summary>
      {open && children()}
    </details>
  );
}
