/**
 * Markdown and HTML are parsed only within MARKUP_LIMITS, checked before any parser runs: a
 * draft nested deeper, longer, or (Markdown) with more markup characters gets a typed
 * ReplyLintError instead of a stack overflow or a parse that runs for minutes.
 */
import { describe, expect, it } from 'vitest'
import { htmlProse, markdownProse } from '../../src/formats/index.js'
import { MARKUP_LIMITS, parseWithinStack } from '../../src/formats/limits.js'
import { type LintResult, lint, ReplyLintError } from '../../src/index.js'

function refusal(run: () => unknown): ReplyLintError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ReplyLintError)
    return error as ReplyLintError
  }
  throw new Error('expected a ReplyLintError')
}

const DRAFT = "You'll definitely get it today."
const { nesting } = MARKUP_LIMITS

describe('nesting, refused before the parser recurses', () => {
  it.each([
    [
      'markdown',
      '>×5000',
      '>'.repeat(5000),
      'The Markdown draft nests 5000 levels deep at line 1; the limit is 256.',
    ],
    [
      'markdown',
      '- ×4097',
      '- '.repeat(4097),
      'The Markdown draft nests 4097 levels deep at line 1; the limit is 256.',
    ],
    [
      'markdown',
      '> ×257 on line 3',
      `Hi,\n\n${'> '.repeat(nesting + 1)}${DRAFT}`,
      'nests 257 levels deep at line 3',
    ],
    [
      'html',
      '<b>×3738',
      '<b>'.repeat(3738),
      'The HTML draft nests 257 levels deep at line 1; the limit is 256.',
    ],
    [
      'html',
      'tables in tables',
      '<table><tr><td>x'.repeat(200),
      'The HTML draft nests 257 levels deep at line 1',
    ],
    [
      'html',
      'misnested formatting',
      '<i><b><u><s>x</i>'.repeat(200),
      'The HTML draft nests 257 levels deep at line 1',
    ],
  ] as const)('%s: %s', (format, _, text, message) => {
    const error = refusal(() => lint(text, { format }))
    expect(error.code).toBe('input-too-complex')
    expect(error.field).toBe('text')
    expect(error.message).toContain(message)
  })

  it('lints nesting up to the limit, with every range in the source', () => {
    const cases: [format: 'markdown' | 'html', source: string][] = [
      ['markdown', `${'> '.repeat(nesting)}${DRAFT}`],
      ['markdown', `${'- '.repeat(nesting)}${DRAFT}`],
      ['markdown', `${Array.from({ length: nesting }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')}\n`],
      ['html', `${'<div>'.repeat(nesting - 2)}${DRAFT}`],
      ['html', `${'<blockquote>'.repeat(nesting - 2)}${DRAFT}`],
    ]
    for (const [format, source] of cases) {
      const result: LintResult = lint(source, { format })
      for (const d of result.diagnostics) {
        expect(d.ruleId).not.toBe('internal-error')
        expect(d.excerpt).toBe(source.slice(...d.range))
      }
    }
    const deepest = lint(`${'- '.repeat(nesting)}${DRAFT}`, { format: 'markdown' }).diagnostics
    expect(deepest.map((d) => d.excerpt)).toContain("You'll definitely get it")
  }, 30_000)

  it('counts nesting as the HTML parser builds it: implied ends, void elements, raw text and comments do not nest', () => {
    const flat = [
      '<p>a'.repeat(2000),
      `<ul>${'<li>a'.repeat(2000)}`,
      '<p><font>a'.repeat(2000),
      `<table>${'<tr><td>a<td>b'.repeat(2000)}</table>`,
      '<br><img src=x><hr>'.repeat(2000),
      `<svg>${'<path d="M0 0"/>'.repeat(2000)}</svg>`,
      `<script>${'<div>'.repeat(2000)}</script>`,
      `<!--${'<div>'.repeat(2000)}-->`,
      '<div title="a>b"></div>'.repeat(2000),
      '<DIV>a</Div>'.repeat(2000),
    ]
    for (const source of flat) expect(() => htmlProse(source)).not.toThrow()
  })

  it('turns a stack overflow inside a parser into the same typed error', () => {
    const error = refusal(() =>
      parseWithinStack(() => {
        throw new RangeError('Maximum call stack size exceeded')
      }),
    )
    expect(error.code).toBe('input-too-complex')
    expect(() => parseWithinStack(() => 42)).not.toThrow()
    expect(() =>
      parseWithinStack(() => {
        throw new TypeError('other')
      }),
    ).toThrow(TypeError)
  })
})

describe('the Markdown budget', () => {
  it('refuses a source longer than the limit', () => {
    const error = refusal(() => markdownProse('a'.repeat(MARKUP_LIMITS.length + 1)))
    expect(error.code).toBe('input-too-large')
    expect(error.message).toBe(
      `The Markdown draft is ${MARKUP_LIMITS.length + 1} characters long; the limit is ${MARKUP_LIMITS.length}. Lint it as plain text (format: 'text') instead.`,
    )
    expect(refusal(() => htmlProse('a'.repeat(MARKUP_LIMITS.length + 1))).code).toBe('input-too-large')
  })

  it.each([
    ['emphasis runs (*×n a *×n)', `${'*'.repeat(4000)}a${'*'.repeat(4000)}`],
    ['repeated links ([a])', '[a]'.repeat(34_000)],
    ['emphasis everywhere (*a*a*a)', '*a'.repeat(50_000)],
    ['underscores', '_a'.repeat(5200)],
  ])('refuses more markup characters than the limit: %s', (_, source) => {
    const error = refusal(() => lint(source, { format: 'markdown' }))
    expect(error.code).toBe('input-too-complex')
    expect(error.message).toMatch(
      /^The Markdown draft holds more than 5000 markup characters .* by line \d+\./,
    )
  })

  it.each([
    ['a nested list, two items a line', '- - a\n'.repeat(501), 501],
    ['a list nested by indentation', '- a\n  - b\n'.repeat(501), 1001],
    ['a flat list', '1. a\n'.repeat(1001), 1001],
  ])('refuses more list items than the limit: %s', (_, source, line) => {
    const error = refusal(() => lint(source, { format: 'markdown' }))
    expect(error.code).toBe('input-too-complex')
    expect(error.message).toBe(
      `The Markdown draft holds more than 1000 list items by line ${line}. Lint it as plain text (format: 'text') instead.`,
    )
  })

  it('does not count markup inside fenced code blocks', () => {
    const code = `\`\`\`\n${'*a_[b]<c>\n'.repeat(2000)}\`\`\`\n\n${DRAFT}\n`
    const { diagnostics } = lint(code, { format: 'markdown' })
    expect(diagnostics.map((d) => d.excerpt)).toContain("You'll definitely get it")
  })

  it("falls back to plain text in a caller's hands (the README recipe)", () => {
    const source = `${'*'.repeat(4000)}\n\n${DRAFT}`
    let result: LintResult
    try {
      result = lint(source, { format: 'markdown' })
    } catch (error) {
      if (
        !(error instanceof ReplyLintError) ||
        !['input-too-complex', 'input-too-large'].includes(error.code)
      )
        throw error
      result = lint(source, { format: 'text' })
    }
    expect(result.diagnostics.map((d) => d.excerpt)).toContain("You'll definitely get it")
  })
})
