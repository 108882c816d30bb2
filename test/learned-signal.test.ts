import { describe, expect, it } from 'vitest'
import {
  featureTree,
  learnedSignals,
  lengthScale,
  type SignalSetData,
  sentenceFeatures,
} from '../src/learned/signal.js'
import { parseDocument } from '../src/parse/document.js'

/**
 * The signals are trained on `sentenceFeatures` and scored at lint time by a walk of the words:
 * the two must read the same words, or the weights score features they were never trained on.
 */
const FEATURES = [
  '^',
  'sure',
  "i'll",
  'just',
  'check',
  '^ sure',
  "^ i'll",
  "sure i'll",
  "i'll just",
  'just check',
  'whatever',
  'you',
  'say',
  'whatever you',
  'you say',
  '^ whatever',
  'parcel',
  '^ parcel',
]
const WEIGHTS = [0.1, 2.5, 0.2, 0.7, -0.4, 3, 0.3, 1.5, 0.9, -0.2, 1.8, 0.1, 0.4, 1.2, 0.6, 0.8, -1, 0.2]

function set(): SignalSetData {
  return {
    names: ['tone'],
    biases: [-0.5],
    thresholds: [0.5],
    features: featureTree(FEATURES),
    weights: Float32Array.from(WEIGHTS),
  }
}

/** The probability from the trainer's reading of the sentence: its features' weights, scaled. */
function fromFeatures(text: string): number {
  const sentence = parseDocument(text).sentences[0]
  if (!sentence) throw new Error('no sentence')
  const features = sentenceFeatures(sentence)
  let sum = 0
  for (const feature of features) {
    const position = FEATURES.indexOf(feature)
    if (position >= 0) sum += WEIGHTS[position] as number
  }
  return 1 / (1 + Math.exp(-(-0.5 + sum * lengthScale(features.length))))
}

describe('learned signal', () => {
  const signals = learnedSignals(set)
  for (const text of [
    "Sure, I'll just check.",
    "I'll just check.",
    'Whatever you say.',
    'Okay, whatever you say.',
    'Sure thing, whatever you say.',
    'The "parcel" you say?',
  ])
    it(`scores "${text}" on the features it was trained on`, () => {
      const sentence = parseDocument(text).sentences[0]
      if (!sentence) throw new Error('no sentence')
      expect(signals().probability('tone', sentence)).toBeCloseTo(fromFeatures(text), 5)
    })

  it('leaves an opening word of agreement out of the features', () => {
    const sentence = parseDocument("Sure, I'll just check.").sentences[0]
    if (!sentence) throw new Error('no sentence')
    expect(sentenceFeatures(sentence)).toEqual(["i'll", "^ i'll", 'just', "i'll just", 'check', 'just check'])
  })
})
