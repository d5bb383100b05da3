/** Graph node keys (defined in core/graph/node-keys.ts: "a12" is author 12, "p7" is paper 7) and node references. */
import { authorKey, isAuthorKey, keyIndex, paperKey } from '../../core/graph/node-keys';
import type { NodeKind } from '../search/search-index';

export { authorKey, paperKey };

export interface NodeRef {
  kind: NodeKind;
  index: number;
}

export const nodeKey = (ref: NodeRef): string => (ref.kind === 'author' ? authorKey(ref.index) : paperKey(ref.index));

export function parseNodeKey(key: string): NodeRef {
  return { kind: isAuthorKey(key) ? 'author' : 'paper', index: keyIndex(key) };
}

export const sameRef = (a: NodeRef | null, b: NodeRef | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.index === b.index);
