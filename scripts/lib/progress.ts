import type { Stage } from '../../src/core/pipeline';

export interface ProgressSink {
  write(text: string): void;
  /** A terminal: one bar redrawn in place; otherwise (a log, CI) plain lines. */
  isTTY: boolean;
  now(): number;
}

const stderrSink: ProgressSink = { write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true, now: () => Date.now() };

/**
 * Progress of `buildDataset` for stages that take longer than a second, each stage reported once: on a
 * terminal a bar redrawn in place and then "stage: done in N s"; otherwise (stderr to a file or CI log)
 * one "stage…" line when the stage turns slow and one "stage: done in N s" line, no percentages.
 * Quick stages print nothing. `sink` defaults to stderr.
 */
export function stderrProgress(sink: ProgressSink = stderrSink): (stage: Stage, fraction: number) => void {
  let started = 0;
  let current: Stage | null = null;
  let announced = false;
  const finished = new Set<Stage>();
  return (stage, fraction) => {
    if (finished.has(stage)) return;
    const t = sink.now();
    if (stage !== current) {
      current = stage;
      started = t;
      announced = false;
    }
    const slow = t - started > 1000;
    if (fraction >= 1) {
      finished.add(stage);
      if (announced || slow) {
        const msg = `${stage}: done in ${((t - started) / 1000).toFixed(1)} s`;
        sink.write(sink.isTTY ? `\r\x1b[K${msg}\n` : `${msg}\n`);
      }
      return;
    }
    if (!slow) return;
    if (sink.isTTY) {
      const width = 24;
      const filled = Math.round(fraction * width);
      sink.write(`\r\x1b[K${stage} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}%`);
    } else if (!announced) sink.write(`${stage}…\n`);
    announced = true;
  };
}
