/**
 * The build-graph CLI run in the test's own process: `process.exit` and the output streams are captured, so a
 * test checks exit code, stdout and stderr without starting `tsx` (a spawned run costs ~2 CPU-s of start-up and
 * TypeScript compiling). Each CLI test file keeps one spawned run to check the script as users start it.
 */
import { vi } from 'vitest';
import { main } from '../../scripts/build-graph';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function capture(): { out: CliRun; restore: () => void } {
  const out: CliRun = { status: 0, stdout: '', stderr: '' };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out.stdout += String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((out.stderr += String(chunk)), true)),
    vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
      throw new Exit(Number(code ?? 0));
    }),
  ];
  return { out, restore: () => spies.forEach((s) => s.mockRestore()) };
}

/** `main(args)` of scripts/build-graph.ts for a synchronous run (file inputs): exit code and streams. */
export function runCli(args: string[]): CliRun {
  const { out, restore } = capture();
  try {
    const done = main(args);
    if (done instanceof Promise) throw new Error('runCli: this run is asynchronous (--openalex): use runCliAsync');
  } catch (err) {
    if (!(err instanceof Exit)) throw err;
    out.status = err.code;
  } finally {
    restore();
  }
  return out;
}

/** `main(args)` awaited (an --openalex run fetches first): exit code and streams. */
export async function runCliAsync(args: string[]): Promise<CliRun> {
  const { out, restore } = capture();
  try {
    await main(args);
  } catch (err) {
    if (!(err instanceof Exit)) throw err;
    out.status = err.code;
  } finally {
    restore();
  }
  return out;
}
