/** Fuzz worker: runs one reader on one text per message and answers with what came out (or the error). */
import { parentPort } from 'node:worker_threads';
import { IngestError } from '../../src/core/ingest/errors';
import { readInput } from '../../src/core/ingest/index';
import type { InputFormat } from '../../src/core/ingest/types';

parentPort!.postMessage('ready');
parentPort!.on('message', (msg: { id: number; reader: InputFormat; text: string }) => {
  const t0 = performance.now();
  const lineCount = msg.text.split(/\r\n|\r|\n/).length;
  try {
    const r = readInput({ name: 'fuzz', text: msg.text }, msg.reader);
    const badLine = [...r.papers.map((p) => p.source.line), ...r.skipped.map((s) => s.line)].find((l) => !(Number.isInteger(l) && l >= 1 && l <= lineCount));
    parentPort!.postMessage({ id: msg.id, ms: performance.now() - t0, papers: r.papers.length, skipped: r.skipped.length, badLine: badLine ?? null, emptyPaper: r.papers.some((p) => !p.title || p.authors.length === 0) });
  } catch (err) {
    const ingest = err instanceof IngestError;
    parentPort!.postMessage({ id: msg.id, ms: performance.now() - t0, ingestError: ingest ? (err as IngestError).message : null, uncaught: ingest ? null : `${(err as Error)?.name}: ${(err as Error)?.message}`, badLine: ingest && !((err as IngestError).line >= 1 && (err as IngestError).line <= lineCount + 1) ? (err as IngestError).line : null });
  }
});
