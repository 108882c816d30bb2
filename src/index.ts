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
import { vetSuggestions } from '../rules/shared/vet-suggestions.js'
import type { Registry } from './engine/config.js'
import { assertText, createEngineLinter, type Linter } from './engine/linter.js'
import { formats, withSourceFormat } from './formats/index.js'
import type { AnyRule, LintOptions, LintResult } from './types.js'

const registry: Registry = {
  rules: builtinRules,
  presets,
  defaultPreset: DEFAULT_PRESET,
  formats,
  vetSuggestions,
}
let defaultLinter: Linter | undefined

/** Builds a linter once for many drafts: options are validated here, not on every call. */
export function createLinter(options?: LintOptions): Linter {
  return withSourceFormat(createEngineLinter(options, registry))
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

/**
 * Types a configuration where it is written, so an editor completes rule ids, preset names and
 * each rule's options, and a misspelt one fails to compile. Returns `config` as it is.
 *
 * @example
 * export default defineConfig({ preset: 'strict', rules: { 'readable-length': ['warn', { maxSentenceWords: 30 }] } })
 */
export function defineConfig(config: LintOptions): LintOptions {
  return config
}

/** The built-in rules, sorted by id. */
export const rules: readonly AnyRule[] = builtinRules

export type { ActiveRule, Preset, ResolvedConfig } from './engine/config.js'
export { defineRule, ruleCreator } from './engine/define-rule.js'
export type { Linter } from './engine/linter.js'
export { ReplyLintError, type ReplyLintErrorCode } from './errors.js'
export { applyFixes, type FixResult, type SkippedFix, type SuggestionPick } from './fix/apply-fixes.js'
export { isNlpReady, loadNlp } from './parse/compromise.js'
export type * from './types.js'
export { presets }
