import { ReplyLintError } from '../errors.js'
import type { Sentence, Word } from '../parse/document.js'
import type { NlpSentence } from '../parse/nlp.js'
import { normalizeWord } from '../parse/normalize.js'
import type { Range } from '../types.js'
import { isNegated } from './negation.js'
import {
  ANY_WORD,
  compileClasses,
  isNumeral,
  NUMERAL,
  type PhraseClasses,
  parsePattern,
  type Slot,
} from './pattern.js'
import { indexFirstWords, sentenceIndex, wordNumber } from './sentence-index.js'

/** One forbidden (or notable) phrase, as data. */
export interface PhraseEntry<Tag extends string = string> {
  /** Word patterns (see `parsePattern`): `"(will|'ll) definitely ~arrive"`. */
  match?: string | readonly string[]
  /**
   * compromise match patterns (`"#Modal definitely #Verb"`), for what word lists cannot say.
   * They only run on sentences holding one of `triggers`, because compromise is slow.
   */
  nlp?: string | readonly string[]
  /** Words (normalised) that make a sentence worth running `nlp` patterns on. Required with `nlp`. */
  triggers?: readonly string[]
  /** Free label for the rule: which message, which category. */
  tag?: Tag
  /** Replacement texts for the matched words; each becomes a suggestion. */
  swap?: string | readonly string[]
  /** Word patterns that cancel this entry when found in the same sentence (or clause: `unlessScope`). */
  unless?: readonly string[]
  /**
   * Where `unless` looks: the whole sentence (default), or only the clause around the match, between
   * punctuation marks: "before the party" after a comma does not make "it arrives Wednesday" a
   * condition, as "before it ships" beside it would.
   */
  unlessScope?: 'sentence' | 'clause'
  /** A negation just before the match ("can't guarantee") cancels it. Default true. */
  negatable?: boolean
}

export interface Lexicon<Tag extends string = string> {
  /** Used in error messages: `no-guarantees/certainty`. */
  name: string
  entries: readonly PhraseEntry<Tag>[]
  /** Word patterns that cancel every entry of the lexicon in a sentence that holds them. */
  unless?: readonly string[]
  /**
   * Named classes of phrases that patterns refer to as `@name`: the couriers, the ways to say
   * "messed up". Meaning lives here once, and every pattern that needs it says so by name.
   */
  classes?: Readonly<Record<string, readonly string[]>>
  /**
   * Words that may stand between two words of any phrase without the pattern naming them: degree
   * words ("it says quite clearly", "a really proper mess") that colour a phrase without changing
   * what it says. A phrase never starts or ends on one.
   */
  skippable?: readonly string[]
}

export interface PhraseMatch<Tag extends string = string> {
  readonly entry: PhraseEntry<Tag>
  readonly tag: Tag | undefined
  readonly range: Range
  /** The matched words (empty for compromise matches that fall between words). */
  readonly words: readonly Word[]
  readonly text: string
  readonly swaps: readonly string[]
}

export interface FindOptions {
  /** compromise analysis for `nlp` entries; without it those entries are skipped. */
  nlp?: (sentence: Sentence) => NlpSentence
  /** Also match inside quotations. Default false: quoting the customer is not saying it. */
  includeQuoted?: boolean
  /**
   * Every occurrence, overlapping ones too, for a caller that asks which words some phrase covers.
   * Default false: leftmost-longest matches that do not overlap.
   */
  overlapping?: boolean
}

/**
 * Keyed by word number (see `wordNumber`), not by the word itself: faster to look up. The "trie" is
 * a graph: every tail of a pattern is built once and shared by all the words that lead to it (see
 * {@link insertPattern}), and the walk cannot tell the difference.
 */
interface TrieNode {
  readonly next: Map<number, TrieNode>
  /** Entries whose pattern ends here, in declaration order. */
  readonly ends: number[]
  /** `next.get(ANY_WORD)`, kept apart so the walk does not look it up at every step. */
  any: TrieNode | undefined
  /** `next.get(NUMERAL)`: the walk takes it from any word written in digits. */
  numeral: TrieNode | undefined
  /** More than one link may lead here: while compiling, copy the node before changing it. */
  shared: boolean
  /** The next word may follow punctuation (a `,` slot stands here). */
  crossesBreak: boolean
}

