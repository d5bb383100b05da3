import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../src/core/ingest/decode-input';
import { decodeBig5Hkscs, NODE_DECODE_OPTIONS } from '../../../scripts/lib/big5-hkscs';
import { readInput } from '../../../src/core/ingest/index';
import { IngestError } from '../../../src/core/ingest/errors';
import { buildDataset } from '../../../src/core/pipeline';
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

  it('reads UTF-16 LE and BE by their byte-order mark, with a note saying so', () => {
    expect(decodeInput(utf16(text, true), 'le.ris')).toMatchObject({ text, encoding: 'utf-16le', notes: [{ file: 'le.ris', line: 1, note: 'read as UTF-16 LE (from its byte-order mark)' }] });
    expect(decodeInput(utf16(text, false), 'be.ris')).toMatchObject({ text, encoding: 'utf-16be', notes: [{ file: 'be.ris', line: 1, note: 'read as UTF-16 BE (from its byte-order mark)' }] });
  });

  describe('the build report says how each file was read (test/fixtures/encodings/two-papers-*.ris: one list saved six ways)', () => {
    const plain = buildFiles([fixture('encodings/two-papers-utf8.ris')]);
    const encodingNotes = (notes: readonly { note: string }[]) => notes.filter((n) => /^read as |UTF-8|UTF-16|byte-order/.test(n.note));
    const cases: [file: string, note: string | null][] = [
      ['two-papers-utf16le-bom.ris', 'read as UTF-16 LE (from its byte-order mark)'],
      ['two-papers-utf16be-bom.ris', 'read as UTF-16 BE (from its byte-order mark)'],
      ['two-papers-utf16le.ris', 'read as UTF-16 LE (no byte-order mark)'],
      ['two-papers-utf16be.ris', 'read as UTF-16 BE (no byte-order mark)'],
      // UTF-8 is what every reader expects: with or without its mark, nothing converted, nothing to check
      ['two-papers-utf8-bom.ris', null],
    ];
    it('the plain UTF-8 file: its names and titles, no note on its encoding', () => {
      expect([...plain.bundle.authors.name].sort()).toEqual(['Jörn Kessel', 'Lilja Øvrelid', 'Mingyuan Li']);
      expect(plain.bundle.papers.title).toContain('李明远: Reading Chinese names in parallel corpora');
      expect(encodingNotes(plain.report.notes)).toEqual([]);
    });
    for (const [file, note] of cases) {
      it(`${file}: the same papers and names as UTF-8, and ${note ? `the note "${note}"` : 'no note on its encoding'}`, () => {
        const built = buildFiles([fixture(`encodings/${file}`)]);
        expect(built.bundle.authors.name).toEqual(plain.bundle.authors.name);
        expect(built.bundle.papers.title).toEqual(plain.bundle.papers.title);
        expect(encodingNotes(built.report.notes)).toEqual(note ? [expect.objectContaining({ file, line: 1, note })] : []);
      });
    }
  });

  it('reads UTF-16 LE and BE without a byte-order mark by their zero bytes, with a note', () => {
    const le = decodeInput(utf16(text, true).subarray(2), 'le.ris');
    expect(le).toMatchObject({ text, encoding: 'utf-16le', notes: [{ file: 'le.ris', line: 1, note: 'read as UTF-16 LE (no byte-order mark)' }] });
    const be = decodeInput(utf16(text, false).subarray(2), 'be.ris');
    expect(be).toMatchObject({ text, encoding: 'utf-16be', notes: [{ file: 'be.ris', line: 1, note: 'read as UTF-16 BE (no byte-order mark)' }] });
    // then read as any text: no "not a text file"
    expect(readInput({ name: 'le.ris', text: le.text }).papers[0]!.authors).toEqual(['Kessel, Jörn']);
  });

  it('a file mostly in Chinese without a byte-order mark is UTF-16 by the zero bytes of its markup alone', () => {
    // 1 KiB of which under a tenth is Latin: the RIS tags, spaces and line ends
    const title = '基于深度学习的中文分词与命名实体识别方法研究及其在医疗文本中的应用探索'.repeat(3);
    const cjk = `TY  - JOUR\nAU  - 李明远\nAU  - 王小红\nTI  - ${title}\nAB  - ${'本文提出了一种新的方法'.repeat(30)}\nER  - \n`;
    for (const le of [true, false]) {
      const d = decodeInput(utf16(cjk, le).subarray(2), 'cjk.ris');
      expect(d.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
      expect(d.text).toBe(cjk);
      expect(readInput({ name: 'cjk.ris', text: d.text }).papers[0]!.authors).toEqual(['李明远', '王小红']);
    }
  });

  it('UTF-8 read once as Windows-1252 and saved again ("MÃ¼ller, JÃ¼rgen") is repaired line by line, with a note; real accents stay', () => {
    const text = 'TY  - JOUR\nAU  - MÃ¼ller, JÃ¼rgen\nAU  - Núñez, Ana\nTI  - Itâ€™s SÃO PAULO – 1990–2000 in Université\nER  - \n';
    const d = decodeInput(enc(text), 'excel.ris');
    expect(d.encoding).toBe('utf-8');
    // line 4 mixes a real "Ã" (SÃO) with the mis-read quote: it cannot be read back, so it stays
    expect(d.text).toBe('TY  - JOUR\nAU  - Müller, Jürgen\nAU  - Núñez, Ana\nTI  - Itâ€™s SÃO PAULO – 1990–2000 in Université\nER  - \n');
    expect(d.notes).toEqual([{ file: 'excel.ris', line: 2, note: 'line 2 held UTF-8 read once as Windows-1252 ("MÃ¼ller" for "Müller"): repaired; check its accented names' }]);
    // a quote alone on its line is repaired too
    expect(decodeInput(enc('TI  - Itâ€™s here\n'), 'q.ris').text).toBe('TI  - It’s here\n');
    // lines counted right past a Czech name that only looks like such a pair (Lukáš), and the last line without an end
    const two = decodeInput(enc('AU  - Lukáš Novák\nAU  - MÃ¼ller, J\nTI  - x\nAU  - GarcÃ­a, A'), 'two.ris');
    expect(two.text).toBe('AU  - Lukáš Novák\nAU  - Müller, J\nTI  - x\nAU  - García, A');
    expect(two.notes[0]!.note).toMatch(/^lines 2, 4 held UTF-8/);
  });

  it('bytes with zeros at both odd and even places (a binary file) or an odd length are not taken for UTF-16', () => {
    const binary = cat(enc('%PDF-1.4\n'), Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) & 0xff)));
    expect(decodeInput(binary, 'paper.pdf').encoding).not.toMatch(/utf-16/);
    const odd = cat(utf16(text, true).subarray(2), [0x41]);
    expect(decodeInput(odd, 'odd.ris').encoding).not.toMatch(/utf-16/);
    // English text with a few stray NUL bytes reads much the same either way round as UTF-16: not taken for it
    const stray = cat(enc('@article{a,\n  author = {Jane Doe and John Roe},\n  title = {On the reading of files},\n'), [0, 0, 0, 0], enc('  year = 2020\n}\n'));
    expect(decodeInput(stray, 'stray.bib').encoding).not.toMatch(/utf-16/);
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

  describe('East Asian legacy encodings (CNKI GBK, Shift-JIS, EUC-JP, EUC-KR, Big5)', () => {
    const read = (name: string) => buildFiles([fixture(`encodings/${name}`)]);
    const cases: [string, string, string[], RegExp][] = [
      ['gbk.ris', 'gbk', ['王, 小明', '李, 娜'], /GBK/],
      ['sjis.ris', 'shift_jis', ['山田, 太郎', '佐藤, 花子'], /Shift-JIS/],
      ['euc-jp.ris', 'euc-jp', ['山田, 太郎'], /EUC-JP/],
      ['euc-kr.ris', 'euc-kr', ['김, 민수', '이, 지은'], /EUC-KR/],
      ['big5.ris', 'big5', ['陳, 大文'], /Big5/],
    ];
    for (const [name, encoding, authors, label] of cases) {
      it(`${name}: its names read right, with a note naming the guessed encoding and the first line read so`, () => {
        const d = decodeInput(readFileSync(fixture(`encodings/${name}`)), name);
        expect(d.encoding).toBe(encoding);
        expect(d.notes).toHaveLength(1);
        expect(d.notes[0]).toMatchObject({ file: name, line: 2 });
        expect(d.notes[0]!.note).toMatch(label);
        expect(d.notes[0]!.note).not.toMatch(/Windows-1252/);
        expect(readInput({ name, text: d.text }).papers[0]!.authors).toEqual(authors);
      });
    }

    it('the built map shows the GBK file\'s authors and title, not Latin-1 mojibake', () => {
      const { bundle } = read('gbk.ris');
      expect([...bundle.authors.name].sort()).toEqual(['李娜', '王小明']);
      expect(JSON.stringify(bundle)).not.toMatch(/[ÐÃÍõ¡]/);
    });

    describe('BibTeX and CSV paper lists so saved (iconv from UTF-8: test/fixtures/encodings/*.bib, *.csv)', () => {
      const lists: [file: string, encoding: string, label: RegExp, papers: { title: string; authors: string[] }[]][] = [
        ['gbk.bib', 'gbk', /GBK/, [{ title: '基于图神经网络的合作者推荐方法研究', authors: ['王小明', '李娜', '张伟'] }, { title: '面向中文学术文献的作者姓名消歧', authors: ['刘洋', '王小明'] }]],
        ['big5.bib', 'big5', /Big5/, [{ title: '臺灣學術合作網絡之分析', authors: ['陳大文', '林美玲'] }, { title: '中文斷詞與專有名詞辨識', authors: ['黃志明', '陳大文'] }]],
        ['big5.csv', 'big5', /Big5/, [{ title: '臺灣學術合作網絡之分析', authors: ['陳大文', '林美玲'] }, { title: '中文斷詞與專有名詞辨識', authors: ['黃志明', '陳大文'] }]],
        ['sjis.bib', 'shift_jis', /Shift-JIS/, [{ title: '共著ネットワークの可視化に関する研究', authors: ['山田太郎', '佐藤花子'] }, { title: '日本語論文における著者名の同定', authors: ['鈴木一郎', '山田太郎'] }]],
        // GB18030's four-byte characters (𠮷) and 䶮 (FE 9F, private use in GBK): Node's GBK decoder refused them,
        // and the file was read as Windows-1252 mojibake
        ['gb18030.csv', 'gbk', /GBK \(GB18030/, [{ title: '基于知识图谱的学者画像构建', authors: ['龚䶮', '王小明', '李娜'] }, { title: '面向古籍的人名识别：以“𠮷”等生僻字为例', authors: ['王小明', '张伟'] }]],
        // half-width katakana (ﾃﾞｰﾀﾍﾞｰｽ, one byte each) counted as uncommon pairs: read as Windows-1252 mojibake
        ['sjis-halfwidth.csv', 'shift_jis', /Shift-JIS/, [{ title: 'ﾃﾞｰﾀﾍﾞｰｽ検索の高速化に関する研究', authors: ['山田太郎', '佐藤花子'] }, { title: 'ｸﾗｽﾀﾘﾝｸﾞによる共著関係の分析', authors: ['鈴木一郎', '山田太郎'] }]],
      ];
      for (const [name, encoding, label, papers] of lists) {
        it(`${name}: read as ${encoding}, titles and names as written, the guess a note on line 2`, () => {
          const d = decodeInput(readFileSync(fixture(`encodings/${name}`)), name);
          expect(d.encoding).toBe(encoding);
          expect(d.notes).toEqual([{ file: name, line: 2, note: expect.stringMatching(new RegExp(`^not UTF-8: read as ${label.source}.*\\(a guess from its bytes, first at line 2\\)`)) }]);
          const r = readInput({ name, text: d.text, notes: d.notes });
          expect(r.papers.map((p) => ({ title: p.title, authors: p.authors }))).toEqual(papers);
          const { bundle, report } = read(name);
          expect(report.notes.filter((n) => n.file === name && /not UTF-8/.test(n.note))).toHaveLength(1);
          expect(JSON.stringify(bundle)).not.toMatch(/[ÐÃÍõ¡ÌÒ\ufffd]/);
        });
      }
    });

    it('Latin-1 with accented letters side by side ("Ñúñez, Íñigo", "Straße") is still Windows-1252', () => {
      const d = decodeInput(readFileSync(fixture('encodings/latin1-pairs.ris')), 'l.ris');
      expect(d.encoding).toBe('windows-1252');
      expect(d.text).toContain('AU  - Ñúñez, Íñigo');
      expect(d.text).toContain('Über «Straße»');
    });

    it('bytes that read as common characters in several encodings alike: the likeliest read, the note says it is a guess and how the line reads in the others', () => {
      // "李, 娜" in GBK: common hanzi in GB 2312, and Hangul syllables in EUC-KR; two characters cannot tell (this
      // stopped the build before: an error, where the note shows the reading and the file is read)
      const bytes = cat(enc('TY  - JOUR\nAU  - '), [0xc0, 0xee], enc(', '), [0xc4, 0xc8], enc('\nER  - \n'));
      const d = decodeInput(bytes, 'x.ris');
      expect(d.encoding).toBe('gbk');
      expect(d.text).toBe('TY  - JOUR\nAU  - 李, 娜\nER  - \n');
      expect(d.notes).toHaveLength(1);
      expect(d.notes[0]).toMatchObject({ file: 'x.ris', line: 2 });
      expect(d.notes[0]!.note).toMatch(/^not UTF-8: read as GBK \(GB18030, Simplified Chinese\), a guess: its bytes read as .*EUC-KR \(Korean\).* too/);
      expect(d.notes[0]!.note).toContain('Line 2 reads "李 … 娜" so (');
      expect(d.notes[0]!.note).toContain('check the names, or save the file as UTF-8');
    });

    it('a GBK CSV whose only Chinese is one two-character name (gbk-one-name.csv): read as GBK with the guess said, the map built', () => {
      const name = 'gbk-one-name.csv';
      const d = decodeInput(readFileSync(fixture(`encodings/${name}`)), name);
      expect(d.encoding).toBe('gbk');
      expect(d.notes).toEqual([
        {
          file: name,
          line: 2,
          note: 'not UTF-8: read as GBK (GB18030, Simplified Chinese), a guess: its bytes read as EUC-JP (Japanese) or EUC-KR (Korean) or Big5 (Traditional Chinese) too, and too few characters tell them apart. Line 2 reads "李娜" so (as EUC-JP "川槌", as EUC-KR "쟀컹", as Big5 "燠饑"); check the names, or save the file as UTF-8',
        },
      ]);
      const { bundle, report } = read(name);
      expect([...bundle.authors.name].sort()).toEqual(['John Smith', 'Maria Okafor', '李娜']);
      expect(report.notes.filter((n) => n.file === name && /a guess/.test(n.note))).toHaveLength(1);
    });

    it('Big5-HKSCS (Hong Kong characters 衞, 峯, 鰂, 嘅: big5-hkscs.csv, .bib): read by the CLI (iconv-lite\'s big5hkscs) as browsers read it, with the same note', () => {
      // browsers' (WHATWG) Big5 is Big5-HKSCS: the e2e import test reads the same files there, with this note
      // (test/e2e/import-problems.test.ts); Node's ICU Big5 reads HKSCS as private-use characters
      for (const name of ['big5-hkscs.csv', 'big5-hkscs.bib']) {
        const d = decodeInput(readFileSync(fixture(`encodings/${name}`)), name, NODE_DECODE_OPTIONS);
        expect(d.encoding).toBe('big5');
        for (const n of ['李衞東', '黃嘉峯', '陳志明', '張麪華', '鰂魚涌屋邨嘅社區網絡研究']) expect(d.text).toContain(n);
        expect(d.text).not.toMatch(/[\ue000-\uf8ff\ufffd]/);
        expect(d.notes).toEqual([{ file: name, line: 2, note: 'not UTF-8: read as Big5 (Traditional Chinese) (a guess from its bytes, first at line 2); check the names, or save the file as UTF-8' }]);
      }
      // plain Big5 (no HKSCS character) reads as it did with Node's own decoder
      const big5 = readFileSync(fixture('encodings/big5.csv'));
      expect(decodeInput(big5, 'big5.csv', NODE_DECODE_OPTIONS)).toEqual(decodeInput(big5, 'big5.csv'));
      // bytes that are not Big5-HKSCS are refused, as a fatal TextDecoder refuses them (a lead byte cut off at the end)
      expect(() => decodeBig5Hkscs(new Uint8Array([0x41, 0x87]))).toThrow(TypeError);
      expect(decodeBig5Hkscs(new Uint8Array([0x87, 0x40, 0x88, 0x62]))).toBe('\u43f0\u00ca\u0304');
    });

    it('Big5-HKSCS without a decoder for it where the runtime\'s Big5 lacks it (Node, decodeInput alone): said plainly, never read as Windows-1252', () => {
      const nodeReadsHkscs = new TextDecoder('big5').decode(new Uint8Array([0x87, 0x40])) === '\u43f0';
      for (const name of ['big5-hkscs.csv', 'big5-hkscs.bib']) {
        const bytes = readFileSync(fixture(`encodings/${name}`));
        if (nodeReadsHkscs) {
          expect(decodeInput(bytes, name).text).toContain('李衞東');
          continue;
        }
        let err: unknown = null;
        try {
          decodeInput(bytes, name);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(IngestError);
        expect((err as Error).message).toBe(
          `${name}:2: not UTF-8: it looks like Big5-HKSCS (Traditional Chinese with Hong Kong characters such as 衞, 峯, 嘅), which this program cannot decode here (its Node.js has Big5 without the HKSCS characters); save the file as UTF-8, or import it in the explorer (browsers read Big5-HKSCS)`,
        );
      }
      expect(decodeInput(readFileSync(fixture('encodings/big5.csv')), 'big5.csv').encoding).toBe('big5');
    });
  });

  describe('a UTF-8 file with lines that are not UTF-8 is read line by line', () => {
    // the tester's file: paper 1 in UTF-8, paper 2 in Latin-1
    const m1 = enc('@article{m1, author={M\u00fcller, J\u00f6rg}, title={UTF-8 part}, year=2020}');
    const m2 = cat(enc('@article{m2, author={M'), [0xfc], enc('ller, J'), [0xf6], enc('rg}, title={Latin-1 part}, year=2021}'));
    const t1 = '@article{m1, author={Müller, Jörg}, title={UTF-8 part}, year=2020}';
    const t2 = '@article{m2, author={Müller, Jörg}, title={Latin-1 part}, year=2021}';
    const nl = [0x0a];

    it('each line in its own encoding, one note naming line 2 only, and one author after the build', () => {
      const d = decodeInput(cat(m1, nl, m2, nl), 'mixed.bib');
      expect(d.text).toBe(`${t1}\n${t2}\n`);
      expect(d.encoding).toBe('mixed');
      expect(d.notes).toEqual([{ file: 'mixed.bib', line: 2, note: 'line 2 is not UTF-8: read as Windows-1252 (Latin-1); check its accented names' }]);
      const { bundle, report } = buildDataset([{ name: 'mixed.bib', text: d.text, notes: d.notes }]);
      expect(report.papers).toBe(2);
      expect(bundle.authors.name).toEqual(['Jörg Müller']);
      expect(report.notes.filter((n) => n.file === 'mixed.bib' && /Windows-1252/.test(n.note)).map((n) => n.line)).toEqual([2]);
    });

    it('Windows-1252 bytes 0x80–0x9F in a Latin-1 line are Windows-1252 (€, š), not C1 controls', () => {
      const d = decodeInput(cat(m1, nl, enc('x = {'), [0x80, 0x9a, 0xfc], enc('}')), 'm.bib');
      expect(d.text).toBe(`${t1}\nx = {€šü}`);
    });

    it('several lines: all named in one note, at most 20, then "and N more"', () => {
      const three = decodeInput(cat(m2, nl, m1, nl, m2, nl, enc('plain'), nl, m2, nl), 'three.bib');
      expect(three.text).toBe(`${t2}\n${t1}\n${t2}\nplain\n${t2}\n`);
      expect(three.notes).toHaveLength(1);
      expect(three.notes[0]).toMatchObject({ line: 1, note: 'lines 1, 3 and 5 are not UTF-8: read as Windows-1252 (Latin-1); check their accented names' });
      const lines: (Uint8Array | number[])[] = [m1, nl];
      for (let i = 0; i < 25; i++) lines.push(m2, nl);
      const many = decodeInput(cat(...lines), 'many.bib');
      const listed = Array.from({ length: 20 }, (_, i) => i + 2).join(', ');
      expect(many.notes).toEqual([{ file: 'many.bib', line: 2, note: `lines ${listed} and 5 more are not UTF-8: read as Windows-1252 (Latin-1); check their accented names` }]);
      expect(many.text.split('\n').filter((l) => l === t2)).toHaveLength(25);
    });

    it('CRLF line ends are kept as a whole-file decode keeps them', () => {
      const d = decodeInput(cat(m1, [0x0d, 0x0a], m2, [0x0d, 0x0a], m1, [0x0d, 0x0a]), 'crlf.bib');
      expect(d.text).toBe(`${t1}\r\n${t2}\r\n${t1}\r\n`);
      expect(d.notes.map((n) => n.note)).toEqual(['line 2 is not UTF-8: read as Windows-1252 (Latin-1); check its accented names']);
      expect(buildDataset([{ name: 'crlf.bib', text: d.text }]).bundle.authors.name).toEqual(['Jörg Müller']);
    });

    it('a UTF-8 byte-order mark is dropped and the file read line by line (no error)', () => {
      const d = decodeInput(cat([0xef, 0xbb, 0xbf], m1, nl, m2, nl), 'bom.bib');
      expect(d.text).toBe(`${t1}\n${t2}\n`);
      expect(d.notes).toEqual([{ file: 'bom.bib', line: 2, note: 'line 2 is not UTF-8: read as Windows-1252 (Latin-1); check its accented names' }]);
      // the mark says UTF-8: even with no other UTF-8 character, only the bad lines are Windows-1252
      const latin = decodeInput(cat([0xef, 0xbb, 0xbf], enc('a'), nl, m2), 'bom-latin.bib');
      expect(latin.text).toBe(`a\n${t2}`);
      expect(latin.notes.map((n) => n.line)).toEqual([2]);
    });

    it('the only bad line is the last one, without a trailing newline', () => {
      const d = decodeInput(cat(m1, nl, m1, nl, m2), 'last.bib');
      expect(d.text).toBe(`${t1}\n${t1}\n${t2}`);
      expect(d.notes).toEqual([{ file: 'last.bib', line: 3, note: 'line 3 is not UTF-8: read as Windows-1252 (Latin-1); check its accented names' }]);
    });

    it('a line holding a real U+FFFD is UTF-8; a line with both a U+FFFD and a Latin-1 byte is not', () => {
      const d = decodeInput(cat(enc('a \ufffd ü'), nl, m2, nl, enc('\ufffd J'), [0xf6], enc('rg')), 'fffd.bib');
      expect(d.text).toBe(`a \ufffd ü\n${t2}\n\u00ef\u00bf\u00bd Jörg`);
      expect(d.notes.map((n) => n.note)).toEqual(['lines 2 and 3 are not UTF-8: read as Windows-1252 (Latin-1); check their accented names']);
    });

    it('a whole Latin-1 file (no UTF-8 character anywhere) is read whole as Windows-1252 with the note of before', () => {
      const d = decodeInput(cat(enc('@article{a,\n'), m2, nl, enc('}\n'), m2), 'latin1.bib');
      expect(d.text).toBe(`@article{a,\n${t2}\n}\n${t2}`);
      expect(d.encoding).toBe('windows-1252');
      expect(d.notes).toEqual([{ file: 'latin1.bib', line: 2, note: 'not valid UTF-8 (first bad byte at line 2, column 23): read as Windows-1252 (Latin-1); check accented names' }]);
    });

    it('pure ASCII and pure UTF-8 files: one decode, no note', () => {
      expect(decodeInput(enc('plain\nascii\n'), 'a.bib')).toEqual({ text: 'plain\nascii\n', notes: [], encoding: 'utf-8', gzip: false });
      expect(decodeInput(cat(m1, nl, m1), 'u.bib')).toEqual({ text: `${t1}\n${t1}`, notes: [], encoding: 'utf-8', gzip: false });
    });
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
