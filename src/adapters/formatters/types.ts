import type { AnyRule, Diagnostic, LintOptions, Severity } from '../../types.js'

/** One linted input, as the output formats see it. */
export interface FileReport {
  /** The path as given or found, relative to the working directory; `<stdin>` for standard input. */
  path: string
  /** Absolute path, or undefined for standard input. */
  filePath: string | undefined
  format: NonNullable<LintOptions['format']>
  /** The text the diagnostics point into (the fixed text after `--fix`). */
  source: string
  /** The diagnostics to show (after `--quiet`). */
  diagnostics: Diagnostic[]
  errorCount: number
  warningCount: number
  infoCount: number
  /** The rewritten text when `--fix` changed it. */
  output?: string
}

/** What the formats know about a run: the rules that were on and how loud, for SARIF's rule table. */
export interface RunInfo {
  rules: ReadonlyArray<{ rule: AnyRule; severity: Severity }>
  version: string
}
