import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { markdownProse } from '../../src/formats/markdown.js'
import { applyFixes, defineRule, lint } from '../../src/index.js'
import { expectConsistent, only, rangeOf, testRules } from './helpers.js'

// The test rules (helpers.ts) flag "definitely get it" and e-mail addresses the same way whatever
// the built-in rules become, so the ranges below stay put.
const options = testRules('markdown')

const DRAFT = `Hi Sam,

Thanks for your message about order **#40213**. You'll definitely get it on Friday.

> Where is my parcel? You'll definitely get it today, you said.

1. See [the tracking page](https://wa.me/447700900123 "WhatsApp us").
2. Our tool \`reply@example.com\` checks the address.

\`\`\`
You'll definitely get it today. Email me at sam@example.com.
\`\`\`

<div>Email me at html@example.com</div>

If you prefer, email me at *sam@shop.example* and I'll sort it.
`

describe('markdown prose', () => {
  it('keeps the words a reader sees, with blocks as paragraphs and quotes as "> " lines', () => {
    expect(markdownProse(DRAFT).text).toBe(
      [
        'Hi Sam,',
        "Thanks for your message about order #40213. You'll definitely get it on Friday.",
        "> Where is my parcel? You'll definitely get it today, you said.",
        'See the tracking page.',
        'Our tool \uFFFC checks the address.',
        "If you prefer, email me at sam@shop.example and I'll sort it.",
      ].join('\n\n'),
    )
  })
})

