import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { ReplyLintError } from '../../errors.js'
import type { Diagnostic, Severity } from '../../types.js'
import { type PositionEncoding, rangeAt } from './positions.js'

/** What every diagnostic of this server says it comes from. */
export const SOURCE = 'reply-lint'

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/**
 * A reply-lint diagnostic as the protocol has it: the rule id as `code`, its doc as
 * `codeDescription`, positions in the negotiated encoding.
 */
export function toLspDiagnostic(
  diagnostic: Diagnostic,
  document: TextDocument,
  encoding: PositionEncoding,
): LspDiagnostic {
  return {
    range: rangeAt(document, diagnostic.range, encoding),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    ...(diagnostic.docsUrl ? { codeDescription: { href: diagnostic.docsUrl } } : {}),
    source: SOURCE,
    message: diagnostic.message,
  }
}

/**
 * What a draft the engine could not lint at all shows (one diagnostic on the first character,
 * in the style of a rule that crashed): the editor says why instead of going quiet. A draft the
 * engine refuses on purpose (a Markdown or HTML draft past its limits) carries the error's own
 * code (`input-too-complex`, `input-too-large`), not `internal-error`.
 */
export function lintFailure(
  error: unknown,
  document: TextDocument,
  encoding: PositionEncoding,
): LspDiagnostic {
  const reason = (error as Error)?.message ?? String(error)
  return {
    range: rangeAt(document, [0, 0], encoding),
    severity: DiagnosticSeverity.Error,
    code: error instanceof ReplyLintError ? error.code : 'internal-error',
    source: SOURCE,
    message: `reply-lint could not lint this draft: ${reason}`,
  }
}
