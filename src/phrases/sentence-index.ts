import type { Word } from '../parse/document.js'

/**
 * One index of first words shared by every compiled lexicon: a sentence's words are looked up once,
 * and each lexicon then knows with one bit test whether any of its phrases can start in the sentence.
 * Most sentences start no phrase of most lexicons, so most `find` calls end there.
 */

/** Lexicon ids (ascending) by the normalised word their phrases start with. */
const lexiconsByFirstWord = new Map<string, number[]>()
let indexedLexicons = 0

/**
 * Past this many, lexicons are not indexed (their `find` scans the sentence itself), so a program
 * that keeps compiling throwaway lexicons does not grow the index and every sentence's bits forever.
 */
const MAX_INDEXED_LEXICONS = 1024

/** Registers a lexicon's first words; its id, or undefined when the index is full. */
export function indexFirstWords(firstWords: Iterable<string>): number | undefined {
  if (indexedLexicons >= MAX_INDEXED_LEXICONS) return undefined
  const id = indexedLexicons++
  for (const word of firstWords) {
    const ids = lexiconsByFirstWord.get(word)
    if (ids) ids.push(id)
    else lexiconsByFirstWord.set(word, [id])
  }
  return id
}

/**
 * Where phrases can start in one sentence, grouped by lexicon: lexicon `id` starts phrases at the
 * word positions `positions[offsets[id]]` to `positions[offsets[id + 1] - 1]`, in ascending order.
 */
export interface SentenceStarts {
  /** Lexicons indexed when this was computed: later ones are not in it. */
  readonly lexicons: number
  readonly offsets: readonly number[]
  readonly positions: readonly number[]
}

const startsByWords = new WeakMap<readonly Word[], SentenceStarts>()

/** The phrase starts of `words` for every lexicon up to `id`, computed once per sentence. */
export function sentenceStarts(words: readonly Word[], id: number): SentenceStarts {
  let starts = startsByWords.get(words)
  if (starts === undefined || starts.lexicons <= id) {
    starts = computeStarts(words)
    // Parsed sentences are frozen; a mutable word list could change under a cached answer.
    if (Object.isFrozen(words)) startsByWords.set(words, starts)
  }
  return starts
}

/** Each word's lexicon ids, kept between the two passes of {@link computeStarts}. */
const idsAt: (readonly number[] | undefined)[] = []

/** A counting sort of (lexicon, position) pairs by lexicon; positions stay ascending in a group. */
function computeStarts(words: readonly Word[]): SentenceStarts {
  const lexicons = indexedLexicons
  const offsets: number[] = []
  for (let id = 0; id <= lexicons; id++) offsets.push(0)
  let pairs = 0
  for (let i = 0; i < words.length; i++) {
    const ids = lexiconsByFirstWord.get((words[i] as Word).normal)
    idsAt[i] = ids
    if (ids === undefined) continue
    pairs += ids.length
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number
      offsets[id] = (offsets[id] as number) + 1
    }
  }
  // Running totals: offsets[id] is where the group of lexicon id ends...
  for (let id = 1; id <= lexicons; id++) offsets[id] = (offsets[id] as number) + (offsets[id - 1] as number)
  const positions: number[] = new Array(pairs)
  // ...and filling each group from its end, last word first, leaves it where the group begins.
  for (let i = words.length - 1; i >= 0; i--) {
    const ids = idsAt[i]
    if (ids === undefined) continue
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number
      const at = (offsets[id] as number) - 1
      offsets[id] = at
      positions[at] = i
    }
  }
  idsAt.length = 0
  return { lexicons, offsets, positions }
}
