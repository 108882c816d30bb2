import { type Hover, MarkupKind } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { previewSuggestion } from '../../fix/preview.js'
import type { Diagnostic, LintResult } from '../../types.js'
import type { DocumentSetup } from './configuration.js'
import { type PositionEncoding, rangeAt } from './positions.js'

/**
 * What hovering over a flagged phrase shows, for every diagnostic under the pointer: the rule and
 * what it checks, the message, and each suggested rewrite as the changed stretch before and after.
 */
export function hoverAt(
  offset: number,
  document: TextDocument,
  setup: DocumentSetup,
  result: LintResult,
  encoding: PositionEncoding,
  markdown: boolean,
): Hover | null {
  const here = result.diagnostics.filter(
    (diagnostic) => diagnostic.range[0] <= offset && offset <= diagnostic.range[1],
  )
  const [first] = here
  if (!first) return null
  const descriptions = new Map(setup.linter.config.rules.map(({ rule }) => [rule.id, rule.meta.description]))
  const text = document.getText()
  const sections = here.map((diagnostic) =>
    (markdown ? markdownHover : plainHover)(diagnostic, descriptions.get(diagnostic.ruleId), text),
  )
  return {
    contents: {
      kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText,
      value: sections.join(markdown ? '\n\n---\n\n' : '\n\n'),
    },
    range: rangeAt(document, first.range, encoding),
  }
}

function markdownHover(diagnostic: Diagnostic, description: string | undefined, text: string): string {
  const rule = diagnostic.docsUrl
    ? `[${diagnostic.ruleId}](${diagnostic.docsUrl})`
    : `\`${diagnostic.ruleId}\``
  const lines = [
    `**reply-lint** ${rule} (${diagnostic.severity})${description ? `: ${escapeMarkdown(description)}` : ''}`,
    '',
    escapeMarkdown(diagnostic.message),
  ]
  for (const suggestion of diagnostic.suggestions) {
    const { before, after } = previewSuggestion(text, diagnostic, suggestion)
    lines.push(
      '',
      `${escapeMarkdown(suggestion.message)}`,
      '',
      `~~${escapeMarkdown(before)}~~ → ${escapeMarkdown(after)}`,
    )
  }
  return lines.join('\n')
}

function plainHover(diagnostic: Diagnostic, description: string | undefined, text: string): string {
  const lines = [
    `reply-lint ${diagnostic.ruleId} (${diagnostic.severity})${description ? `: ${description}` : ''}`,
    diagnostic.message,
  ]
  for (const suggestion of diagnostic.suggestions) {
    const { before, after } = previewSuggestion(text, diagnostic, suggestion)
    lines.push(`${suggestion.message} "${before}" -> "${after}"`)
  }
  return lines.join('\n')
}

/** The draft's own words shown as text, never as Markdown (a `*` or `<` in a reply stays one). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&').replace(/\r?\n|\r/g, ' ')
}
