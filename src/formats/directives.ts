/**
 * Inline directives: comments in a Markdown or HTML draft that silence reply-lint where they stand,
 * as remark-lint's `<!--lint disable …-->` markers do through unified-message-control, written the
 * way ESLint users know them:
 *
 *   <!-- reply-lint-disable no-guarantees -->            off from here (no ids: every rule)
 *   <!-- reply-lint-enable no-guarantees -->             on again from here (no ids: every rule)
 *   <!-- reply-lint-disable-next-line no-guarantees -->  off on the line after the comment
 *
 * Ids are separated by commas or spaces; ` -- ` starts a note that is not read. A comment is never
 * shown to the customer, so a directive cannot end up in the sent reply. Plain text has no comments
 * and so no directives (see {@link reportShownDirectives}).
 */
import { UNUSED_DIRECTIVE } from '../engine/define-rule.js'
import { didYouMean } from '../engine/did-you-mean.js'
import { summarize } from '../engine/report.js'
import { LineIndex } from '../parse/positions.js'
import type { Diagnostic, Edit, LintResult, Range, Severity, SeverityOrOff } from '../types.js'
import type { SourceComment } from './source-map.js'

const DOCS_URL = 'https://github.com/reply-lint/reply-lint/blob/main/README.md#inline-directives'
const PREFIX = 'reply-lint-'
const KEYWORDS = ['disable', 'enable', 'disable-next-line'] as const
type Keyword = (typeof KEYWORDS)[number]

/** What the directives need to know of the configuration. */
export interface DirectiveConfig {
  reportUnusedDirectives: SeverityOrOff
  /** The rules that are on, to tell a misspelt or inactive id in a directive. */
  rules: ReadonlyArray<{ rule: { id: string } }>
}

interface Directive {
  keyword: Keyword
  /** The ids named, in order, without repeats; empty means every rule. */
  ruleIds: readonly string[]
  /** Whether the ids were separated by commas (a rewrite keeps the style). */
  commas: boolean
  /** The note after ` -- `, kept by a rewrite. */
  note: string
  comment: SourceComment
  /** Ids (or `*` for a directive without ids) that suppressed a problem, or re-enabled a disabled rule. */
  used: Set<string>
}

const EVERY_RULE = '*'

/**
 * Reads a comment: a directive, `malformed` for a comment that starts with `reply-lint` but is not
 * one (`reply-lint-ignore`, `reply-lint disable`), or undefined for any other comment.
 */
function readDirective(comment: SourceComment): Directive | 'malformed' | undefined {
  const body = comment.body.trim()
  if (!body.toLowerCase().startsWith(PREFIX.slice(0, -1))) return undefined
  // The keyword ends at the end, a space or a comma. No lookahead: recheck decides this regex
  // exactly (its automaton), where a lookaround would leave it to timed fuzzing.
  const match = /^reply-lint-([a-z]+(?:-[a-z]+)*)((?:[\s,][\s\S]*)?)$/.exec(body)
  const keyword = match?.[1] as Keyword | undefined
  if (!match || !keyword || !KEYWORDS.includes(keyword)) return 'malformed'
  const [list = '', ...notes] = (match[2] ?? '').split(/\s--\s?/)
  const ids = list.split(/[\s,]+/).filter((id) => id !== '')
  return {
    keyword,
    ruleIds: [...new Set(ids)],
    commas: list.includes(','),
    note: notes.join(' -- ').trim(),
    comment,
    used: new Set(),
  }
}

/**
 * Drops the diagnostics that directives among `comments` silence, and with
 * `reportUnusedDirectives` on adds an `unused-directive` diagnostic for each directive (or each id
 * of one) that silenced nothing, and for each comment that looks like a directive but is not one.
 *
 * Like unified-message-control, a `disable` or `enable` takes effect where its comment starts, and
 * a diagnostic is judged where it starts; like ESLint, `disable-next-line` covers the diagnostics
 * that start on the line after the one the comment ends on, and an `enable` naming one rule
 * re-enables it inside a `disable` of every rule. `internal-error` diagnostics are never silenced.
 */
