/**
 * Runs the browser build's helper (src/app/features/import/build-helper.ts) on a Node worker thread for
 * test/app/build-helper.test.ts: the module listens on `self` for the page's first message (the channel to the
 * build worker), which this host hands it when the test posts the channel's port.
 */
import { parentPort } from 'node:worker_threads';

const scope = globalThis as unknown as { self: { onmessage: ((event: { data: unknown; ports: unknown[] }) => void) | null } };
scope.self = globalThis as never;
await import('../../src/app/features/import/build-helper');
parentPort!.once('message', (port: unknown) => scope.self.onmessage?.({ data: { type: 'port' }, ports: [port] }));
