import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { htmlProse } from '../../src/formats/html.js'
import { applyFixes, lint } from '../../src/index.js'
import { expectConsistent, only, rangeOf, testRules } from './helpers.js'

const context = { fulfillment: 'seller' } as const
const builtIn = { format: 'html', rules: only('no-guarantees', 'no-off-platform'), context } as const

/** An e-mail client's HTML reply: head and styles, divs for lines, entities, links, a quoted message. */
const EMAIL = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Re: order</title><style>.x { content: "email me at a@b.com" }</style></head>
<body>
<div>Hi Sam,</div>
<div><br></div>
<div>Thanks for waiting &mdash; you&rsquo;ll definitely get it on Friday.</div>
<div>Track it on <a href="https://wa.me/447700900123" title="sam@example.com">the tracking page</a>.</div>
<div>Cheers,<br>Alex</div>
<!-- Email me at hidden@example.com -->
<blockquote class="gmail_quote">Where is my parcel? You&#39;ll definitely get it, you said!</blockquote>
</body></html>
`

describe('html prose', () => {
  it('keeps the body text: blocks as paragraphs, <br> as a line break, quotes as "> " lines', () => {
    expect(htmlProse(EMAIL).text).toBe(
      [
        'Hi Sam,',
        'Thanks for waiting \u2014 you\u2019ll definitely get it on Friday.',
        'Track it on the tracking page.',
        'Cheers,\nAlex',
        "> Where is my parcel? You'll definitely get it, you said!",
      ].join('\n\n'),
    )
  })

  it('reads whitespace as a browser does and skips pre, code and hidden elements', () => {
    const html = '<p>Hi   there,\n   <code>flagme</code> <span hidden>flagme</span><pre>flagme</pre>ok</p>'
    expect(htmlProse(html).text).toBe('Hi there, \uFFFC \n\nok')
  })
})

describe('lint(text, { format: "html" })', () => {
  const result = lint(EMAIL, builtIn)

  it('reports exact ranges into the original HTML, not inside tags, attributes, comments or the head', () => {
    expectConsistent(EMAIL, result.diagnostics)
    expect(result.diagnostics.map((d) => [d.ruleId, d.range, d.excerpt])).toEqual([
      ['no-guarantees', rangeOf(EMAIL, 'definitely get it'), 'definitely get it'],
    ])
    expect(result.diagnostics[0]?.start).toEqual({ line: 6, column: 46 })
  })

  it('rewrites through character references, keeping the markup around them', () => {
    const [guarantee] = result.diagnostics
    expect(guarantee?.suggestions[0]?.edits[0]).toEqual({
      range: rangeOf(EMAIL, 'you&rsquo;ll definitely get it'),
      text: expect.stringMatching(/^[Ii]t's expected to arrive$/),
    })
    const fixed = applyFixes(EMAIL, result.diagnostics).text
    expect(fixed).toMatch(
      /<div>Thanks for waiting &mdash; [Ii]t's expected to arrive on Friday, and we'll update you if anything changes\.<\/div>/,
    )
    const tags = (html: string) => {
      const found: string[] = []
      const walk = (node: { type: string; tagName?: string; properties?: object; children?: unknown[] }) => {
        if (node.type === 'element') found.push(`${node.tagName}${JSON.stringify(node.properties)}`)
        for (const child of node.children ?? []) walk(child as typeof node)
      }
      walk(unified().use(rehypeParse).parse(html))
      return found
    }
    expect(tags(fixed)).toEqual(tags(EMAIL))
  })

  it('reads link text but not link targets', () => {
    const html =
      '<p>Chat on <a href="https://wa.me/447700900123">this page</a> or email me at <b>sam@example.com</b>.</p>'
    const { diagnostics } = lint(html, builtIn)
    expectConsistent(html, diagnostics)
    expect(diagnostics.map((d) => d.excerpt)).toEqual(['email me', 'sam@example.com'])
    // The rewrite of the sentence would cut through <b>: dropped.
    expect(diagnostics.every((d) => d.suggestions.length === 0)).toBe(true)
  })

  it('escapes rewrites for HTML and maps offsets through CRLF and entities', () => {
    const html =
      '<div>Tom &amp; Jerry,\r\n  please flagme&nbsp;now.</div>\r\n<p>A straddle <i>sentence</i>.</p><p>One straddle here.</p>'
    const { diagnostics } = lint(html, testRules('html'))
    expectConsistent(html, diagnostics)
    expect(diagnostics.map((d) => [d.ruleId, d.excerpt, d.start, d.suggestions.length])).toEqual([
      ['test/flag-word', 'flagme', { line: 2, column: 10 }, 1],
      ['test/flag-sentence', 'A straddle <i>sentence</i>.', { line: 3, column: 4 }, 0],
      ['test/flag-sentence', 'One straddle here.', { line: 3, column: 38 }, 1],
    ])
    expect(applyFixes(html, diagnostics).text).toBe(
      '<div>Tom &amp; Jerry,\r\n  please R&amp;D &lt;team&gt; *now*&nbsp;now.</div>\r\n<p>A straddle <i>sentence</i>.</p><p>Rewritten.</p>',
    )
  })

  it('lints an HTML fragment as well as a whole document', () => {
    const html = 'You&apos;ll definitely get it today.'
    const [diagnostic] = lint(html, builtIn).diagnostics
    expect(diagnostic?.excerpt).toBe('definitely get it')
    expect(diagnostic?.range).toEqual(rangeOf(html, 'definitely get it'))
  })
})
