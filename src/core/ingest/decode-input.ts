import { Gunzip } from 'fflate';
import { IngestError } from './errors';
import type { IngestNote, InputFile } from './types';

/** What `decodeInput` found: the text, and what the user should know about how it was read. */
export interface DecodedInput {
  text: string;
  /** One note per guess (gzip inflated, not UTF-8 so read as Windows-1252), each naming the file and line 1. */
  notes: IngestNote[];
  /** How the bytes were read ('mixed': UTF-8 lines, with the lines that are not UTF-8 read as Windows-1252). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed' | LegacyCjk;
  gzip: boolean;
}

/** What a runtime adds to `decodeInput` (the browser needs nothing; the CLI passes `NODE_DECODE_OPTIONS`). */
export interface DecodeOptions {
  /**
   * Big5-HKSCS bytes to text, as the WHATWG Encoding Standard's big5 decoder (every browser's) reads them, throwing
   * on bytes that are not Big5-HKSCS: used for Big5 where the runtime's `TextDecoder('big5')` lacks the Hong Kong
   * characters (Node's ICU). The CLI's is iconv-lite's `big5hkscs` (scripts/lib/big5-hkscs.ts).
   */
  big5Hkscs?: (bytes: Uint8Array) => string;
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * A paper list's bytes to text, the one way every entry point reads a file (CLI, import worker, rebuild).
 *
 * - gzip (magic bytes `1f 8b`, whatever the file name) is inflated first (fflate; several members are read);
 * - a byte-order mark decides UTF-8 / UTF-16 LE / UTF-16 BE (the mark is dropped); UTF-16 with a note, as every
 *   file read from another encoding than UTF-8 ("read as UTF-16 LE (from its byte-order mark)", `utf16Note`);
 * - without one, UTF-16 is told by its zero bytes (every other byte zero in the first KiB, see `utf16WithoutBom`),
 *   with a note ("read as UTF-16 LE (no byte-order mark)");
 * - otherwise the bytes are UTF-8 when they are valid UTF-8 (one `TextDecoder` call: the common case);
 * - else, when most lines with bytes above 0x7F are not UTF-8 and those bytes read as one East Asian legacy
 *   encoding (GBK/GB18030 from CNKI, Shift-JIS, EUC-JP, EUC-KR, Big5) far better than as any other (see
 *   `guessLegacyCjk`), the file is read so, with a note naming the encoding; when they come in pairs, as such
 *   encodings write characters, but no one encoding fits clearly, the likeliest is read with a note saying it is a
 *   guess and how the first such line reads in the others (the user sees a wrong guess in the report); Big5 is
 *   Big5-HKSCS (Hong Kong characters: 衞, 峯, 嘅), as browsers read it; where the runtime's Big5 lacks HKSCS (Node)
 *   it is read with `options.big5Hkscs` (the CLI's), and without one such a file stops (IngestError) asking for the
 *   file saved as UTF-8, rather than reading every name as Windows-1252 mojibake;
 * - else, when some line is UTF-8 with a multi-byte character in it (a UTF-8 file with a few lines pasted from
 *   a Latin-1 one), each line is read on its own: the lines that are valid UTF-8 as UTF-8, the others as
 *   Windows-1252, with one note naming those lines ("line 2 is not UTF-8: read as Windows-1252 …", at most
 *   20 of them listed, then "and N more");
 * - else (no multi-byte UTF-8 character anywhere: a Latin-1 file) the whole file is Windows-1252 (a superset of
 *   Latin-1 for the printable range, the usual encoding of older BibTeX files), with a note naming the file
 *   and the line of the first bad byte, since the guess may be wrong for other 8-bit encodings.
 * A UTF-8 byte-order mark is dropped; a file that has one is read line by line as above when it is not UTF-8
 * throughout (the mark says UTF-8: its other lines are not read as Windows-1252). A file read as UTF-8 whole, with
 * or without the mark, has no note: UTF-8 is what every reader expects, nothing was converted or guessed.
 *
 * @param bytes the file's raw content
 * @param fileName used in notes and errors only
 * @param options what the runtime adds (`DecodeOptions`: Node's Big5-HKSCS decoder)
 * @throws IngestError (line 1) when a gzip stream is corrupt or truncated; (the first non-UTF-8 line) when the
 *   file looks written in an East Asian legacy encoding that no decoder reads whole, or in Big5-HKSCS where the
 *   runtime's Big5 lacks HKSCS (Node) and `options.big5Hkscs` is not given
 */
export function decodeInput(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): DecodedInput {
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
    const rest = bytes.subarray(3);
    try {
      return { text: repairDoubleEncoded(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(rest), fileName, notes), notes, encoding: 'utf-8', gzip };
    } catch {
      const mixed = decodeByLine(rest, fileName, true)!;
      notes.push(mixed.note);
      return { text: mixed.text, notes, encoding: 'mixed', gzip };
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    notes.push(utf16Note(fileName, 'LE', true));
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notes, encoding: 'utf-16le', gzip };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    notes.push(utf16Note(fileName, 'BE', true));
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notes, encoding: 'utf-16be', gzip };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    notes.push(utf16Note(fileName, utf16.endian, false));
    return { text: utf16.text, notes, encoding: utf16.endian === 'LE' ? 'utf-16le' : 'utf-16be', gzip };
  }
  try {
    return { text: repairDoubleEncoded(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), fileName, notes), notes, encoding: 'utf-8', gzip };
  } catch {
    const cjk = guessLegacyCjk(bytes, fileName, READS_HKSCS ? undefined : options.big5Hkscs);
    if (cjk) {
      notes.push(cjk.note);
      return { text: cjk.text, notes, encoding: cjk.encoding, gzip };
    }
    const mixed = decodeByLine(bytes, fileName, false);
    if (mixed) {
      notes.push(mixed.note);
      return { text: mixed.text, notes, encoding: 'mixed', gzip };
    }
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
 * The build report's note of a file read as UTF-16 (`endian` LE or BE), told by its byte-order mark (`marked`) or,
 * without one, by its zero bytes: one wording for the four, so a report reads them alike. Line 1 of `fileName`.
 * Throws nothing.
 */
function utf16Note(fileName: string, endian: 'LE' | 'BE', marked: boolean): IngestNote {
  return { file: fileName, line: 1, note: `read as UTF-16 ${endian} (${marked ? 'from its byte-order mark' : 'no byte-order mark'})` };
}

/**
 * UTF-16 text without a byte-order mark (some Windows tools save "Unicode" so): in the first KiB, the zero
 * high bytes of Latin characters (and of the markup's punctuation and line ends, in a text mostly CJK) sit at odd
 * positions (LE: `A` is `41 00`) or at even ones (BE), and almost never at the other. Binary files (PDF, images,
 * spreadsheets) have zeros at both, UTF-8 text none. The whole file must then decode as UTF-16 (no lone surrogate,
 * an even length) with no control character but tab and line ends in its first 512 characters; otherwise null and
 * the bytes are read as before.
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
  let endian: 'LE' | 'BE' | null = odd >= pairs * 0.3 && even <= pairs * 0.02 ? 'LE' : even >= pairs * 0.3 && odd <= pairs * 0.02 ? 'BE' : null;
  if (!endian) {
    // a text mostly in Chinese or Japanese has few Latin characters, so few zero bytes, and some on the other side
    // too (一 is U+4E00, 最 U+6700): the order whose first 512 characters are nearly all letters, digits,
    // punctuation and spaces of living scripts is the one, when the other order's are not
    const head = bytes.subarray(0, n);
    const le = plausibleShare(head, 'utf-16le');
    const be = plausibleShare(head, 'utf-16be');
    endian = le >= 0.97 && be < 0.8 ? 'LE' : be >= 0.97 && le < 0.8 ? 'BE' : null;
  }
  if (!endian) return null;
  let text: string;
  try {
    text = new TextDecoder(endian === 'LE' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  // text, not binary that happened to decode: no control character but tab and line ends at its start
  return /[\u0000-\u0008\u000b\u000e-\u001f]/.test(text.slice(0, 512)) ? null : { endian, text };
}

/**
 * Characters of text in living scripts: printable ASCII and whitespace, Latin, Greek, Cyrillic, Hebrew, Arabic,
 * Indic, general punctuation, CJK punctuation, kana, CJK ideographs, Hangul, full-width forms.
 */
const PLAUSIBLE = /[\t\n\r\u0020-\u007e\u00a0-\u06ff\u0900-\u0dff\u1e00-\u1fff\u2000-\u206f\u20a0-\u20bf\u2100-\u218f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** The share (0–1) of the characters of `head` decoded as `encoding` that are `PLAUSIBLE` (0 when it does not decode). */
function plausibleShare(head: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  let text: string;
  try {
    // the first KiB may end inside a surrogate pair: not fatal here
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(head);
  } catch {
    return 0;
  }
  let good = 0;
  for (const c of text) if (PLAUSIBLE.test(c)) good++;
  return text.length ? good / text.length : 0;
}

/** East Asian legacy encodings told apart by `guessLegacyCjk` (WHATWG names, as `TextDecoder` takes them). */
export type LegacyCjk = 'gbk' | 'shift_jis' | 'euc-jp' | 'euc-kr' | 'big5';

/**
 * A fatal decoder of `enc`. GBK is decoded as GB18030, its superset: the WHATWG standard's `gbk` is GB18030's
 * decoder (so browsers read both alike), but Node's `TextDecoder('gbk')` is GBK alone, which refuses GB18030's
 * four-byte characters (𠮷, U+20BB7) and reads 䶮 (U+4DAE, `FE 9F`) as a private-use character: a CNKI file with
 * such a name was read as Windows-1252 mojibake by the CLI.
 */
function cjkDecoder(enc: LegacyCjk): TextDecoder {
  return new TextDecoder(enc === 'gbk' ? 'gb18030' : enc, { fatal: true });
}

const CJK_LABEL: Record<LegacyCjk, string> = {
  gbk: 'GBK (GB18030, Simplified Chinese)',
  shift_jis: 'Shift-JIS (Japanese)',
  'euc-jp': 'EUC-JP (Japanese)',
  'euc-kr': 'EUC-KR (Korean)',
  big5: 'Big5 (Traditional Chinese)',
};

/**
 * Whether the two bytes of a character (lead, trail) fall where the encoding keeps its common characters:
 * punctuation, kana, and the first (most frequent) level of ideographs or Hangul. Rows from the encodings'
 * standards: GB 2312 (symbols A1–A3, level-1 and level-2 hanzi B0–F7), JIS X 0208 in Shift-JIS (symbols and kana
 * 81–84, level-1 and level-2 kanji 88–9F, E0–EA) and EUC-JP (A1–A5, level-1 kanji B0–CF), KS X 1001 in EUC-KR
 * (symbols A1–A2, Hangul B0–C8), Big5 (symbols A1–A3, frequent hanzi A4–C6) with HKSCS's rows (87–A0, C6A1–C8FE,
 * F9D6–FEFE: the Hong Kong characters of names, places and Cantonese, which a Big5-HKSCS file holds among the others).
 */
const COMMON_PAIR: Record<LegacyCjk, (lead: number, trail: number) => boolean> = {
  gbk: (l, t) => t >= 0xa1 && t <= 0xfe && ((l >= 0xa1 && l <= 0xa3) || (l >= 0xb0 && l <= 0xf7)),
  shift_jis: (l, t) => ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc)) && ((l >= 0x81 && l <= 0x84) || (l >= 0x88 && l <= 0x9f) || (l >= 0xe0 && l <= 0xea)),
  'euc-jp': (l, t) => t >= 0xa1 && t <= 0xfe && ((l >= 0xa1 && l <= 0xa5) || (l >= 0xb0 && l <= 0xcf)),
  'euc-kr': (l, t) => t >= 0xa1 && t <= 0xfe && ((l >= 0xa1 && l <= 0xa2) || (l >= 0xb0 && l <= 0xc8)),
  big5: (l, t) =>
    ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe)) &&
    ((l >= 0xa1 && l <= 0xc6) || (l >= 0x87 && l <= 0xa0) || ((l === 0xc7 || l === 0xc8 || (l === 0xc6 && t >= 0xa1)) && t >= 0xa1) || (l === 0xf9 && t >= 0xd6) || l >= 0xfa),
};

