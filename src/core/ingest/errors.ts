/** A problem in an input file that stops the build: it names the file, the line and the problem. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
