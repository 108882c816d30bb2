import { featureTree, type SignalSetData } from '../../src/core.js'
// Written by scripts/train-signals.ts from the labelled batches and corpus; do not edit by hand.
import trained from './learned-signals.json'

/**
 * The file's shape: one list of features shared by every signal, and per signal one character per
 * feature, its weight as a whole multiple of `step` (see {@link WEIGHT_DIGITS}). Sharing the list
 * and a character per weight keep the file a fifth of the size of a map per signal.
 */
interface TrainedSignals {
  features: string[]
  signals: Record<string, { bias: number; threshold: number; step: number; weights: string }>
}

/**
 * The printable ASCII characters JSON needs no escape for, in order: the middle one is weight 0,
 * those after it +1, +2, … steps, those before it -1, -2, … (scripts/train-signals.ts writes them).
 */
export const WEIGHT_DIGITS = Array.from({ length: 126 - 35 + 1 }, (_, i) => String.fromCharCode(35 + i))
  .filter((character) => character !== '\\')
  .join('')
const ZERO = (WEIGHT_DIGITS.length - 1) / 2

/** Every trained signal, with one feature tree and their weights side by side per feature. */
export function signalSetData(): SignalSetData {
  const { features, signals = {} } = trained as unknown as TrainedSignals
  const names = Object.keys(signals)
  const width = names.length
  const weights = new Float32Array(features.length * width)
  names.forEach((name, k) => {
    const signal = signals[name] as TrainedSignals['signals'][string]
    for (let position = 0; position < features.length; position++)
      weights[position * width + k] =
        (WEIGHT_DIGITS.indexOf(signal.weights[position] as string) - ZERO) * signal.step
  })
  return {
    names,
    biases: names.map((name) => (signals[name] as TrainedSignals['signals'][string]).bias),
    thresholds: names.map((name) => (signals[name] as TrainedSignals['signals'][string]).threshold),
    features: featureTree(features),
    weights,
  }
}
