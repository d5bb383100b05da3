import { printParseErrorCode, visit } from 'jsonc-parser';
import { IngestError } from './errors';
import type { InputFile } from './types';

/** A parsed JSON document and the 1-based start line of each item of its record list. */
export interface JsonWithLines {
  value: unknown;
  /** Start lines of the elements of the top-level array, when the document is an array. */
  rootItemLines: number[];
  /** Start lines of the elements of the top-level object's "results" array (OpenAlex API responses). */
  resultsItemLines: number[];
}

const PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: '":" is expected',
  CommaExpected: '"," is expected',
  CloseBraceExpected: '"}" is expected',
  CloseBracketExpected: '"]" is expected',
  EndOfFileExpected: 'unexpected text after the end of the JSON document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed (or holds a raw line break)',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'invalid character in a string',
};

type Frame = { array: true; index: number; lines: number[] | null } | { array: false; prop: string | null };

/** Deepest nesting of arrays and objects a paper list may have (real CSL-JSON and OpenAlex files stay below 10). */
export const MAX_JSON_DEPTH = 1000;

/**
 * Throw an IngestError at the line where `text` nests arrays/objects more than MAX_JSON_DEPTH deep. One linear
 * pass that skips strings; it runs before any recursive walk of the text, which would otherwise end in
 * "Maximum call stack size exceeded" with no file or line (about 5,000 levels in Node, fewer in a browser worker).
 */
export function checkJsonDepth(file: InputFile, text: string): void {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (inString) {
      if (c === 92 /* \ */) {
        if (text.charCodeAt(i + 1) === 10) line++;
        i++;
      } else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new IngestError(file.name, line, `arrays/objects nested more than ${MAX_JSON_DEPTH} levels deep: not a paper list (a paper record nests a few levels)`);
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
}

/**
 * Parse strict JSON, stopping at the first syntax error with its line, and note where each record starts.
 * Nesting deeper than MAX_JSON_DEPTH is an error with its line (checkJsonDepth).
 * jsonc-parser walks the text for positions; the value itself comes from the native JSON.parse.
 */
export function parseJsonWithLines(file: InputFile, text: string): JsonWithLines {
  const rootItemLines: number[] = [];
  const resultsItemLines: number[] = [];
  const stack: Frame[] = [];
  let firstError: { line: number; problem: string; bare?: boolean } | null = null;
  checkJsonDepth(file, text);

  const elementStarts = (startLine: number) => {
    const top = stack[stack.length - 1];
    if (top?.array) {
      top.index++;
      top.lines?.push(startLine + 1);
    }
  };
  visit(
    text,
    {
      onObjectBegin: (_o, _l, startLine) => {
        elementStarts(startLine);
        stack.push({ array: false, prop: null });
      },
      onObjectProperty: (property) => {
        const top = stack[stack.length - 1];
        if (top && !top.array) top.prop = property;
      },
      onObjectEnd: () => {
        stack.pop();
      },
      onArrayBegin: (_o, _l, startLine) => {
        elementStarts(startLine);
        const parent = stack[stack.length - 1];
        let lines: number[] | null = null;
        if (stack.length === 0) lines = rootItemLines;
        else if (stack.length === 1 && parent && !parent.array && parent.prop === 'results') lines = resultsItemLines;
        stack.push({ array: true, index: 0, lines });
      },
      onArrayEnd: () => {
        stack.pop();
      },
      onLiteralValue: (_v, _o, _l, startLine) => elementStarts(startLine),
      onError: (code, offset, _l, startLine) => {
        if (firstError) return;
        const name = printParseErrorCode(code);
        const comma = (name === 'ValueExpected' || name === 'PropertyNameExpected') && trailingCommaBefore(text, offset);
        firstError =
          comma !== false
            ? { line: lineAt(text, comma), problem: 'a comma after the last item (trailing commas are not JSON)', bare: true }
            : { line: startLine + 1, problem: PROBLEMS[name] ?? name };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (firstError) {
    const e = firstError as { line: number; problem: string; bare?: boolean };
    throw new IngestError(file.name, e.line, e.bare ? e.problem : `not valid JSON: ${e.problem}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    throw new IngestError(file.name, line, `not valid JSON (${msg})`);
  }
  return { value, rootItemLines, resultsItemLines };
}

/**
 * Where the comma is when the `]` or `}` at `offset` follows one (only white space between): `[ {...},\n]`.
 * jsonc-parser reports the closing bracket ("a value is expected"), on the line after the comma; false otherwise.
 */
function trailingCommaBefore(text: string, offset: number): number | false {
  const close = text.charCodeAt(offset);
  if (close !== 93 /* ] */ && close !== 125 /* } */) return false;
  let k = offset - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return k >= 0 && text[k] === ',' ? k : false;
}

/** 1-based line of the character at `offset`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The text without a byte-order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** First string of a value that may be a string or a list of strings (Crossref writes titles as lists). */
export function firstString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.find((x): x is string => typeof x === 'string') ?? null;
  return null;
}

/** Whether `v` is a plain JSON object (not null, not an array): a type guard for reading parsed JSON. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