export function applyDirectives(
  result: LintResult,
  source: string,
  comments: readonly SourceComment[],
  config: DirectiveConfig,
): LintResult {
  const report = config.reportUnusedDirectives
  const directives: Directive[] = []
  const malformed: SourceComment[] = []
  for (const comment of comments) {
    const read = readDirective(comment)
    if (read === 'malformed') malformed.push(comment)
    else if (read) directives.push(read)
  }
  if (directives.length === 0 && (report === 'off' || malformed.length === 0)) return result
  directives.sort((a, b) => a.comment.range[0] - b.comment.range[0])
  const lines = new LineIndex(source)

  // disable-next-line directives by the line they cover.
  const nextLine = new Map<number, Directive[]>()
  for (const directive of directives)
    if (directive.keyword === 'disable-next-line') {
      const line = lines.position(directive.comment.range[1]).line + 1
      nextLine.set(line, [...(nextLine.get(line) ?? []), directive])
    }

  // The state at the current point of a sweep through the source.
  let everyRuleOffBy: Directive | undefined
  const ruleOffBy = new Map<string, Directive>()
  /** Rules an `enable` turned back on inside a `disable` of every rule. */
  const backOn = new Set<string>()
  const apply = (directive: Directive) => {
    const { keyword, ruleIds, used } = directive
    if (keyword === 'disable-next-line') return
    if (keyword === 'disable') {
      if (ruleIds.length === 0) {
        everyRuleOffBy = directive
        backOn.clear()
      }
      for (const id of ruleIds) {
        ruleOffBy.set(id, directive)
        backOn.delete(id)
      }
      return
    }
    if (ruleIds.length === 0) {
      if (everyRuleOffBy || ruleOffBy.size > 0) used.add(EVERY_RULE)
      everyRuleOffBy = undefined
      ruleOffBy.clear()
      backOn.clear()
      return
    }
    for (const id of ruleIds) {
      if (ruleOffBy.has(id) || (everyRuleOffBy && !backOn.has(id))) used.add(id)
      ruleOffBy.delete(id)
      if (everyRuleOffBy) backOn.add(id)
    }
  }
  /** The directive that silences `diagnostic`, marked as used; undefined when none does. */
  const silencer = (diagnostic: Diagnostic): Directive | undefined => {
    const id = diagnostic.ruleId
    for (const directive of nextLine.get(diagnostic.start.line) ?? [])
      if (directive.ruleIds.length === 0 || directive.ruleIds.includes(id)) {
        directive.used.add(directive.ruleIds.length === 0 ? EVERY_RULE : id)
        return directive
      }
    const own = ruleOffBy.get(id)
    if (own) {
      own.used.add(id)
      return own
    }
    if (everyRuleOffBy && !backOn.has(id)) {
      everyRuleOffBy.used.add(EVERY_RULE)
      return everyRuleOffBy
    }
    return undefined
  }

  const order = result.diagnostics.map((_, index) => index)
  order.sort(
    (a, b) =>
      (result.diagnostics[a] as Diagnostic).range[0] - (result.diagnostics[b] as Diagnostic).range[0] ||
      a - b,
  )
  const silenced = new Set<number>()
  let next = 0
  for (const index of order) {
    const diagnostic = result.diagnostics[index] as Diagnostic
    while (
      next < directives.length &&
      (directives[next] as Directive).comment.range[0] <= diagnostic.range[0]
    )
      apply(directives[next++] as Directive)
    if (diagnostic.ruleId === 'internal-error' || diagnostic.ruleId === UNUSED_DIRECTIVE) continue
    if (silencer(diagnostic)) silenced.add(index)
  }
  while (next < directives.length) apply(directives[next++] as Directive)

  const kept = result.diagnostics.filter((_, index) => !silenced.has(index))
  if (report !== 'off') {
    const active = config.rules.map(({ rule }) => rule.id)
    for (const directive of directives) {
      const unused = unusedReport(directive, active)
      if (unused) kept.push(unusedDiagnostic(source, lines, report, directive.comment, unused))
    }
    for (const comment of malformed)
      kept.push(
        unusedDiagnostic(source, lines, report, comment, {
          messageId: 'unknownDirective',
          message: `"${oneWord(comment.body)}" is not a directive: write reply-lint-disable, reply-lint-enable or reply-lint-disable-next-line, followed by rule ids (none for every rule).`,
          replacement: '',
        }),
      )
    kept.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  }
  return summarize(kept)
}

interface UnusedReport {
  messageId: 'unusedDisable' | 'unusedEnable' | 'unknownDirective' | 'directiveInText'
  message: string
  /** The comment rewritten with only the ids that were used; '' removes it. */
  replacement: string
}

