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
  /** What went wrong with the file itself: not read, skipped, not saved. One line each. */
  notices: FileNotice[]
}

/**
 * A problem with a file rather than with its text. `error`: it could not be read, linted or saved
 * (the run exits 2); `warn`: it was skipped on purpose (binary, another encoding, ignored, a link
 * out of the linted folder).
 */
export interface FileNotice {
  severity: 'error' | 'warn'
  message: string
}

/** What the formats know about a run: the rules that were on and how loud, for SARIF's rule table. */
export interface RunInfo {
  rules: ReadonlyArray<{ rule: AnyRule; severity: Severity }>
  version: string
}