/**
 * Whether this runtime's `big5` decoder reads the Hong Kong Supplementary Character Set (HKSCS: 衞, 峯, 鰂, 嘅, 邨 in
 * names, places and Cantonese words): the WHATWG Encoding Standard's big5 (every browser) is Big5-HKSCS, so `87 40`
 * is 䏰 (U+43F0); Node's ICU big5 reads such bytes as private-use characters. Checked once.
 */
const READS_HKSCS = (() => {
  try {
    return new TextDecoder('big5').decode(new Uint8Array([0x87, 0x40])) === '\u43f0';
  } catch {
    return false;
  }
})();

/** Bytes looked at to choose an encoding (the chosen one must then decode the whole file). */
const CJK_SAMPLE = 65536;

/**
 * A file that is not UTF-8 read as an East Asian legacy encoding, or null to read it as before (line by line, or
 * Windows-1252). `bytes`: the whole file (no byte-order mark); `fileName` for the note and error.
 *
 * Method (in the spirit of Mozilla's universal charset detector, without its frequency tables): in the first
 * 64 KiB, the lines with bytes above 0x7F must be mostly not UTF-8 (else it is a UTF-8 file with a few Latin-1
 * lines), and those bytes mostly next to another such byte (Latin-1 text has one accented letter between ASCII
 * letters: "Müller"; these encodings write each character as two bytes, most of them both above 0x7F). Each
 * encoding then decodes the sample with `TextDecoder` (fatal: an invalid sequence rules it out; a private-use
 * character too), and scores the share of its two-byte characters in the rows of its common characters
 * (`COMMON_PAIR`). None at 0.9: null. The best wins when it scores at least 0.9 and 0.25 more than the next; among
 * GBK, EUC-JP and EUC-KR (whose rows overlap) EUC-KR wins when 80% of its characters are Hangul, EUC-JP when it
 * reads kana, else GBK; but with fewer than 20 such characters, a tie is unsure. A single winner reads the whole file (fatal), with a
 * note naming the encoding and the first line read so. An unsure tie reads the best scored (GBK first among equals)
 * with a note saying it is a guess and how the first such line reads in the others, so the user can tell. Big5 is
 * scored with HKSCS's rows; where the runtime's Big5 lacks HKSCS (Node's ICU: private-use characters), it is read
 * with `big5Hkscs` (the caller's WHATWG Big5 decoder) when given, else scored by its bytes and, if it wins, said
 * plainly (IngestError).
 *
 * @returns null when the file does not look so (Latin-1, UTF-8 mixed with Latin-1)
 * @throws IngestError at the first line that is not UTF-8 when it looks so but no encoding decodes it, the winner
 *   fails on the rest of the file, or the winner is Big5-HKSCS the runtime cannot read: the user is asked to save it
 *   as UTF-8
 */
