import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { markdownProse } from '../../src/formats/markdown.js'
import { applyFixes, lint } from '../../src/index.js'
import { expectConsistent, only, rangeOf, testRules } from './helpers.js'

const context = { fulfillment: 'seller' } as const
const builtIn = { format: 'markdown', rules: only('no-guarantees', 'no-off-platform'), context } as const

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
  const result = lint(DRAFT, builtIn)

  it('reports exact ranges into the original Markdown', () => {
    expectConsistent(DRAFT, result.diagnostics)
    expect(result.diagnostics.map((d) => [d.ruleId, d.range, d.excerpt])).toEqual([
      ['no-guarantees', rangeOf(DRAFT, 'definitely get it'), 'definitely get it'],
      ['no-off-platform', rangeOf(DRAFT, 'email me'), 'email me'],
      ['no-off-platform', rangeOf(DRAFT, 'sam@shop.example'), 'sam@shop.example'],
    ])
    expect(result.diagnostics[0]?.start).toEqual({ line: 3, column: 56 })
    expect(result.diagnostics[2]?.end).toEqual({ line: 16, column: 45 })
  })

  it('does not read code blocks, code spans, raw HTML, link targets or quoted lines', () => {
    const flagged = result.diagnostics.map((d) => d.excerpt).join(' ')
    expect(flagged).not.toMatch(/wa\.me|reply@example|sam@example|html@example/)
    // Only the first "definitely get it" (the quote and the code block have it too).
    expect(result.diagnostics.filter((d) => d.ruleId === 'no-guarantees')).toHaveLength(1)
  })

  it('maps suggestion edits inside prose, and drops those that would straddle markup', () => {
    const [guarantee, invitation, address] = result.diagnostics
    expect(guarantee?.suggestions[0]?.edits).toEqual([
      { range: rangeOf(DRAFT, "You'll definitely get it"), text: "It's expected to arrive" },
      {
        range: [rangeOf(DRAFT, 'Friday')[1], rangeOf(DRAFT, 'Friday')[1]],
        text: ", and we'll update you if anything changes",
      },
    ])
    // Rewriting "email me at *sam@shop.example*" would cut through the emphasis markers.
    expect(invitation?.suggestions).toEqual([])
    expect(address?.suggestions).toEqual([])
  })

  it('fixes only prose: code, links and structure are untouched', () => {
    const fixed = applyFixes(DRAFT, result.diagnostics).text
    expect(fixed).toContain(
      "order **#40213**. It's expected to arrive on Friday, and we'll update you if anything changes.",
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
    expect(lint(fixed, builtIn).diagnostics.filter((d) => d.ruleId === 'no-guarantees')).toEqual([])
  })

  it('covers the markup inside a flagged phrase and offers no rewrite across it', () => {
    const draft = "Good news: you'll **definitely** get it today."
    const [diagnostic] = lint(draft, builtIn).diagnostics
    expect(diagnostic?.range).toEqual(rangeOf(draft, 'definitely** get it'))
    expect(diagnostic?.excerpt).toBe('definitely** get it')
    expect(diagnostic?.suggestions).toEqual([])
  })

  it('puts text that continues a sentence after closing markup, not inside it', () => {
    const draft = "You'll definitely get it **today**."
    const fixed = applyFixes(draft, lint(draft, builtIn).diagnostics).text
    expect(fixed).toMatch(/^It's expected to arrive \*\*today\*\*, and .+\.$/)
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

  it('lints an empty or markup-only draft to nothing', () => {
    expect(lint('', builtIn).diagnostics).toEqual([])
    expect(lint('```\ncode\n```\n\n---\n', builtIn).diagnostics).toEqual([])
  })
})
