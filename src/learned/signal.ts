import type { Sentence } from '../parse/document.js'

/**
 * A learned signal: logistic regression over a sentence's words and word pairs, trained on labelled
 * drafts by `scripts/train-signals.ts`. Phrase lists catch the wordings someone thought of; the
 * signal catches the same meaning said in other words ("the hub has made a proper mess of it"),
 * at a threshold set so it adds few false alarms on held-out batches and on real replies.
 */
export interface SignalData {
  readonly bias: number
  /** Probability at or above which a sentence is flagged. */
  readonly threshold: number
  /** Weight per feature: a word's normal form, or two of them joined by a space ("^" starts a sentence). */
  readonly weights: ReadonlyMap<string, number>
}

export interface LearnedSignal {
  /** Probability, in [0, 1], that the sentence says what the signal was trained on. */
  score(sentence: Sentence): number
  flags(sentence: Sentence): boolean
}

const DIGIT = /\d/g
const featureCache = new WeakMap<Sentence, readonly string[]>()

/**
 * The features of a sentence: every word's normal form ("dont" reads "don't") with digits as 0,
 * and every pair of neighbouring words. Quoted words are the customer's, so they are left out.
 * Cached per sentence: the editor path keeps sentences across edits, and every signal reads them.
 */
export function sentenceFeatures(sentence: Sentence): readonly string[] {
  const cached = featureCache.get(sentence)
  if (cached) return cached
  const features = new Set<string>()
  let previous = '^'
  for (const word of sentence.words) {
    if (word.quoted) continue
    const normal = word.normal.replace(DIGIT, '0')
    features.add(normal)
    features.add(`${previous} ${normal}`)
    previous = normal
  }
  const list = [...features]
  featureCache.set(sentence, list)
  return list
}

/**
 * Features count 1/sqrt(n) each in a sentence of n: without it, a long sentence sums many small
 * weights of common words and scores high whatever it says.
 */
export function lengthScale(featureCount: number): number {
  return featureCount === 0 ? 0 : 1 / Math.sqrt(featureCount)
}

/** Builds the signal on first use, so a linter that never runs the rule pays nothing for it. */
export function learnedSignal(load: () => SignalData): () => LearnedSignal {
  let signal: LearnedSignal | undefined
  return () => {
    if (signal) return signal
    const data = load()
    const weights = data.weights
    const score = (sentence: Sentence) => {
      const features = sentenceFeatures(sentence)
      let sum = 0
      for (const feature of features) sum += weights.get(feature) ?? 0
      return 1 / (1 + Math.exp(-(data.bias + sum * lengthScale(features.length))))
    }
    signal = { score, flags: (sentence) => score(sentence) >= data.threshold }
    return signal
  }
}