/** Nodes made or copied so far: the work a pattern's insertion did (see `insertPattern`). */
let trieWork = 0
/** The most nodes one pattern may make. */
const MAX_TRIE_WORK = 40_000

const newNode = (): TrieNode => {
  trieWork++
  return { next: new Map(), ends: [], any: undefined, numeral: undefined, shared: false, crossesBreak: false }
}

const NO_OPTIONS: FindOptions = Object.freeze({})
const NO_SKIP: ReadonlySet<number> = new Set()
/** The most skippable words one phrase may hold: the walk stays as long as the pattern, plus these. */
const MAX_SKIPS = 2

/**
 * Candidates are kept as flat records of numbers rather than objects, so the walk allocates nothing
 * for phrases that later turn out negated, quoted or excepted.
 */
const FROM = 0
const TO = 1
const START = 2
const END = 3
const INDEX = 4
const STRIDE = 5
const NO_CANDIDATES: number[] = Object.freeze([]) as unknown as number[]

/** A lexicon compiled into a word trie; `find` is linear in the sentence length for literal phrases. */
export class CompiledLexicon<Tag extends string = string> {
  readonly name: string
  private readonly entries: readonly PhraseEntry<Tag>[]
  private readonly root = newNode()
  /** A phrase starts with `*`: every word can start one. */
  private readonly rootAny: boolean
  /** Id in the shared first-word index; undefined when the index is full. */
  private readonly firstWordsId: number | undefined
  private readonly skip: ReadonlySet<number>
  private readonly unless: TrieMatcher | undefined
  private readonly entryUnless: ReadonlyArray<TrieMatcher | undefined>
  private readonly swaps: (readonly string[] | undefined)[] = []
  private readonly nlpEntries: ReadonlyArray<{
    index: number
    patterns: readonly string[]
    triggers: ReadonlySet<string>
  }>

  constructor(lexicon: Lexicon<Tag>) {
    if (!lexicon || typeof lexicon.name !== 'string' || !Array.isArray(lexicon.entries))
      throw new ReplyLintError('invalid-lexicon', 'A lexicon needs a name and an entries array.')
    this.name = lexicon.name
    this.entries = lexicon.entries
    const classes = compileClasses(lexicon.classes, lexicon.name)
    this.skip = lexicon.skippable?.length
      ? new Set(lexicon.skippable.map((word) => wordNumber(normalizeWord(word))))
      : NO_SKIP
    const nlpEntries: { index: number; patterns: readonly string[]; triggers: ReadonlySet<string> }[] = []
    lexicon.entries.forEach((entry, index) => {
      const where = `${lexicon.name}[${index}]`
      const patterns = toList(entry.match)
      const nlpPatterns = toList(entry.nlp)
      if (patterns.length === 0 && nlpPatterns.length === 0)
        throw new ReplyLintError(
          'invalid-lexicon',
          `${where}: an entry needs "match" or "nlp" patterns.`,
          where,
        )
      for (const pattern of patterns) insertPattern(this.root, pattern, index, where, classes)
      if (nlpPatterns.length > 0) {
        const triggers = toList(entry.triggers).map(normalizeWord)
        if (triggers.length === 0)
          throw new ReplyLintError(
            'invalid-lexicon',
            `${where}: "nlp" patterns need "triggers" words.`,
            where,
          )
        nlpEntries.push({ index, patterns: nlpPatterns, triggers: new Set(triggers) })
      }
      for (const swap of toList(entry.swap))
        if (swap.trim() === '' && swap !== '')
          throw new ReplyLintError('invalid-lexicon', `${where}: a swap is only whitespace.`, where)
    })
    this.nlpEntries = nlpEntries
    this.unless = lexicon.unless?.length
      ? new TrieMatcher(lexicon.unless, `${lexicon.name}.unless`, classes, this.skip)
      : undefined
    this.entryUnless = lexicon.entries.map((entry, index) =>
      entry.unless?.length
        ? new TrieMatcher(entry.unless, `${lexicon.name}[${index}].unless`, classes, this.skip)
        : undefined,
    )
    this.rootAny = this.root.any !== undefined
    // Indexed last, once compiling can no longer throw: a failed lexicon takes no id.
    this.firstWordsId = this.rootAny ? undefined : indexFirstWords(this.root.next.keys())
  }

