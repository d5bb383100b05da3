import { looksLikeBibtex, readBibtex } from './bibtex';
import { looksLikeCslJson, readCslJson } from './csl-json';
import { looksLikeJsonLines, readJsonLines } from './jsonl';
import { looksLikeOpenAlex, readOpenAlex } from './openalex';
import { looksLikeRis, readRis } from './ris';
import { looksLikeSeedText, readSeedText } from './seed-text';
import { looksLikeDblp, readDblp } from './dblp';
import { looksLikeDimensions, readDimensions } from './dimensions';
import { looksLikePubmed, readPubmed } from './pubmed';
import { looksLikeScopus, readScopus } from './scopus';
import { looksLikeWos, readWos } from './wos';
import { looksLikeZoteroCsv, readZoteroCsv } from './zotero-csv';
import { looksLikeGenericCsv, readGenericCsv } from './generic-csv';
import type { InputFormat, Reader } from './types';

/**
 * One reader per format, and a content sniffer used when the format is not given. Order = detection priority:
 * the JSON formats from the most specific (OpenAlex works have "authorships") to the corpus JSON Lines,
 * then DBLP XML, the CSV exports (Dimensions' "About the data" line, Scopus's header, Zotero's, then any CSV with a title and an author column), the tagged text formats
 * (Web of Science, PubMed before RIS: their tag lines are distinct), and the loose seed format last.
 */
export const READERS: { format: InputFormat; read: Reader; sniff: (text: string, fileName: string) => boolean }[] = [
  { format: 'openalex', read: readOpenAlex, sniff: looksLikeOpenAlex },
  { format: 'csl-json', read: readCslJson, sniff: looksLikeCslJson },
  { format: 'jsonl', read: readJsonLines, sniff: looksLikeJsonLines },
  { format: 'dblp', read: readDblp, sniff: looksLikeDblp },
  { format: 'dimensions', read: readDimensions, sniff: looksLikeDimensions },
  { format: 'scopus', read: readScopus, sniff: looksLikeScopus },
  { format: 'zotero-csv', read: readZoteroCsv, sniff: looksLikeZoteroCsv },
  { format: 'csv', read: readGenericCsv, sniff: looksLikeGenericCsv },
  { format: 'wos', read: readWos, sniff: looksLikeWos },
  { format: 'pubmed', read: readPubmed, sniff: looksLikePubmed },
  { format: 'ris', read: readRis, sniff: looksLikeRis },
  { format: 'bibtex', read: readBibtex, sniff: looksLikeBibtex },
  { format: 'seed', read: readSeedText, sniff: looksLikeSeedText },
];
