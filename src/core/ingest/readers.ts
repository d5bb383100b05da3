import { looksLikeBibtex, readBibtex } from './bibtex';
import { looksLikeCslJson, readCslJson } from './csl-json';
import { looksLikeJsonLines, readJsonLines } from './jsonl';
import { looksLikeOpenAlex, readOpenAlex } from './openalex';
import { looksLikeRis, readRis } from './ris';
import { looksLikeSeedText, readSeedText } from './seed-text';
import type { InputFormat, Reader } from './types';

/**
 * One reader per format, and a content sniffer used when the format is not given. Order = detection priority:
 * the JSON formats from the most specific (OpenAlex works have "authorships") to the corpus JSON Lines,
 * then the tagged text formats, and the loose seed format last.
 */
export const READERS: { format: InputFormat; read: Reader; sniff: (text: string, fileName: string) => boolean }[] = [
  { format: 'openalex', read: readOpenAlex, sniff: looksLikeOpenAlex },
  { format: 'csl-json', read: readCslJson, sniff: looksLikeCslJson },
  { format: 'jsonl', read: readJsonLines, sniff: looksLikeJsonLines },
  { format: 'ris', read: readRis, sniff: looksLikeRis },
  { format: 'bibtex', read: readBibtex, sniff: looksLikeBibtex },
  { format: 'seed', read: readSeedText, sniff: looksLikeSeedText },
];
