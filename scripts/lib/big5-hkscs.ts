/**
 * Big5-HKSCS for the command line. Browsers' `TextDecoder('big5')` is the WHATWG Encoding Standard's big5, which is
 * Big5-HKSCS (Hong Kong characters of names, places and Cantonese: 衞, 峯, 鰂, 嘅, 邨); Node's is ICU's Big5 without
 * them (it reads `87 40` as a private-use character, not 䏰). The CLI reads Big5 through iconv-lite's `big5hkscs`
 * instead (a pure-JavaScript decoder: cp950 with the HKSCS-2008 additions), so a file the explorer imports is read
 * alike by `npm run build:graph`: on the valid two-byte sequences (lead 81–FE, trail 40–7E or A1–FE: 18,990 of them)
 * its text equals Chromium's (checked 5 Dec 2026) but for four, the Encoding Standard's pairs of a letter and a
 * combining mark (`88 62` Ê̄ U+00CA U+0304, `88 64` Ê̌, `88 A3` ê̄, `88 A5` ê̌), which iconv-lite gives as the
 * standard says and that Chromium gave as other code points.
 */
import iconv from 'iconv-lite';
import type { DecodeOptions } from '../../src/core/ingest/decode-input';

/**
 * `bytes` (Big5-HKSCS) to text, fatal as `TextDecoder(…, { fatal: true })` is: iconv-lite writes U+FFFD for a byte
 * sequence it cannot read, and Big5-HKSCS has no character that reads as U+FFFD, so one in the text is a sequence
 * that is not Big5-HKSCS.
 * @throws TypeError when `bytes` hold a sequence that is not Big5-HKSCS (a lead byte without its trail at the end too)
 */
export function decodeBig5Hkscs(bytes: Uint8Array): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');
  if (text.includes('\ufffd')) throw new TypeError('not Big5-HKSCS');
  return text;
}

/** What the CLI's Node.js adds to `decodeInput`: Big5 read as browsers read it (`decodeBig5Hkscs`). */
export const NODE_DECODE_OPTIONS: DecodeOptions = { big5Hkscs: decodeBig5Hkscs };
