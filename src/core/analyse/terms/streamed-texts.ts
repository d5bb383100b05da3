/**
 * The labels' tokenising begun while the input is still being read: the records' titles and abstracts are handed
 * to a second thread as they are read (it is idle then), scanned there into spellings (`ScannedTexts`, the
 * character-level part of the tokenising), and after ingest the build says only which record each paper is
 * (`pickStreamed`: an Int32Array, plus the few texts the ingest changed) instead of sending every text again when
 * that thread is busiest. `StreamedTexts` is that thread's side; the tokens are those `tokenizePapersSteps` gives
 * for the papers' texts (`tokenizeScannedSteps`), so the labels are the same.
 */
import { scannedTexts, tokenizeScannedSteps, type TokenizedPapers } from './distinctive-terms';

/** Papers' texts as picks from the records streamed (see `pickStreamed`). */
export interface PickedTexts {
  /** Per paper: the streamed record whose title and abstract it has, or -1 (its texts are the next of `titles`/`abstracts`). */
  pick: Int32Array;
  titles: string[];
  abstracts: (string | null)[];
}

/** How many streamed records past the last match a paper's record is looked for (records merged away as duplicates). */
const LOOKAHEAD = 64;

/**
 * The papers' texts as picks from the `streamed` records (the records as read, in order): paper j is the next
 * streamed record with the same title and abstract (papers keep the records' order; duplicates merged away are
 * skipped over, up to LOOKAHEAD of them); a paper with no such record (its abstract filled from a duplicate) is
 * given as text. Either way the other side gets exactly the papers' texts. Throws nothing.
 */
export function pickStreamed(streamed: readonly { title: string; abstract?: string | null }[], papers: readonly { title: string; abstract: string | null }[]): PickedTexts {
  const pick = new Int32Array(papers.length);
  const titles: string[] = [];
  const abstracts: (string | null)[] = [];
  let r = 0;
  for (let j = 0; j < papers.length; j++) {
    const { title, abstract } = papers[j]!;
    let found = -1;
    for (let q = r; q < streamed.length && q < r + LOOKAHEAD; q++) {
      const s = streamed[q]!;
      if (s.title === title && (s.abstract ?? null) === abstract) {
        found = q;
        break;
      }
    }
    pick[j] = found;
    if (found >= 0) r = found + 1;
    else {
      titles.push(title);
      abstracts.push(abstract);
    }
  }
  return { pick, titles, abstracts };
}

/**
 * The second thread's side: records' texts as they arrive (`push`), scanned in slices while nothing more urgent
 * waits (`scan`), then the papers' tokens from the picks (`tokenize`).
 */
export class StreamedTexts {
  private titles: string[] = [];
  private abstracts: (string | null)[] = [];
  private scanned = scannedTexts();
  private recordTitle: number[] = [];
  private recordAbstract: number[] = [];
  private scannedRecords = 0;
  /** Time spent scanning, ms. */
  scanMs = 0;

  /** Records streamed so far. */
  get count(): number {
    return this.titles.length;
  }

  /** The next records' texts, in reading order. */
  push(titles: readonly string[], abstracts: readonly (string | null)[]): void {
    for (let k = 0; k < titles.length; k++) {
      this.titles.push(titles[k]!);
      this.abstracts.push(abstracts[k] ?? null);
    }
  }

  /** Whether some streamed record is not scanned yet. */
  pending(): boolean {
    return this.scannedRecords < this.titles.length;
  }

  /** Scans records not scanned yet until `until` (a `performance.now()` time) or none is left. Throws nothing. */
  scan(until: number): void {
    const t0 = performance.now();
    while (this.scannedRecords < this.titles.length) {
      const to = Math.min(this.titles.length, this.scannedRecords + 50);
      for (let r = this.scannedRecords; r < to; r++) {
        this.recordTitle.push(this.scanned.add(this.titles[r]!));
        // (a title is not needed once scanned: let it go)
        this.titles[r] = '';
        const a = this.abstracts[r];
        this.recordAbstract.push(a ? this.scanned.add(a) : -1);
      }
      this.scannedRecords = to;
      if (performance.now() >= until) break;
    }
    this.scanMs += performance.now() - t0;
  }

  /**
   * The papers' tokens from `picked` (see `pickStreamed`), as a generator yielding after every `slice` papers (and
   * after each slice of `sliceMs` of scanning the records not scanned yet): returns what `tokenizePapersSteps` returns
   * for the papers' texts. The streamed records are let go; the abstracts of the papers are in `abstracts` (paper
   * order) once this is called. Throws nothing.
   */
  tokenize(picked: PickedTexts, slice: number, sliceMs: number): { abstracts: (string | null)[]; steps: Generator<void, TokenizedPapers, void> } {
    const { pick, titles, abstracts } = picked;
    const paperAbstracts: (string | null)[] = new Array(pick.length);
    const refs = new Array<{ title: number; abstract: number }>(pick.length);
    const texts = this.scanned;
    let k = 0;
    for (let j = 0; j < pick.length; j++) {
      const r = pick[j]!;
      if (r >= 0) {
        paperAbstracts[j] = this.abstracts[r] ?? null;
        refs[j] = { title: -1 - r, abstract: 0 };
      } else {
        const abstract = abstracts[k] ?? null;
        paperAbstracts[j] = abstract;
        // a text the ingest changed: scanned now (a few papers)
        refs[j] = { title: texts.add(titles[k++]!), abstract: abstract ? texts.add(abstract) : -1 };
      }
    }
    const self = this;
    const steps = (function* () {
      // the records not scanned yet first (in slices), then each picked paper's texts are its record's
      while (self.pending()) {
        self.scan(performance.now() + sliceMs);
        yield;
      }
      for (const ref of refs) {
        if (ref.title >= 0) continue;
        const r = -1 - ref.title;
        ref.title = self.recordTitle[r]!;
        ref.abstract = self.recordAbstract[r]!;
      }
      self.titles = [];
      self.abstracts = [];
      self.recordTitle = [];
      self.recordAbstract = [];
      return yield* tokenizeScannedSteps(texts, refs, slice);
    })();
    return { abstracts: paperAbstracts, steps };
  }
}
