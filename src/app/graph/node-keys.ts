/** Graph node keys: "a12" is author 12, "p7" is paper 7 (indices into the bundle's columns). */
import type { NodeKind } from '../search/search-index';

export interface NodeRef {
  kind: NodeKind;
  index: number;
}

export const nodeKey = (ref: NodeRef): string => (ref.kind === 'author' ? `a${ref.index}` : `p${ref.index}`);
export const authorKey = (index: number): string => `a${index}`;
export const paperKey = (index: number): string => `p${index}`;

export function parseNodeKey(key: string): NodeRef {
  return { kind: key[0] === 'a' ? 'author' : 'paper', index: Number(key.slice(1)) };
}

export const sameRef = (a: NodeRef | null, b: NodeRef | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.index === b.index);
