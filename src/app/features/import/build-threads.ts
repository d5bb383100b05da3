/**
 * The in-browser build's second thread (build-helper.ts), seen from the build worker: `BuildThreads` for
 * `buildDatasetAsync`, as the CLI's scripts/lib/build-threads.ts, called through comlink on the channel the
 * page set up between the two workers. Browsers give shared memory only to cross-origin-isolated pages, so the
 * work is split ahead of time instead of taken in turns: the helper tokenises the labels' texts while names and
 * links are worked out here and counts the labels while this thread lays out. Leiden starts stay on the build
 * worker (unlike the CLI's helper, which takes starts in turns through shared memory): given one start ahead of
 * time, the helper ran it after its tokenising and the communities waited for it (6.1 → 7.5 s at 30k). The
 * result is the same as a one-thread build's.
 */
import { releaseProxy, transfer, wrap, type Remote } from 'comlink';
import type { BuildThreads } from '../../../core/pipeline';
import type { BuildHelperApi } from './build-helper';

/** From this much input (characters, all files together) a build uses the helper; below it, starting one costs more than it saves. */
export const HELPER_FROM_CHARS = 4 << 20;

export interface BuildHelper {
  /** The labels' half of core's `BuildThreads` (tokenising and counting there). */
  threads: Required<Pick<BuildThreads, 'labels'>>;
  /** True once the helper's code has loaded and run; never settles while it is still loading. */
  ready: Promise<boolean>;
  /** Whether it has said it is ready (a build never waits for a helper that is still loading). */
  isReady(): boolean;
  /** True once a call to it failed (its error or an unreadable message): replace it. */
  broken(): boolean;
  /** Ends the helper's channel. */
  close(): void;
}

/**
 * The helper behind `port` (the page starts it beside the build worker, build-client.ts, so an import fetches
 * nothing, not even the helper's code). An error thrown in the helper rejects the build with its message,
 * prefixed "build helper: ".
 */
export function startBuildHelper(port: MessagePort): BuildHelper {
  const remote: Remote<BuildHelperApi> = wrap<BuildHelperApi>(port);
  let failed = false;
  let isReady = false;
  const call = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((err: unknown) => {
      failed = true;
      throw new Error(`build helper: ${err instanceof Error ? err.message : String(err)}`);
    });
  const ready = call(remote.ready()).then(
    () => (isReady = !failed),
    () => false,
  );
  const threads: BuildHelper['threads'] = {
    labels(papers) {
      // sent now, tokenised there while this thread goes on; the helper answers calls in order
      const tokenized = call(remote.tokenize(papers.map((p) => p.title), papers.map((p) => p.abstract)));
      tokenized.catch(() => {}); // awaited below; a failure here must not also surface as unhandled
      return async (paperCommunity, communityCount) => {
        await tokenized;
        const community = Int32Array.from(paperCommunity);
        return call(remote.label(transfer(community, [community.buffer]), communityCount));
      };
    },
  };
  return {
    threads,
    ready,
    isReady: () => isReady,
    broken: () => failed,
    close: () => {
      remote[releaseProxy]();
      port.close();
    },
  };
}
