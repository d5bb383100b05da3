/** "A, B and C" for `["A", "B", "C"]`, "A" for one, "" for none (words quoted by the caller if wanted). Throws nothing. */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
