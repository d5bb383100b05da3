/**
 * The in-browser build's second thread (build-helper.ts), seen from the build worker: `BuildThreads` for
 * `buildDatasetAsync`, as the CLI's scripts/lib/build-threads.ts. Browsers give shared memory only to
 * cross-origin-isolated pages, so the work is split ahead of time instead of taken in turns: the helper
 * tokenises the labels' texts while names and links are worked out here and counts the labels while this thread
 * lays out. Leiden starts stay on the build worker (unlike the CLI's helper, which takes starts in turns through
 * shared memory): given one start ahead of time, the helper ran it after its tokenising and the communities
 * waited for it (6.1 → 7.5 s at 30k). The result is the same as a one-thread build's.
 */
import type { CommunityTerms } from '../../../core/analyse/terms';
import type { BuildThreads } from '../../../core/pipeline';

/** Messages to the helper. */
export type HelperRequest =
  | { type: 'texts'; titles: string[]; abstracts: (string | null)[] }
  | { type: 'labels'; community: Int32Array; communityCount: number };

/** Messages from the helper: one per request but 'texts', in order. */
export type HelperReply =
  | { type: 'ready' }
  | { type: 'labels'; terms: CommunityTerms[]; timingsMs: Record<string, number> }
  | { type: 'error'; message: string };

/** From this much input (characters, all files together) a build uses the helper; below it, starting one costs more than it saves. */
export const HELPER_FROM_CHARS = 4 << 20;

export interface BuildHelper {
  /** The labels' half of core's `BuildThreads` (tokenising and counting here). */
  threads: Required<Pick<BuildThreads, 'labels'>>;
  /** True once the helper's code has loaded and run; false when it could not load. */
  ready: Promise<boolean>;
  /** Whether it has said it is ready (a build never waits for a helper that is still loading). */
  isReady(): boolean;
  /** True when it stopped or reported an error: replace it. Also after a build that failed (replies may be left over). */
  broken(): boolean;
  /** Ends the helper. */
  close(): void;
}

/**
 * The helper behind `port` (the page starts it beside the build worker, build-client.ts, so an import fetches
 * nothing, not even the helper's code, and a helper that stops with an error fails the build through the page).
 * A helper that reports an error rejects the build with its message.
 */
export function startBuildHelper(port: MessagePort): BuildHelper {
  const worker = port;
  const pending: { resolve: (r: HelperReply) => void; reject: (e: Error) => void }[] = [];
  let failed: Error | null = null;
  let settle: (ok: boolean) => void = () => {};
  let isReady = false;
  const ready = new Promise<boolean>((resolve) => (settle = resolve));
  const loaded = (ok: boolean) => {
    isReady ||= ok && failed === null;
    settle(ok);
  };
  const fail = (err: Error) => {
    failed ??= err;
    loaded(false);
    for (const p of pending.splice(0)) p.reject(err);
  };
  worker.onmessage = (event: MessageEvent<HelperReply>) => {
    const msg = event.data;
    if (msg.type === 'ready') return loaded(true);
    if (msg.type === 'error') return fail(new Error(`build helper: ${msg.message}`));
    pending.shift()?.resolve(msg);
  };
  worker.onmessageerror = () => fail(new Error('build helper: a message could not be read'));
  const ask = (msg: HelperRequest, transfer: Transferable[] = []) =>
    new Promise<HelperReply>((resolve, reject) => {
      if (failed) return reject(failed);
      pending.push({ resolve, reject });
      worker.postMessage(msg, transfer);
    });
  const threads: BuildHelper['threads'] = {
    labels(papers) {
      worker.postMessage({ type: 'texts', titles: papers.map((p) => p.title), abstracts: papers.map((p) => p.abstract) } satisfies HelperRequest);
      return async (paperCommunity, communityCount) => {
        const reply = await ask({ type: 'labels', community: Int32Array.from(paperCommunity), communityCount });
        if (reply.type !== 'labels') throw new Error(`build helper: answered ${reply.type} to labels`);
        return reply;
      };
    },
  };
  return {
    threads,
    ready,
    isReady: () => isReady,
    broken: () => failed !== null || pending.length > 0,
    close: () => {
      failed ??= new Error('build helper closed');
      worker.close();
    },
  };
}
