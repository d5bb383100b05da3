import type { Stage } from '../../src/core/pipeline';

/** Progress on stderr for stages that take longer than a second: a bar on a terminal, plain lines otherwise. */
export function stderrProgress(): (stage: Stage, fraction: number) => void {
  const tty = process.stderr.isTTY;
  let started = 0;
  let current: Stage | null = null;
  let announced = false;
  return (stage, fraction) => {
    const t = Date.now();
    if (stage !== current) {
      current = stage;
      started = t;
      announced = false;
    }
    const slow = t - started > 1000;
    if (fraction >= 1) {
      if (announced || slow) {
        const msg = `${stage}: done in ${((t - started) / 1000).toFixed(1)} s`;
        process.stderr.write(tty ? `\r\x1b[K${msg}\n` : `${msg}\n`);
      }
      return;
    }
    if (!slow) return;
    announced = true;
    const pct = Math.round(fraction * 100);
    if (tty) {
      const width = 24;
      const filled = Math.round(fraction * width);
      process.stderr.write(`\r\x1b[K${stage} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}%`);
    } else process.stderr.write(`${stage}: ${pct}%\n`);
  };
}
