/**
 * A claim resting on bodies of work, in short sentences a user can check against the papers (a tester found the
 * card's evidence line too dense to read: "Body of work 2 … 5 of group 1's 81, tied to body 1 only through co-author
 * circles…"): for each body more likely than not another person's, then the largest, their papers, years, main
 * co-author and topics; what they share (co-authors, venues); whether their years overlap; and the figure. The full
 * evidence stays on the card, folded (HomonymSection.tsx).
 */
import { CLAIM_PROBABILITY, type BodyFacts, type HomonymEvidence } from '../../../core/queries/homonyms';
import { chanceIn100 } from '../../../core/text/chance';
import { useAtlas } from '../../store';
import { countOf } from '../../format';

const span = (y: [number, number] | null) => (y ? (y[0] === y[1] ? `in ${y[0]}` : `${y[0]}–${y[1]}`) : null);

/** One body of work in a sentence: "Body of work 2: 5 papers, 2019–2021, mostly with Amir Zeldes; on corpus, discourse." */
function bodySentence(b: BodyFacts, number: number, nameOf: (a: number) => string): string {
  const bits = [countOf(b.papers.length, 'paper'), span(b.years), b.coauthor >= 0 ? `mostly with ${nameOf(b.coauthor)}` : null].filter(Boolean);
  const topics = b.words.length ? `; on ${b.words.join(', ')}` : '';
  return `${number === 1 ? 'The largest, body of work 1' : `Body of work ${number}`}: ${bits.join(', ')}${topics}.`;
}

/** How two bodies' years lie: "The years overlap." / "One after the other." (null without years on both). */
function yearsSentence(a: BodyFacts, b: BodyFacts): string | null {
  if (!a.years || !b.years) return null;
  const apart = b.years[1] < a.years[0] || b.years[0] > a.years[1];
  return apart ? 'Their years do not overlap: one after the other, as when one person moves on.' : 'Their years overlap.';
}

/**
 * `evidence`: the claim's (`homonymEvidence`), shown only when it rests on bodies of work (`bodyProbability` ≥
 * `CLAIM_PROBABILITY`, 2+ bodies); nothing otherwise.
 */
export function PlainBodies({ evidence }: { evidence: HomonymEvidence }) {
  const names = useAtlas((s) => s.dataset)!.bundle.authors.name;
  const nameOf = (a: number) => names[a]!;
  if (evidence.bodyProbability < CLAIM_PROBABILITY || evidence.bodyFacts.length < 2) return null;
  const main = evidence.bodyFacts[0]!;
  const sides = evidence.bodyFacts.map((b, i) => ({ b, number: i + 1 })).filter(({ b, number }) => number > 1 && b.probability >= CLAIM_PROBABILITY);
  return (
    <div className="homonym-plain" data-testid="homonym-plain">
      {sides.map(({ b, number }) => (
        <ul key={number} className="homonym-plain-list">
          <li>{bodySentence(b, number, nameOf)}</li>
          <li>{bodySentence(main, 1, nameOf)}</li>
          <li>
            No co-author in common.{' '}
            {b.sharedVenues.length ? `${countOf(b.sharedVenues.length, 'venue')} in common.` : 'No venue in common.'}
            {yearsSentence(main, b) ? ` ${yearsSentence(main, b)}` : ''}
          </li>
          <li>
            The chance that body of work {number} is another person&apos;s: <strong>{chanceIn100(b.probability)}</strong>.
          </li>
        </ul>
      ))}
    </div>
  );
}
