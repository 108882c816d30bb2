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
import { defineRule } from '../../src/index.js'
import { flagEmail, flagPhrase } from '../formats/helpers.js'
import { onlyRules } from './helpers.js'

// Test rules (flag "definitely get it" with a rewrite, e-mail addresses without one) keep these
// places fixed whatever the built-in rules become.
const severities = (phrase: 'error' | 'warn' | 'info', email: 'error' | 'warn' | 'info') => ({
  rules: { ...onlyRules({}), 'test/flag-phrase': phrase, 'test/flag-email': email },
  plugins: [flagPhrase, flagEmail],
})
const options = severities('error', 'warn')
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
    const [phrase, email] = file.messages
    expect(phrase).toMatchObject({
      ruleId: 'test/flag-phrase',
      source: 'reply-lint',
      fatal: true,
      reason: '"definitely get it" is a promise.',
      // The flagged words and the rewrite's insertion after "today".
      actual: 'definitely get it today',
      expected: ['should get it today, all being well'],
      note: 'Hedge it.',
      place: {
        start: { line: 2, column: 8, offset: 15 },
        end: { line: 2, column: 31, offset: 38 },
      },
    })
    expect(email).toMatchObject({
      ruleId: 'test/flag-email',
      fatal: false,
      actual: 'sam@example.com',
      expected: [],
    })
    expect(email?.url).toBeUndefined()
  })

  it('links each message to its rule doc', async () => {
    const file = await lintWith(
      unified()
        .use(retextEnglish)
        .use(replyLint, {
          rules: onlyRules({ 'no-guarantees': 'error' }),
          context: { fulfillment: 'seller' },
        }),
      "You'll definitely get it today.",
    )
    expect(file.messages[0]?.url).toBe(
      'https://github.com/reply-lint/reply-lint/blob/main/rules/no-guarantees.md',
    )
  })

  it('gives expected: [] when no rewrite is safe, and fatal: undefined for info', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRetext, unified().use(retextEnglish).use(replyLint, severities('info', 'info')))
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
      ['test/flag-phrase', 'definitely get it on Friday', true],
      ['test/flag-email', 'sam@example.com', false],
    ])
    const [phrase] = file.messages
    const start = markdown.indexOf('definitely get it on')
    expect(phrase?.place).toEqual({
      start: { line: 4, column: 10, offset: start },
      end: { line: 4, column: 37, offset: start + 27 },
    })
    expect(phrase?.expected).toEqual(['should get it on Friday, all being well'])
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
      ['test/flag-phrase', 'definitely get it today', true],
      ['test/flag-email', 'sam@example.com', false],
    ])
    const start = html.indexOf('definitely')
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 1, column: start + 1, offset: start } })
    expect(file.messages[0]?.expected).toEqual(['should get it today, all being well'])
  })

  describe('silencing', () => {
    const silencing = { ...options, reportUnusedDirectives: true, allow: ['Kingston Express'] }
    const markdown = () =>
      unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(replyLint, silencing))
    const run = async (processor: Runnable, value: string, path?: string) => {
      const file = new VFile({ value, path })
      await processor.run(processor.parse(file) as never, file)
      expectPlacesMatch(file)
      return file.messages.map((message) => [
        message.ruleId,
        message.actual,
        message.place && 'start' in message.place ? message.place.start.line : 0,
      ])
    }

    it('reads directives in Markdown comments, and reports an unused one', async () => {
      const text = [
        '<!-- reply-lint-disable-next-line test/flag-phrase -->',
        "You'll definitely get it today.",
        "You'll definitely get it today.",
        '',
        '```',
        '<!-- reply-lint-disable -->',
        '```',
        '',
        'Mail sam@example.com <!-- reply-lint-disable-next-line test/flag-email -->',
      ].join('\n')
      expect(await run(markdown(), text, 'reply.md')).toEqual([
        ['test/flag-phrase', 'definitely get it today', 3],
        ['test/flag-email', 'sam@example.com', 9],
        ['unused-directive', '<!-- reply-lint-disable-next-line test/flag-email -->', 9],
      ])
      // Without a path, a file is read as Markdown too.
      expect(await run(markdown(), text)).toEqual(await run(markdown(), text, 'reply.md'))
      const file = new VFile(text)
      await markdown().run(markdown().parse(file) as never, file)
      expect(file.messages.at(-1)).toMatchObject({
        fatal: false,
        url: 'https://github.com/reply-lint/reply-lint/blob/main/README.md#inline-directives',
        expected: [''],
      })
    })

    it('reads directives in HTML comments of an .html file', async () => {
      const html = () =>
        unified()
          .use(rehypeParse, { fragment: true })
          .use(rehypeRetext, unified().use(retextEnglish).use(replyLint, silencing))
      const text =
        "<p>You'll definitely get it.<!-- reply-lint-disable test/flag-phrase --> You'll definitely get it, from Kingston Express.</p>"
      expect(await run(html(), text, 'reply.html')).toEqual([['test/flag-phrase', 'definitely get it', 1]])
    })

    it('in a plain-text pipeline, a directive is text the customer reads: reported, never applied', async () => {
      const plain = unified().use(retextEnglish).use(replyLint, silencing)
      const text = "<!-- reply-lint-disable -->\nYou'll definitely get it."
      expect(await run(plain, text, 'reply.txt')).toEqual([
        // `actual` takes in what the suggestion removes: the line.
        ['unused-directive', '<!-- reply-lint-disable -->\n', 1],
        ['test/flag-phrase', 'definitely get it', 2],
      ])
    })

    it('drops what an allowed phrase covers', async () => {
      const rule = defineRule({
        id: 'acme/no-express',
        messages: { express: 'Express?' },
        check(context) {
          for (const word of context.words)
            if (word.normal === 'express') context.report({ messageId: 'express', node: word })
        },
      })
      const plain = unified()
        .use(retextEnglish)
        .use(replyLint, { ...silencing, plugins: [...silencing.plugins, rule] })
      expect(await run(plain, 'By Kingston Express, or express post.')).toEqual([
        ['acme/no-express', 'express', 1],
      ])
    })
  })

  it('refuses bad options when the pipeline is built', () => {
    expect(() =>
      unified()
        .use(retextEnglish)
        .use(replyLint, { preset: 'nope' as 'strict' })
        .freeze(),
    ).toThrow(/Unknown preset "nope"/)
  })
})