function guessLegacyCjk(bytes: Uint8Array, fileName: string, big5Hkscs?: (bytes: Uint8Array) => string): { text: string; encoding: LegacyCjk; note: IngestNote } | null {
  /** `b` read as `enc`, fatal: Big5 with the caller's Big5-HKSCS decoder when given. */
  const decode = (enc: LegacyCjk, b: Uint8Array) => (enc === 'big5' && big5Hkscs ? big5Hkscs(b) : cjkDecoder(enc).decode(b));
  const sample = bytes.subarray(0, Math.min(bytes.length, CJK_SAMPLE));
  // lines with high bytes: UTF-8 or not
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let utf8Lines = 0;
  let otherLines = 0;
  let firstBad = 0;
  let high = 0;
  let paired = 0;
  let line = 0;
  for (let at = 0; at < sample.length; ) {
    line++;
    let end = sample.indexOf(0x0a, at);
    end = end === -1 ? sample.length : end + 1;
    let hasHigh = false;
    for (let i = at; i < end; i++) {
      if (sample[i]! < 0x80) continue;
      hasHigh = true;
      high++;
      if ((i > at && sample[i - 1]! >= 0x80) || (i + 1 < end && sample[i + 1]! >= 0x80)) paired++;
    }
    if (hasHigh) {
      // the sample may cut the last line inside a character: that line is not counted
      if (end < sample.length || sample.length === bytes.length) {
        if (isUtf8Line(fatal, sample.subarray(at, end))) utf8Lines++;
        else {
          otherLines++;
          if (!firstBad) firstBad = line;
        }
      }
    }
    at = end;
  }
  if (otherLines === 0 || utf8Lines >= otherLines || paired < high * 0.5) return null;
  const scores: { enc: LegacyCjk; score: number; chars: number; kana: number; hangul: number; text: string; unreadable: boolean }[] = [];
  for (const enc of Object.keys(COMMON_PAIR) as LegacyCjk[]) {
    let text: string;
    try {
      // the sample may end inside a character: not fatal at its very end
      text = decode(enc, sample.length === bytes.length ? sample : sample.subarray(0, lastLineEnd(sample)));
    } catch {
      continue;
    }
    // private use: not this encoding; but Big5 with Hong Kong characters reads so where the runtime (Node) lacks
    // HKSCS: scored by its bytes, and said plainly if it wins (not read as Windows-1252 mojibake)
    const unreadable = enc === 'big5' && !READS_HKSCS && !big5Hkscs;
    if (/[\ue000-\uf8ff]/.test(text) && !unreadable) continue;
    const wide = (text.match(/[^\u0000-\u007f]/g) ?? []).length;
    scores.push({
      enc,
      ...commonShare(sample, enc),
      kana: (text.match(/[\u3041-\u30ff]/g) ?? []).length,
      hangul: wide ? (text.match(/[\uac00-\ud7af]/g) ?? []).length / wide : 0,
      text,
      unreadable: unreadable && /[\ue000-\uf8ff]/.test(text),
    });
  }
  scores.sort((a, b) => b.score - a.score);
  // nothing reads as common East Asian characters: Latin-1 with accented letters side by side ("Ñúñez")
  if (!scores[0] || scores[0].score < 0.9) return null;
  const close = scores.filter((s) => s.score >= scores[0]!.score - 0.25);
  let best: (typeof scores)[number] | undefined = close.length === 1 ? close[0] : undefined;
  if (!best) {
    // GB 2312, JIS X 0208 and KS X 1001 share their rows of symbols (and kana) and overlap elsewhere: Hangul
    // tell Korean, kana Japanese, and otherwise GBK (CNKI's exports) is the one
    const has = (enc: LegacyCjk) => close.find((s) => s.enc === enc);
    const kr = has('euc-kr');
    const jp = has('euc-jp');
    const cn = has('gbk');
    // a few characters say too little: Chinese names in GB 2312's first rows read as Hangul syllables too
    if (scores[0]!.chars < 20) best = undefined;
    else if (kr && kr.hangul >= 0.8) best = kr;
    else if (jp && jp.kana > 0) best = jp;
    else if (cn && close.every((s) => s.enc === 'gbk' || s.enc === 'euc-jp' || s.enc === 'euc-kr')) best = cn;
  }
  const unsure = () =>
    new IngestError(
      fileName,
      firstBad,
      `not UTF-8, and its encoding cannot be told for sure (its bytes look like an East Asian encoding such as GBK, Shift-JIS, EUC-KR or Big5${scores.length ? `; closest: ${scores.slice(0, 2).map((s) => CJK_LABEL[s.enc]).join(' or ')}` : ''}): save the file as UTF-8 and import it again`,
    );
  // no clear winner (two characters of a name read as common characters in GBK and in EUC-JP alike): the likeliest
  // is read, and the note says it is a guess and how the first such line reads in the others, so the user sees it
  // (the read is reversible: the file is untouched; saved as UTF-8 it is read as written)
  const others = best ? [] : close.slice(1).filter((o) => !o.unreadable);
  best ??= close[0];
  if (!best) throw unsure();
  if (best.unreadable)
    throw new IngestError(
      fileName,
      firstBad,
      'not UTF-8: it looks like Big5-HKSCS (Traditional Chinese with Hong Kong characters such as 衞, 峯, 嘅), which this program cannot decode here (its Node.js has Big5 without the HKSCS characters); save the file as UTF-8, or import it in the explorer (browsers read Big5-HKSCS)',
    );
  let text: string;
  try {
    text = decode(best.enc, bytes);
  } catch {
    throw unsure();
  }
  const note = others.length
    ? `not UTF-8: read as ${CJK_LABEL[best.enc]}, a guess: its bytes read as ${others.map((o) => CJK_LABEL[o.enc]).join(' or ')} too, and too few characters tell them apart. Line ${firstBad} reads "${wideRuns(text, firstBad)}" so (${others.map((o) => `as ${o.enc === 'gbk' ? 'GBK' : CJK_LABEL[o.enc].replace(/ \(.*$/, '')} "${wideRuns(o.text, firstBad)}"`).join(', ')}); check the names, or save the file as UTF-8`
    : `not UTF-8: read as ${CJK_LABEL[best.enc]} (a guess from its bytes, first at line ${firstBad}); check the names, or save the file as UTF-8`;
  return { text, encoding: best.enc, note: { file: fileName, line: firstBad, note } };
}

/** The non-ASCII runs of line `line` (1-based) of `text`, joined by " … ", at most 24 characters: what a guess reads there. */
function wideRuns(text: string, line: number): string {
  let at = 0;
  for (let i = 1; i < line && at >= 0; i++) {
    at = text.indexOf('\n', at);
    if (at >= 0) at++;
  }
  if (at < 0) return '';
  const end = text.indexOf('\n', at);
  const runs = text.slice(at, end < 0 ? undefined : end).match(/[^\u0000-\u007f]+/g) ?? [];
  const joined = runs.join(' … ');
  return joined.length > 24 ? `${[...joined].slice(0, 24).join('')}…` : joined;
}

/** Offset just after the last `\n` of `b` (its length when it has none). */
function lastLineEnd(b: Uint8Array): number {
  const i = b.lastIndexOf(0x0a);
  return i < 0 ? b.length : i + 1;
}

/** Characters GB18030 writes in four bytes that a name or title holds: CJK ideographs outside GBK (extension A, B…). */
const GB18030_FOUR_BYTE_HAN = /^[\u3400-\u4dbf\u{20000}-\u{3134f}]$/u;


/**
 * `enc`'s characters above 0x7F in `b` (`chars`) and the share (0–1) of them in its common rows (`COMMON_PAIR`).
 * Two kinds of character are more than a pair of bytes, and are read as such rather than as two uncommon pairs
 * (which took a GB18030 file with two rare name characters, or a Shift-JIS one with half-width katakana, below the
 * bar, and the file was read as Windows-1252 mojibake):
 * - GB18030's four-byte sequences (lead 81–FE, then a digit byte 30–39, a byte 81–FE, a digit byte; GB 18030-2005
 *   §6): one character, common when it is a CJK ideograph (names such as 龚䶮 need extension A), else not;
 * - Shift-JIS half-width katakana (single bytes A1–DF; JIS X 0201): common in runs of two or more (a katakana
 *   word, ｶﾀｶﾅ), not alone (a lone byte there is more likely Latin-1's À–ß between ASCII letters).
 */
function commonShare(b: Uint8Array, enc: LegacyCjk): { score: number; chars: number } {
  let chars = 0;
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const lead = b[i]!;
    if (lead < 0x80) continue;
    // Shift-JIS half-width katakana: one byte a character
    if (enc === 'shift_jis' && lead >= 0xa1 && lead <= 0xdf) {
      let end = i;
      while (end < b.length && b[end]! >= 0xa1 && b[end]! <= 0xdf) end++;
      const run = end - i;
      chars += run;
      if (run >= 2) common += run;
      i = end - 1;
      continue;
    }
    const trail = b[i + 1];
    if (trail === undefined) break;
    if (enc === 'gbk' && trail >= 0x30 && trail <= 0x39 && i + 3 < b.length && b[i + 2]! >= 0x81 && b[i + 2]! <= 0xfe && b[i + 3]! >= 0x30 && b[i + 3]! <= 0x39) {
      chars++;
      if (GB18030_FOUR_BYTE_HAN.test(new TextDecoder('gb18030').decode(b.subarray(i, i + 4)))) common++;
      i += 3;
      continue;
    }
    chars++;
    if (COMMON_PAIR[enc](lead, trail)) common++;
    i++;
  }
  return { score: chars ? common / chars : 0, chars };
}

