/// <reference lib="webworker" />
/**
 * Rebuilds a dataset off the main thread: the same pipeline as the CLI, on the original paper lists
 * plus an alias file (the user's review decisions). Posts progress, then the result or the error.
 */
import { IngestError } from '../../core/ingest/errors';
import { buildDataset } from '../../core/pipeline';
import type { RebuildRequest, RebuildMessage } from './rebuild-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<RebuildRequest>) => {
  const { inputs, request } = event.data;
  const post = (message: RebuildMessage) => self.postMessage(message);
  try {
    const result = buildDataset(inputs, {
      ...request,
      // the viewer keeps the abstracts in memory
      abstractsFile: null,
      onProgress: (stage, fraction) => post({ type: 'progress', stage, fraction }),
    });
    post({ type: 'done', result });
  } catch (err) {
    const message = err instanceof IngestError || err instanceof Error ? err.message : String(err);
    post({ type: 'error', message });
  }
};
