import type { Word } from '../../src/core.js'

/**
 * The index of the first of `words` (in text order, as a sentence holds them) that ends after
 * `offset`: a binary search, so a rule asking about every match of a long sentence stays linear
 * in the sentence instead of rescanning its words per match.
 */
export function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((words[mid] as Word).range[1] <= offset) low = mid + 1
    else high = mid
  }
  return low
}

/** Some word inside `[start, end)` is quoted (the customer's words or an e-mail quote line). */
export function anyQuotedIn(words: readonly Word[], start: number, end: number): boolean {
  for (let i = firstWordEndingAfter(words, start); i < words.length; i++) {
    const word = words[i] as Word
    if (word.range[0] >= end) return false
    if (word.quoted) return true
  }
  return false
}

/** The up to `count` words that end at or before `offset`. */
export function wordsBefore(words: readonly Word[], offset: number, count: number): readonly Word[] {
  const end = firstWordEndingAfter(words, offset)
  return words.slice(Math.max(0, end - count), end)
}
