/** Small typed-array collections for counting terms by id without per-term objects. */

/** Open-addressing hash table from a pair of non-negative int32 to a non-negative int32 (-1: absent). */
export class PairTable {
  private mask = (1 << 16) - 1;
  private keyA = new Int32Array(this.mask + 1).fill(-1);
  private keyB = new Int32Array(this.mask + 1);
  private value = new Int32Array(this.mask + 1);
  private count = 0;

  private slot(a: number, b: number): number {
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & this.mask;
    while (this.keyA[i] !== -1 && (this.keyA[i] !== a || this.keyB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for the pair (a, b), or -1 when the pair is absent. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.keyA[i] === -1 ? -1 : this.value[i]!;
  }

  /** Stores `v` (a non-negative int32) for the pair (a, b), replacing any earlier value; grows the table at half full. */
  set(a: number, b: number, v: number): void {
    if (2 * (this.count + 1) > this.mask) this.grow();
    const i = this.slot(a, b);
    if (this.keyA[i] === -1) this.count++;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.value[i] = v;
  }

  private grow(): void {
    const { keyA, keyB, value } = this;
    this.mask = this.mask * 2 + 1;
    this.keyA = new Int32Array(this.mask + 1).fill(-1);
    this.keyB = new Int32Array(this.mask + 1);
    this.value = new Int32Array(this.mask + 1);
    for (let i = 0; i < keyA.length; i++) {
      if (keyA[i] === -1) continue;
      const j = this.slot(keyA[i]!, keyB[i]!);
      this.keyA[j] = keyA[i]!;
      this.keyB[j] = keyB[i]!;
      this.value[j] = value[i]!;
    }
  }
}


/** A growable list of int32 values: `data` holds them, the first `length` are in use (it doubles when full). */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1 << 16) {
    this.data = new Int32Array(Math.max(1, capacity));
  }
  /** Makes room for `n` more values (then `data[length .. length + n)` may be written directly). */
  reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + n));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
  /** Appends `v` (truncated to int32), doubling the backing array when it is full. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** Growable Int32 counter indexed by term id. */
export class Counter {
  data = new Int32Array(1 << 16);
  /** Adds `by` to the count of term `i` (a non-negative id), growing the array to hold `i` if needed. */
  add(i: number, by: number): void {
    if (i >= this.data.length) {
      let size = this.data.length;
      while (size <= i) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] += by;
  }
  /** The count of term `i` (0 for an id never added). */
  get(i: number): number {
    return i < this.data.length ? this.data[i]! : 0;
  }
}