describe('lint(text, { format: "markdown" })', () => {
  const result = lint(DRAFT, options)

  it('reports exact ranges into the original Markdown', () => {
    expectConsistent(DRAFT, result.diagnostics)
    expect(result.diagnostics.map((d) => [d.ruleId, d.range, d.excerpt])).toEqual([
      ['test/flag-phrase', rangeOf(DRAFT, 'definitely get it'), 'definitely get it'],
      ['test/flag-email', rangeOf(DRAFT, 'sam@shop.example'), 'sam@shop.example'],
    ])
    expect(result.diagnostics[0]?.start).toEqual({ line: 3, column: 56 })
    expect(result.diagnostics[1]?.end).toEqual({ line: 16, column: 45 })
  })

  it('does not read code blocks, code spans, raw HTML, link targets or quoted lines', () => {
    const flagged = result.diagnostics.map((d) => d.excerpt).join(' ')
    expect(flagged).not.toMatch(/wa\.me|reply@example|sam@example|html@example/)
    // Only the first "definitely get it" (the quote and the code block have it too).
    expect(result.diagnostics.filter((d) => d.ruleId === 'test/flag-phrase')).toHaveLength(1)
  })

  it('maps suggestion edits inside prose', () => {
    const [phrase] = result.diagnostics
    const friday = rangeOf(DRAFT, 'Friday')[1]
    expect(phrase?.suggestions[0]?.edits).toEqual([
      { range: rangeOf(DRAFT, 'definitely get it'), text: 'should get it' },
      { range: [friday, friday], text: ', all being well' },
    ])
  })

  it('fixes only prose: code, links and structure are untouched', () => {
    const fixed = applyFixes(DRAFT, result.diagnostics).text
    expect(fixed).toBe(
      DRAFT.replace('definitely get it on Friday.', 'should get it on Friday, all being well.'),
    )
    const shape = (markdown: string) => {
      const types: string[] = []
      const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
        types.push(node.type === 'text' ? 'text' : `${node.type}:${node.url ?? node.value ?? ''}`)
        for (const child of node.children ?? []) walk(child as typeof node)
      }
      walk(unified().use(remarkParse).parse(markdown))
      return types
    }
    expect(shape(fixed)).toEqual(shape(DRAFT))
    expect(lint(fixed, options).diagnostics.map((d) => d.ruleId)).toEqual(['test/flag-email'])
  })

  it('lints the same draft with the built-in rules, in the original offsets', () => {
    const builtIn = lint(DRAFT, { format: 'markdown', context: { fulfillment: 'seller' } })
    expectConsistent(DRAFT, builtIn.diagnostics)
    expect(builtIn.diagnostics.map((d) => d.ruleId)).toContain('no-guarantees')
    expect(builtIn.diagnostics.map((d) => d.excerpt).join(' ')).not.toMatch(/wa\.me|reply@|code@|html@/)
  })

  it('covers the markup inside a flagged phrase and offers no rewrite across it', () => {
    const draft = "Good news: you'll **definitely** get it today."
    const [diagnostic] = lint(draft, options).diagnostics
    expect(diagnostic?.range).toEqual(rangeOf(draft, 'definitely** get it'))
    expect(diagnostic?.excerpt).toBe('definitely** get it')
    expect(diagnostic?.suggestions).toEqual([])
  })

  it('puts text that continues a sentence after closing markup, not inside it', () => {
    const draft = "You'll definitely get it **today**."
    const fixed = applyFixes(draft, lint(draft, options).diagnostics).text
    expect(fixed).toBe("You'll should get it **today**, all being well.")
  })

  it('maps through CRLF, escapes, character references and list indentation', () => {
    const draft = '- Fish \\& chips &amp; more\\*\r\n  and flagme here.\r\n\r\n> quoted\r\n> flagme too\r\n'
    const { diagnostics } = lint(draft, testRules('markdown'))
    expectConsistent(draft, diagnostics)
    expect(diagnostics.map((d) => d.range)).toEqual([rangeOf(draft, 'flagme'), rangeOf(draft, 'flagme', 1)])
    expect(diagnostics[0]?.start).toEqual({ line: 2, column: 7 })
    expect(diagnostics[1]?.start).toEqual({ line: 5, column: 3 })
    // Rewrites are escaped so they stay text.
    const fixed = applyFixes(draft, diagnostics).text
    expect(fixed).toBe(
      '- Fish \\& chips &amp; more\\*\r\n  and R&D \\<team> \\*now\\* here.\r\n\r\n> quoted\r\n> R&D \\<team> \\*now\\* too\r\n',
    )
  })

  it('drops a sentence rewrite that would swallow a link, keeps one inside plain prose', () => {
    const draft = 'Please straddle [this link](https://example.com) now.\n\nA straddle sentence here.\n'
    const { diagnostics } = lint(draft, testRules('markdown'))
    expect(diagnostics.map((d) => [d.excerpt, d.suggestions.length])).toEqual([
      ['Please straddle [this link](https://example.com) now.', 0],
      ['A straddle sentence here.', 1],
    ])
    expect(applyFixes(draft, diagnostics).text).toBe(
      'Please straddle [this link](https://example.com) now.\n\nRewritten.\n',
    )
  })

  it('drops a removal that would bring block syntax to the start of a line, keeps one that does not', () => {
    const dropSentence = defineRule({
      id: 'test/drop-sentence',
      meta: { description: 'Drops sentences.', recommended: false, hasSuggestions: true, defaultOptions: {} },
      messages: { flagged: 'Flagged.', suggestRemove: 'Remove it.' },
      check(context) {
        for (const sentence of context.sentences)
          if (sentence.words.some((word) => word.normal === 'dropme')) {
            const end = sentence.range[1] + (context.text.charAt(sentence.range[1]) === ' ' ? 1 : 0)
            const range = [sentence.range[0], end] as const
            context.report({
              messageId: 'flagged',
              range: sentence.range,
              suggestions: [{ messageId: 'suggestRemove', edits: [{ range, text: '' }] }],
            })
          }
      },
    })
    const suggestions = (draft: string) =>
      lint(draft, { format: 'markdown', rules: only(), plugins: [dropSentence] }).diagnostics.map(
        (d) => d.suggestions.length,
      )
    // Each would turn inline text into a code fence, a heading, a list item or a split paragraph.
    expect(suggestions('Please dropme now. ```\ncode\n```\n')).toEqual([0])
    expect(suggestions('Please dropme now. # not a heading\n')).toEqual([0])
    expect(suggestions('Please dropme now.\n2. Then this.\n')).toEqual([0])
    expect(suggestions('Fine here.\nPlease dropme now.\nAnd this.\n')).toEqual([0])
    const draft = 'Please dropme now. Then this.\n\n- Item one. Please dropme too.\n'
    expect(suggestions(draft)).toEqual([1, 1])
    expect(
      applyFixes(
        draft,
        lint(draft, { format: 'markdown', rules: only(), plugins: [dropSentence] }).diagnostics,
      ).text,
    ).toBe('Then this.\n\n- Item one. \n')
  })

  it('lints an empty or markup-only draft to nothing', () => {
    expect(lint('', options).diagnostics).toEqual([])
    expect(lint('```\ndefinitely get it\n```\n\n---\n', options).diagnostics).toEqual([])
  })
})