  /**
   * A phrase of the lexicon, or of its sentence-wide `unless`, occurs in the sentence: whatever `find`
   * then keeps or drops (negated, excepted, hedged), the lexicon has judged the sentence.
   */
  mentionedIn(sentence: Sentence): boolean {
    const words = sentence.words
    if (words.length === 0) return false
    return this.collectAll(words).length > 0 || (this.unless?.matchesIn(words) ?? false)
  }

  /**
   * Leftmost-longest, non-overlapping matches in one sentence (every match with `overlapping`),
   * negated and excepted ones removed.
   */
  find(sentence: Sentence, options: FindOptions = NO_OPTIONS): PhraseMatch<Tag>[] {
    const words = sentence.words
    if (words.length === 0) return []
    const analyze = this.nlpEntries.length > 0 ? options.nlp : undefined
    let candidates = this.collectAll(words)
    if (candidates.length === 0 && !analyze) return []
    if (this.unless?.matchesIn(words)) return []
    if (analyze) {
      if (candidates === NO_CANDIDATES) candidates = []
      this.findNlp(sentence, analyze, candidates)
    }
    if (candidates.length === 0) return []
    return this.select(sentence, options, candidates)
  }

  /** Candidate records for every phrase end reachable from every start position, in start order. */
  private collectAll(words: readonly Word[]): number[] {
    const root = this.root
    const id = this.firstWordsId
    if (this.rootAny || id === undefined) {
      const numbers = sentenceIndex(words).numbers
      const out: number[] = []
      for (let start = 0; start < words.length; start++)
        collect(root, numbers, words, start, start, out, this.skip, 0, false)
      return out
    }
    // The shared index lists the words that start a phrase of this lexicon: walk from those only.
    const { numbers, offsets, positions } = sentenceIndex(words)
    const groupStart = offsets[id] as number
    const groupEnd = offsets[id + 1] as number
    // Most sentences hold no word a phrase of this lexicon starts with: nothing to allocate for them.
    if (groupStart === groupEnd) return NO_CANDIDATES
    const out: number[] = []
    for (let k = groupStart; k < groupEnd; k++) {
      const start = positions[k] as number
      const firstWord = root.next.get(numbers[start] as number) as TrieNode
      collect(firstWord, numbers, words, start, start + 1, out, this.skip, 0, false)
    }
    return out
  }

  /** Keeps candidates leftmost first, longest first, earliest entry first, dropping overlaps. */
  private select(sentence: Sentence, options: FindOptions, candidates: number[]): PhraseMatch<Tag>[] {
    const words = sentence.words
    const order = candidateOrder(candidates)
    const count = candidates.length / STRIDE
    const matches: PhraseMatch<Tag>[] = []
    let reachedEnd = -1
    // An entry's exceptions hold for the whole sentence: look for them once, not once per candidate.
    let excepted: Map<number | string, boolean> | undefined
    for (let k = 0; k < count; k++) {
      const at = order ? (order[k] as number) : k * STRIDE
      const from = candidates[at + FROM] as number
      if (from < reachedEnd && !options.overlapping) continue
      const start = candidates[at + START] as number
      const end = candidates[at + END] as number
      const index = candidates[at + INDEX] as number
      const entry = this.entries[index] as PhraseEntry<Tag>
      if (!options.includeQuoted && anyQuoted(words, start, end)) continue
      if (entry.negatable !== false && isNegated(words, start)) continue
      const unless = this.entryUnless[index]
      if (unless && entry.unlessScope === 'clause') {
        const [clauseStart, clauseEnd] = clauseAround(words, start, end)
        const key = `${index}:${clauseStart}:${clauseEnd}`
        excepted ??= new Map()
        let found = excepted.get(key)
        if (found === undefined) {
          found = unless.matchesIn(
            clauseStart === 0 && clauseEnd === words.length ? words : words.slice(clauseStart, clauseEnd),
          )
          excepted.set(key, found)
        }
        if (found) continue
      } else if (unless) {
        excepted ??= new Map()
        let found = excepted.get(index)
        if (found === undefined) {
          found = unless.matchesIn(words)
          excepted.set(index, found)
        }
        if (found) continue
      }
      const to = candidates[at + TO] as number
      reachedEnd = to
      matches.push(
        Object.freeze({
          entry,
          tag: entry.tag,
          range: Object.freeze([from, to]) as Range,
          words: Object.freeze(words.slice(start, end)),
          text: sentence.text.slice(from - sentence.range[0], to - sentence.range[0]),
          swaps: this.swapsOf(index),
        }),
      )
    }
    return matches
  }

