import { looksLikeJsonLines, readJsonLines } from './jsonl';
import { looksLikeSeedText, readSeedText } from './seed-text';
import type { InputFormat, Reader } from './types';

/** One reader per format, and a content sniffer used when the format is not given. Order = detection priority. */
export const READERS: { format: InputFormat; read: Reader; sniff: (text: string, fileName: string) => boolean }[] = [
  { format: 'jsonl', read: readJsonLines, sniff: looksLikeJsonLines },
  { format: 'seed', read: readSeedText, sniff: looksLikeSeedText },
];
