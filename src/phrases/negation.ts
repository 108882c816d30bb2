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

/** After a negator, these make a reassurance that negates nothing after it: "don't worry, you'll get it Monday". */
const REASSURANCES: ReadonlySet<string> = new Set(['worry', 'panic', 'fret', 'stress', 'fear', 'fuss'])

/** Words that start a new clause, ending the reach of an earlier negation. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'yet', 'so'])

/** How far back (in words) a negation reaches: "we cannot and will not guarantee". */
export const NEGATION_WINDOW = 4

/**
 * True when a negator stands within {@link NEGATION_WINDOW} words before `words[start]`, in the
 * same clause, or before the first item of a list that `words[start]` ends: "we will never ask for
 * your password, PIN or bank details" negates "bank details" as it does "password".
 */
export function isNegated(words: readonly Word[], start: number, window = NEGATION_WINDOW): boolean {
  if (negatedAt(words, start, window)) return true
  const first = firstListItem(words, start)
  return first !== undefined && negatedAt(words, first, window)
}

/** Words joining the last item of a list: "X, Y or Z". */
const LIST_JOINS: ReadonlySet<string> = new Set(['or', 'and', 'nor'])
/** Words that open a clause of their own after "and"/"or" ("…and we'll refund you"): not a list item. */
const SUBJECTS =
  /^(?:i|we|you|they|he|she|it|i'll|we'll|you'll|they'll|i'm|we're|i've|we've|ill|well|im|ive)$/
/** The most words one earlier item of a list may have ("your password", "the PIN code"). */
const MAX_ITEM_WORDS = 3

/**
 * Where the first item of a list ends, when `words[start]` opens its last item ("…password, PIN or
 * bank details"): the index of the first item's last word. Undefined when it opens no list item.
 */
function firstListItem(words: readonly Word[], start: number): number | undefined {
  const join = words[start - 1]
  const opener = words[start]
  if (!join || !opener || !LIST_JOINS.has(join.normal) || opener.breakBefore || SUBJECTS.test(opener.normal))
    return undefined
  // Back over the short items set off by commas, to the one that follows no break: the first.
  let end = start - 2
  while (end >= 0) {
    let itemStart = end
    while (itemStart > 0 && !(words[itemStart] as Word).breakBefore && end - itemStart + 1 < MAX_ITEM_WORDS)
      itemStart--
    if (!(words[itemStart] as Word).breakBefore) return end
    end = itemStart - 1
  }
  return undefined
}

/**
 * True when a negator stands within {@link NEGATION_WINDOW} words before `words[start]`,
 * in the same clause (no punctuation or clause-starting conjunction in between).
 */
function negatedAt(words: readonly Word[], start: number, window: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - window; i--) {
    const word = words[i] as Word
    const after = words[i + 1] as Word
    if (after.breakBefore) return false
    if (
      NEGATORS.has(word.normal) &&
      !(word.normal === 'no' && NO_PHRASES.has(after.normal)) &&
      !REASSURANCES.has(after.normal) &&
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
