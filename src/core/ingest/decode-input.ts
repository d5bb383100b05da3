import { Gunzip } from 'fflate';
import { IngestError } from './errors';
import type { IngestNote, InputFile } from './types';

/** What `decodeInput` found: the text, and what the user should know about how it was read. */
export interface DecodedInput {
  text: string;
  /** One note per guess (gzip inflated, not UTF-8 so read as Windows-1252), each naming the file and line 1. */
  notes: IngestNote[];
  /** How the bytes were read. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  gzip: boolean;
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * A paper list's bytes to text, the one way every entry point reads a file (CLI, import worker, rebuild).
 *
 * - gzip (magic bytes `1f 8b`, whatever the file name) is inflated first (fflate; several members are read);
 * - a byte-order mark decides UTF-8 / UTF-16 LE / UTF-16 BE (the mark is dropped);
 * - without one, UTF-16 is told by its zero bytes (every other byte zero in the first KiB, see `utf16WithoutBom`),
 *   with a note ("read as UTF-16 LE (no byte-order mark)");
 * - otherwise the bytes are UTF-8 when they are valid UTF-8, else Windows-1252 (a superset of Latin-1 for the
 *   printable range, the usual encoding of older BibTeX files), with a note naming the file, since the guess
 *   may be wrong for other 8-bit encodings.
 *
 * @param bytes the file's raw content
 * @param fileName used in notes and errors only
 * @throws IngestError (line 1) when a gzip stream is corrupt or truncated
 */
export function decodeInput(bytes: Uint8Array, fileName: string): DecodedInput {
  const notes: IngestNote[] = [];
  let gzip = false;
  if (isGzip(bytes)) {
    gzip = true;
    try {
      bytes = gunzipAll(bytes);
    } catch (err) {
      throw new IngestError(fileName, 1, `looks gzip-compressed but cannot be inflated (${err instanceof Error ? err.message : String(err)}); the file may be truncated`);
    }
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), fileName), notes, encoding: 'utf-8', gzip };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notes, encoding: 'utf-16le', gzip };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notes, encoding: 'utf-16be', gzip };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    notes.push({ file: fileName, line: 1, note: `read as UTF-16 ${utf16.endian} (no byte-order mark)` });
    return { text: utf16.text, notes, encoding: utf16.endian === 'LE' ? 'utf-16le' : 'utf-16be', gzip };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), notes, encoding: 'utf-8', gzip };
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    notes.push({
      file: fileName,
      line,
      note: `not valid UTF-8 (first bad byte at line ${line}, column ${column}): read as Windows-1252 (Latin-1); check accented names`,
    });
    return { text: decodeWindows1252(bytes), notes, encoding: 'windows-1252', gzip };
  }
}

/**
 * UTF-16 text without a byte-order mark (some Windows tools save "Unicode" so): in the first KiB, the zero
 * high bytes of Latin characters sit at every odd position (LE: `A` is `41 00`) or every even one (BE), and
 * almost never at the other. Binary files (PDF, images, spreadsheets) have zeros at both, UTF-8 text none.
 * The whole file must then decode as UTF-16 (no lone surrogate, an even length) with no NUL character in its
 * first KiB; otherwise null and the bytes are read as before.
 */
function utf16WithoutBom(bytes: Uint8Array): { endian: 'LE' | 'BE'; text: string } | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4 || bytes.subarray(0, n).indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const endian = odd >= pairs * 0.3 && even <= pairs * 0.02 ? 'LE' : even >= pairs * 0.3 && odd <= pairs * 0.02 ? 'BE' : null;
  if (!endian) return null;
  let text: string;
  try {
    text = new TextDecoder(endian === 'LE' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.slice(0, 512).includes('\u0000') ? null : { endian, text };
}

/** `decodeInput` as an `InputFile` for `buildDataset` (its notes go to the build report). */
export function decodeInputFile(bytes: Uint8Array, fileName: string): InputFile {
  const d = decodeInput(bytes, fileName);
  return { name: fileName, text: d.text, notes: d.notes };
}

function utf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    throw new IngestError(fileName, line, `starts with a UTF-8 byte-order mark but has a byte that is not UTF-8 at column ${column}; save it again as UTF-8`);
  }
}

/** Concatenated gzip members (as `cat a.gz b.gz` writes) are all inflated. */
function gunzipAll(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const g = new Gunzip((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  g.push(bytes, true);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Line (1-based) and byte column of the first byte sequence that is not UTF-8. */
function firstInvalidUtf8(b: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return { line, column: i - lineStart + 1 };
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return { line, column: i - lineStart + 1 };
    }
    i += need + 1;
  }
  return { line, column: 1 };
}

/** Windows-1252 bytes 0x80–0x9F (WHATWG encoding standard index); other bytes are their Latin-1 code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 decoding done here rather than by `TextDecoder('windows-1252')`, which Node before 22 decodes as
 * ISO-8859-1 (0x80 becomes U+0080, not €): the CLI and the browser must read the same bytes the same way.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
