/**
 * npm run fuzz -- [--iterations N] [--seed S] [--readers bibtex,jsonl,...] [--time-limit MS] [--replay READER:SEED] [--out DIR]
 *
 * Mutated windows of real records (scripts/lib/fuzz-cases.ts) through every reader, each in a worker thread
 * with a per-input time limit (default 5,000 ms: the worker is terminated and the input counted as a hang).
 * Checks per input: no error other than the reader's own file:line IngestError; every line it names is in the
 * file; no paper without title or authors; for record-keeping mutations, papers + skipped equals the record
 * count of the window (counted when the window was made, not by the reader). Input i of a reader is
 * fuzzCase(reader, seed + i): a finding prints its READER:SEED; --replay READER:SEED writes that input to
 * fuzz-output/ and runs it. Figures go to stdout and fuzz-output/fuzz.json (`--out DIR`: DIR/fuzz.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { FUZZ_READERS, fuzzCase, type FuzzCase, type FuzzReader } from './lib/fuzz-cases';

const ROOT = join(import.meta.dirname, '..');

interface Answer {
  id: number;
  ms: number;
  papers?: number;
  skipped?: number;
  ingestError?: string | null;
  uncaught?: string | null;
  badLine?: number | null;
  emptyPaper?: boolean;
}

class Runner {
  private worker!: Worker;
  private ready!: Promise<void>;
  private next = 0;
  constructor() {
    this.start();
  }
  private start() {
    // a worker cannot load .ts itself: it registers tsx's loader, then imports the worker module
    const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL('./lib/fuzz-worker.ts', import.meta.url).href)}); });`;
    this.worker = new Worker(code, { eval: true });
    this.worker.unref();
    // the time limit counts from a loaded worker: loading tsx and the readers is not the reader's time
    const w = this.worker;
    this.ready = new Promise((resolve) => w.once('message', () => resolve()));
  }
  /** The answer for `text`, or null when it took longer than `limitMs` (the worker is then replaced). */
  async run(reader: FuzzReader, text: string, limitMs: number): Promise<Answer | null> {
    await this.ready;
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.removeAllListeners('message');
        void this.worker.terminate();
        this.start();
        resolve(null);
      }, limitMs);
      const onMessage = (a: Answer) => {
        if (a.id !== id) return;
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        resolve(a);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({ id, reader, text });
    });
  }
  stop() {
    void this.worker.terminate();
  }
}

interface Finding {
  reader: FuzzReader;
  seed: number;
  replay: string;
  problem: string;
  mutation: string;
  bytes: number;
}

function check(c: FuzzCase, a: Answer | null, limitMs: number): string | null {
  if (!a) return `hang: no answer within ${limitMs} ms (${(c.text.length / 1024).toFixed(0)} KiB)`;
  if (a.uncaught) return `uncaught ${a.uncaught}`;
  if (a.badLine != null) return `names line ${a.badLine}, not in the file`;
  if (a.emptyPaper) return 'a paper without title or authors';
  if (c.kind === 'keeping') {
    if (a.ingestError) return `refused a record-keeping mutation: ${a.ingestError}`;
    if (a.papers! + a.skipped! !== c.records) return `records lost or invented: ${a.papers} papers + ${a.skipped} skipped, the window has ${c.records}`;
  }
  return null;
}

async function main() {
  const { values } = parseArgs({
    options: {
      iterations: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      readers: { type: 'string', default: FUZZ_READERS.join(',') },
      'time-limit': { type: 'string', default: '5000' },
      replay: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'fuzz-output') },
    },
  });
  const limitMs = Number(values['time-limit']);
  const OUT = values.out!;
  const runner = new Runner();
  mkdirSync(OUT, { recursive: true });
  if (values.replay) {
    const [reader, seed] = values.replay.split(':') as [FuzzReader, string];
    const c = fuzzCase(ROOT, reader, Number(seed));
    const file = join(OUT, `replay-${reader}-${seed}.txt`);
    writeFileSync(file, c.text);
    const a = await runner.run(reader, c.text, limitMs);
    console.log(`${reader}:${seed} ${c.kind} ${c.mutation.slice(0, 80)} (${c.records} records) -> ${JSON.stringify(a)}\n${check(c, a, limitMs) ?? 'no problem'}\ninput written to ${file}`);
    runner.stop();
    return;
  }
  const iterations = Number(values.iterations);
  const seed0 = Number(values.seed);
  const readers = values.readers!.split(',') as FuzzReader[];
  const summary: Record<string, unknown>[] = [];
  const findings: Finding[] = [];
  for (const reader of readers) {
    const t0 = Date.now();
    let keeping = 0;
    let refused = 0;
    let maxMs = 0;
    let maxBytes = 0;
    const mine: Finding[] = [];
    for (let i = 0; i < iterations; i++) {
      const seed = seed0 + i;
      const c = fuzzCase(ROOT, reader, seed);
      if (c.kind === 'keeping') keeping++;
      maxBytes = Math.max(maxBytes, c.text.length);
      const a = await runner.run(reader, c.text, limitMs);
      if (a) maxMs = Math.max(maxMs, a.ms);
      if (a?.ingestError) refused++;
      const problem = check(c, a, limitMs);
      if (problem) {
        const f = { reader, seed, replay: `${reader}:${seed}`, problem, mutation: c.mutation.slice(0, 120), bytes: c.text.length };
        mine.push(f);
        if (mine.length <= 5) console.log(`  FOUND ${f.replay}: ${problem} [${f.mutation.slice(0, 60)}]`);
      }
      if ((i + 1) % 2000 === 0) process.stderr.write(`${reader}: ${i + 1}/${iterations}\n`);
    }
    findings.push(...mine);
    const hangs = mine.filter((f) => f.problem.startsWith('hang')).length;
    const uncaught = mine.filter((f) => f.problem.startsWith('uncaught')).length;
    const accounting = mine.filter((f) => f.problem.startsWith('records')).length;
    const row = { reader, inputs: iterations, keeping, breaking: iterations - keeping, refusedWithFileLine: refused, uncaught, hangs, accounting, otherFindings: mine.length - hangs - uncaught - accounting, slowestMs: Math.round(maxMs), largestKiB: Math.round(maxBytes / 1024), seconds: Math.round((Date.now() - t0) / 1000) };
    summary.push(row);
    console.log(`${reader}: ${iterations} inputs (${keeping} record-keeping), ${refused} refused with file:line, ${uncaught} uncaught, ${hangs} hangs > ${limitMs} ms, ${accounting} accounting, ${row.otherFindings} other; slowest ${row.slowestMs} ms, largest ${row.largestKiB} KiB, ${row.seconds} s`);
  }
  runner.stop();
  writeFileSync(join(OUT, 'fuzz.json'), `${JSON.stringify({ date: new Date().toISOString(), seed: seed0, iterations, timeLimitMs: limitMs, summary, findings: findings.slice(0, 500) }, null, 2)}\n`);
  console.log(`${findings.length} findings; ${join(OUT, 'fuzz.json')}`);
  process.exitCode = findings.length ? 1 : 0;
}

void main();
