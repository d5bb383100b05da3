import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fixture } from '../helpers';

/** A fixture as the input a reader gets. */
export function fixtureFile(name: string): { name: string; text: string } {
  const path = fixture(name);
  const text = name.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return { name: name.replace(/\.gz$/, ''), text };
}

/** Entries in a .bib text counted without the reader: "@type{" / "@type(" heads, less @string, @comment and @preamble. */
export function countBibEntries(text: string): { count: number; lines: Set<number> } {
  const lines = new Set<number>();
  text.split(/\r?\n/).forEach((l, i) => {
    const m = /^\s*@\s*([A-Za-z]+)\s*[{(]/.exec(l);
    if (m && !/^(string|comment|preamble)$/i.test(m[1]!)) lines.add(i + 1);
  });
  return { count: lines.size, lines };
}

/** A LaTeX command (\word or \ plus a symbol) or a brace. */
export const LATEX_LEFTOVER = /\\[A-Za-z]+|\\[^A-Za-z\s]|[{}]/;
