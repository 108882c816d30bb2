import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import replyLint from '../../src/adapters/retext.js'
import { onlyRules } from './helpers.js'

const options = {
  rules: onlyRules({ 'no-guarantees': 'error', 'no-off-platform': 'warn' }),
  context: { fulfillment: 'seller' as const },
}
const retext = () => unified().use(retextEnglish).use(replyLint, options)

/** Any processor: parse then run, as `process` does without compiling. */
interface Runnable {
  parse(file: VFile): unknown
  run(tree: never, file: VFile): Promise<unknown>
}

async function lintWith(processor: Runnable, value: string, data?: VFile['data']) {
  const file = new VFile(data ? { value, data } : { value })
  await processor.run(processor.parse(file) as never, file)
  return file
}

/** Each message's place, read back from the original file, is its `actual`. */
function expectPlacesMatch(file: VFile): void {
  const source = String(file)
  for (const message of file.messages) {
    const { start, end } = message.place as { start: { offset: number }; end: { offset: number } }
    expect(source.slice(start.offset, end.offset)).toBe(message.actual)
  }
}

const summary = (message: VFileMessage) => [message.ruleId, message.actual, message.fatal]

describe('reply-lint/retext', () => {
  it('reports vfile messages with place, actual, expected, url, source and vfile severities', async () => {
    const text = "Hi Sam,\nYou'll definitely get it today. Email me at sam@example.com."
    const file = await lintWith(retext(), text)
    expectPlacesMatch(file)
    const [guarantee, invitation] = file.messages
    expect(guarantee).toMatchObject({
      ruleId: 'no-guarantees',
      source: 'reply-lint',
      fatal: true,
      actual: "You'll definitely get it today",
      url: 'https://github.com/reply-lint/reply-lint/blob/main/rules/no-guarantees.md',
      place: {
        start: { line: 2, column: 1, offset: 8 },
        end: { line: 2, column: 31, offset: 38 },
      },
    })
    expect(guarantee?.reason).toMatch(/definitely get it/)
    expect(guarantee?.expected?.[0]).toMatch(/^It's expected to arrive today, .+/)
    expect(guarantee?.note).toMatch(/\w/)
    expect(invitation).toMatchObject({ ruleId: 'no-off-platform', fatal: false })
  })

  it('gives expected: [] when no rewrite is safe, and fatal: undefined for info', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(
        remarkRetext,
        unified()
          .use(retextEnglish)
          .use(replyLint, { ...options, rules: onlyRules({ 'no-guarantees': 'info' }) }),
      )
    const file = await lintWith(processor, "Good news: you'll **definitely** get it today.")
    expectPlacesMatch(file)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ actual: 'definitely** get it', expected: [], fatal: undefined })
  })

  it('merges file.data.replyContext over the plugin context', async () => {
    const file = await lintWith(
      unified()
        .use(retextEnglish)
        .use(replyLint, { rules: onlyRules({ 'no-off-platform': 'error' }) }),
      'See https://tracking.example.org/x for updates.',
      { replyContext: { allowedDomains: ['example.org'] } },
    )
    expect(file.messages).toEqual([])
  })

  it('works in a remark pipeline: places point into the original Markdown', async () => {
    const markdown = [
      '# Update',
      '',
      "- Fish \\& chips &amp; more,\r\n  you'll definitely get it on Friday.",
      '',
      "> Where is it? You'll definitely get it, you said.",
      '',
      "Run `you'll definitely get it` or email me at sam@example.com.",
      '',
      '```',
      "You'll definitely get it today.",
      '```',
      '',
    ].join('\n')
    const file = await lintWith(unified().use(remarkParse).use(remarkRetext, retext()), markdown)
    expectPlacesMatch(file)
    expect(file.messages.map(summary)).toEqual([
      ['no-guarantees', "you'll definitely get it on Friday", true],
      ['no-off-platform', 'email me', false],
      ['no-off-platform', 'sam@example.com', false],
    ])
    const [guarantee] = file.messages
    const start = markdown.indexOf("you'll definitely")
    expect(guarantee?.place).toEqual({
      start: { line: 4, column: 3, offset: start },
      end: { line: 4, column: 37, offset: start + 34 },
    })
    // The place covers the flagged words and the rewrite's insertion after "Friday".
    expect(guarantee?.expected?.[0]).toMatch(/^[Ii]t's expected to arrive on Friday, .+/)
  })

  it('works in a rehype pipeline: places point into the original HTML', async () => {
    const html =
      '<p>Hi Tom &amp; co, you&#39;ll definitely get it today.<br>Email me at <code>x</code> <a href="mailto:a@b.com">sam@example.com</a>.</p>'
    const file = await lintWith(
      unified().use(rehypeParse, { fragment: true }).use(rehypeRetext, retext()),
      html,
    )
    expectPlacesMatch(file)
    expect(file.messages.map(summary)).toEqual([
      ['no-guarantees', 'you&#39;ll definitely get it today', true],
      ['no-off-platform', 'Email me', false],
      ['no-off-platform', 'sam@example.com', false],
    ])
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 1, column: 21, offset: 20 } })
  })

  it('refuses bad options when the pipeline is built', () => {
    expect(() => unified().use(retextEnglish).use(replyLint, { preset: 'nope' }).freeze()).toThrow(
      /Unknown preset "nope"/,
    )
  })
})
