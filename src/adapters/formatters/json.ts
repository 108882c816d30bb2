import type { FileReport } from './types.js'

/**
 * One entry per input: `filePath` (absolute; `<stdin>` for standard input), `format`, the
 * `diagnostics` exactly as the API returns them, the counts, `output` when `--fix` changed the text,
 * and `notices`: what went wrong with the file itself (`severity` `error` or `warn`, `message`).
 */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(
    reports.map((report) => ({
      filePath: report.filePath ?? report.path,
      format: report.format,
      diagnostics: report.diagnostics,
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      infoCount: report.infoCount,
      fixableCount: report.diagnostics.filter((diagnostic) => diagnostic.suggestions.length > 0).length,
      ...(report.output === undefined ? {} : { output: report.output }),
      notices: report.notices,
    })),
    null,
    2,
  )}\n`
}