  private swapsOf(index: number): readonly string[] {
    let swaps = this.swaps[index]
    if (swaps === undefined) {
      swaps = Object.freeze(toList((this.entries[index] as PhraseEntry<Tag>).swap))
      this.swaps[index] = swaps
    }
    return swaps
  }

  private findNlp(
    sentence: Sentence,
    analyze: (sentence: Sentence) => NlpSentence,
    candidates: number[],
  ): void {
    const present = new Set(sentence.words.map((word) => word.normal))
    for (const { index, patterns, triggers } of this.nlpEntries) {
      if (![...triggers].some((trigger) => present.has(trigger))) continue
      const analysis = analyze(sentence)
      for (const pattern of patterns) {
        for (const match of analysis.match(pattern)) {
          if (match.range[1] <= match.range[0]) continue
          const start = sentence.words.findIndex((word) => word.range[1] > match.range[0])
          let end = start
          while (end < sentence.words.length && (sentence.words[end] as Word).range[0] < match.range[1]) end++
          if (start < 0 || end <= start) continue
          candidates.push(match.range[0], match.range[1], start, end, index)
        }
      }
    }
  }
}

/** Word indexes [from, to) of the clause holding words [start, end): bounded by punctuation (`breakBefore`). */
function clauseAround(words: readonly Word[], start: number, end: number): [number, number] {
  let from = start
  while (from > 0 && !(words[from] as Word).breakBefore) from--
  let to = end
  while (to < words.length && !(words[to] as Word).breakBefore) to++
  return [from, to]
}

/** A bare set of word patterns, for exceptions. */
class TrieMatcher {
  private readonly root = newNode()
  constructor(
    patterns: readonly string[],
    where: string,
    classes: PhraseClasses,
    private readonly skip: ReadonlySet<number>,
  ) {
    for (const pattern of patterns) insertPattern(this.root, pattern, 0, where, classes)
  }
  matchesIn(words: readonly Word[]): boolean {
    const root = this.root
    const numbers = sentenceIndex(words).numbers
    for (let start = 0; start < words.length; start++)
      if (reaches(root, numbers, words, start, start, this.skip)) return true
    return false
  }
}

/**
 * Inserts every word sequence `pattern` allows (what {@link expandPattern} lists) without listing
 * them. Alternatives multiply: "(is|are|was) (so|very)? (rude|slow|late)" allows 27 phrases, and
 * a tree of them all made the compiled lexicons take about 100 MB. But what may follow slot `k` is
 * the same whichever words led there, so wherever a word leads to a new node, it links instead to
 * one shared node holding the rest of the pattern, built once. Later patterns that pass through a
 * shared node change a copy of it (copy on write), so each phrase still leads to exactly the ends a
 * tree would hold. A phrase listed by two entries is a data error.
 */
