import { describe, expect, it } from 'vitest';
import { binaryKindOfBytes } from '../../../src/core/ingest/binary-kind';

const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

/** The import dialog keeps a file that is no paper list off its list, told by its first bytes as the file is added. */
describe('binaryKindOfBytes: what a file that is no paper list is, by its first bytes', () => {
  it('names pictures, PDF, ZIP and Office files', () => {
    expect(binaryKindOfBytes(hex('89504e470d0a1a0a0000000d49484452'))).toBe('a PNG image');
    expect(binaryKindOfBytes(hex('ffd8ffe000104a464946'))).toBe('a JPEG image');
    expect(binaryKindOfBytes(new TextEncoder().encode('GIF89a\u0001\u0000'))).toBe('a GIF image');
    expect(binaryKindOfBytes(new TextEncoder().encode('%PDF-1.7\n'))).toBe('a PDF document');
    expect(binaryKindOfBytes(hex('504b0304140006000800'))).toBe('a ZIP archive (a spreadsheet or a Word file is one)');
    expect(binaryKindOfBytes(hex('d0cf11e0a1b11ae1'))).toBe('an Office file (.xls or .doc)');
  });

  it('says nothing of text (a paper list, or one the build then finds wrong)', () => {
    for (const text of ['@article{k, title={T}}', 'TY  - JOUR', 'Title,Authors\n', '', '\u00ef\u00bb\u00bf']) {
      expect(binaryKindOfBytes(new TextEncoder().encode(text))).toBeNull();
    }
    // Latin-1 text starting with an accented letter
    expect(binaryKindOfBytes(hex('c46c6c656e2c2041'))).toBeNull();
  });
});
