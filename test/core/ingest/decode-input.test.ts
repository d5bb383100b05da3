import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../src/core/ingest/decode-input';
import { readInput } from '../../../src/core/ingest/index';
import { IngestError } from '../../../src/core/ingest/errors';
import { buildFiles, fixture } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => {
  const all = parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('decodeInput', () => {
  const text = 'TY  - JOUR\nAU  - Kessel, Jörn\nTI  - Zürich ☃ 李明远\nER  - \n';

  it('reads UTF-8 with and without a byte-order mark, with no note', () => {
    for (const bytes of [enc(text), cat([0xef, 0xbb, 0xbf], enc(text))]) {
      const d = decodeInput(bytes, 'a.ris');
      expect(d.text).toBe(text);
      expect(d.encoding).toBe('utf-8');
      expect(d.notes).toEqual([]);
    }
  });

  it('reads UTF-16 LE and BE by their byte-order mark', () => {
    expect(decodeInput(utf16(text, true), 'le.ris')).toMatchObject({ text, encoding: 'utf-16le', notes: [] });
    expect(decodeInput(utf16(text, false), 'be.ris')).toMatchObject({ text, encoding: 'utf-16be', notes: [] });
  });

  it('reads UTF-16 LE and BE without a byte-order mark by their zero bytes, with a note', () => {
    const le = decodeInput(utf16(text, true).subarray(2), 'le.ris');
    expect(le).toMatchObject({ text, encoding: 'utf-16le', notes: [{ file: 'le.ris', line: 1, note: 'read as UTF-16 LE (no byte-order mark)' }] });
    const be = decodeInput(utf16(text, false).subarray(2), 'be.ris');
    expect(be).toMatchObject({ text, encoding: 'utf-16be', notes: [{ file: 'be.ris', line: 1, note: 'read as UTF-16 BE (no byte-order mark)' }] });
    // then read as any text: no "not a text file"
    expect(readInput({ name: 'le.ris', text: le.text }).papers[0]!.authors).toEqual(['Kessel, Jörn']);
  });

  it('bytes with zeros at both odd and even places (a binary file) or an odd length are not taken for UTF-16', () => {
    const binary = cat(enc('%PDF-1.4\n'), Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) & 0xff)));
    expect(decodeInput(binary, 'paper.pdf').encoding).not.toMatch(/utf-16/);
    const odd = cat(utf16(text, true).subarray(2), [0x41]);
    expect(decodeInput(odd, 'odd.ris').encoding).not.toMatch(/utf-16/);
    // UTF-8 text (no zero byte) is UTF-8, with no note
    expect(decodeInput(enc('A\tB\nC'), 't.txt')).toMatchObject({ encoding: 'utf-8', notes: [] });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a note naming the file and the line of the first bad byte', () => {
    const bytes = cat(enc('@article{a,\n  author = {J'), [0xf6], enc('rn Kessel and M'), [0x9a, 0x80], enc('ller},\n}\n'));
    const d = decodeInput(bytes, 'old.bib');
    expect(d.text).toBe('@article{a,\n  author = {Jörn Kessel and Mš€ller},\n}\n');
    expect(d.encoding).toBe('windows-1252');
    expect(d.notes).toHaveLength(1);
    expect(d.notes[0]).toMatchObject({ file: 'old.bib', line: 2 });
    expect(d.notes[0]!.note).toMatch(/Windows-1252/);
  });

  it('inflates gzip by its magic bytes whatever the name, including concatenated members, then decodes', () => {
    const gz = cat(gzipSync(Buffer.from('{"id": 1}\n')), gzipSync(Buffer.from(utf16('ü', true))));
    expect(decodeInput(gzipSync(Buffer.from(text)), 'works.jsonl.gz')).toMatchObject({ text, gzip: true, encoding: 'utf-8' });
    expect(decodeInput(gzipSync(Buffer.from(text)), 'no-extension')).toMatchObject({ text, gzip: true });
    // two members: the second is appended to the first
    expect(decodeInput(gz, 'two.gz').text.startsWith('{"id": 1}\n')).toBe(true);
  });

  it('a truncated gzip file is an IngestError naming the file, not a crash or empty text', () => {
    const gz = gzipSync(Buffer.from(text.repeat(50)));
    let err: unknown;
    try {
      decodeInput(gz.subarray(0, gz.length - 20), 'cut.ris.gz');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).file).toBe('cut.ris.gz');
    expect((err as IngestError).problem).toMatch(/gzip/);
  });

  it('empty input is empty text', () => {
    expect(decodeInput(new Uint8Array(0), 'e.txt')).toMatchObject({ text: '', notes: [] });
  });

  it('the build reads a gzipped BibTeX file as the plain one (fixture acl_2016_2021_all.bib.gz is read through the same path)', () => {
    const r = buildFiles([fixture('cases/04-bib-latin1.bib')]).report;
    expect(r.notes.some((n) => n.file === '04-bib-latin1.bib' && /Windows-1252/.test(n.note))).toBe(true);
  });
});