function insertPattern(
  root: TrieNode,
  pattern: string,
  index: number,
  where: string,
  classes: PhraseClasses,
): void {
  const slots = parsePattern(pattern, where, classes)
  const fail = (message: string): never => {
    throw new ReplyLintError('invalid-lexicon', `${where}: ${message}`, where)
  }
  if (slots.every((slot) => slot.optional)) fail(`"${pattern}" can match no words at all.`)
  // What a pattern costs is the nodes its insertion makes, not the phrases it allows (shared tails
  // keep "(a|b|c) (d|e|f) …" small): count them, and stop a pattern that explodes anyway.
  const workAtStart = trieWork

  /** `tails[k]`: the shared node for "slots k and after, then the end of this entry". */
  const tails: (TrieNode | undefined)[] = []
  const tail = (slotIndex: number): TrieNode => {
    let node = tails[slotIndex]
    if (!node) {
      node = newNode()
      visit(node, slotIndex)
      node.shared = true
      tails[slotIndex] = node
    }
    return node
  }
  /**
   * What an existing node becomes once slots k and after are added below it, by node and k. Two
   * ways into the same existing node with the same rest of the pattern ("your order" and "your" +
   * a gap word, say) share one result instead of copying the subtree once per way.
   */
  const merged = new Map<TrieNode, Map<number, TrieNode>>()
  const mergeInto = (at: TrieNode, word: string, slotIndex: number): void => {
    const existing = at.next.get(wordNumber(word)) as TrieNode
    let bySlot = merged.get(existing)
    const done = bySlot?.get(slotIndex)
    if (done) {
      if (done !== existing) {
        done.shared = true
        link(at, word, done)
      }
      return
    }
    const own = existing.shared ? copy(existing) : existing
    if (own !== existing) link(at, word, own)
    if (!bySlot) {
      bySlot = new Map()
      merged.set(existing, bySlot)
    }
    bySlot.set(slotIndex, own)
    visit(own, slotIndex)
    // Another way in may link this copy as it stands now (above), so a later alternative that
    // passes through it ("red" then "red red") must change a copy of its own, not this one.
    if (own !== existing) own.shared = true
  }
  const path: string[] = []
  /** Adds slots `slotIndex` and after below `node`, which only this walk reaches. */
  const visit = (node: TrieNode, slotIndex: number): void => {
    if (trieWork - workAtStart > MAX_TRIE_WORK) fail(`"${pattern}" expands to too many phrases.`)
    const slot = slots[slotIndex] as Slot | undefined
    if (!slot) {
      const other = node.ends.find((end) => end !== index)
      if (other !== undefined) fail(`the phrase "${path.join(' ')}" is already listed by entry ${other}.`)
      if (!node.ends.includes(index)) node.ends.push(index)
      return
    }
    if (slot.kind === 'break') {
      node.crossesBreak = true
      visit(node, slotIndex + 1)
      return
    }
    if (slot.optional) visit(node, slotIndex + 1)
    const alternatives = slot.kind === 'any' ? [[ANY_WORD]] : slot.alternatives
    for (const words of alternatives) {
      let at = node
      for (let w = 0; w < words.length - 1; w++) at = ownChild(at, words[w] as string)
      const last = words[words.length - 1] as string
      path.push(...words)
      if (at.next.has(wordNumber(last))) mergeInto(at, last, slotIndex + 1)
      else link(at, last, tail(slotIndex + 1))
      path.length -= words.length
    }
  }
  visit(root, 0)
}

/** The child of `node` (which only this walk reaches) for `word`, made or copied so it is the walk's own too. */
function ownChild(node: TrieNode, word: string): TrieNode {
  const existing = node.next.get(wordNumber(word))
  if (existing && !existing.shared) return existing
  const own = existing ? copy(existing) : newNode()
  link(node, word, own)
  return own
}

function link(node: TrieNode, word: string, target: TrieNode): void {
  node.next.set(wordNumber(word), target)
  if (word === ANY_WORD) node.any = target
  else if (word === NUMERAL) node.numeral = target
}

/** A copy of `node` to change; its children now have two parents, so they are shared from here on. */
function copy(node: TrieNode): TrieNode {
  trieWork++
  for (const child of node.next.values()) child.shared = true
  return {
    next: new Map(node.next),
    ends: [...node.ends],
    any: node.any,
    numeral: node.numeral,
    shared: false,
    crossesBreak: node.crossesBreak,
  }
}

