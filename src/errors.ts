/** Machine-readable reasons a call to reply-lint can be refused. */
export type ReplyLintErrorCode =
  | 'invalid-input'
  | 'invalid-options'
  | 'unknown-rule'
  | 'duplicate-rule'
  | 'invalid-rule'
  | 'invalid-severity'
  | 'invalid-rule-options'
  | 'unknown-preset'
  | 'invalid-context'
  | 'unsupported-format'
  | 'invalid-report'
  | 'invalid-lexicon'
  /** compromise has not finished loading (only where there is no `require`): `await loadNlp()` first. */
  | 'nlp-unavailable'
  /** A Markdown or HTML draft longer than the markup parsers take on (README: Markdown and HTML limits). */
  | 'input-too-large'
  /** A Markdown or HTML draft nested too deep, or with too much markup, to parse in bounded time. */
  | 'input-too-complex'

/**
 * The one error type reply-lint throws for bad input and bad configuration.
 * `code` is stable and meant for programs; `message` names the field and what is allowed.
 */
export class ReplyLintError extends Error {
  override readonly name = 'ReplyLintError'
  readonly code: ReplyLintErrorCode
  /** Dotted path of the offending field, when the error is about one (`rules.no-blame`, `context.refund`). */
  readonly field: string | undefined

  constructor(code: ReplyLintErrorCode, message: string, field?: string) {
    super(message)
    this.code = code
    this.field = field
  }
}

/** Short, safe rendering of a user value for error messages (never dumps huge strings). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'function') return 'a function'
  return String(value)
}
