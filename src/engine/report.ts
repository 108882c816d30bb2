import { describeValue, ReplyLintError } from '../errors.js'
import { editsAreDisjoint } from '../fix/apply-fixes.js'
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
  SuggestionDescriptor,
} from '../types.js'

/**
 * A report as plain data, read from the rule's object exactly once: a getter that answered one
 * thing while the report was checked cannot answer another once it is a diagnostic, and nothing
 * the rule keeps a handle on can change a diagnostic afterwards.
 */
interface ReportData {
  messageId: unknown
  range: unknown
  data: Record<string, string> | undefined
  suggestions: { messageId: unknown; data: Record<string, string> | undefined; edits: EditData[] }[]
}
interface EditData {
  range: unknown
  text: unknown
}

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
  const report = readReport(descriptor, fail)
  const messageId = messageIdOf(rule, report.messageId, fail)
  const range = checkRange(report.range, document.text.length, 'report', fail)
  const suggestions: Suggestion[] = report.suggestions.map((suggestion) => {
    if (!rule.meta.hasSuggestions)
      fail('offered a suggestion but has no message whose id starts with "suggest".')
    const suggestionId = messageIdOf(rule, suggestion.messageId, fail)
    if (!suggestionId.startsWith('suggest'))
      fail(`offered suggestion "${suggestionId}"; suggestion messageIds start with "suggest".`)
    const edits = suggestion.edits.map((edit): Edit => {
      if (typeof edit.text !== 'string') fail('offered an edit without replacement text.')
      return Object.freeze({
        range: checkRange(edit.range, document.text.length, 'edit', fail),
        text: edit.text as string,
      })
    })
    if (edits.length === 0) fail(`offered suggestion "${suggestionId}" with no edits.`)
    edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
    if (!editsAreDisjoint(edits)) fail('offered a suggestion whose edits overlap.')
    return Object.freeze({
      messageId: suggestionId,
      message: interpolate(rule.messages[suggestionId] as string, suggestion.data),
      edits: Object.freeze(edits) as Edit[],
    })
  })
  return {
    ruleId: rule.id,
    messageId,
    severity,
    message: interpolate(rule.messages[messageId] as string, report.data),
    range,
    start: document.position(range[0]),
    end: document.position(range[1]),
    excerpt: document.text.slice(range[0], range[1]),
    suggestions,
    docsUrl: rule.meta.docsUrl,
  }
}

function readReport(descriptor: unknown, fail: (message: string) => never): ReportData {
  if (!descriptor || typeof descriptor !== 'object') fail('reported something that is not a report object.')
  const source = descriptor as ReportDescriptor
  const messageId: unknown = source.messageId
  let range: unknown = source.range
  if (range === undefined) {
    const node: unknown = source.node
    range = node && typeof node === 'object' ? (node as { range?: unknown }).range : undefined
  }
  return {
    messageId,
    range: readPair(range),
    data: readData(source.data, fail),
    suggestions: readList(source.suggestions, 'suggestions', fail).map((item) => {
      if (!item || typeof item !== 'object') fail('offered a suggestion that is not an object.')
      const suggestion = item as SuggestionDescriptor
      const suggestionId: unknown = suggestion.messageId
      return {
        messageId: suggestionId,
        data: readData(suggestion.data, fail),
        edits: readList(suggestion.edits, 'edits', fail).map((edit): EditData => {
          if (!edit || typeof edit !== 'object') return { range: undefined, text: undefined }
          const { range: editRange, text } = edit as { range?: unknown; text?: unknown }
          return { range: readPair(editRange), text }
        }),
      }
    }),
  }
}

/** A `[start, end]` array copied element by element; anything else is kept for `checkRange` to refuse. */
function readPair(value: unknown): unknown {
  if (!Array.isArray(value)) return value
  const length = value.length
  return length === 2 ? [value[0], value[1]] : { length }
}

/** An array copied by index (holes read as undefined); `undefined` is an empty list. */
function readList(value: unknown, what: string, fail: (message: string) => never): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) return fail(`gave ${what} that is not an array.`)
  const length = value.length
  const copy: unknown[] = []
  for (let i = 0; i < length; i++) copy.push(value[i])
  return copy
}

/** `data` copied to a null-prototype object of strings; values that are not strings or numbers are refused. */
function readData(value: unknown, fail: (message: string) => never): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (!value || typeof value !== 'object') return fail('gave data that is not an object.')
  const copy: Record<string, string> = Object.create(null)
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key]
    if (typeof item === 'string') copy[key] = item
    else if (typeof item === 'number') copy[key] = String(item)
    else fail(`gave data "${key}" that is not a string or a number.`)
  }
  return copy
}

function messageIdOf(rule: AnyRule, messageId: unknown, fail: (message: string) => never): string {
  if (typeof messageId !== 'string' || !Object.hasOwn(rule.messages, messageId))
    fail(
      `reported unknown messageId ${typeof messageId === 'string' ? `"${messageId}"` : describeValue(messageId)}. Declared: ${Object.keys(rule.messages).join(', ')}.`,
    )
  return messageId as string
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
  return {
    ruleId: 'internal-error',
    messageId: 'ruleFailed',
    severity: 'error',
    message: `Rule "${ruleId}" failed, so its results are missing: ${describeThrown(error)}`,
    range: Object.freeze([0, 0]) as Range,
    start: document.position(0),
    end: document.position(0),
    excerpt: '',
    suggestions: [],
    docsUrl: undefined,
  }
}

/** Longest reason quoted from a thrown value. */
const MAX_REASON = 300

/**
 * What a rule threw, in words, whatever it was: an Error's message, a string, a number. Anything
 * that needs the rule's own code to describe it (an object's `toString`, a proxy, a getter that
 * throws) is not asked: describing a failure must not fail in turn.
 */
export function describeThrown(error: unknown): string {
  let kind = 'a value that is not an Error'
  try {
    if (typeof error === 'string') return clip(error)
    if (error === null || (typeof error !== 'object' && typeof error !== 'function'))
      return String(error as undefined | number | boolean | bigint | symbol)
    if (error instanceof Error) {
      kind = 'an Error whose message cannot be read'
      const message: unknown = error.message
      if (typeof message === 'string') return clip(message)
    }
  } catch {
    // A revoked proxy throws on `instanceof`, a getter may throw: say what it was, no more.
  }
  return `it threw ${kind}.`
}

const clip = (text: string) => (text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text)

/** Sorts by position, then rule, so output is deterministic, and removes exact duplicates. */
export function finalize(diagnostics: Diagnostic[]): Diagnostic[] {
  diagnostics.sort(
    (a, b) =>
      a.range[0] - b.range[0] ||
      a.range[1] - b.range[1] ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.messageId, b.messageId) ||
      compare(a.message, b.message),
  )
  // Sorted, two diagnostics that are the same stand side by side: no key per diagnostic needed.
  const unique: Diagnostic[] = []
  let previous: Diagnostic | undefined
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i] as Diagnostic
    if (previous && same(previous, diagnostic)) continue
    unique.push(diagnostic)
    previous = diagnostic
  }
  return unique
}

const same = (a: Diagnostic, b: Diagnostic) =>
  a.range[0] === b.range[0] &&
  a.range[1] === b.range[1] &&
  a.ruleId === b.ruleId &&
  a.messageId === b.messageId &&
  a.message === b.message

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
