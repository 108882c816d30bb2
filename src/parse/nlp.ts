import type nlp from 'compromise/two'
import type { Range } from '../types.js'
import { compromise } from './compromise.js'
import type { Sentence } from './document.js'

/**
 * The compromise document type (a "View") of `compromise/two`: tokenizer, tagger and `match`, without
 * three's phrase helpers (`.verbs()`, `.nouns()`), which would add 18 KB gzipped to every browser bundle.
 */
export type NlpView = ReturnType<typeof nlp>

export interface NlpTerm {
  /** As written in the draft. */
  readonly text: string
  /** compromise's normal form (lower case, no punctuation). */
  readonly normal: string
  /** Expanded form for contractions ("'ll" -> "will"), else the normal form. */
  readonly machine: string
  readonly tags: ReadonlySet<string>
  /** Offsets into the original draft; empty for the hidden half of a contraction. */
  readonly range: Range
}

export interface NlpMatch {
  readonly text: string
  readonly range: Range
  readonly terms: readonly NlpTerm[]
}

/** compromise's analysis of one sentence, with every offset mapped back into the draft. */
export interface NlpSentence {
  /**
   * The compromise document, for anything the helpers below do not cover. Offsets it reports are
   * relative to the sentence. Each rule gets its own copy, made when first read: what a rule does
   * to it (`tag`, `unTag`, `replace`) stays with that rule, for this lint.
   */
  readonly view: NlpView
  readonly terms: readonly NlpTerm[]
  /** Runs a compromise match pattern (e.g. `'#Modal not? guarantee'`) and returns matches with draft offsets. */
  match(pattern: string): NlpMatch[]
  has(pattern: string): boolean
}

interface JsonTerm {
  text: string
  normal?: string
  machine?: string | null
  tags?: string[]
  offset: { start: number; length: number }
}
interface JsonPhrase {
  text: string
  offset: { start: number; length: number }
  terms: JsonTerm[]
}

/** compromise's view of a text. It depends on the text alone, so a cache may share it between sentences. */
export function nlpView(text: string): NlpView {
  return compromise()(text)
}

/**
 * A set of tags no one can change: every rule reads the same terms, so one rule clearing or
 * adding a tag must not change what the next rule sees.
 */
export class FrozenTagSet implements ReadonlySet<string> {
  readonly #tags: Set<string>
  constructor(tags: Iterable<string>) {
    this.#tags = new Set(tags)
    Object.freeze(this)
  }
  get size(): number {
    return this.#tags.size
  }
  has(tag: string): boolean {
    return this.#tags.has(tag)
  }
  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const tag of this.#tags) callback.call(thisArg, tag, tag, this)
  }
  entries(): SetIterator<[string, string]> {
    return this.#tags.entries()
  }
  keys(): SetIterator<string> {
    return this.#tags.keys()
  }
  values(): SetIterator<string> {
    return this.#tags.values()
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.#tags.values()
  }
}

/**
 * compromise's analysis of a sentence as every rule shares it: frozen terms, and `match`/`has`
 * run on a view no rule ever receives (rules get copies, see {@link nlpSentenceFor}).
 */
export interface SharedNlpAnalysis {
  readonly pristine: NlpView
  readonly terms: readonly NlpTerm[]
  match(pattern: string): NlpMatch[]
  has(pattern: string): boolean
}

/** The compromise analysis of a sentence for one caller (the engine shares one per lint; see `shareAnalysis`). */
export function analyzeSentence(sentence: Sentence, view?: NlpView): NlpSentence {
  return nlpSentenceFor(shareAnalysis(sentence, view))
}

/**
 * Builds the compromise analysis of a sentence, from `view` when a cache holds one for its text
 * (its offsets are relative to the sentence and are shifted here). `view` is only read, never
 * handed out.
 */
export function shareAnalysis(sentence: Sentence, view: NlpView = nlpView(sentence.text)): SharedNlpAnalysis {
  const base = sentence.range[0]
  const toTerms = (phrases: JsonPhrase[]): NlpTerm[] =>
    phrases.flatMap((phrase) =>
      phrase.terms.map((term) =>
        Object.freeze({
          text: term.text,
          normal: term.normal ?? term.text.toLowerCase(),
          machine: term.machine || term.normal || term.text.toLowerCase(),
          tags: new FrozenTagSet(term.tags ?? []),
          range: Object.freeze([
            base + term.offset.start,
            base + term.offset.start + term.offset.length,
          ]) as Range,
        }),
      ),
    )
  const json = (v: { json(options: object): unknown }) =>
    v.json({ offset: true, terms: { offset: true } }) as JsonPhrase[]
  const terms = Object.freeze(toTerms(json(view)))
  return Object.freeze({
    pristine: view,
    terms,
    match(pattern: string): NlpMatch[] {
      // A phrase's own offset counts trailing punctuation ("tomorrow,”"); span its terms instead.
      return json(view.match(pattern)).flatMap((phrase) => {
        const matchTerms = toTerms([phrase])
        const visible = matchTerms.filter((term) => term.range[1] > term.range[0])
        const first = visible[0]
        const last = visible[visible.length - 1]
        if (!first || !last) return []
        const range = Object.freeze([first.range[0], last.range[1]]) as Range
        const text = sentence.text.slice(range[0] - base, range[1] - base)
        return [Object.freeze({ text, range, terms: Object.freeze(matchTerms) })]
      })
    },
    has(pattern: string): boolean {
      return view.has(pattern)
    },
  })
}

/** One rule's handle on a shared analysis: the same frozen terms, and a view of its own on first read. */
export function nlpSentenceFor(shared: SharedNlpAnalysis): NlpSentence {
  let own: NlpView | undefined
  return Object.freeze({
    get view(): NlpView {
      own ??= shared.pristine.clone() as NlpView
      return own
    },
    terms: shared.terms,
    match: shared.match,
    has: shared.has,
  })
}
