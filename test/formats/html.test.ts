import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { htmlProse } from '../../src/formats/html.js'
import { applyFixes, lint } from '../../src/index.js'
import { expectConsistent, rangeOf, testRules } from './helpers.js'

// The test rules (helpers.ts) flag "definitely get it" and e-mail addresses the same way whatever
// the built-in rules become, so the ranges below stay put.
const options = testRules('html')

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

function tags(html: string): string[] {
  const found: string[] = []
  const walk = (node: { type: string; tagName?: string; properties?: object; children?: unknown[] }) => {
    if (node.type === 'element') found.push(`${node.tagName}${JSON.stringify(node.properties)}`)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(unified().use(rehypeParse).parse(html))
  return found
}

describe('lint(text, { format: "html" })', () => {
  const result = lint(EMAIL, options)

  it('reports exact ranges into the original HTML, not inside tags, attributes, comments or the head', () => {
    expectConsistent(EMAIL, result.diagnostics)
    expect(result.diagnostics.map((d) => [d.ruleId, d.range, d.excerpt])).toEqual([
      ['test/flag-phrase', rangeOf(EMAIL, 'definitely get it'), 'definitely get it'],
    ])
    expect(result.diagnostics[0]?.start).toEqual({ line: 6, column: 46 })
  })

  it('rewrites prose inside the markup and keeps every tag and attribute', () => {
    const fixed = applyFixes(EMAIL, result.diagnostics).text
    expect(fixed).toBe(
      EMAIL.replace('definitely get it on Friday.', 'should get it on Friday, all being well.'),
    )
    expect(tags(fixed)).toEqual(tags(EMAIL))
  })

  it('rewrites through character references when it replaces them whole', () => {
    const html = '<div>Thanks &mdash; one straddle &rsquo;here&rsquo;.</div><div>Kept.</div>'
    const { diagnostics } = lint(html, options)
    expect(diagnostics[0]?.excerpt).toBe('Thanks &mdash; one straddle &rsquo;here&rsquo;.')
    expect(applyFixes(html, diagnostics).text).toBe('<div>Rewritten.</div><div>Kept.</div>')
  })

  it('lints the same e-mail with the built-in rules, in the original offsets', () => {
    const builtIn = lint(EMAIL, { format: 'html', context: { fulfillment: 'seller' } })
    expectConsistent(EMAIL, builtIn.diagnostics)
    expect(builtIn.diagnostics.map((d) => d.ruleId)).toContain('no-guarantees')
    expect(builtIn.diagnostics.map((d) => d.excerpt).join(' ')).not.toMatch(/wa\.me|a@b|hidden@|sam@/)
    expect(tags(applyFixes(EMAIL, builtIn.diagnostics).text)).toEqual(tags(EMAIL))
  })

  it('reads link text but not link targets', () => {
    const html =
      '<p>Chat on <a href="https://wa.me/447700900123">this page</a>, write to <b>sam@example.com</b> or <a href="mailto:x@example.org">x@example.net</a>.</p>'
    const { diagnostics } = lint(html, options)
    expectConsistent(html, diagnostics)
    expect(diagnostics.map((d) => [d.excerpt, d.range])).toEqual([
      ['sam@example.com', rangeOf(html, 'sam@example.com')],
      ['x@example.net', rangeOf(html, 'x@example.net')],
    ])
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
    const [diagnostic] = lint(html, options).diagnostics
    expect(diagnostic?.excerpt).toBe('definitely get it')
    expect(diagnostic?.range).toEqual(rangeOf(html, 'definitely get it'))
  })
})
