import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonLines } from '../../src/core/ingest/jsonl';
import { readInput } from '../../src/core/ingest/index';
import { InputPathError, readInputPath } from '../../scripts/lib/read-input';
import { runCli } from './cli-in-process';
import { fixture } from '../core/helpers';

const dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
const text = readFileSync(fixture('acl_2020_main.jsonl'), 'utf8');

describe('reading JSON Lines from disk streams it (never the whole text beside the records)', () => {
  it('a gzipped file gives the same records as the text read whole, line numbers included', () => {
    const path = join(dir, 'acl.jsonl.gz');
    writeFileSync(path, gzipSync(text));
    const file = readInputPath(path);
    expect(file.text).toBe('');
    const streamed = readInput(file);
    const whole = readJsonLines({ name: path, text });
    expect(streamed.papers).toHaveLength(3022);
    expect(streamed).toEqual(whole);
  });

  it('CRLF line ends and a last line without a newline', () => {
    const path = join(dir, 'crlf.jsonl');
    const lines = text.split('\n').filter(Boolean).slice(0, 5);
    writeFileSync(path, lines.join('\r\n'));
    const r = readInput(readInputPath(path));
    expect(r.papers.map((p) => p.source.line)).toEqual([1, 2, 3, 4, 5]);
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((l) => JSON.parse(l).title));
  });

  it('a bad line is skipped and listed with file and line, the others read; a file of bad lines only stops, naming the first', () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, `${text.split('\n').slice(0, 3).join('\n')}\n{"title": "x", "authors": [\n${text.split('\n')[3]}\n`);
    const r = readInput(readInputPath(path));
    expect(r.papers.map((p) => p.source.line)).toEqual([1, 2, 3, 5]);
    expect(r.skipped).toEqual([{ file: path, line: 4, reason: expect.stringMatching(/^not valid JSON/) }]);
    const worse = join(dir, 'worse.jsonl');
    writeFileSync(worse, '{"title": "x", "authors": [\n{"title": "y"}\n');
    expect(() => readInput(readInputPath(worse, 'jsonl'))).toThrow(/worse\.jsonl:1: no paper could be read from this JSON Lines file: not valid JSON .*\(and 1 more records skipped\)/);
  });

  it('a byte-order mark is dropped, and a character cut by the 1 MiB chunk edge is read whole', () => {
    const path = join(dir, 'bom.jsonl');
    const first = JSON.stringify({ title: 'Première', authors: ['Zoë Ā'] });
    const third = (n: number) => JSON.stringify({ title: `${'é'.repeat(n)} Ωmega 東京`, authors: ['Łukasz Ǆ'] });
    // the third line's run of é (two bytes each) starts 101 bytes before the first 1 MiB read ends: its 51st é is cut
    const before = 3 + Buffer.byteLength(first) + 1 + 1 + '{"title":"'.length;
    const pad = JSON.stringify({ title: 'x'.repeat((1 << 20) - 101 - before - '{"title":"","authors":["A B"]}'.length), authors: ['A B'] });
    const lines = [first, pad, third(200), third(3)];
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\n'))]);
    expect(bytes.indexOf(Buffer.from('é'), 1 << 20)).toBe((1 << 20) + 1);
    writeFileSync(path, bytes);
    const r = readInput(readInputPath(path));
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((l) => JSON.parse(l).title));
    expect(r.papers[0]!.authors).toEqual(['Zoë Ā']);
    expect(r.papers[3]!.authors).toEqual(['Łukasz Ǆ']);
    expect(r.papers.map((p) => p.source.line)).toEqual([1, 2, 3, 4]);
  });

  it('a byte that is not UTF-8 after the first 1 MiB still gives the whole file read with the encoding guess', () => {
    const path = join(dir, 'late-latin1.jsonl');
    const good = text.split('\n').filter(Boolean);
    let body = '';
    for (let i = 0; body.length < 1.5 * (1 << 20); i++) body += `${good[i % good.length]}\n`;
    writeFileSync(path, Buffer.concat([Buffer.from(body), Buffer.from('{"title": "Caf\u00e9 talk", "authors": ["Fran\u00e7ois Yvon"]}\n', 'latin1')]));
    const file = readInputPath(path);
    expect(file.parsed).toBeUndefined();
    expect(file.notes?.[0]?.note).toMatch(/Windows-1252/);
    expect(readInput(file).papers.at(-1)!.authors).toEqual(['François Yvon']);
  });

  it('UTF-16 LE without a byte-order mark, even with --format jsonl, is read whole as UTF-16 with a note', () => {
    const path = join(dir, 'utf16.jsonl');
    writeFileSync(path, Buffer.from('{"title": "Caf\u00e9 talk", "authors": ["Fran\u00e7ois Yvon"]}\n', 'utf16le'));
    for (const format of ['jsonl', undefined] as const) {
      const file = readInputPath(path, format);
      expect(file.parsed).toBeUndefined();
      expect(file.notes).toEqual([{ file: path, line: 1, note: 'read as UTF-16 LE (no byte-order mark)' }]);
      expect(readInput(file, format).papers[0]!.authors).toEqual(['François Yvon']);
    }
  });

  it('a UTF-8 file with one Latin-1 line is read whole, line by line: each line in its own encoding, the bad line noted', () => {
    const path = join(dir, 'mixed.jsonl');
    const row = (id: string) => `{"id": "${id}", "title": "Caf\u00e9 talk", "authors": ["Fran\u00e7ois Yvon", "J\u00f6rg M\u00fcller"], "year": 2020}\n`;
    writeFileSync(path, Buffer.concat([Buffer.from(row('p1')), Buffer.from(row('p2'), 'latin1'), Buffer.from(row('p3'))]));
    const file = readInputPath(path);
    expect(file.parsed).toBeUndefined();
    expect(file.notes).toEqual([{ file: path, line: 2, note: 'line 2 is not UTF-8: read as Windows-1252 (Latin-1); check its accented names' }]);
    const r = readInput(file);
    expect(r.papers.map((p) => p.authors)).toEqual(Array(3).fill(['François Yvon', 'Jörg Müller']));
    expect(r.papers.map((p) => p.title)).toEqual(Array(3).fill('Café talk'));
  });

  it('a file that is not UTF-8 is read whole with the encoding guess noted', () => {
    const path = join(dir, 'latin1.jsonl');
    writeFileSync(path, Buffer.from('{"title": "Caf\u00e9 talk", "authors": ["Fran\u00e7ois Yvon"]}\n', 'latin1'));
    const file = readInputPath(path);
    expect(file.notes?.[0]?.note).toMatch(/Windows-1252/);
    expect(readInput(file).papers[0]!.authors).toEqual(['François Yvon']);
  });
});

describe('an input that is not a file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a folder is said to be one, not with the system\'s EISDIR', () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-folder-'));
    expect(() => readInputPath(folder)).toThrowError(new InputPathError(folder, 'is a folder, not a file (give the files in it)'));
    expect(() => readInputPath(folder, 'jsonl')).toThrowError(InputPathError);
    const r = runCli([folder, '--out', join(dir, 'out-folder')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`build-graph: ${folder}: is a folder, not a file (give the files in it)\n`);
    expect(r.stderr).not.toMatch(/EISDIR/);
  });
});
