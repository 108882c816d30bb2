/**
 * vitest matchers for replies: `expect(draft).toBeCleanReply(options?)` and
 * `expect(draft).toViolate(ruleId, options?)`.
 *
 * Importing this module registers them on vitest's `expect` (so it works as a `setupFiles` entry);
 * `replyLintMatchers` is exported for `expect.extend(replyLintMatchers)` as well.
 *
 * @example
 * // vitest.config.ts: test: { setupFiles: ['reply-lint/vitest'] }
 * expect("Thanks for waiting, it's expected to arrive Friday.").toBeCleanReply()
 * expect("You'll definitely get it today.").toViolate('no-guarantees', { context: { fulfillment: 'seller' } })
 */
import { expect } from 'vitest'
import { ReplyLintError } from '../errors.js'
import { applyFixes } from '../fix/apply-fixes.js'
import { previewSuggestion } from '../fix/preview.js'
import { createLinter } from '../index.js'
import type { Diagnostic, LintOptions, LintResult, RuleId, RuleSetting } from '../types.js'

/** The matchers' result, in the shape `expect.extend` wants. */
interface MatcherResult {
  pass: boolean
  message: () => string
  actual?: unknown
  expected?: unknown
}

interface MatcherContext {
  isNot: boolean
}

/** Types of the matchers, for `declare module 'vitest'`. */
export interface ReplyLintMatchers<R = unknown> {
  /** Passes when reply-lint reports nothing for the draft (any severity). */
  toBeCleanReply(options?: LintOptions): R
  /** Passes when `ruleId` reports something for the draft. The rule is turned on if the options leave it off. */
  toViolate(ruleId: RuleId, options?: LintOptions): R
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: matches vitest's own declaration
  interface Assertion<T = any> extends ReplyLintMatchers<T> {}
  interface AsymmetricMatchersContaining extends ReplyLintMatchers {}
}

/** The matchers, for `expect.extend(replyLintMatchers)`. */
export const replyLintMatchers = {
  toBeCleanReply(this: MatcherContext, received: unknown, options?: LintOptions): MatcherResult {
    if (typeof received !== 'string') return notADraft('toBeCleanReply', received)
    const result = createLinter(options).lint(received)
    const pass = result.diagnostics.length === 0
    return {
      pass,
      message: () =>
        pass
          ? 'expected reply-lint to find problems in the reply, but it found none'
          : `expected the reply to be clean, but reply-lint found ${problems(result)}:\n${describe(received, result.diagnostics)}${rewrite(received, result.diagnostics)}`,
    }
  },

  toViolate(this: MatcherContext, received: unknown, ruleId: RuleId, options?: LintOptions): MatcherResult {
    if (typeof received !== 'string') return notADraft('toViolate', received)
    if (typeof ruleId !== 'string')
      throw new ReplyLintError(
        'invalid-options',
        'toViolate(ruleId) takes a rule id such as "no-guarantees".',
      )
    const rules: Record<string, RuleSetting> = { ...options?.rules }
    if (!Object.hasOwn(rules, ruleId)) rules[ruleId] = 'error'
    const result = createLinter({ ...options, rules } as LintOptions).lint(received)
    const hits = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId)
    const pass = hits.length > 0
    return {
      pass,
      message: () =>
        pass
          ? `expected the reply not to violate ${ruleId}, but it did:\n${describe(received, hits)}${rewrite(received, hits)}`
          : `expected the reply to violate ${ruleId}, but it did not${
              result.diagnostics.length > 0
                ? `; reply-lint found:\n${describe(received, result.diagnostics)}`
                : ' (reply-lint found nothing)'
            }`,
    }
  },
}

expect.extend(replyLintMatchers)

function notADraft(matcher: string, received: unknown): MatcherResult {
  return {
    pass: false,
    message: () =>
      `${matcher} expects the draft as a string; got ${received === null ? 'null' : typeof received}`,
  }
}

function problems(result: LintResult): string {
  const count = result.diagnostics.length
  return `${count} problem${count === 1 ? '' : 's'}`
}

/** One line per diagnostic: where, severity, rule, the flagged text, the message, and each rewrite of it. */
function describe(draft: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const head = `  ${diagnostic.start.line}:${diagnostic.start.column}  ${diagnostic.severity}  ${diagnostic.ruleId}  ${JSON.stringify(diagnostic.excerpt)}  ${diagnostic.message}`
      const suggestions = diagnostic.suggestions.map((suggestion) => {
        const { before, after } = previewSuggestion(draft, diagnostic, suggestion)
        return `\n      suggested: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`
      })
      return head + suggestions.join('')
    })
    .join('\n')
}

/** The whole draft with the first suggestion of each diagnostic applied, when there is any. */
function rewrite(draft: string, diagnostics: readonly Diagnostic[]): string {
  const fixed = applyFixes(draft, diagnostics)
  return fixed.applied.length === 0 ? '' : `\nsuggested rewrite:\n${fixed.text}`
}
