/** The page's side of the insights worker: one worker, the bundle sent once per dataset, typed jobs. */
import type { Bundle } from '../../core/bundle/types';
import type { InsightsJob, InsightsReply, InsightsRequest, InsightsResults } from './insights-protocol';

let worker: Worker | null = null;
let nextId = 1;
let nextToken = 1;
let sentToken = -1;
const tokens = new WeakMap<Bundle, number>();
const waiting = new Map<number, (reply: InsightsReply) => void>();

function insightsWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./insights-worker.ts', import.meta.url), { type: 'module', name: 'atlas-insights' });
  worker.onmessage = (event: MessageEvent<InsightsReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const message = event.message || 'the insights worker stopped';
    for (const [id, resolve] of waiting) resolve({ id, ok: false, message });
    waiting.clear();
    worker?.terminate();
    worker = null;
    sentToken = -1;
  };
  return worker;
}

function post(bundle: Bundle, job: InsightsJob, withBundle: boolean): Promise<InsightsReply> {
  if (!tokens.has(bundle)) tokens.set(bundle, nextToken++);
  const token = tokens.get(bundle)!;
  const id = nextId++;
  const w = insightsWorker();
  const request: InsightsRequest = { id, bundle: withBundle || sentToken !== token ? bundle : null, bundleToken: token, job };
  sentToken = token;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage(request);
  });
}

/** Run `job` on `bundle` in the worker. */
export async function runInsight<J extends InsightsJob>(bundle: Bundle, job: J): Promise<InsightsResults[J['kind']]> {
  let reply = await post(bundle, job, false);
  if (!reply.ok && reply.needBundle) reply = await post(bundle, job, true);
  if (!reply.ok) throw new Error(reply.message);
  return reply.value as InsightsResults[J['kind']];
}
