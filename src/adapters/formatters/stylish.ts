import { previewSuggestion } from '../../fix/preview.js'
import type { Severity } from '../../types.js'
import { oneLine, terminalSafe } from './terminal-text.js'
import type { FileReport } from './types.js'

/** ANSI styles, or none when colour is off. */
interface Paint {
  red(text: string): string
  yellow(text: string): string
  blue(text: string): string
  green(text: string): string
  dim(text: string): string
  underline(text: string): string
  bold(text: string): string
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`
const plain = (text: string) => text
const COLOURS: Paint = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  blue: ansi(34, 39),
  green: ansi(32, 39),
  dim: ansi(2, 22),
  underline: ansi(4, 24),
  bold: ansi(1, 22),
}
const NO_COLOURS: Paint = {
  red: plain,
  yellow: plain,
  blue: plain,
  green: plain,
  dim: plain,
  underline: plain,
  bold: plain,
}

const LABELS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' }
/** A rewrite longer than this is shown cut in the middle: the report stays readable. */
const PREVIEW_LENGTH = 160

interface Row {
  place: string
  severity: Severity
  message: string
  ruleId: string
  /** `"before" -> "after"` for each suggestion. */
  suggestions: string[]
}

/**
 * ESLint's "stylish" layout: the file name, then one aligned row per problem (line:column,
 * severity, message, rule id) with each suggested rewrite under it, then a summary. Problems with
 * the file itself (not read, skipped, not saved) come first, without a place. Prints nothing when
 * there is nothing to say. Everything from a draft or a file name is made terminal-safe, and the
 * time is linear in the report's size.
 */
export function formatStylish(reports: readonly FileReport[], options: { color: boolean }): string {
  const paint = options.color ? COLOURS : NO_COLOURS
  const severityPaint: Record<Severity, (text: string) => string> = {
    error: paint.red,
    warn: paint.yellow,
    info: paint.blue,
  }
  const out: string[] = []
  const count = { error: 0, warn: 0, info: 0, fixableErrors: 0, fixableWarnings: 0 }
  const files = { error: 0, warn: 0 }
  for (const report of reports) {
    if (report.diagnostics.length === 0 && report.notices.length === 0) continue
    const rows: Row[] = []
    for (const notice of report.notices) {
      files[notice.severity]++
      rows.push({
        place: '',
        severity: notice.severity,
        message: oneLine(notice.message),
        ruleId: '',
        suggestions: [],
      })
    }
    for (const diagnostic of report.diagnostics) {
      const fixable = diagnostic.suggestions.length > 0
      count[diagnostic.severity]++
      if (fixable && diagnostic.severity === 'error') count.fixableErrors++
      if (fixable && diagnostic.severity === 'warn') count.fixableWarnings++
      rows.push({
        place: `${diagnostic.start.line}:${diagnostic.start.column}`,
        severity: diagnostic.severity,
        message: oneLine(diagnostic.message),
        ruleId: terminalSafe(diagnostic.ruleId),
        suggestions: diagnostic.suggestions.map((suggestion) => {
          const { before, after } = previewSuggestion(report.source, diagnostic, suggestion)
          return `${quote(before)} -> ${quote(after)}`
        }),
      })
    }
    // Widths in one pass: never Math.max(...rows), which overflows the stack on a big report.
    let placeWidth = 0
    let labelWidth = 0
    let messageWidth = 0
    for (const row of rows) {
      placeWidth = Math.max(placeWidth, row.place.length)
      labelWidth = Math.max(labelWidth, LABELS[row.severity].length)
      messageWidth = Math.max(messageWidth, row.message.length)
    }
    const indent = ' '.repeat(placeWidth + 4)
    out.push(`\n${paint.underline(terminalSafe(report.path))}\n`)
    for (const row of rows) {
      const label = severityPaint[row.severity](LABELS[row.severity].padEnd(labelWidth))
      const tail =
        row.ruleId === '' ? row.message : `${row.message.padEnd(messageWidth)}  ${paint.dim(row.ruleId)}`
      out.push(`  ${paint.dim(row.place.padEnd(placeWidth))}  ${label}  ${tail}\n`)
      for (const suggestion of row.suggestions)
        out.push(`${indent}${paint.green('suggestion:')} ${suggestion}\n`)
    }
  }

  const total = count.error + count.warn + count.info
  if (total > 0) {
    const counts = [plural(count.error, 'error'), plural(count.warn, 'warning')]
    if (count.info > 0) counts.push(plural(count.info, 'info', 'infos'))
    const summaryPaint = count.error > 0 ? paint.red : count.warn > 0 ? paint.yellow : paint.blue
    out.push(`\n${summaryPaint(paint.bold(`\u2716 ${plural(total, 'problem')} (${counts.join(', ')})`))}\n`)
    if (count.fixableErrors + count.fixableWarnings > 0)
      out.push(
        `${summaryPaint(paint.bold(`  ${plural(count.fixableErrors, 'error')} and ${plural(count.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`))}\n`,
      )
  }
  if (files.error + files.warn > 0) {
    const filePaint = files.error > 0 ? paint.red : paint.yellow
    const line = `\u2716 ${plural(files.error + files.warn, 'file')} not linted or not saved (${plural(files.error, 'error')}, ${plural(files.warn, 'warning')})`
    out.push(`${total > 0 ? '' : '\n'}${filePaint(paint.bold(line))}\n`)
  }
  return out.join('')
}

/** A piece of the draft in quotes, escaped and made safe, cut in the middle if it is long. */
function quote(text: string): string {
  const cut =
    text.length > PREVIEW_LENGTH
      ? `${text.slice(0, PREVIEW_LENGTH / 2)}\u2026${text.slice(text.length - PREVIEW_LENGTH / 2)}`
      : text
  return terminalSafe(JSON.stringify(cut))
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
