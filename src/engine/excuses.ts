import type { ReplyDocument, Word } from '../parse/document.js'
import type { Diagnostic } from '../types.js'

/**
 * Whether `word` may not be flagged on its own by the rule `ruleId`: it belongs to a string the
 * seller cannot change (the order's id, tracking number or product title) or to a phrase the
 * configuration allows. Each kind of excuse is one such function; the post-step below applies them
 * all the same way.
 */
export type Excuse = (word: Word, ruleId: string) => boolean

/**
 * Drops every diagnostic whose flagged words are excused (each by any of `excuses`). A phrase
 * match often takes in the word beside what set it off ("our Guaranteed", "call 0344 493 0787"),
 * so the first and the last flagged word may be unexcused when the word next to them inside the
 * diagnostic is excused; every other flagged word must be. A diagnostic that flags no word
 * (punctuation, an emoji run, a whole-reply finding at [0, 0]) is kept: nothing excuses it.
 */
export function dropExcused(
  diagnostics: Diagnostic[],
  document: ReplyDocument,
  excuses: ReadonlyArray<Excuse | undefined>,
): Diagnostic[] {
  const active = excuses.filter((excuse): excuse is Excuse => excuse !== undefined)
  if (active.length === 0 || diagnostics.length === 0) return diagnostics
  return diagnostics.filter((diagnostic) => {
    const words = wordsIn(document.words, diagnostic.range[0], diagnostic.range[1])
    const excused = (word: Word) => active.some((excuse) => excuse(word, diagnostic.ruleId))
    return !allExcused(words, excused)
  })
}

/** `words` are excused, but for an unexcused first or last word beside an excused one. */
function allExcused(words: readonly Word[], excused: (word: Word) => boolean): boolean {
  let from = 0
  let to = words.length
  if (to > 1 && !excused(words[0] as Word)) from = 1
  if (to - from > 1 && !excused(words[to - 1] as Word)) to--
  if (from >= to) return false
  for (let i = from; i < to; i++) if (!excused(words[i] as Word)) return false
  return true
}

/** The document's words inside [start, end), found by binary search (words are in text order). */
function wordsIn(words: readonly Word[], start: number, end: number): Word[] {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] as Word).range[1] <= start) low = middle + 1
    else high = middle
  }
  const inside: Word[] = []
  for (let i = low; i < words.length && (words[i] as Word).range[0] < end; i++) inside.push(words[i] as Word)
  return inside
}
