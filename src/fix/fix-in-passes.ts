import type { LintResult } from '../types.js'
import { applyFixes } from './apply-fixes.js'

/** ESLint fixes in up to ten passes: a fix can make room for another that overlapped it. */
export const FIX_PASSES = 10

/** The draft after one pass of fixes, and its problems. */
export interface FixPass {
  text: string
  result: LintResult
}

/**
 * Applies the first suggestion of every diagnostic, lints again and repeats, until nothing more
 * applies or {@link FIX_PASSES} passes are done. One pass per step, so a caller that must stay
 * responsive (a language server) can stop between passes; the last step is the fixed draft.
 * `first` is `lint(text)`, when the caller has it already.
 */
export function* fixInPasses(
  text: string,
  lint: (text: string) => LintResult,
  first: LintResult = lint(text),
): Generator<FixPass, FixPass> {
  let current: FixPass = { text, result: first }
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const fixed = applyFixes(current.text, current.result.diagnostics)
    if (fixed.applied.length === 0 || fixed.text === current.text) break
    current = { text: fixed.text, result: lint(fixed.text) }
    yield current
  }
  return current
}

/** {@link fixInPasses} run to its end: the fixed draft and its remaining problems. */
export function fixAll(text: string, lint: (text: string) => LintResult, first?: LintResult): FixPass {
  const passes = fixInPasses(text, lint, first)
  for (;;) {
    const step = passes.next()
    if (step.done) return step.value
  }
}
