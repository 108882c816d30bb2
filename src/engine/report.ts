import { ReplyLintError } from '../errors.js'
import type { ReplyDocument } from '../parse/document.js'
import type {
  AnyRule,
  Diagnostic,
  Edit,
  LintResult,
  Range,
  ReportDescriptor,
  Severity,
  Suggestion,
} from '../types.js'

/**
 * Turns what a rule reported into a {@link Diagnostic}. A report that names an undeclared
 * messageId, offers a suggestion the rule did not declare, or points outside the text is a bug
 * in the rule: it throws, and the engine turns that into an `internal-error` diagnostic.
 */
export function toDiagnostic(
  rule: AnyRule,
  severity: Severity,
  document: ReplyDocument,
  descriptor: ReportDescriptor,
): Diagnostic {
  const fail = (message: string): never => {
    throw new ReplyLintError('invalid-report', `Rule "${rule.id}" ${message}`)
  }
  if (!descriptor || typeof descriptor !== 'object') fail('reported something that is not a report object.')
  const message = messageFor(rule, descriptor.messageId, descriptor.data, fail)
  const range = checkRange(descriptor.range ?? descriptor.node?.range, document.text.length, 'report', fail)
  const suggestions: Suggestion[] = (descriptor.suggestions ?? []).map((suggestion) => {
    if (!rule.meta.hasSuggestions)
      fail('offered a suggestion but has no message whose id starts with "suggest".')
    if (!suggestion.messageId.startsWith('suggest'))
      fail(`offered suggestion "${suggestion.messageId}"; suggestion messageIds start with "suggest".`)
    const edits = (suggestion.edits ?? []).map((edit): Edit => {
      if (typeof edit?.text !== 'string') fail('offered an edit without replacement text.')
      return Object.freeze({
        range: checkRange(edit.range, document.text.length, 'edit', fail),
        text: edit.text,
      })
    })
    if (edits.length === 0) fail(`offered suggestion "${suggestion.messageId}" with no edits.`)
    edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
    for (let i = 1; i < edits.length; i++)
      if ((edits[i] as Edit).range[0] < (edits[i - 1] as Edit).range[1])
        fail('offered a suggestion whose edits overlap.')
    return Object.freeze({
      messageId: suggestion.messageId,
      message: messageFor(rule, suggestion.messageId, suggestion.data, fail),
      edits: Object.freeze(edits) as Edit[],
    })
  })
  return {
    ruleId: rule.id,
    messageId: descriptor.messageId,
    severity,
    message,
    range,
    start: document.position(range[0]),
    end: document.position(range[1]),
    excerpt: document.text.slice(range[0], range[1]),
    suggestions,
    docsUrl: rule.meta.docsUrl,
  }
}

function messageFor(
  rule: AnyRule,
  messageId: string,
  data: Record<string, string | number> | undefined,
  fail: (message: string) => never,
): string {
  if (typeof messageId !== 'string' || !Object.hasOwn(rule.messages, messageId))
    fail(
      `reported unknown messageId "${String(messageId)}". Declared: ${Object.keys(rule.messages).join(', ')}.`,
    )
  return interpolate(rule.messages[messageId] as string, data)
}

/** Fills `{{name}}` placeholders; unknown names stay visible so the mistake shows. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  )
}

function checkRange(range: unknown, length: number, what: string, fail: (message: string) => never): Range {
  if (!Array.isArray(range) || range.length !== 2) return fail(`gave a ${what} without a [start, end] range.`)
  const [start, end] = range as [unknown, unknown]
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    (start as number) < 0 ||
    (end as number) > length ||
    (start as number) > (end as number)
  )
    fail(`gave a ${what} range [${String(start)}, ${String(end)}] outside the text (length ${length}).`)
  return Object.freeze([start as number, end as number]) as Range
}

/** The diagnostic a failing rule leaves behind, so one broken rule never hides the others. */
export function internalError(ruleId: string, error: unknown, document: ReplyDocument): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    ruleId: 'internal-error',
    messageId: 'ruleFailed',
    severity: 'error',
    message: `Rule "${ruleId}" failed, so its results are missing: ${reason}`,
    range: Object.freeze([0, 0]) as Range,
    start: document.position(0),
    end: document.position(0),
    excerpt: '',
    suggestions: [],
    docsUrl: undefined,
  }
}

/** Removes exact duplicates and sorts by position, then rule, so output is deterministic. */
export function finalize(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  const unique = diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.ruleId}\u0000${diagnostic.messageId}\u0000${diagnostic.range[0]}\u0000${diagnostic.range[1]}\u0000${diagnostic.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.sort(
    (a, b) =>
      a.range[0] - b.range[0] ||
      a.range[1] - b.range[1] ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.messageId, b.messageId) ||
      compare(a.message, b.message),
  )
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A result of these diagnostics, counted by severity. */
export function summarize(diagnostics: Diagnostic[]): LintResult {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errorCount++
    else if (diagnostic.severity === 'warn') warningCount++
    else infoCount++
  }
  return { diagnostics, errorCount, warningCount, infoCount }
}
