/**
 * Every exported function and class of the build pipeline (`src/core/**`) and the CLI helpers (`scripts/lib/**`)
 * (and each public method of an exported class) has a docstring: a JSDoc comment whose description is at least a sentence (four words or more; a one-word label
 * does not count). Read with the TypeScript compiler API, so a function exported as `export const f = (…) =>` and
 * a class exported with `export default` are found as well as `export function`. The test fails listing each
 * one that has none, as `file:line name`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const FOLDERS = ['src/core', 'scripts/lib'];
const MIN_WORDS = 4;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The description of a node's JSDoc (tags left out), or null when it has none. */
function docText(node: ts.Node): string | null {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  if (docs.length === 0) return null;
  return docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').trim();
}

/** A function-valued initialiser: an arrow function, a function expression, or either behind `as`/parentheses. */
function isFunctionValue(e: ts.Expression | undefined): boolean {
  while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e))) e = e.expression;
  return !!e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e));
}

interface Missing {
  where: string;
  name: string;
  doc: string | null;
}

/** Exported functions and classes of one file whose docstring is missing or shorter than a sentence. */
function undocumented(file: string): Missing[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Missing[] = [];
  const check = (node: ts.Node, name: string) => {
    const doc = docText(node);
    const words = doc ? doc.split(/\s+/).filter((w) => /\w/.test(w)).length : 0;
    if (words < MIN_WORDS) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ where: `${relative(ROOT, file)}:${line}`, name, doc });
    }
  };
  // overloads: one docstring (on any of the signatures) serves the name
  const functions = new Map<string, ts.FunctionDeclaration>();
  for (const st of source.statements) {
    if (!ts.isFunctionDeclaration(st) || !isExported(st)) continue;
    const name = st.name?.text ?? 'default';
    const first = functions.get(name);
    if (!first || (!docText(first) && docText(st))) functions.set(name, st);
  }
  for (const [name, fn] of functions) check(fn, name);
  for (const st of source.statements) {
    if (ts.isClassDeclaration(st) && isExported(st)) {
      const className = st.name?.text ?? 'default';
      check(st, className);
      // its public methods too (constructors, private, protected and #names are not its public face)
      for (const m of st.members) {
        if (!ts.isMethodDeclaration(m) || !m.body) continue;
        const hidden = (ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.PrivateKeyword || x.kind === ts.SyntaxKind.ProtectedKeyword);
        if (hidden || ts.isPrivateIdentifier(m.name)) continue;
        check(m, `${className}.${m.name.getText(source)}`);
      }
    } else if (ts.isVariableStatement(st) && isExported(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && isFunctionValue(d.initializer)) check(d, d.name.text);
      }
    }
  }
  return found;
}

describe('docstrings', () => {
  it('every exported function and class in src/core and scripts/lib has a docstring of at least a sentence', () => {
    const missing = FOLDERS.flatMap((f) => tsFiles(join(ROOT, f))).flatMap(undocumented);
    const lines = missing.map((m) => `${m.where} ${m.name}${m.doc ? ` (only "${m.doc}")` : ''}`);
    expect(lines, `${lines.length} exported functions or classes without a docstring of at least a sentence`).toEqual([]);
  });

  it('the check finds what it should (an undocumented export, a one-word docstring, an arrow function)', () => {
    const dir = join(ROOT, 'test', 'fixtures', 'docstrings');
    expect(undocumented(join(dir, 'sample.ts')).map((m) => m.name)).toEqual(['bare', 'oneWord', 'arrow', 'Bare', 'Documented.bareMethod']);
  });
});
