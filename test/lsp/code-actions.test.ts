import { describe, expect, it } from 'vitest'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { disableLineEdit, quickFixes } from '../../src/adapters/lsp/code-actions.js'
import { applyEdits } from '../../src/fix/apply-fixes.js'
import { createLinter, lint } from '../../src/index.js'

/** The draft with the directive for `line` added. */
function disabled(text: string, line: number, format: 'markdown' | 'html' = 'markdown'): string {
  const document = TextDocument.create('untitled:x', format, 1, text)
  return applyEdits(text, [disableLineEdit(text, line, 'no-guarantees', format, document)])
}
const DIRECTIVE = '<!-- reply-lint-disable-next-line no-guarantees -->'

describe('where "Disable <rule> for this line" puts the directive', () => {
  it('above the line, on a line of its own, where a block starts', () => {
    expect(disabled("Hi Sam,\n\nYou'll definitely get it.\n", 2)).toBe(
      `Hi Sam,\n\n${DIRECTIVE}\nYou'll definitely get it.\n`,
    )
    expect(disabled("You'll definitely get it.", 0)).toBe(`${DIRECTIVE}\nYou'll definitely get it.`)
    expect(disabled("```\ncode\n```\nYou'll definitely get it.\n", 3)).toBe(
      `\`\`\`\ncode\n\`\`\`\n${DIRECTIVE}\nYou'll definitely get it.\n`,
    )
    expect(disabled("Hi,\r\n\r\n  You'll definitely get it.\r\n", 2)).toBe(
      `Hi,\r\n\r\n  ${DIRECTIVE}\r\n  You'll definitely get it.\r\n`,
    )
  })

  it('inside a Markdown paragraph or list, at the end of the line above, so the paragraph stays one', () => {
    expect(disabled("Thanks for waiting.\nYou'll definitely get it.\n", 1)).toBe(
      `Thanks for waiting. ${DIRECTIVE}\nYou'll definitely get it.\n`,
    )
    expect(disabled("- It left today.\n- You'll definitely get it.\n", 1)).toBe(
      `- It left today. ${DIRECTIVE}\n- You'll definitely get it.\n`,
    )
    // A hard break (two spaces, or a backslash) stays at the end of its line.
    expect(disabled("Thanks for waiting.  \nYou'll definitely get it.\n", 1)).toBe(
      `Thanks for waiting. ${DIRECTIVE}  \nYou'll definitely get it.\n`,
    )
    expect(disabled("Thanks for waiting.\\\nYou'll definitely get it.\n", 1)).toBe(
      `Thanks for waiting. ${DIRECTIVE}\\\nYou'll definitely get it.\n`,
    )
  })

  it('in HTML, always on a line of its own', () => {
    expect(disabled("<p>Thanks for waiting.\nYou'll definitely get it.</p>\n", 1, 'html')).toBe(
      `<p>Thanks for waiting.\n${DIRECTIVE}\nYou'll definitely get it.</p>\n`,
    )
  })
})

describe('the directive it writes silences the diagnostic, and only it', () => {
  it.each([
    ["Hi Sam,\n\nYou'll definitely get it.\n", 2, 'markdown'],
    ["Thanks for waiting.\nYou'll definitely get it.\n", 1, 'markdown'],
    ["- It left today.\n- You'll definitely get it.\n", 1, 'markdown'],
    ["Thanks for waiting.  \nYou'll definitely get it.\n", 1, 'markdown'],
    ["<p>Thanks for waiting.\nYou'll definitely get it.</p>\n", 1, 'html'],
  ] as const)('%j', (text, line, format) => {
    const before = lint(text, { format }).diagnostics.map((d) => d.ruleId)
    expect(before).toContain('no-guarantees')
    const after = lint(disabled(text, line, format), { format }).diagnostics.map((d) => d.ruleId)
    expect(after).toEqual(before.filter((id) => id !== 'no-guarantees'))
  })
})

describe('quick fixes for an unused directive', () => {
  it('offer the rewrite that removes it, and neither a directive nor an allowed phrase for it', () => {
    const text = `Thanks!\n\n${DIRECTIVE}\nIt left today.\n`
    const options = { format: 'markdown', reportUnusedDirectives: true } as const
    const result = lint(text, options)
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['unused-directive'])
    const actions = quickFixes({
      document: TextDocument.create('file:///templates/x.md', 'markdown', 1, text),
      setup: { linter: createLinter(options), format: 'markdown', configPath: undefined, ignored: false },
      result,
      range: [text.indexOf('<!--'), text.indexOf('<!--')],
      only: undefined,
      encoding: 'utf-16',
      support: { documentChanges: false, createFiles: false },
      workspaceRoot: undefined,
      documentPath: undefined,
      configFiles: { text: () => undefined, version: () => null },
    })
    expect(actions.map((action) => [action.title, action.isPreferred ?? false])).toEqual([
      ['Remove the directive.', true],
    ])
  })
})
