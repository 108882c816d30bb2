import { describe, expect, it } from 'vitest'
import { DiagnosticSeverity } from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { lintFailure } from '../../src/adapters/lsp/diagnostics.js'
import { lint } from '../../src/index.js'

describe('a draft the engine cannot lint', () => {
  const document = (text: string) => TextDocument.create('file:///drafts/deep.md', 'markdown', 1, text)

  it("past the Markdown nesting limit: the typed error's code and message, on the first character", () => {
    const text = '>'.repeat(5000)
    let thrown: unknown
    try {
      lint(text, { format: 'markdown' })
    } catch (error) {
      thrown = error
    }
    expect(lintFailure(thrown, document(text), 'utf-16')).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'input-too-complex',
      source: 'reply-lint',
      message:
        "reply-lint could not lint this draft: The Markdown draft nests 5000 levels deep at line 1; the limit is 256. Lint it as plain text (format: 'text') instead.",
    })
  })

  it('anything else thrown is an internal error', () => {
    expect(lintFailure(new TypeError('boom'), document('Hi'), 'utf-16')).toMatchObject({
      code: 'internal-error',
      message: 'reply-lint could not lint this draft: boom',
    })
  })
})
