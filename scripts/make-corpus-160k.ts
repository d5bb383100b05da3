/**
 * Makes a 160,000-paper corpus for the scale benchmark from the whole ACL Anthology (acl_all.jsonl.gz):
 * the records once as they are, then again as a second and third "field" until 160,000 records, each copy
 * with renamed ids (`<id>~copy2`), no DOI, and perturbed author names (a copy-specific ending on every
 * surname, so the copies are different people with the same collaboration structure and real distributions
 * of authors per paper, papers per author and abstracts). Streams line by line (gzip in and out).
 *
 *   npx tsx scripts/make-corpus-160k.ts [--corpora DIR] [--out FILE] [--papers N]
 * Default out: bench-output/corpora/acl_160k.jsonl.gz
 */
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';

const SUFFIXES = ['', 'ström', 'ovaite', 'inho', 'escu', 'akis', 'berg', 'ani'];

/** A surname made different for copy k (k = 0: unchanged). "Dan Jurafsky" -> "Dan Jurafskyström". */
export function perturbName(name: string, k: number): string {
  if (k === 0) return name;
  const suffix = SUFFIXES[k % SUFFIXES.length] + (k >= SUFFIXES.length ? String(k) : '');
  const parts = name.trim().split(/\s+/);
  parts[parts.length - 1] = `${parts[parts.length - 1]}${suffix}`;
  return parts.join(' ');
}

export async function makeCorpus(source: string, out: string, papers: number): Promise<number> {
  mkdirSync(dirname(out), { recursive: true });
  const gzip = createGzip({ level: 6 });
  const done = new Promise<void>((ok, fail) => {
    const sink = createWriteStream(out);
    sink.on('finish', () => ok());
    sink.on('error', fail);
    gzip.pipe(sink);
  });
  let written = 0;
  for (let k = 0; written < papers; k++) {
    const lines = createInterface({ input: createReadStream(source).pipe(createGunzip()), crlfDelay: Infinity });
    let any = false;
    for await (const line of lines) {
      if (written >= papers) break;
      if (!line.trim()) continue;
      any = true;
      const r = JSON.parse(line) as { id?: string; authors?: string[]; doi?: string | null };
      if (k > 0) {
        r.id = `${r.id ?? written}~copy${k + 1}`;
        r.doi = null;
        r.authors = (r.authors ?? []).map((a) => perturbName(a, k));
      }
      if (!gzip.write(`${JSON.stringify(r)}\n`)) await new Promise((ok) => gzip.once('drain', ok));
      written++;
    }
    lines.close();
    if (!any) throw new Error(`${source} holds no records`);
  }
  gzip.end();
  await done;
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: resolve('..', 'shared', 'corpora') },
      out: { type: 'string', default: resolve('bench-output', 'corpora', 'acl_160k.jsonl.gz') },
      papers: { type: 'string', default: '160000' },
    },
  });
  const n = await makeCorpus(join(values.corpora!, 'acl_all.jsonl.gz'), values.out!, Number(values.papers));
  process.stdout.write(`${n} records written to ${values.out}\n`);
}
