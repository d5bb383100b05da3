import { describe, expect, it } from 'vitest';
import { buildTimeWords } from '../../src/app/features/import/report-words';

describe("the build report's time: the notice's figure, its parts adding up to it", () => {
  it('a map built in this browser: "built in 4.6 s (reading the file 1.4 s, the build 3.2 s)", as the notice says "built in 4.6 s"', () => {
    // geom.bib (a tester): the notice said 4.6 s, the report "pipeline 3.2 s" (the stages alone) for the same build
    const timings = { wholeBuild: 4620, readFiles: 40, ingestRead: 1380, ingest: 300, names: 400, graph: 200, communities: 900, labels: 300, layout: 900, bundle: 200, labelsTokenizeWorker: 2000 };
    // (each part's number and unit on one line: "10.9 s" wrapped as "10.9" / "s)")
    expect(buildTimeWords(timings, 1)).toBe('built in 4.6 s (reading the file 1.4\u00a0s, the build 3.2\u00a0s)');
    expect(buildTimeWords({ wholeBuild: 900, readFiles: 30 }, 2)).toBe('built in 900 ms (reading the files 30\u00a0ms, the build 870\u00a0ms)');
  });

  it("a map built by the CLI (no wall time in its report): the stages' own times, not their parts or the second thread's", () => {
    expect(buildTimeWords({ ingest: 1000, names: 500, layout: 1700, labelsTokenizeWorker: 9000 }, 1)).toBe("the build's steps 3.2 s");
    expect(buildTimeWords({}, 1)).toBeNull();
    expect(buildTimeWords(undefined, 1)).toBeNull();
  });
});
