import type { SignalData } from '../../src/core.js'
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

/** Scores every sentence 0: a rule whose signal is missing flags nothing by it. */
const SILENT: SignalData = { bias: Number.NEGATIVE_INFINITY, threshold: 1, weights: new Map() }

/** The trained signal of `ruleId`, built on each call: call it once, lazily. */
export function signalData(ruleId: string): SignalData {
  const { features, signals } = trained as unknown as TrainedSignals
  const signal = signals?.[ruleId]
  if (!signal) return SILENT
  const weights = new Map<string, number>()
  for (let index = 0; index < signal.weights.length; index++) {
    const steps = WEIGHT_DIGITS.indexOf(signal.weights[index] as string) - ZERO
    if (steps !== 0) weights.set(features[index] as string, steps * signal.step)
  }
  return { bias: signal.bias, threshold: signal.threshold, weights }
}
