/**
 * Files that are no paper list, told by their first bytes: pictures, PDF, ZIP (Office) and older Office files. Apart
 * from the readers (index.ts) so the import dialog tells such a file as it is added, without loading every reader.
 */

/**
 * What a binary file is, told by its first bytes as the decoder left them (`text`: a byte above 0x7F read as
 * Windows-1252 or as U+FFFD), for the error that says it is no paper list: "a PNG image", "a PDF document"; null
 * when no known signature starts it. Signatures: PNG, JPEG, GIF, WebP, PDF, ZIP (Office files: .xlsx, .docx), the
 * older Office files (OLE2: .xls, .doc).
 */
export function binaryKind(text: string): string | null {
  const head = text.slice(0, 16);
  if (/^.PNG\r\n/.test(head)) return 'a PNG image';
  if (/^[\u00ff\ufffd][\u00d8\ufffd][\u00ff\ufffd]/.test(head)) return 'a JPEG image';
  if (/^GIF8[79]a/.test(head)) return 'a GIF image';
  if (/^RIFF[\s\S]{4}WEBP/.test(head)) return 'a WebP image';
  if (/^%PDF-/.test(head)) return 'a PDF document';
  if (/^PK\u0003\u0004/.test(head)) return 'a ZIP archive (a spreadsheet or a Word file is one)';
  if (/^[\u00d0\ufffd][\u00cf\ufffd]\u0011[\u00e0\ufffd]/.test(head)) return 'an Office file (.xls or .doc)';
  return null;
}

/** How many first bytes `binaryKind` looks at. */
export const BINARY_SIGNATURE_BYTES = 16;

/**
 * `binaryKind` of a file's first bytes (`head`: at least its first `BINARY_SIGNATURE_BYTES`, as read from disk),
 * each byte read as the Latin-1 character of its value, as the decoder reads such a file. Throws nothing.
 */
export function binaryKindOfBytes(head: Uint8Array): string | null {
  return binaryKind(String.fromCharCode(...head.subarray(0, BINARY_SIGNATURE_BYTES)));
}
