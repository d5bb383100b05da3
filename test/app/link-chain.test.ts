/**
 * The co-author chain an address names and the map it numbers (src/app/features/chain/link-chain.ts): when the
 * chain store traces it, waits, or carries the chain shown by names; and an Apply's chain found again by name.
 */
import { describe, expect, it } from 'vitest';
import { chainEndsByName, linkChainAfter, NO_LINK_CHAIN, type LinkChain, type LinkChainEvent } from '../../src/app/features/chain/link-chain';

const seed = { dataset: 'wang-jialiang', bundle: null };
const other = { dataset: 'fen-list', bundle: null };

/** The moves of `events` from the record before any, and the record after them. */
function run(events: LinkChainEvent[], state: LinkChain = NO_LINK_CHAIN) {
  const moves: string[] = [];
  for (const event of events) {
    const next = linkChainAfter(state, event);
    moves.push(next.move);
    state = next.state;
  }
  return { moves, state };
}

describe('the chain of the link the page opened with', () => {
  it('without decisions, on a map shown already: traced at once, nothing waits; the next map opened carries (an Apply)', () => {
    const { moves, state } = run([
      { kind: 'start', chain: true, names: false, open: seed },
      { kind: 'opened', source: seed, entry: () => 'p.1' },
    ]);
    expect(moves).toEqual(['trace', 'carry']);
    expect(state.pending).toBeNull();
  });

  it('without decisions, before the map is shown: traced on it', () => {
    expect(run([{ kind: 'start', chain: true, names: false, open: null }, { kind: 'opened', source: seed, entry: () => 'p.1' }]).moves).toEqual(['skip', 'trace']);
  });

  it('with decisions, before the map is shown: the map as listed is skipped, the rebuilt one traces it', () => {
    const { moves, state } = run([
      { kind: 'start', chain: true, names: true, open: null },
      { kind: 'opened', source: seed, entry: () => 'p.1' },
      { kind: 'taken-up', rebuilds: true, onShown: true, entry: () => 'p.1' },
      { kind: 'opened', source: seed, entry: () => 'p.1' },
    ]);
    expect(moves).toEqual(['skip', 'skip', 'skip', 'trace']);
    expect(state).toEqual({ shown: seed, pending: null });
  });

  it('with decisions that rebuild nothing, or whose rebuild failed: traced on the map shown', () => {
    const start: LinkChainEvent[] = [
      { kind: 'start', chain: true, names: true, open: null },
      { kind: 'opened', source: seed, entry: () => 'p.1' },
    ];
    expect(run([...start, { kind: 'taken-up', rebuilds: false, onShown: true, entry: () => 'p.1' }]).moves).toEqual(['skip', 'skip', 'trace']);
    expect(
      run([...start, { kind: 'taken-up', rebuilds: true, onShown: true, entry: () => 'p.1' }, { kind: 'taken-up', rebuilds: false, onShown: true, entry: () => 'p.1' }]).moves,
    ).toEqual(['skip', 'skip', 'skip', 'trace']);
    // decisions taken up on a map no longer shown trace nothing
    expect(run([...start, { kind: 'taken-up', rebuilds: false, onShown: false, entry: () => 'p.1' }]).state.pending).not.toBeNull();
  });

  it('with decisions, on a map shown already: waits for the next map opened (the rebuilt one)', () => {
    const { moves } = run([
      { kind: 'start', chain: true, names: true, open: seed },
      { kind: 'opened', source: seed, entry: () => 'p.1' },
    ]);
    expect(moves).toEqual(['skip', 'trace']);
  });

  it('no chain: nothing waits, a map opened carries the chain shown', () => {
    expect(run([{ kind: 'start', chain: false, names: true, open: null }, { kind: 'opened', source: seed, entry: () => 'p.1' }]).moves).toEqual(['skip', 'carry']);
  });
});

describe('Back or Forward', () => {
  const onSeed: LinkChain = { shown: seed, pending: null };

  it('within the dataset shown: the entry\'s chain traced at once', () => {
    expect(run([{ kind: 'step', url: seed, chain: true, names: true, entry: () => 'p.3' }], onSeed)).toEqual({ moves: ['trace'], state: onSeed });
    // a URL naming no dataset means the one shown
    expect(run([{ kind: 'step', url: { dataset: null, bundle: null }, chain: true, names: false, entry: () => 'p.3' }], onSeed).moves).toEqual(['trace']);
  });

  it('to another dataset\'s entry: its chain waits for that map (past the map as listed, with names=), for that entry only', () => {
    const withNames = run(
      [
        { kind: 'step', url: other, chain: true, names: true, entry: () => 'p.3' },
        { kind: 'opened', source: other, entry: () => 'p.3' },
        { kind: 'opened', source: other, entry: () => 'p.3' },
      ],
      onSeed,
    );
    expect(withNames.moves).toEqual(['skip', 'skip', 'trace']);
    expect(withNames.state).toEqual({ shown: other, pending: null });
    // the user went on to another entry before its map came: dropped, the map opened carries as any other
    const left = run([{ kind: 'step', url: other, chain: true, names: false, entry: () => 'p.3' }, { kind: 'opened', source: other, entry: () => 'p.4' }], onSeed);
    expect(left.moves).toEqual(['skip', 'carry']);
    expect(left.state.pending).toBeNull();
    // nor do the decisions taken up on another entry trace it
    const waiting = run([{ kind: 'step', url: other, chain: true, names: true, entry: () => 'p.3' }, { kind: 'opened', source: other, entry: () => 'p.3' }], onSeed).state;
    expect(run([{ kind: 'taken-up', rebuilds: false, onShown: true, entry: () => 'p.5' }], waiting).moves).toEqual(['skip']);
    expect(run([{ kind: 'taken-up', rebuilds: false, onShown: true, entry: () => 'p.3' }], waiting).moves).toEqual(['trace']);
  });

  it('before any map is shown: traced at once (nothing to compare the entry with)', () => {
    expect(run([{ kind: 'step', url: other, chain: true, names: false, entry: () => 'p.2' }]).moves).toEqual(['trace']);
  });
});

describe('a chain found again by name on the rebuilt map', () => {
  const old = { name: ['Ching-Yao Chuang', 'Ching-Yao Chung', 'Jialiang Wang', 'Mona Diab'], aliases: [[], [], [], []] };

  it('an end merged into another is found among its spellings; the other by its name', () => {
    const merged = { name: ['Ching-Yao Chuang', 'Jialiang Wang', 'Mona Diab'], aliases: [['Ching-Yao Chung'], [], []] };
    expect(chainEndsByName(old, merged, 1, 2)).toEqual({ found: true, from: 0, to: 1 });
  });

  it('an end no longer on the map is named', () => {
    const without = { name: ['Jialiang Wang (2)', 'Ching-Yao Chuang', 'Mona Diab'], aliases: [[], ['Ching-Yao Chung'], []] };
    expect(chainEndsByName(old, without, 1, 2)).toEqual({ found: false, fromName: 'Ching-Yao Chung', toName: 'Jialiang Wang', gone: ['Jialiang Wang'] });
    expect(chainEndsByName(old, { name: [], aliases: [] }, 1, 2)).toMatchObject({ gone: ['Ching-Yao Chung', 'Jialiang Wang'] });
  });
});
