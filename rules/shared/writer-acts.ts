import type { Sentence, Word } from '../../src/core.js'

/**
 * First-person subjects and the words that may stand between them and their verb: "I'll raise it
 * with them", "we've re-read", "let me check", "I will just check".
 */
const WRITER = new Set([
  'i',
  "i'll",
  'ill',
  "i've",
  'ive',
  "i'd",
  'id',
  'we',
  "we'll",
  "we've",
  'weve',
  "we'd",
  'me',
])
const BETWEEN = new Set([
  'will',
  'can',
  'could',
  'shall',
  'would',
  'just',
  'also',
  'then',
  'now',
  'already',
  'again',
  'personally',
  'happily',
  'gladly',
  'to',
  'have',
  'be',
  'going',
  'gonna',
])

/**
 * Whether the writer is the one doing what starts at `verb`: "I'll raise it with them" is the
 * seller acting, "raise it with them" sends the customer. Looks back through helper words within
 * the clause.
 */
export function writerActs(sentence: Sentence, verb: Word): boolean {
  for (let i = verb.indexInSentence - 1, steps = 0; i >= 0 && steps < 4; i--, steps++) {
    const word = sentence.words[i] as Word
    const next = sentence.words[i + 1] as Word
    if (next.breakBefore) return false
    if (WRITER.has(word.normal)) return true
    if (!BETWEEN.has(word.normal)) return false
  }
  return false
}
