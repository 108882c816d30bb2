import type { ReplyDocument, Word } from '../parse/document.js'
import type { Diagnostic } from '../types.js'

/**
 * Words a rule may not flag on their own: a string the seller cannot change (the order's id,
 * tracking number or product title), a phrase the configuration allows. Each kind of excuse is one
 * of these; the post-step below applies them all the same way.
 */
export interface Excuse {
  /** Whether `word` is excused for a diagnostic of the rule `ruleId`. */
  covers(word: Word, ruleId: string): boolean
  /**
   * A phrase match often takes in the word beside what set it off ("our Guaranteed"): with `edges`,
   * the first or last flagged word may be unexcused when the word next to it is one this excuses.
   */
  readonly edges: boolean
}

/**
 * Drops every diagnostic whose flagged words are all excused (each by any of `excuses`), give or
 * take an edge word beside a word of an excuse with `edges`. A diagnostic that flags no word
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
    const id = diagnostic.ruleId
    const excused = (word: Word) => active.some((excuse) => excuse.covers(word, id))
    const edgeBeside = (word: Word) => active.some((excuse) => excuse.edges && excuse.covers(word, id))
    return !allExcused(words, excused, edgeBeside)
  })
}

/** Every word is excused, but for a first or last word beside one that forgives its edge. */
function allExcused(
  words: readonly Word[],
  excused: (word: Word) => boolean,
  edgeBeside: (word: Word) => boolean,
): boolean {
  let from = 0
  let to = words.length
  if (to === 0) return false
  if (to > 1 && !excused(words[0] as Word) && edgeBeside(words[1] as Word)) from = 1
  if (to - from > 1 && !excused(words[to - 1] as Word) && edgeBeside(words[to - 2] as Word)) to--
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
