import type { Diagnostic, Severity } from '../../types.js'
import type { FileReport } from './types.js'

/** ANSI styles, or none when colour is off. */
interface Paint {
  red(text: string): string
  yellow(text: string): string
  blue(text: string): string
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
  dim: ansi(2, 22),
  underline: ansi(4, 24),
  bold: ansi(1, 22),
}
const NO_COLOURS: Paint = {
  red: plain,
  yellow: plain,
  blue: plain,
  dim: plain,
  underline: plain,
  bold: plain,
}

const LABELS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' }

/**
 * ESLint's "stylish" layout: the file name, then one aligned row per problem (line:column,
 * severity, message, rule id), then a summary. Prints nothing when there is nothing to say.
 */
export function formatStylish(reports: readonly FileReport[], options: { color: boolean }): string {
  const paint = options.color ? COLOURS : NO_COLOURS
  const severityPaint: Record<Severity, (text: string) => string> = {
    error: paint.red,
    warn: paint.yellow,
    info: paint.blue,
  }
  let output = ''
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixableErrors = 0
  let fixableWarnings = 0
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue
    const rows = report.diagnostics.map((diagnostic) => ({
      place: `${diagnostic.start.line}:${diagnostic.start.column}`,
      label: LABELS[diagnostic.severity],
      diagnostic,
    }))
    const placeWidth = Math.max(...rows.map((row) => row.place.length))
    const labelWidth = Math.max(...rows.map((row) => row.label.length))
    const messageWidth = Math.max(...rows.map((row) => oneLine(row.diagnostic).length))
    output += `\n${paint.underline(report.path)}\n`
    for (const { place, label, diagnostic } of rows) {
      const message = oneLine(diagnostic)
      output += `  ${paint.dim(place.padEnd(placeWidth))}  ${severityPaint[diagnostic.severity](label.padEnd(labelWidth))}  ${message.padEnd(messageWidth)}  ${paint.dim(diagnostic.ruleId)}\n`
      const fixable = diagnostic.suggestions.length > 0
      if (diagnostic.severity === 'error') {
        errors++
        if (fixable) fixableErrors++
      } else if (diagnostic.severity === 'warn') {
        warnings++
        if (fixable) fixableWarnings++
      } else infos++
    }
  }
  const total = errors + warnings + infos
  if (total === 0) return ''
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')]
  if (infos > 0) counts.push(plural(infos, 'info', 'infos'))
  const summaryPaint = errors > 0 ? paint.red : warnings > 0 ? paint.yellow : paint.blue
  output += `\n${summaryPaint(paint.bold(`\u2716 ${plural(total, 'problem')} (${counts.join(', ')})`))}\n`
  if (fixableErrors + fixableWarnings > 0)
    output += `${summaryPaint(paint.bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`))}\n`
  return output
}

function oneLine(diagnostic: Diagnostic): string {
  return diagnostic.message
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
