import { ReplyLintError } from '../errors.js'
import type { Sentence, Word } from '../parse/document.js'
import type { NlpSentence } from '../parse/nlp.js'
import { normalizeWord } from '../parse/normalize.js'
import type { Range } from '../types.js'
import { isNegated } from './negation.js'
import { ANY_WORD, expandPattern, MAX_EXPANSIONS, parsePattern, type Slot } from './pattern.js'

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
  /** Word patterns that cancel this entry when found anywhere in the same sentence. */
  unless?: readonly string[]
  /** A negation just before the match ("can't guarantee") cancels it. Default true. */
  negatable?: boolean
}

export interface Lexicon<Tag extends string = string> {
  /** Used in error messages: `no-guarantees/certainty`. */
  name: string
  entries: readonly PhraseEntry<Tag>[]
  /** Word patterns that cancel every entry of the lexicon in a sentence that holds them. */
  unless?: readonly string[]
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
}

interface TrieNode {
  readonly next: Map<string, TrieNode>
  /** Entries whose pattern ends here, in declaration order. */
  readonly ends: number[]
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] })

/** A lexicon compiled into a word trie; `find` is linear in the sentence length for literal phrases. */
export class CompiledLexicon<Tag extends string = string> {
  readonly name: string
  private readonly entries: readonly PhraseEntry<Tag>[]
  private readonly root = newNode()
  private readonly unless: TrieMatcher | undefined
  private readonly entryUnless: ReadonlyArray<TrieMatcher | undefined>
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
      for (const pattern of patterns) insertPattern(this.root, pattern, index, where)
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
      ? new TrieMatcher(lexicon.unless, `${lexicon.name}.unless`)
      : undefined
    this.entryUnless = lexicon.entries.map((entry, index) =>
      entry.unless?.length ? new TrieMatcher(entry.unless, `${lexicon.name}[${index}].unless`) : undefined,
    )
  }

  /** Leftmost-longest, non-overlapping matches in one sentence, negated and excepted ones removed. */
  find(sentence: Sentence, options: FindOptions = {}): PhraseMatch<Tag>[] {
    const words = sentence.words
    if (words.length === 0) return []
    const root = this.root
    const rootAny = root.next.has(ANY_WORD)
    const nlp = options.nlp && this.nlpEntries.length > 0
    // Most sentences hold no word a phrase of this lexicon starts with: bail out before allocating.
    if (!nlp && !rootAny && !startsAnyPhrase(root, words)) return []
    if (this.unless?.matchesIn(words)) return []
    const candidates: Candidate[] = []
    for (let start = 0; start < words.length; start++) {
      if (!rootAny && !root.next.has((words[start] as Word).normal)) continue
      collect(root, words, start, start, candidates)
    }
    if (nlp) this.findNlp(sentence, options.nlp as (sentence: Sentence) => NlpSentence, candidates)
    if (candidates.length === 0) return []

    if (candidates.length > 1)
      candidates.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1] || a.index - b.index)
    const matches: PhraseMatch<Tag>[] = []
    let reachedEnd = -1
    // An entry's exceptions hold for the whole sentence: look for them once, not once per candidate.
    let excepted: Map<number, boolean> | undefined
    for (const candidate of candidates) {
      if (candidate.range[0] < reachedEnd) continue
      const entry = this.entries[candidate.index] as PhraseEntry<Tag>
      const matched = words.slice(candidate.start, candidate.end)
      if (!options.includeQuoted && matched.some((word) => word.quoted)) continue
      if (entry.negatable !== false && isNegated(words, candidate.start)) continue
      const unless = this.entryUnless[candidate.index]
      if (unless) {
        excepted ??= new Map()
        let found = excepted.get(candidate.index)
        if (found === undefined) {
          found = unless.matchesIn(words)
          excepted.set(candidate.index, found)
        }
        if (found) continue
      }
      reachedEnd = candidate.range[1]
      matches.push(
        Object.freeze({
          entry,
          tag: entry.tag,
          range: Object.freeze(candidate.range) as Range,
          words: Object.freeze(matched),
          text: sentence.text.slice(
            candidate.range[0] - sentence.range[0],
            candidate.range[1] - sentence.range[0],
          ),
          swaps: Object.freeze(toList(entry.swap)),
        }),
      )
    }
    return matches
  }

  private findNlp(
    sentence: Sentence,
    analyze: (sentence: Sentence) => NlpSentence,
    candidates: Candidate[],
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
          candidates.push({ start, end, index, range: match.range })
        }
      }
    }
  }
}

