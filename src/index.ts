/**
 * reply-lint: checks a seller's draft reply to a customer before it is sent.
 *
 * @example
 * import { lint, applyFixes } from 'reply-lint'
 * const draft = "You'll definitely get it today. Email me at sam@example.com."
 * const { diagnostics } = lint(draft, { context: { fulfillment: 'seller' } })
 * const { text } = applyFixes(draft, diagnostics)
 */
import { builtinRules } from '../rules/index.js'
import { DEFAULT_PRESET, presets } from '../rules/presets.js'
import type { Registry } from './engine/config.js'
import { assertText, createEngineLinter, type Linter } from './engine/linter.js'
import { formats } from './formats/index.js'
import type { LintOptions, LintResult, ReplyContext } from './types.js'

const registry: Registry = { rules: builtinRules, presets, defaultPreset: DEFAULT_PRESET, formats }
let defaultLinter: Linter | undefined

/** Builds a linter once for many drafts: options are validated here, not on every call. */
export function createLinter(options?: LintOptions): Linter {
  const linter = createEngineLinter(options, registry)
  const format = formats[linter.config.format as keyof typeof formats]
  if (!format) return linter
  // Markdown and HTML: lint the prose, report in the markup's own offsets.
  return Object.freeze({
    config: linter.config,
    lint(text: string, context?: ReplyContext): LintResult {
      assertText(text)
      return format.lint(text, (prose) => linter.lint(prose, context))
    },
  })
}

/** Lints one draft. Throws a {@link ReplyLintError} for a non-string draft or bad options. */
export function lint(text: string, options?: LintOptions): LintResult {
  assertText(text)
  if (options === undefined) {
    defaultLinter ??= createLinter()
    return defaultLinter.lint(text)
  }
  return createLinter(options).lint(text)
}

/** The built-in rules, sorted by id. */
export const rules = builtinRules

export * from './core.js'
export { presets }
