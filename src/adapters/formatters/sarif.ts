import { LineIndex } from '../../parse/positions.js'
import type { Diagnostic, Edit, Severity } from '../../types.js'
import type { FileReport, RunInfo } from './types.js'

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFORMATION_URI = 'https://github.com/reply-lint/reply-lint'
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warn: 'warning',
  info: 'note',
}
/** Paths are relative to the directory the tool ran in, which is the repository root in CI. */
const BASE_ID = '%SRCROOT%'

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** What the diagnostics that come from reply-lint itself, not from a rule, are about. */
const OWN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'internal-error': 'A rule failed while linting.',
  'unused-directive': 'An inline directive that silences nothing, or a comment that is not a directive.',
}

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run whose `tool.driver.rules` lists every rule
 * that was on (id, shortDescription, helpUri, its configured level), and one result per diagnostic with
 * its rule, level, message and a region in 1-based lines and UTF-16 columns (`endColumn` is the
 * column just past the last character, as SARIF wants). Suggestions become `fixes`: each edit a
 * replacement of a deleted region by inserted text.
 */
export function formatSarif(reports: readonly FileReport[], run: RunInfo): string {
  const ruleIds = new Set(run.rules.map(({ rule }) => rule.id))
  const rules = run.rules.map(({ rule, severity }) => ({
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.meta.description },
    helpUri: rule.meta.docsUrl ?? INFORMATION_URI,
    defaultConfiguration: { level: LEVELS[severity] },
  }))
  // Diagnostics from rules that are not in the table (a rule that crashed reports as `internal-error`).
  for (const report of reports)
    for (const diagnostic of report.diagnostics)
      if (!ruleIds.has(diagnostic.ruleId)) {
        ruleIds.add(diagnostic.ruleId)
        rules.push({
          id: diagnostic.ruleId,
          name: ruleName(diagnostic.ruleId),
          shortDescription: { text: OWN_DESCRIPTIONS[diagnostic.ruleId] ?? diagnostic.ruleId },
          helpUri: diagnostic.docsUrl ?? INFORMATION_URI,
          defaultConfiguration: { level: LEVELS[diagnostic.severity] },
        })
      }
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))

  const results = reports.flatMap((report) => {
    const lines = new LineIndex(report.source)
    const artifactLocation = { uri: toUri(report.path), uriBaseId: BASE_ID }
    const region = (start: number, end: number): Region => {
      const from = lines.position(start)
      const to = lines.position(end)
      return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column }
    }
    return report.diagnostics.map((diagnostic: Diagnostic) => ({
      ruleId: diagnostic.ruleId,
      ruleIndex: ruleIndex.get(diagnostic.ruleId),
      level: LEVELS[diagnostic.severity],
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: diagnostic.start.line,
              startColumn: diagnostic.start.column,
              endLine: diagnostic.end.line,
              endColumn: diagnostic.end.column,
              charOffset: diagnostic.range[0],
              charLength: diagnostic.range[1] - diagnostic.range[0],
              snippet: { text: diagnostic.excerpt },
            },
          },
        },
      ],
      ...(diagnostic.suggestions.length === 0
        ? {}
        : {
            fixes: diagnostic.suggestions.map((suggestion) => ({
              description: { text: suggestion.message },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: suggestion.edits.map((edit: Edit) => ({
                    deletedRegion: region(edit.range[0], edit.range[1]),
                    insertedContent: { text: edit.text },
                  })),
                },
              ],
            })),
          }),
    }))
  })

  // Problems with files (not read, skipped, not saved) are the tool's own notifications, not results.
  const notifications = reports.flatMap((report) =>
    report.notices.map((notice) => ({
      level: notice.severity === 'error' ? 'error' : 'warning',
      message: { text: notice.message },
      locations: [
        { physicalLocation: { artifactLocation: { uri: toUri(report.path), uriBaseId: BASE_ID } } },
      ],
    })),
  )

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reply-lint',
            version: run.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        ...(notifications.length === 0
          ? {}
          : {
              invocations: [
                {
                  executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
                  toolExecutionNotifications: notifications,
                },
              ],
            }),
        results,
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}

/** `no-guarantees` -> `NoGuarantees`: SARIF's `name` is an identifier-like form of the id. */
function ruleName(id: string): string {
  return id.replace(/(^|[-/_])([a-z0-9])/g, (_, __, char: string) => char.toUpperCase())
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}
