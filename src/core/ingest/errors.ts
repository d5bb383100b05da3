/**
 * A problem in an input file that stops the build: it names the file, the line and the problem. `line` is
 * `WHOLE_FILE` (0) for a problem of the whole file (empty, binary: no line of it means anything), and the message
 * then names the file alone (`figure.png: not a text file…`, not `figure.png:1: …`, read by a tester as a fault
 * on its first line).
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
  constructor(file: string, line: number, problem: string) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** The `line` of an `IngestError` about the whole file rather than one of its lines (an empty or a binary file). */
export const WHOLE_FILE = 0;

/**
 * Several input files that stop the build, each with its file, line and problem (`all`, in the order the files were
 * given): every bad file is said at once, not only the first. Its own file, line and problem are the first's; its
 * message lists them all, one `file:line: problem` a line.
 */
export class IngestErrors extends IngestError {
  readonly all: IngestError[];
  constructor(all: IngestError[]) {
    const first = all[0]!;
    super(first.file, first.line, first.problem);
    this.name = 'IngestErrors';
    this.message = all.map((e) => e.message).join('\n');
    this.all = all;
  }
}

/** The one error for the problems of several files: none, the problem itself when one, else `IngestErrors`. */
export function ingestErrorOf(all: IngestError[]): IngestError | null {
  return all.length === 0 ? null : all.length === 1 ? all[0]! : new IngestErrors(all);
}