/**
 * Walks the trie from `words[at]` (numbered as `numbers`) and pushes every phrase end as a candidate
 * record starting at `start`; a phrase never spans punctuation between its words. Up to
 * {@link MAX_SKIPS} of the lexicon's skippable words may stand inside it ("can't really take").
 */
function collect(
  node: TrieNode,
  numbers: readonly number[],
  words: readonly Word[],
  start: number,
  at: number,
  out: number[],
  skip: ReadonlySet<number>,
  skips: number,
  justSkipped: boolean,
): void {
  const ends = node.ends
  // A phrase does not end on a word it skipped.
  if (ends.length > 0 && !justSkipped) {
    const from = (words[start] as Word).range[0]
    const to = (words[at - 1] as Word).range[1]
    for (let k = 0; k < ends.length; k++) out.push(from, to, start, at, ends[k] as number)
  }
  const word = words[at]
  if (word === undefined || (at > start && word.breakBefore && !node.crossesBreak)) return
  const number = numbers[at] as number
  const exact = node.next.get(number)
  if (exact) collect(exact, numbers, words, start, at + 1, out, skip, skips, false)
  if (node.any) collect(node.any, numbers, words, start, at + 1, out, skip, skips, false)
  if (node.numeral && isNumeral(word.normal))
    collect(node.numeral, numbers, words, start, at + 1, out, skip, skips, false)
  if (at > start && !exact && skips < MAX_SKIPS && skip.has(number))
    collect(node, numbers, words, start, at + 1, out, skip, skips + 1, true)
}

/** Whether the walk from `words[at]` (as {@link collect}) reaches any phrase end. */
function reaches(
  node: TrieNode,
  numbers: readonly number[],
  words: readonly Word[],
  start: number,
  at: number,
  skip: ReadonlySet<number>,
  skips = 0,
): boolean {
  if (node.ends.length > 0) return true
  const word = words[at]
  if (word === undefined || (at > start && word.breakBefore && !node.crossesBreak)) return false
  const number = numbers[at] as number
  const exact = node.next.get(number)
  if (exact && reaches(exact, numbers, words, start, at + 1, skip, skips)) return true
  if (node.any !== undefined && reaches(node.any, numbers, words, start, at + 1, skip, skips)) return true
  if (
    node.numeral !== undefined &&
    isNumeral(word.normal) &&
    reaches(node.numeral, numbers, words, start, at + 1, skip, skips)
  )
    return true
  return (
    at > start &&
    !exact &&
    skips < MAX_SKIPS &&
    skip.has(number) &&
    reaches(node, numbers, words, start, at + 1, skip, skips + 1)
  )
}

/** Order of candidate records: by start offset, then longest, then entry; stable. */
function compareCandidates(records: readonly number[], a: number, b: number): number {
  return (
    (records[a + FROM] as number) - (records[b + FROM] as number) ||
    (records[b + TO] as number) - (records[a + TO] as number) ||
    (records[a + INDEX] as number) - (records[b + INDEX] as number)
  )
}

/**
 * Record offsets in selection order, or undefined when the records already are in that order
 * (the trie walk emits them by start position, so usually they are).
 */
function candidateOrder(records: readonly number[]): number[] | undefined {
  let sorted = true
  for (let at = STRIDE; at < records.length && sorted; at += STRIDE)
    sorted = compareCandidates(records, at - STRIDE, at) <= 0
  if (sorted) return undefined
  const order: number[] = []
  for (let at = 0; at < records.length; at += STRIDE) order.push(at)
  return order.sort((a, b) => compareCandidates(records, a, b))
}

function anyQuoted(words: readonly Word[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((words[i] as Word).quoted) return true
  return false
}

function toList<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value as T]
}

/** Compiles a lexicon on first use, so importing a rule costs nothing until it runs. */
export function lazyLexicon<Tag extends string>(lexicon: Lexicon<Tag>): () => CompiledLexicon<Tag> {
  let compiled: CompiledLexicon<Tag> | undefined
  return () => {
    compiled ??= new CompiledLexicon(lexicon)
    return compiled
  }
}
