import type { Word } from '../parse/document.js'

/**
 * What every compiled lexicon needs to know about a sentence, worked out once per sentence and
 * shared by all of them: each word as a number (tries look numbers up faster than strings), and
 * for each lexicon the positions its phrases can start at. Most sentences start no phrase of most
 * lexicons, so most `find` calls end after one lookup.
 */

/** Every word some compiled phrase holds, numbered. */
const vocabulary = new Map<string, number>()
/** A word that no compiled phrase holds. */
export const UNKNOWN_WORD = -1

/** Lexicon ids (ascending) by the number of the word their phrases start with. */
const lexiconsByWord: (number[] | undefined)[] = []
let indexedLexicons = 0

/**
 * Past this many, lexicons are not indexed (their `find` walks from every word), so a program that
 * keeps compiling throwaway lexicons does not make every sentence's index grow forever.
 */
const MAX_INDEXED_LEXICONS = 1024

/** Bumped whenever the vocabulary or the index grows: sentence indexes made before are stale. */
let generation = 0

/** The number of a phrase word, numbering it if new. */
export function wordNumber(word: string): number {
  let number = vocabulary.get(word)
  if (number === undefined) {
    number = vocabulary.size
    vocabulary.set(word, number)
    generation++
  }
  return number
}

/** Registers a lexicon's first words (numbers); its id, or undefined when the index is full. */
export function indexFirstWords(firstWords: Iterable<number>): number | undefined {
  if (indexedLexicons >= MAX_INDEXED_LEXICONS) return undefined
  const id = indexedLexicons++
  for (const word of firstWords) {
    const ids = lexiconsByWord[word]
    if (ids) ids.push(id)
    else lexiconsByWord[word] = [id]
  }
  generation++
  return id
}

/**
 * One sentence, indexed. Lexicon `id` starts phrases at the word positions
 * `positions[offsets[id]]` to `positions[offsets[id + 1] - 1]`, in ascending order.
 */
export interface SentenceIndex {
  readonly generation: number
  /** Each word's number, or {@link UNKNOWN_WORD}. */
  readonly numbers: readonly number[]
  readonly offsets: readonly number[]
  readonly positions: readonly number[]
}

/**
 * The indexes made during one lint, so the lexicons share them. A linter opens one per lint (see
 * {@link withIndexScope}) and hands it the previous lint's, whose indexes of the sentences an edit
 * left alone are taken over.
 *
 * Not a weak map keyed by the word list: Node's young-generation GC keeps the young entries of a
 * weak map alive until the next full GC, so every lint's indexes piled up (about 12 KB a lint) and
 * each scavenge copied them all, which made the pauses behind the p99 latency longer.
 */
export class IndexScope {
  /**
   * This lint's indexes by the position of their sentence in its document, with the word list
   * each was made for: array slots, not a map, since a long document asks millions of times.
   */
  private readonly wordLists: Array<readonly Word[] | undefined> = []
  private readonly indexes: Array<SentenceIndex | undefined> = []
  constructor(private carried?: IndexScope) {}

  index(words: readonly Word[]): SentenceIndex {
    const slot = (words[0] as Word).sentenceIndex
    let index = this.held(words, slot)
    if (index === undefined || index.generation !== generation) {
      const carried = this.carried?.held(words, slot)
      index = carried !== undefined && carried.generation === generation ? carried : indexSentence(words)
      this.wordLists[slot] = words
      this.indexes[slot] = index
    }
    return index
  }

  private held(words: readonly Word[], slot: number): SentenceIndex | undefined {
    return this.wordLists[slot] === words ? this.indexes[slot] : undefined
  }

  /** Lets go of the previous lint's indexes, so scopes never chain. */
  close(): void {
    this.carried = undefined
  }
}

let active: IndexScope | undefined

/** Runs `run` (one lint) with `scope` as the place sentence indexes are kept. */
export function withIndexScope<T>(scope: IndexScope, run: () => T): T {
  const outer = active
  active = scope
  try {
    return run()
  } finally {
    active = outer
    scope.close()
  }
}

/**
 * The index of a sentence's words: once per lint inside one, once per call outside (a lexicon
 * used on its own). Parsed sentences are frozen; a mutable word list is never kept, since it could
 * change under a kept answer.
 */
export function sentenceIndex(words: readonly Word[]): SentenceIndex {
  return active !== undefined && words.length > 0 && Object.isFrozen(words)
    ? active.index(words)
    : indexSentence(words)
}

const NO_POSITIONS: readonly number[] = Object.freeze([])
let zeroOffsets: readonly number[] = Object.freeze([0])

/** All zeros, one per lexicon and one more: the offsets of a sentence that starts no phrase. */
function noOffsets(lexicons: number): readonly number[] {
  if (zeroOffsets.length !== lexicons + 1) zeroOffsets = Object.freeze(new Array(lexicons + 1).fill(0))
  return zeroOffsets
}

/** Numbers the words, then counting-sorts (lexicon, position) pairs by lexicon. */
function indexSentence(words: readonly Word[]): SentenceIndex {
  const lexicons = indexedLexicons
  // Sized up front: grown by push, a one-word sentence's list would hold room for sixteen.
  const numbers: number[] = new Array(words.length)
  let pairs = 0
  for (let i = 0; i < words.length; i++) {
    const number = vocabulary.get((words[i] as Word).normal) ?? UNKNOWN_WORD
    numbers[i] = number
    if (number !== UNKNOWN_WORD) pairs += lexiconsByWord[number]?.length ?? 0
  }
  // Most sentences start no phrase at all: they share one layout, so a long text of them keeps little.
  if (pairs === 0) return { generation, numbers, offsets: noOffsets(lexicons), positions: NO_POSITIONS }
  const offsets: number[] = new Array(lexicons + 1).fill(0)
  for (let i = 0; i < words.length; i++) {
    const number = numbers[i] as number
    const ids = number === UNKNOWN_WORD ? undefined : lexiconsByWord[number]
    if (ids === undefined) continue
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
    const number = numbers[i] as number
    const ids = number === UNKNOWN_WORD ? undefined : lexiconsByWord[number]
    if (ids === undefined) continue
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number
      const at = (offsets[id] as number) - 1
      offsets[id] = at
      positions[at] = i
    }
  }
  return { generation, numbers, offsets, positions }
}
