import type { PhraseMatch, Sentence, Word } from '../../src/core.js'
import { ADDRESS_TERMS, INSTRUCTING_VERBS, OBVIOUSLY_KIND_OPENERS, RECAP } from '../lexicons/hostile-tone.js'
import { writerActs } from './writer-acts.js'

const instructingVerbs: ReadonlySet<string> = new Set(INSTRUCTING_VERBS)
const addressTerms: ReadonlySet<string> = new Set(ADDRESS_TERMS)
/**
 * What "Obviously" may open without a comma and stay kind: the writer's own wish or a concession
 * ("Obviously we want you to love it", "Obviously that shouldn't happen").
 */
const KIND_AFTER_OBVIOUSLY: ReadonlySet<string> = new Set(OBVIOUSLY_KIND_OPENERS)

/**
 * Whether a match is aimed at the customer. "Obviously" is pointed only where it opens the sentence
 * or is tagged on at its end:
 * as an aside ("Obviously, we cannot refund a used item") or before a fact the customer is told
 * they should have known ("Obviously a UK plug won't fit a European socket"), not before the
 * writer's own wish or a concession ("Obviously we want you to love it"); inside a clause it is a
 * plain adverb ("it's obviously damaged").
 */
export function isPointed(sentence: Sentence, match: PhraseMatch<string>): boolean {
  const first = match.words[0] as Word | undefined
  if (!first) return true
  // "I'll check the tracking again": the writer's own checking, not an order to the customer.
  if (instructingVerbs.has(first.normal) && writerActs(sentence, first)) return false
  // "So what?" shrugs; "so what USPS did with it…" goes on to a clause.
  if (match.text.toLowerCase() === 'so what') {
    const after = sentence.words[first.indexInSentence + 2]
    return !after || after.breakBefore
  }
  // "As I said, it left Monday" recaps at the head of a clause; "it won't go out Thursday like we
  // said" keeps a promise's word.
  if (match.swaps[0] === RECAP && !opensClause(sentence, first)) return false
  // "Sure thing, pal." is an address; "our chief designer" is not.
  if (addressTerms.has(match.text.toLowerCase().replace(/\s+/g, ' '))) return isAddress(sentence, match)
  if (match.words.length !== 1 || first.normal !== 'obviously') return true
  // "…, not the headphone jack, obviously.": tagged on at the end, it points the fact at the reader.
  if (first.indexInSentence === sentence.words.length - 1 && first.breakBefore) return true
  if (first.indexInSentence !== 0) return false
  const next = sentence.words[1]
  return next !== undefined && (next.breakBefore || !KIND_AFTER_OBVIOUSLY.has(next.normal))
}

/** A name set off from its sentence: at its start or after a comma, and at its end or before one. */
function isAddress(sentence: Sentence, match: PhraseMatch<string>): boolean {
  const first = match.words[0] as Word
  const last = match.words[match.words.length - 1] as Word
  const after = sentence.words[last.indexInSentence + 1]
  return (first.indexInSentence === 0 || first.breakBefore) && (!after || after.breakBefore)
}

/** A word at the head of its clause: the sentence's first, after punctuation, or after a conjunction. */
function opensClause(sentence: Sentence, word: Word): boolean {
  if (word.indexInSentence === 0 || word.breakBefore) return true
  return /^(and|but|so|because|since)$/.test(sentence.words[word.indexInSentence - 1]?.normal ?? '')
}