/** `decodeInput` (with the runtime's `options`) as an `InputFile` for `buildDataset` (its notes go to the build report). */
export function decodeInputFile(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): InputFile {
  const d = decodeInput(bytes, fileName, options);
  return { name: fileName, text: d.text, notes: d.notes };
}

/** At most this many line numbers in the note of a file read line by line; the rest are counted. */
const MAX_LISTED_LINES = 20;

/**
 * Bytes that are not UTF-8 throughout, read line by line (lines end at `\n`; a `\r` before it is kept, as a
 * whole-file decode keeps it): a line that is valid UTF-8 as UTF-8, another as Windows-1252. Null when no line
 * is UTF-8 with a byte above 0x7F (nothing shows the file is UTF-8: the caller reads it whole as Windows-1252),
 * unless `utf8Known` (a byte-order mark).
 *
 * The bytes are decoded once leniently (every bad sequence becomes U+FFFD, and a `\n` byte is never inside a
 * sequence, so the text's lines are the bytes' lines): a line without U+FFFD was valid UTF-8 and is kept as
 * decoded; one with it is bad, unless its bytes hold a real U+FFFD (`EF BF BD`), when a fatal decode of the
 * line decides. No exception per Latin-1 line: a 35 MB Latin-1 file took 1.4 s so, 0.2 s this way.
 */
