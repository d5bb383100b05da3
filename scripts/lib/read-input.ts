/**
 * Reading a paper list from disk for the CLI and the benchmark. JSON Lines (gzipped or not) is streamed:
 * 1 MiB at a time, inflated (fflate) as it comes, each line decoded and parsed as soon as it is complete,
 * so neither the file's bytes nor its text are ever held whole beside the parsed records (memory follows
 * the papers, not the file). Every other format, and a JSON Lines file that turns out not to be UTF-8, is
 * read whole through `decodeInputFile` (encoding guesses with notes; a UTF-8 file with some Latin-1 lines is
 * read line by line there, each line in its own encoding).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Gunzip } from 'fflate';
import { decodeInputFile } from '../../src/core/ingest/decode-input';
import { NODE_DECODE_OPTIONS } from './big5-hkscs';
import { IngestError } from '../../src/core/ingest/errors';
import { JsonLinesReader, looksLikeJsonLines } from '../../src/core/ingest/jsonl';
import { looksLikeOpenAlex } from '../../src/core/ingest/openalex';
import { looksLikeCslJson } from '../../src/core/ingest/csl-json';
import type { InputFile, InputFormat, RawPaper } from '../../src/core/ingest/types';

const CHUNK = 1 << 20;

/** An input path that is not a file to read (a folder): its message is `PATH: what is wrong`, for the user as is. */
export class InputPathError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'InputPathError';
    this.path = path;
  }
}

/** Throws InputPathError when `path` is a folder (reading it would fail with the system's bare EISDIR). */
function checkNotFolder(path: string): void {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // missing or unreadable: said by the read itself (ENOENT, EACCES)
  }
  if (folder) throw new InputPathError(path, 'is a folder, not a file (give the files in it)');
}

class NotUtf8 extends Error {}

/** Calls `each(bytes)` for the file's content, inflated when it is gzip (magic bytes), chunk by chunk. */
function eachChunk(path: string, each: (bytes: Uint8Array) => void): { gzip: boolean } {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(CHUNK);
    let n = readSync(fd, buf, 0, CHUNK, null);
    const gzip = n >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
    const inflate = gzip ? new Gunzip((chunk) => each(chunk)) : null;
    while (n > 0) {
      const part = buf.subarray(0, n);
      if (inflate) inflate.push(part.slice(), false);
      else each(part);
      n = readSync(fd, buf, 0, CHUNK, null);
    }
    if (inflate) {
      try {
        inflate.push(new Uint8Array(0), true);
      } catch (err) {
        throw new IngestError(path, 1, `looks gzip-compressed but cannot be inflated (${(err as Error).message}); the file may be truncated`);
      }
    }
    return { gzip };
  } finally {
    closeSync(fd);
  }
}

/** The first up to 64 KiB of text of the file (inflated), to tell its format. */
function head(path: string): string {
  let text = '';
  const decoder = new TextDecoder('utf-8');
  try {
    eachChunk(path, (bytes) => {
      text += decoder.decode(bytes.subarray(0, 65536 - text.length), { stream: true });
      if (text.length >= 65536) throw new NotUtf8('enough');
    });
  } catch (err) {
    if (!(err instanceof NotUtf8)) throw err;
  }
  return text;
}

/**
 * Streams a JSON Lines file into a JsonLinesReader. Throws NotUtf8 when a byte is not UTF-8.
 * Lines are cut from the bytes (a newline byte is never inside a UTF-8 sequence) and each complete run of lines
 * is checked as UTF-8 at once (`isUtf8`, simdutf) before its lines are decoded one by one (`Buffer.toString`):
 * a line of plain ASCII then becomes a one-byte string, where a 1 MiB chunk decoded whole (`TextDecoder`, ICU)
 * was a two-byte string as soon as one character in it was not Latin-1, and so was every line cut from it.
 * The same strings either way; on the 30k corpus (32 MB) decoding, cutting and parsing took 460–730 CPU-ms
 * through `TextDecoder` against 95–190 from the bytes (2 Dec 2026, load 6).
 */
