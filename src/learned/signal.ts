import type { Sentence } from '../parse/document.js'

/**
 * A learned signal: logistic regression over a sentence's words and word pairs, trained on labelled
 * drafts by `scripts/train-signals.ts`. Phrase lists catch the wordings someone thought of; the
 * signal catches the same meaning said in other words ("the hub has made a proper mess of it"),
 * at a threshold set so it adds few false alarms on held-out batches and on real replies.
 */
export interface SignalSetData {
  /** The signals' names, in the order of their weights. */
  readonly names: readonly string[]
  readonly biases: readonly number[]
  /** Per signal, the probability at or above which a sentence is flagged. */
  readonly thresholds: readonly number[]
  /** Each feature's position (see {@link featureTree}), one tree for all the signals. */
  readonly features: ReadonlyMap<string, FeatureNode>
  /** `weights[position * names.length + k]`: the weight of the feature at `position` in signal k. */
  readonly weights: Float32Array
}

export interface LearnedSignals {
  /** Whether signal `name` scores the sentence at or above its threshold; false for a name it lacks. */
  flags(name: string, sentence: Sentence): boolean
  /** Signal `name`'s probability for the sentence; undefined for a name it lacks. */
  probability(name: string, sentence: Sentence): number | undefined
}

const DIGIT = /\d/
const DIGITS = /\d/g
const START = '^'

/** A word's form as a feature: its normal form ("dont" reads "don't") with digits as 0. */
function featureWord(normal: string): string {
  return DIGIT.test(normal) ? normal.replace(DIGITS, '0') : normal
}

/**
 * The features of a sentence, as often as they occur: every word, and every pair of neighbouring
 * words joined by a space ("^" before the first). Quoted words are the customer's, so they are left out.
 */
export function sentenceFeatures(sentence: Sentence): string[] {
  const features: string[] = []
  let previous = START
  const skipped = agreementOpening(sentence)
  for (const word of sentence.words) {
    if (word.quoted || word.indexInSentence < skipped) continue
    const form = featureWord(word.normal)
    features.push(form, `${previous} ${form}`)
    previous = form
  }
  return features
}

/**
 * Words that open a sentence by agreeing ("Sure, I'll check", "Yes, it shipped"). They say how the
 * writer answers, not what: the labelled drafts hold them mostly as sarcasm ("Sure, I'll just invent
 * a faster post"), real replies mostly as courtesy, so a signal would learn the drafts' habit.
 */
const AGREEMENT_OPENERS: ReadonlySet<string> = new Set([
  'sure',
  'ok',
  'okay',
  'yes',
  'yeah',
  'yep',
  'certainly',
  'absolutely',
  'alright',
])

/** How many opening words agree and are left out of the features: "Sure thing, …" two, "Yes, …" one. */
function agreementOpening(sentence: Sentence): number {
  const first = sentence.words[0]
  if (!first || !AGREEMENT_OPENERS.has(first.normal)) return 0
  return first.normal === 'sure' && sentence.words[1]?.normal === 'thing' ? 2 : 1
}

/**
 * Features count 1/sqrt(n) each in a sentence of n: without it, a long sentence sums many small
 * weights of common words and scores high whatever it says.
 */
export function lengthScale(featureCount: number): number {
  return featureCount === 0 ? 0 : 1 / Math.sqrt(featureCount)
}

/**
 * The features of signals trained together, keyed word by word, so a sentence is looked up with
 * the words' own strings and no pair is ever joined: `position` of a word, and per following word
 * the position of the pair.
 */
export interface FeatureNode {
  position: number
  readonly next: Map<string, number>
}

/** Builds the word-by-word lookup of a list of features ("word", or "word next"). */
export function featureTree(features: readonly string[]): ReadonlyMap<string, FeatureNode> {
  const tree = new Map<string, FeatureNode>()
  const node = (word: string) => {
    let found = tree.get(word)
    if (!found) {
      found = { position: -1, next: new Map() }
      tree.set(word, found)
    }
    return found
  }
  features.forEach((feature, position) => {
    const space = feature.indexOf(' ')
    if (space < 0) node(feature).position = position
    else node(feature.slice(0, space)).next.set(feature.slice(space + 1), position)
  })
  return tree
}

const logitCache = new WeakMap<Sentence, Float64Array>()

/**
 * Every signal's logit for the sentence, in one walk of its words: each signal adds the weights of
 * the sentence's features, scaled by their number. Kept per sentence, since each rule asks for its own.
 */
function logits(sentence: Sentence, set: SignalSetData): Float64Array {
  const cached = logitCache.get(sentence)
  if (cached) return cached
  const { names, features, weights } = set
  const width = names.length
  const sums = new Float64Array(width)
  let count = 0
  let previous = features.get(START)
  const skipped = agreementOpening(sentence)
  for (const word of sentence.words) {
    // The same words as `sentenceFeatures` reads, which the weights were trained on.
    if (word.quoted || word.indexInSentence < skipped) continue
    const form = featureWord(word.normal)
    count += 2
    const pair = previous?.next.get(form)
    if (pair !== undefined) add(sums, weights, pair * width)
    const node = features.get(form)
    if (node && node.position >= 0) add(sums, weights, node.position * width)
    previous = node
  }
  const scale = lengthScale(count)
  for (let k = 0; k < width; k++) sums[k] = (set.biases[k] as number) + (sums[k] as number) * scale
  logitCache.set(sentence, sums)
  return sums
}

/** Adds one feature's weights, one per signal, starting at `offset`, to the sums. */
function add(sums: Float64Array, weights: Float32Array, offset: number): void {
  for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] as number) + (weights[offset + k] as number)
}

/** Builds the signals on first use, so a linter that never runs their rules pays nothing for them. */
export function learnedSignals(load: () => SignalSetData): () => LearnedSignals {
  let built: LearnedSignals | undefined
  return () => {
    if (built) return built
    const set = load()
    const index = new Map(set.names.map((name, k) => [name, k]))
    // Thresholds as logits: flagging needs no exponential.
    const cuts = set.thresholds.map((threshold) => Math.log(threshold / (1 - threshold)))
    built = {
      flags(name, sentence) {
        const k = index.get(name)
        return k !== undefined && (logits(sentence, set)[k] as number) >= (cuts[k] as number)
      },
      probability(name, sentence) {
        const k = index.get(name)
        return k === undefined ? undefined : 1 / (1 + Math.exp(-(logits(sentence, set)[k] as number)))
      },
    }
    return built
  }
}