function decodeByLine(bytes: Uint8Array, fileName: string, utf8Known: boolean): { text: string; note: IngestNote } | null {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const bad: number[] = [];
  /** Where the kind of line changes: byte and text offsets, and the kind from there on (true: UTF-8). */
  const runs: { at: number; from: number; utf8: boolean }[] = [];
  let sawMultiByte = utf8Known;
  let line = 0;
  let at = 0; // in bytes
  let from = 0; // in the lenient text
  let fffd = lenient.indexOf('\ufffd'); // the next U+FFFD at or after `from` (-1: none)
  while (at < bytes.length) {
    line++;
    let end = bytes.indexOf(0x0a, at);
    end = end === -1 ? bytes.length : end + 1;
    let to = lenient.indexOf('\n', from);
    to = to === -1 ? lenient.length : to + 1;
    if (fffd !== -1 && fffd < from) fffd = lenient.indexOf('\ufffd', from);
    const utf8 = fffd === -1 || fffd >= to || (hasReplacementChar(bytes, at, end) && isUtf8Line(fatal, bytes.subarray(at, end)));
    if (utf8 && to - from !== end - at) sawMultiByte = true;
    if (!utf8) bad.push(line);
    if (runs.length === 0 || runs[runs.length - 1]!.utf8 !== utf8) runs.push({ at, from, utf8 });
    at = end;
    from = to;
  }
  if (!sawMultiByte || bad.length === 0) return null;
  const parts: string[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const next = runs[r + 1];
    parts.push(run.utf8 ? lenient.slice(run.from, next?.from) : decodeWindows1252(bytes.subarray(run.at, next?.at)));
  }
  return { text: parts.join(''), note: { file: fileName, line: bad[0]!, note: badLinesNote(bad) } };
}

