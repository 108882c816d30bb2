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
  /** The compromise document, for anything the helpers below do not cover. Offsets it reports are relative to the sentence. */
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
 * Builds the compromise analysis of a sentence, from `view` when a cache holds one for its text
 * (its offsets are relative to the sentence and are shifted here). Call through the rule context.
 */
export function analyzeSentence(sentence: Sentence, view: NlpView = nlpView(sentence.text)): NlpSentence {
  const base = sentence.range[0]
  const toTerms = (phrases: JsonPhrase[]): NlpTerm[] =>
    phrases.flatMap((phrase) =>
      phrase.terms.map((term) =>
        Object.freeze({
          text: term.text,
          normal: term.normal ?? term.text.toLowerCase(),
          machine: term.machine || term.normal || term.text.toLowerCase(),
          tags: new Set(term.tags ?? []),
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
    view,
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