function streamJsonLines(path: string, onPapers: ((papers: readonly RawPaper[]) => void) | undefined, name: string): InputFile {
  const reader = new JsonLinesReader(name);
  // the papers read so far that `onPapers` has not had yet: handed on after each chunk
  let handed = 0;
  const hand = () => {
    const papers = reader.result().papers;
    if (!onPapers || papers.length === handed) return;
    onPapers(papers.slice(handed));
    handed = papers.length;
  };
  // the bytes after the last newline so far (a copy: the chunk's buffer is reused)
  let rest: Buffer | null = null;
  let line = 0;
  /** Reads the lines in buf[0, end) (end: just past a newline byte, or the file's end); a byte-order mark before the first is dropped. */
  const lines = (buf: Buffer, end: number) => {
    let start = line === 0 && end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    if (!isUtf8(buf.subarray(start, end))) throw new NotUtf8(`${path}: not UTF-8`);
    // zero bytes at the start are UTF-16 without a byte-order mark (valid UTF-8 byte by byte): decodeInput tells it
    if (line === 0 && buf.subarray(start, Math.min(end, start + 1024)).includes(0)) throw new NotUtf8(`${path}: zero bytes (UTF-16?)`);
    while (start < end) {
      let nl = buf.indexOf(10, start);
      if (nl === -1 || nl >= end) nl = end;
      line++;
      const stop = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
      reader.line(buf.toString('utf8', start, stop), line);
      start = nl + 1;
    }
  };
  eachChunk(path, (bytes) => {
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const last = chunk.lastIndexOf(10);
    if (last === -1) {
      rest = rest ? Buffer.concat([rest, chunk]) : Buffer.from(chunk);
      return;
    }
    let from = 0;
    if (rest) {
      // the line cut by the chunk's edge: only it is joined (not the whole chunk, 1 MiB copied per chunk)
      from = chunk.indexOf(10) + 1;
      const joined = Buffer.concat([rest, chunk.subarray(0, from)]);
      rest = null;
      lines(joined, joined.length);
    }
    if (from <= last) lines(chunk.subarray(from), last + 1 - from);
    rest = last + 1 < chunk.length ? Buffer.from(chunk.subarray(last + 1)) : null;
    hand();
  });
  // (set in the callback: TypeScript cannot tell it may not be null here)
  const tail = rest as Buffer | null;
  if (tail) lines(tail, tail.length);
  hand();
  return { name, text: '', parsed: reader.result() };
}

function sniffedJsonLines(text: string): boolean {
  return looksLikeJsonLines(text) && !looksLikeOpenAlex(text) && !looksLikeCslJson(text);
}

/**
 * A paper list from disk as an InputFile for `buildDataset`: JSON Lines streamed into records (`parsed`),
 * anything else decoded whole. `format` as given on the command line (undefined: tell from the content).
 * `onPapers`: called with the papers of a streamed file as they are read, in file order, a batch after each
 * 1 MiB read (the CLI hands their texts to its build thread meanwhile); only for a file returned with `parsed`
 * (a file read whole, or one that turned out not to be UTF-8 after some batches, is not streamed: its result
 * has no `parsed`). `name`: what the build calls the file in its report, notes and records (default: `path` as
 * given; a builder writing a bundle passes `inputNames`' name, as a folder path in a bundle shown or shared would
 * tell the builder's directory layout, /home/<user>/…).
 * @throws IngestError for bad content (file:line), InputPathError for a folder, Error for files that cannot be read
 */
export function readInputPath(path: string, format?: InputFormat, onPapers?: (papers: readonly RawPaper[]) => void, name: string = path): InputFile {
  checkNotFolder(path);
  // the content sniffers in their priority order: OpenAlex works one per line are OpenAlex, not corpus JSON Lines
  const jsonl = format === 'jsonl' || (format === undefined && sniffedJsonLines(head(path)));
  if (jsonl) {
    try {
      return streamJsonLines(path, onPapers, name);
    } catch (err) {
      if (!(err instanceof NotUtf8)) throw err;
      // not UTF-8: read whole, with decodeInput's encoding guess and its note
    }
  }
  return decodeInputFile(readFileSync(path), name, NODE_DECODE_OPTIONS);
}

/**
 * The names the build gives input files read from `paths` (as given on the command line): each file's name without
 * its folders ("/home/ann/refs/cdl.bib" is "cdl.bib"), so the report, notes and records of a bundle never tell the
 * builder's directory layout; two files of one name keep as many of their last folders as tell them apart
 * ("a/refs.bib", "b/refs.bib"), never a leading "/" or "..". Same order as `paths`; throws nothing.
 */
export function inputNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => resolve(p).split(sep).filter((x) => x !== ''));
  const names = parts.map((ps) => ps[ps.length - 1] ?? '');
  for (let depth = 2; ; depth++) {
    const clash = names.map((n, i) => names.some((m, j) => j !== i && m === n && parts[i]!.length >= depth - 1));
    if (!clash.some(Boolean)) return names;
    let grew = false;
    clash.forEach((c, i) => {
      if (c && parts[i]!.length >= depth) {
        names[i] = parts[i]!.slice(-depth).join('/');
        grew = true;
      }
    });
    if (!grew) return names;
  }
}
