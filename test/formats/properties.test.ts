import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { applyFixes, lint } from '../../src/index.js'
import { flagSentence, flagWord } from './helpers.js'

/** Prose that rules flag, mixed with every kind of markup and awkward text. */
const PROSE = [
  "you'll definitely get it today",
  'email me at sam@example.com',
  'flagme',
  'a straddle sentence',
  'Thanks!',
  'caf\u00E9 \u{1F600} \u201Cquoted\u201D',
  '\u00A0',
  ' ',
  '. ',
  '\r\n',
  '\n',
  '\n\n',
]
const MARKDOWN = [
  '**',
  '*',
  '_',
  '`x`',
  '[link](https://wa.me/1)',
  '&amp;',
  '\\*',
  '> ',
  '- ',
  '1. ',
  '# ',
  '```\ncode\n```',
  '<b>',
  '  \n',
]
const HTML = [
  '<b>',
  '</b>',
  '<i>',
  '</i>',
  '<br>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '&amp;',
  '&nbsp;',
  '&#39;',
  '<a href="https://wa.me/1">',
  '</a>',
  '<code>x</code>',
  '<blockquote>',
  '</blockquote>',
  '<!-- c -->',
  '<style>p{}</style>',
]

/** `PROPERTY_RUNS=5000 npx vitest run test/formats/properties.test.ts` for a longer search. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150)

const draft = (markup: readonly string[]) =>
  fc.array(fc.constantFrom(...PROSE, ...markup), { maxLength: 24 }).map((parts) => parts.join(''))

const options = (format: 'markdown' | 'html') =>
  ({
    format,
    preset: 'strict',
    plugins: [flagWord, flagSentence],
    context: { fulfillment: 'seller' },
  }) as const

/** The markup skeleton of a document: everything but the text. */
function markdownShape(source: string): string[] {
  const shape: string[] = []
  const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
    if (node.type !== 'text')
      shape.push(
        `${node.type}:${node.type === 'code' || node.type === 'inlineCode' ? node.value : ''}${node.url ?? ''}`,
      )
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(unified().use(remarkParse).parse(source))
  return shape
}

function htmlShape(source: string): string[] {
  const shape: string[] = []
  const walk = (node: {
    type: string
    tagName?: string
    properties?: object
    children?: unknown[]
    value?: string
  }) => {
    if (node.type === 'element') shape.push(`${node.tagName}${JSON.stringify(node.properties)}`)
    if (node.type === 'comment') shape.push(`comment:${node.value}`)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(unified().use(rehypeParse, { fragment: true }).parse(source))
  return shape
}

const DIRECTIVES = [
  '<!-- reply-lint-disable -->',
  '<!-- reply-lint-enable -->',
  '<!-- reply-lint-disable test/flag-word -->',
  '<!-- reply-lint-enable test/flag-word, test/flag-phrase -->',
  '\n<!-- reply-lint-disable-next-line -->\n',
  '<!-- reply-lint-disable-next-line test/flag-phrase test/flag-email -->',
  '<!-- reply-lint-ignore -->',
]

describe.each([
  ['markdown', MARKDOWN],
  ['html', HTML],
] as const)('%s drafts with directives (property)', (format, markup) => {
  it(
    'directives only silence: what they leave is what the same draft without them reports',
    () => {
      fc.assert(
        fc.property(draft([...markup, ...DIRECTIVES]), (source) => {
          const reporting = { ...options(format), reportUnusedDirectives: 'warn' } as const
          const { diagnostics } = lint(source, reporting)
          // The same comments, no longer directives: the prose and every offset stay as they are.
          const neutral = source.replaceAll('reply-lint-', 'xxxxxxxxxx-')
          const everything = new Set(
            lint(neutral, options(format)).diagnostics.map((d) =>
              JSON.stringify([d.ruleId, d.range, d.message]),
            ),
          )
          for (const diagnostic of diagnostics) {
            expect(source.slice(diagnostic.range[0], diagnostic.range[1])).toBe(diagnostic.excerpt)
            if (diagnostic.ruleId === 'unused-directive') {
              expect(diagnostic.excerpt).toMatch(/^<!--\s*reply-lint-[\s\S]*-->$/)
              const [edit] = diagnostic.suggestions[0]?.edits ?? []
              expect(
                edit && edit.range[0] <= diagnostic.range[0] && diagnostic.range[1] <= edit.range[1],
              ).toBe(true)
            } else
              expect(
                everything.has(JSON.stringify([diagnostic.ruleId, diagnostic.range, diagnostic.message])),
              ).toBe(true)
          }
          expect(() => lint(applyFixes(source, diagnostics).text, reporting)).not.toThrow()
        }),
        { numRuns: RUNS },
      )
    },
    30_000 + RUNS * 40,
  )
})

describe.each([
  ['markdown', MARKDOWN, markdownShape],
  ['html', HTML, htmlShape],
] as const)('%s drafts (property)', (format, markup, shape) => {
  it(
    'ranges stay in the source, excerpts are the source, fixes never change the markup',
    () => {
      fc.assert(
        fc.property(draft(markup), (source) => {
          const { diagnostics } = lint(source, options(format))
          for (const diagnostic of diagnostics) {
            expect(diagnostic.range[0]).toBeGreaterThanOrEqual(0)
            expect(diagnostic.range[1]).toBeLessThanOrEqual(source.length)
            expect(diagnostic.range[0]).toBeLessThanOrEqual(diagnostic.range[1])
            expect(source.slice(diagnostic.range[0], diagnostic.range[1])).toBe(diagnostic.excerpt)
          }
          const fixed = applyFixes(source, diagnostics).text
          // Markup-sensitive rewrites are escaped or dropped, so the document keeps its structure
          // (a rewrite may still add or remove a sentence of plain text).
          expect(shape(fixed)).toEqual(shape(source))
          expect(() => lint(fixed, options(format))).not.toThrow()
        }),
        { numRuns: RUNS },
      )
    },
    30_000 + RUNS * 40,
  )
})
