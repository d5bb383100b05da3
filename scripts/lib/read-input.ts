/**
 * Reading a paper list from disk for the CLI and the benchmark. JSON Lines (gzipped or not) is streamed:
 * 1 MiB at a time, inflated (fflate) and decoded as it comes, each line parsed as soon as it is complete,
 * so neither the file's bytes nor its text are ever held whole beside the parsed records (memory follows
 * the papers, not the file). Every other format, and a JSON Lines file that turns out not to be UTF-8, is
 * read whole through `decodeInputFile` (encoding guesses with notes).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { Gunzip } from 'fflate';
import { decodeInputFile } from '../../src/core/ingest/decode-input';
import { IngestError } from '../../src/core/ingest/errors';
import { JsonLinesReader, looksLikeJsonLines } from '../../src/core/ingest/jsonl';
import { looksLikeOpenAlex } from '../../src/core/ingest/openalex';
import { looksLikeCslJson } from '../../src/core/ingest/csl-json';
import type { InputFile, InputFormat, RawPaper } from '../../src/core/ingest/types';

const CHUNK = 1 << 20;

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

/** Streams a JSON Lines file into a JsonLinesReader. Throws NotUtf8 when a byte is not UTF-8. */
function streamJsonLines(path: string, onPapers?: (papers: readonly RawPaper[]) => void): InputFile {
  const reader = new JsonLinesReader(path);
  // the papers read so far that `onPapers` has not had yet: handed on after each chunk
  let handed = 0;
  const hand = () => {
    const papers = reader.result().papers;
    if (!onPapers || papers.length === handed) return;
    onPapers(papers.slice(handed));
    handed = papers.length;
  };
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let rest = '';
  let line = 0;
  const feed = (text: string, last: boolean) => {
    let start = 0;
    let text2 = rest ? rest + text : text;
    rest = '';
    for (let nl = text2.indexOf('\n', start); nl !== -1; nl = text2.indexOf('\n', start)) {
      line++;
      const end = nl > start && text2.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      reader.line(text2.slice(start, end), line);
      start = nl + 1;
    }
    rest = text2.slice(start);
    text2 = '';
    if (last && rest) {
      line++;
      reader.line(rest.endsWith('\r') ? rest.slice(0, -1) : rest, line);
      rest = '';
    }
  };
  try {
    eachChunk(path, (bytes) => {
      feed(decoder.decode(bytes, { stream: true }), false);
      hand();
    });
    feed(decoder.decode(), true);
    hand();
  } catch (err) {
    if (err instanceof TypeError) throw new NotUtf8(String(err));
    throw err;
  }
  return { name: path, text: '', parsed: reader.result() };
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
 * has no `parsed`).
 * @throws IngestError for bad content (file:line), Error for files that cannot be read
 */
export function readInputPath(path: string, format?: InputFormat, onPapers?: (papers: readonly RawPaper[]) => void): InputFile {
  // the content sniffers in their priority order: OpenAlex works one per line are OpenAlex, not corpus JSON Lines
  const jsonl = format === 'jsonl' || (format === undefined && sniffedJsonLines(head(path)));
  if (jsonl) {
    try {
      return streamJsonLines(path, onPapers);
    } catch (err) {
      if (!(err instanceof NotUtf8)) throw err;
      // not UTF-8: read whole, with decodeInput's encoding guess and its note
    }
  }
  return decodeInputFile(readFileSync(path), path);
}