function unusedReport(directive: Directive, active: readonly string[]): UnusedReport | undefined {
  const { keyword, ruleIds, used } = directive
  const name = `${PREFIX}${keyword}`
  const enable = keyword === 'enable'
  if (ruleIds.length === 0)
    return used.has(EVERY_RULE)
      ? undefined
      : {
          messageId: enable ? 'unusedEnable' : 'unusedDisable',
          message: enable
            ? `Unused ${name}: nothing was disabled here.`
            : `Unused ${name}: no problem was reported where it applies.`,
          replacement: '',
        }
  const unused = ruleIds.filter((id) => !used.has(id))
  if (unused.length === 0) return undefined
  const on = unused.filter((id) => active.includes(id))
  const off = unused.filter((id) => !active.includes(id))
  const reasons: string[] = []
  if (on.length > 0)
    reasons.push(
      enable
        ? `${list(on)} ${on.length === 1 ? 'was' : 'were'} not disabled here.`
        : `no problem from ${list(on)} was reported where it applies.`,
    )
  for (const id of off) reasons.push(`"${id}" is not a rule that is on.${didYouMean(id, active)}`)
  const kept = ruleIds.filter((id) => used.has(id))
  return {
    messageId: enable ? 'unusedEnable' : 'unusedDisable',
    message: `Unused ${name}: ${reasons.join(' ')}`,
    replacement:
      kept.length === 0
        ? ''
        : `<!-- ${name} ${kept.join(directive.commas ? ', ' : ' ')}${directive.note ? ` -- ${directive.note}` : ''} -->`,
  }
}

function unusedDiagnostic(
  source: string,
  lines: LineIndex,
  severity: Severity,
  comment: SourceComment,
  { messageId, message, replacement }: UnusedReport,
): Diagnostic {
  const range = comment.range
  const edit: Edit = Object.freeze(
    replacement === ''
      ? { range: removal(source, range), text: '' }
      : { range: Object.freeze([range[0], range[1]]) as Range, text: replacement },
  )
  return {
    ruleId: UNUSED_DIRECTIVE,
    messageId,
    severity,
    message,
    range,
    start: lines.position(range[0]),
    end: lines.position(range[1]),
    excerpt: source.slice(range[0], range[1]),
    suggestions: [
      Object.freeze({
        messageId: replacement === '' ? 'suggestRemove' : 'suggestRemoveRules',
        message: replacement === '' ? 'Remove the directive.' : 'Remove the rule ids that silence nothing.',
        edits: Object.freeze([edit]) as Edit[],
      }),
    ],
    docsUrl: DOCS_URL,
  }
}

/**
 * What removing a comment takes away: its whole line when it stands alone on it, else the comment
 * and the spaces before it when spaces follow too ("Hi <!-- x --> Sam" -> "Hi Sam").
 */
function removal(source: string, [start, end]: Range): Range {
  let before = start
  while (before > 0 && /[ \t]/.test(source.charAt(before - 1))) before--
  let after = end
  while (after < source.length && /[ \t]/.test(source.charAt(after))) after++
  const lineStart = before === 0 || /[\r\n]/.test(source.charAt(before - 1))
  const lineEnd = after === source.length || /[\r\n]/.test(source.charAt(after))
  if (lineStart && lineEnd) {
    if (source.startsWith('\r\n', after)) return [before, after + 2]
    if (after < source.length) return [before, after + 1]
    return [before, after]
  }
  if (before < start && after > end) return [before, end]
  return [start, end]
}

/** `a`, `a and b`, `a, b and c`. */
function list(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`
}

/** The first word of a comment body, for messages. */
function oneWord(body: string): string {
  const word = body.trim().split(/\s+/)[0] ?? ''
  return word.length > 40 ? `${word.slice(0, 40)}…` : word
}

/**
 * Plain text has no directives: a draft is sent as it is, so a comment in it would reach the
 * customer. With `reportUnusedDirectives` on, each of `comments` (comments the reader sees) that
 * looks like a directive is reported (`directiveInText`), with a suggestion to remove it.
 */
export function reportShownDirectives(
  result: LintResult,
  source: string,
  comments: readonly SourceComment[],
  config: DirectiveConfig,
): LintResult {
  const severity = config.reportUnusedDirectives
  if (severity === 'off') return result
  let lines: LineIndex | undefined
  const added: Diagnostic[] = []
  for (const comment of comments) {
    if (readDirective(comment) === undefined) continue
    lines ??= new LineIndex(source)
    added.push(
      unusedDiagnostic(source, lines, severity, comment, {
        messageId: 'directiveInText',
        message:
          'Directives work only in Markdown and HTML, where a comment is hidden: in plain text the customer would read this. Remove it, or allow the phrase with the "allow" option.',
        replacement: '',
      }),
    )
  }
  if (added.length === 0) return result
  const diagnostics = [...result.diagnostics, ...added]
  diagnostics.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  return summarize(diagnostics)
}

/** `<!-- … -->` spans of a text, in one pass (a comment that never closes ends the search). */
export function findComments(text: string): SourceComment[] {
  const comments: SourceComment[] = []
  let at = text.indexOf('<!--')
  while (at >= 0) {
    const close = text.indexOf('-->', at + 4)
    if (close < 0) break
    comments.push({ body: text.slice(at + 4, close), range: [at, close + 3] })
    at = text.indexOf('<!--', close + 3)
  }
  return comments
}
