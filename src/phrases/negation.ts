import type { Word } from '../parse/document.js'

/** Words that turn the following clause around: "we can't guarantee", "never promised". */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'no',
  'never',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "couldn't",
  "wouldn't",
  "shouldn't",
  "haven't",
  "hasn't",
  "hadn't",
  'unable',
  'neither',
  'nor',
  // A subject nobody is: "nobody can say for certain", "no-one can promise that".
  'nobody',
  'noone',
  'no-one',
  'none',
])

/** After "no", these make a set phrase, not a negation: "no worries, I'll refund you". */
const NO_PHRASES: ReadonlySet<string> = new Set([
  'worries',
  'worry',
  'problem',
  'problems',
  'probs',
  'prob',
  'bother',
  'trouble',
  'stress',
  'rush',
  'need',
  'hassle',
  'fuss',
  'doubt',
  'drama',
  'dramas',
])

/** Words that start a new clause, ending the reach of an earlier negation. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'yet', 'so'])

/** How far back (in words) a negation reaches: "we cannot and will not guarantee". */
export const NEGATION_WINDOW = 4

/**
 * True when a negator stands within {@link NEGATION_WINDOW} words before `words[start]`,
 * in the same clause (no punctuation or clause-starting conjunction in between).
 */
export function isNegated(words: readonly Word[], start: number, window = NEGATION_WINDOW): boolean {
  for (let i = start - 1; i >= 0 && i >= start - window; i--) {
    const word = words[i] as Word
    const after = words[i + 1] as Word
    if (after.breakBefore) return false
    if (
      NEGATORS.has(word.normal) &&
      !(word.normal === 'no' && NO_PHRASES.has(after.normal)) &&
      !suggests(words, i)
    )
      return true
    if (CLAUSE_STARTS.has(word.normal)) return false
  }
  return false
}

/** "Why not take a look…", "why don't you try…": a suggestion, not a negation. */
function suggests(words: readonly Word[], negator: number): boolean {
  const before = words[negator - 1]?.normal
  const word = (words[negator] as Word).normal
  if (word === 'not') return before === 'why'
  return (word === "don't" || word === 'dont') && before === 'why' && words[negator + 1]?.normal === 'you'
}