/** Whether bytes[start, end) hold `EF BF BD` (U+FFFD written in UTF-8). */
function hasReplacementChar(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i + 2 < end; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

function isUtf8Line(fatal: TextDecoder, line: Uint8Array): boolean {
  try {
    fatal.decode(line);
    return true;
  } catch {
    return false;
  }
}

/** "line 2 is not UTF-8: …", "lines 2, 7 and 9 are not UTF-8: …", "lines 1, 2, … 20 and 5 more are not UTF-8: …". */
function badLinesNote(bad: number[]): string {
  const tail = ': read as Windows-1252 (Latin-1)';
  if (bad.length === 1) return `line ${bad[0]} is not UTF-8${tail}; check its accented names`;
  const listed = bad.slice(0, MAX_LISTED_LINES);
  const more = bad.length - listed.length;
  const list = more > 0 ? `${listed.join(', ')} and ${more} more` : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
  return `lines ${list} are not UTF-8${tail}; check their accented names`;
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
  const codes = new Array<number>(Math.min(CHUNK, bytes.length));
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

/** A UTF-8 lead byte read as Windows-1252 (Ã Â â Å Ä …) followed by a continuation byte read so: "Ã¼" for "ü". */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * UTF-8 text that was decoded as Windows-1252 and saved as UTF-8 again ("MÃ¼ller, JÃ¼rgen", "Â©", "â€™": a CSV
 * opened and saved in a spreadsheet), repaired line by line: a line with such a pair whose characters, written
 * back as Windows-1252 bytes, are valid UTF-8 is that UTF-8 ("Müller, Jürgen"); any other line ("SÃO PAULO", a
 * character Windows-1252 lacks) stays as it is. One note lists the lines repaired. `text`: the decoded file;
 * `notes`: the file's notes, added to. Returns the text. Throws nothing. (Method: the reverse of the mis-decoding,
 * as ftfy's "fix_encoding" does for this case.)
 */
function repairDoubleEncoded(text: string, fileName: string, notes: IngestNote[]): string {
  if (!MOJIBAKE.test(text)) return text;
  // only the lines holding such a pair are looked at (Czech "Lukáš" is one too, and a 35 MB file split into lines
  // to repair none of them was 60–80 MB more at the build's peak)
  const pairs = new RegExp(MOJIBAKE.source, 'g');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const repaired: number[] = [];
  let copiedTo = 0;
  let line = 1;
  let counted = 0;
  for (let m = pairs.exec(text); m; m = pairs.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    pairs.lastIndex = end;
    for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    const fixed = fromDoubleEncoded(text.slice(start, end), decoder);
    if (fixed === null) continue;
    parts.push(text.slice(copiedTo, start), fixed);
    copiedTo = end;
    repaired.push(line);
  }
  if (repaired.length === 0) return text;
  parts.push(text.slice(copiedTo));
  const listed = repaired.slice(0, MAX_LISTED_LINES).join(', ') + (repaired.length > MAX_LISTED_LINES ? ` and ${repaired.length - MAX_LISTED_LINES} more` : '');
  notes.push({
    file: fileName,
    line: repaired[0]!,
    note: `${repaired.length === 1 ? 'line' : 'lines'} ${listed} held UTF-8 read once as Windows-1252 ("MÃ¼ller" for "Müller"): repaired; check ${repaired.length === 1 ? 'its' : 'their'} accented names`,
  });
  return parts.join('');
}

/** `line` written back as Windows-1252 bytes and read as UTF-8, or null when that is not possible or changes nothing. */
function fromDoubleEncoded(line: string, decoder: TextDecoder): string | null {
  const bytes = new Uint8Array(line.length * 3);
  let n = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) bytes[n++] = c;
    else {
      const k = CP1252_HIGH.indexOf(c);
      if (k < 0) return null;
      bytes[n++] = 0x80 + k;
    }
  }
  try {
    const fixed = decoder.decode(bytes.subarray(0, n));
    return fixed !== line ? fixed : null;
  } catch {
    return null;
  }
}
