import { type CodeAction, CodeActionKind, type Diagnostic as LspDiagnostic } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { UNUSED_DIRECTIVE } from '../../engine/define-rule.js'
import type { Diagnostic, Edit, LintResult } from '../../types.js'
import { allowablePhrase, allowPhraseEdit, type ConfigFiles } from './allow-phrase.js'
import type { DocumentSetup } from './configuration.js'
import { toLspDiagnostic } from './diagnostics.js'
import type { PositionEncoding } from './positions.js'
import { diffEdits, type EditSupport, textEdits, workspaceEdit } from './text-edits.js'

/** The kind of "Fix all reply-lint problems", as editors ask for it on save (`source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reply-lint`

/** The comment that silences one rule on the line after it, in the formats that have comments. */
export function disableNextLineDirective(ruleId: string): string {
  return `<!-- reply-lint-disable-next-line ${ruleId} -->`
}

export interface ActionRequest {
  document: TextDocument
  setup: DocumentSetup
  /** The lint of the document's current text. */
  result: LintResult
  /** The offsets the editor asks about (the cursor or the selection). */
  range: readonly [number, number]
  /** `context.only`: the kinds the editor wants, or undefined for all. */
  only: readonly string[] | undefined
  encoding: PositionEncoding
  support: EditSupport
  workspaceRoot: string | undefined
  documentPath: string | undefined
  configFiles: ConfigFiles
}

/** Whether the editor asked for actions of `kind` (a request for `source` covers `source.fixAll…`). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
}

/**
 * The quick fixes for the diagnostics under the cursor: each suggested rewrite (the first one
 * preferred), then "Disable <rule> for this line" where the format has comments, then "Allow this
 * phrase".
 */
export function quickFixes(request: ActionRequest): CodeAction[] {
  if (!wants(request.only, CodeActionKind.QuickFix)) return []
  const { document, result, range, encoding, support } = request
  const rewrites: CodeAction[] = []
  const silencings: CodeAction[] = []
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.range[0] > range[1] || diagnostic.range[1] < range[0]) continue
    const shown = toLspDiagnostic(diagnostic, document, encoding)
    diagnostic.suggestions.forEach((suggestion, index) => {
      rewrites.push({
        title: suggestion.message,
        kind: CodeActionKind.QuickFix,
        diagnostics: [shown],
        ...(index === 0 ? { isPreferred: true } : {}),
        edit: workspaceEdit(
          document.uri,
          document.version,
          textEdits(document, suggestion.edits, encoding),
          support,
        ),
      })
    })
    silencings.push(...suppressions(diagnostic, shown, request))
  }
  // Rewrites first: an editor that applies "the first fix" applies a rewrite, never a silencing.
  return [...rewrites, ...silencings]
}

function suppressions(diagnostic: Diagnostic, shown: LspDiagnostic, request: ActionRequest): CodeAction[] {
  const { document, setup, encoding, support } = request
  const actions: CodeAction[] = []
  // An internal error is a bug to fix, and an unused directive is removed by its own rewrite: a
  // directive or an allowed phrase silencing either would hide nothing real.
  if (diagnostic.ruleId === 'internal-error' || diagnostic.ruleId === UNUSED_DIRECTIVE) return actions
  if (setup.format === 'markdown' || setup.format === 'html') {
    const edit = disableLineEdit(
      document.getText(),
      document.positionAt(diagnostic.range[0]).line,
      diagnostic.ruleId,
      setup.format,
      document,
    )
    actions.push({
      title: `Disable ${diagnostic.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [shown],
      edit: workspaceEdit(document.uri, document.version, textEdits(document, [edit], encoding), support),
    })
  }
  const phrase = allowablePhrase(diagnostic)
  const edit =
    phrase &&
    allowPhraseEdit({
      phrase,
      configPath: setup.configPath,
      documentPath: request.documentPath,
      workspaceRoot: request.workspaceRoot,
      files: request.configFiles,
      encoding,
      support,
    })
  if (edit)
    actions.push({
      title: `Allow this phrase: "${phrase}"`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [shown],
      edit,
    })
  return actions
}

/**
 * Where the directive for `line` goes. On a line of its own above, with the line's indentation,
 * except inside a Markdown paragraph or list: there a comment line would end the paragraph (the
 * sent reply would change shape), so the comment goes at the end of the line above, as inline
 * HTML, before a hard break's trailing spaces or backslash. Either way it is the line after the
 * comment that the directive covers.
 */
export function disableLineEdit(
  text: string,
  line: number,
  ruleId: string,
  format: 'markdown' | 'html',
  document: Pick<TextDocument, 'offsetAt'>,
): Edit {
  const directive = disableNextLineDirective(ruleId)
  const lineStart = document.offsetAt({ line, character: 0 })
  if (format === 'markdown' && line > 0) {
    const above = document.offsetAt({ line: line - 1, character: 0 })
    const aboveText = text.slice(
      above,
      document.offsetAt({ line: line - 1, character: Number.MAX_SAFE_INTEGER }),
    )
    if (continuesInline(aboveText)) {
      const at = above + beforeHardBreak(aboveText)
      return { range: [at, at], text: ` ${directive}` }
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? ''
  return { range: [lineStart, lineStart], text: `${indent}${directive}${eolOf(text)}` }
}

/**
 * Whether a Markdown line ends inside prose that inline HTML may follow: not blank, and not a code
 * fence, an HTML block, a setext underline or thematic break, or a table's delimiter row.
 */
function continuesInline(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed === '' || line.startsWith('    ') || line.startsWith('\t')) return false
  if (trimmed.startsWith('```') || trimmed.startsWith('~~~') || trimmed.startsWith('<')) return false
  if (/^[=\-*_ ]+$/.test(trimmed)) return false
  const tableDelimiter = /^[ :|-]+$/.test(trimmed) && trimmed.includes('|') && trimmed.includes('-')
  return !tableDelimiter
}

/** Where a line's text ends, before the trailing spaces or the backslash of a hard break. */
function beforeHardBreak(line: string): number {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  if (end === line.length && line[end - 1] === '\\') end--
  return end
}

/** "Fix all reply-lint problems": the document rewritten as `--fix` would, as small edits. */
export function fixAllAction(
  document: TextDocument,
  fixed: string,
  encoding: PositionEncoding,
  support: EditSupport,
): CodeAction | undefined {
  const before = document.getText()
  if (fixed === before) return undefined
  return {
    title: 'Fix all reply-lint problems',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(
      document.uri,
      document.version,
      textEdits(document, diffEdits(before, fixed), encoding),
      support,
    ),
  }
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}