/** A bare set of word patterns, for exceptions. */
class TrieMatcher {
  private readonly root = newNode()
  constructor(patterns: readonly string[], where: string) {
    for (const pattern of patterns)
      for (const sequence of expandPattern(pattern, where)) insert(this.root, sequence, 0)
  }
  matchesIn(words: readonly Word[]): boolean {
    const root = this.root
    const rootAny = root.next.has(ANY_WORD)
    for (let start = 0; start < words.length; start++) {
      if (!rootAny && !root.next.has((words[start] as Word).normal)) continue
      if (reaches(root, words, start, start)) return true
    }
    return false
  }
}

function insert(root: TrieNode, sequence: readonly string[], index: number): void {
  let node = root
  for (const word of sequence) {
    let child = node.next.get(word)
    if (!child) {
      child = newNode()
      node.next.set(word, child)
    }
    node = child
  }
  node.ends.push(index)
}

/**
 * Inserts every word sequence `pattern` allows (what {@link expandPattern} lists), walking its slots
 * depth first: shared prefixes are walked once and no sequence is built, which keeps compiling large
 * lexicons (thousands of sequences) cheap. A phrase listed by two entries is a data error.
 */
function insertPattern(root: TrieNode, pattern: string, index: number, where: string): void {
  const slots = parsePattern(pattern, where)
  const path: string[] = []
  let sequences = 0
  const fail = (message: string): never => {
    throw new ReplyLintError('invalid-lexicon', `${where}: ${message}`, where)
  }
  const visit = (node: TrieNode, slotIndex: number): void => {
    const slot = slots[slotIndex] as Slot | undefined
    if (!slot) {
      if (path.length === 0) fail(`"${pattern}" can match no words at all.`)
      if (++sequences > MAX_EXPANSIONS) fail(`"${pattern}" expands to too many phrases.`)
      const other = node.ends.find((end) => end !== index)
      if (other !== undefined) fail(`the phrase "${path.join(' ')}" is already listed by entry ${other}.`)
      if (!node.ends.includes(index)) node.ends.push(index)
      return
    }
    if (slot.kind === 'any') {
      path.push(ANY_WORD)
      visit(child(node, ANY_WORD), slotIndex + 1)
      path.pop()
      return
    }
    if (slot.optional) visit(node, slotIndex + 1)
    for (const words of slot.alternatives) {
      let at = node
      for (const word of words) at = child(at, word)
      path.push(...words)
      visit(at, slotIndex + 1)
      path.length -= words.length
    }
  }
  visit(root, 0)
}

function child(node: TrieNode, word: string): TrieNode {
  let next = node.next.get(word)
  if (!next) {
    next = newNode()
    node.next.set(word, next)
  }
  return next
}

type Candidate = { start: number; end: number; index: number; range: Range }

/** Whether some word of `words` is the first word of a phrase in the trie (no ANY_WORD root). */
function startsAnyPhrase(root: TrieNode, words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (root.next.has((words[i] as Word).normal)) return true
  return false
}

/**
 * Walks the trie from `words[at]` and pushes every phrase end as a candidate starting at `start`;
 * a phrase never spans punctuation between its words.
 */
function collect(node: TrieNode, words: readonly Word[], start: number, at: number, out: Candidate[]): void {
  for (const index of node.ends)
    out.push({
      start,
      end: at,
      index,
      range: [(words[start] as Word).range[0], (words[at - 1] as Word).range[1]],
    })
  const word = words[at]
  if (!word || (at > start && word.breakBefore)) return
  const exact = node.next.get(word.normal)
  if (exact) collect(exact, words, start, at + 1, out)
  const any = node.next.get(ANY_WORD)
  if (any) collect(any, words, start, at + 1, out)
}

/** Whether the walk from `words[at]` (as {@link collect}) reaches any phrase end. */
function reaches(node: TrieNode, words: readonly Word[], start: number, at: number): boolean {
  if (node.ends.length > 0) return true
  const word = words[at]
  if (!word || (at > start && word.breakBefore)) return false
  const exact = node.next.get(word.normal)
  if (exact && reaches(exact, words, start, at + 1)) return true
  const any = node.next.get(ANY_WORD)
  return any !== undefined && reaches(any, words, start, at + 1)
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
