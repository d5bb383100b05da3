import type { IngestNote } from './types';

/**
 * ORCID iDs as every reader takes them (OpenAlex `author.orcid`, DBLP's `orcid` attribute, PubMed
 * `AUID- ORCID: …`): one normaliser, so the same iD written two ways is one person and a mistyped one is no one's.
 *
 * Accepted: 16 characters, the last a digit or X (either case), with or without the hyphens after every fourth,
 * with or without an `https://orcid.org/` (http, www.) or `orcid.org/` prefix or an `ORCID:` label. Checked: the
 * last character is the check digit ISO 7064 MOD 11-2 gives for the first fifteen digits, as ORCID documents it
 * ("Structure of the ORCID Identifier", support.orcid.org: `0000-0002-1825-0097` is valid,
 * `0000-0002-1825-009X` and `0000-0000-0000-0000` are not).
 */

/** What `normaliseOrcid` found: `orcid` the iD as `0000-0002-1825-0097` (capital X), or null with the `problem` (null: no value at all). */
export interface OrcidReading {
  orcid: string | null;
  problem: string | null;
}

const PREFIX = /^(?:ORCID(?:\s*iD)?(?:\s*:\s*|\s+))?(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?/i;

/**
 * The ISO 7064 MOD 11-2 check character ("0"-"9" or "X") of 15 digits (`base`), as ORCID computes it.
 * Throws nothing; `base` must be 15 ASCII digits.
 */
export function orcidCheckDigit(base: string): string {
  let total = 0;
  for (const c of base) total = (total + Number(c)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/**
 * Reads one ORCID iD written any of the accepted ways (see the file's comment). `value`: what the input holds
 * (a string; anything else, an empty string or whitespace is no value: `{ orcid: null, problem: null }`).
 * Returns the iD hyphenated, with a capital X, or null and what is wrong with it ("not 16 digits", "check digit
 * should be 7"). Throws nothing.
 */
export function normaliseOrcid(value: unknown): OrcidReading {
  if (typeof value !== 'string') return { orcid: null, problem: null };
  const text = value.trim();
  if (!text) return { orcid: null, problem: null };
  const body = text.replace(PREFIX, '').replace(/\/+$/, '');
  const m = /^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])$/.exec(body);
  if (!m) return { orcid: null, problem: 'not an ORCID iD (16 digits, the last may be X, as 0000-0002-1825-0097)' };
  const digits = (m[1]! + m[2]! + m[3]! + m[4]!).toUpperCase();
  const check = orcidCheckDigit(digits.slice(0, 15));
  if (check !== digits[15]) return { orcid: null, problem: `its check digit is wrong (ISO 7064 MOD 11-2 gives ${check} for the digits before it)` };
  return { orcid: `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`, problem: null };
}

/**
 * `normaliseOrcid(value).orcid`, noting a value that is not a valid iD in `notes`: the file (`file`), its line
 * (`line`), the record (`record`, when known) and the value as written, left out of who is who ("ORCID
 * "0000-0002-1825-009X" on "Wei Zhang": its check digit is wrong …; not used to tell who is who"). `author`: the
 * name it came with, for the note; `field`: the input's name for the field the iD was in (`OI`, `AUID`, `ORCID`), for
 * the note's `field`. Throws nothing.
 */
export function readOrcid(value: unknown, at: { file: string; line: number; record?: string; author?: string; field?: string }, notes: IngestNote[]): string | null {
  const r = normaliseOrcid(value);
  if (r.problem) {
    const on = at.author ? ` on "${at.author}"` : '';
    notes.push({ file: at.file, line: at.line, ...(at.record ? { record: at.record } : {}), ...(at.field ? { field: at.field } : {}), note: `ORCID ${JSON.stringify(String(value).trim().slice(0, 60))}${on}: ${r.problem}; not used to tell who is who` });
  }
  return r.orcid;
}
