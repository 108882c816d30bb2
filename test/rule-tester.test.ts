import { describe, expect, it } from 'vitest'
import { defineRule } from '../src/index.js'
import { type InvalidCase, RuleTester } from '../src/testing/index.js'

const doubledBang = defineRule({
  id: 'acme/doubled-bang',
  meta: {
    description: 'Flags "!!".',
    recommended: false,
    scope: 'sentence',
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages: { doubled: 'One "!" is enough.', suggestSingle: 'Use one "!".' },
  check(context) {
    for (const sentence of context.sentences)
      for (const token of sentence.tokens)
        if (token.text === '!!')
          context.report({
            messageId: 'doubled',
            range: token.range,
            suggestions: [{ messageId: 'suggestSingle', edits: [{ range: token.range, text: '!' }] }],
          })
  },
})

/** Its fix makes the problem worse, so fixes never converge. */
const pingPong = defineRule({
  id: 'acme/ping-pong',
  meta: { description: 'Never settles.', recommended: false, hasSuggestions: true, defaultOptions: {} },
  messages: { found: 'Found.', suggestMore: 'More.' },
  check(context) {
    const at = context.text.indexOf('!')
    if (at >= 0)
      context.report({
        messageId: 'found',
        range: [at, at + 1],
        suggestions: [{ messageId: 'suggestMore', edits: [{ range: [at, at + 1], text: '!!' }] }],
      })
  },
})

const tester = new RuleTester()
const expected = {
  messageId: 'doubled',
  range: [2, 4] as const,
  suggestions: [{ messageId: 'suggestSingle', output: 'Hi! There.' }],
}
const good = { text: 'Hi!! There.', errors: [expected] }

describe('RuleTester', () => {
  it('passes a correct table', () => {
    expect(() => tester.checkInvalid(doubledBang, good)).not.toThrow()
    expect(() => tester.checkValid(doubledBang, { text: 'Hi! There.' })).not.toThrow()
  })

  it.each<[string, InvalidCase]>([
    ['a wrong messageId', { ...good, errors: [{ ...expected, messageId: 'other' }] }],
    ['a wrong range', { ...good, errors: [{ ...expected, range: [2, 3] as const }] }],
    ['a wrong excerpt', { ...good, errors: [{ messageId: 'doubled', excerpt: '!' }] }],
    [
      'a wrong suggestion output',
      {
        ...good,
        errors: [{ ...expected, suggestions: [{ messageId: 'suggestSingle', output: 'Hi. There.' }] }],
      },
    ],
    ['a missing suggestion list', { ...good, errors: [{ messageId: 'doubled', range: [2, 4] as const }] }],
    ['too many expected errors', { ...good, errors: [...good.errors, ...good.errors] }],
    ['an error without range or excerpt', { ...good, errors: [{ messageId: 'doubled', suggestions: [] }] }],
    ['a wrong output', { ...good, output: 'Hi There.' }],
  ])('fails on %s', (_, test) => {
    expect(() => tester.checkInvalid(doubledBang, test)).toThrow()
  })

  it('fails a valid case that fires', () => {
    expect(() => tester.checkValid(doubledBang, { text: 'No!!' })).toThrow()
  })

  it('fails when applying the fixes does not converge', () => {
    expect(() =>
      tester.checkInvalid(pingPong, {
        text: 'Hi!',
        errors: [
          { messageId: 'found', range: [2, 3], suggestions: [{ messageId: 'suggestMore', output: 'Hi!!' }] },
        ],
      }),
    ).toThrow(/converge/)
  })
})

describe('RuleTester with the runner it is given', () => {
  /** A runner that records what `run` declares and what each case's body throws. */
  function recordingRunner() {
    const results: Array<[string, string]> = []
    const path: string[] = []
    const describe = (name: string, body: () => void) => {
      path.push(name)
      body()
      path.pop()
    }
    const it = (name: string, body: () => void) => {
      try {
        body()
        results.push([[...path, name].join(' > '), 'pass'])
      } catch (error) {
        results.push([[...path, name].join(' > '), (error as Error).message.split('\n')[0] as string])
      }
    }
    return { describe, it, results }
  }

  it('reports a duplicate case as one failing case and runs the others', () => {
    const runner = recordingRunner()
    new RuleTester({ describe: runner.describe, it: runner.it }).run(doubledBang, {
      valid: ['Hi! There.', 'Hi! There.', 'Fine.'],
      invalid: [good, good],
    })
    expect(runner.results).toEqual([
      ['acme/doubled-bang > valid > Hi! There.', 'pass'],
      [
        'acme/doubled-bang > valid > Hi! There. (duplicate)',
        'Duplicate valid test case for acme/doubled-bang: "Hi! There.". Remove one of them.',
      ],
      ['acme/doubled-bang > valid > Fine.', 'pass'],
      ['acme/doubled-bang > invalid > Hi!! There.', 'pass'],
      [
        'acme/doubled-bang > invalid > Hi!! There. (duplicate)',
        'Duplicate invalid test case for acme/doubled-bang: "Hi!! There.". Remove one of them.',
      ],
    ])
  })

  it('lints Markdown and HTML cases in their own offsets', () => {
    const runner = recordingRunner()
    new RuleTester({ describe: runner.describe, it: runner.it, format: 'markdown' }).run(doubledBang, {
      valid: ['`Hi!! There.`', { text: '<p>Hi&#33;</p>', format: 'html' }],
      invalid: [
        {
          text: '**Hi!!** there.',
          errors: [
            {
              ...expected,
              range: [4, 6],
              suggestions: [{ messageId: 'suggestSingle', output: '**Hi!** there.' }],
            },
          ],
        },
        {
          text: '<p>Hi!! there.</p>',
          format: 'html',
          errors: [
            {
              ...expected,
              range: [5, 7],
              suggestions: [{ messageId: 'suggestSingle', output: '<p>Hi! there.</p>' }],
            },
          ],
        },
      ],
    })
    expect(runner.results.map(([, result]) => result)).toEqual(['pass', 'pass', 'pass', 'pass'])
  })

  it('takes an allow list per case, and inline directives in Markdown and HTML cases', () => {
    const noAsap = defineRule({
      id: 'acme/no-asap',
      messages: { asap: 'ASAP promises a time.' },
      check(context) {
        for (const word of context.words)
          if (word.normal === 'asap') context.report({ messageId: 'asap', node: word })
      },
    })
    const runner = recordingRunner()
    const twice = 'Reply ASAP, with ASAP Express.'
    new RuleTester({ describe: runner.describe, it: runner.it }).run(noAsap, {
      valid: [
        { text: 'Order with ASAP Express today.', allow: ['ASAP Express'] },
        { text: '<!-- reply-lint-disable-next-line acme/no-asap -->\nReply ASAP.', format: 'markdown' },
        { text: '<p><!-- reply-lint-disable --> Reply ASAP.</p>', format: 'html' },
      ],
      invalid: [
        { text: twice, allow: ['ASAP Express'], errors: [{ messageId: 'asap', range: [6, 10] }] },
        // The same text without the list is another case, not a duplicate.
        {
          text: twice,
          errors: [
            { messageId: 'asap', range: [6, 10] },
            { messageId: 'asap', range: [17, 21] },
          ],
        },
        {
          text: '<!-- reply-lint-disable-next-line acme/no-asap -->\nReply ASAP.\nReply ASAP.',
          format: 'markdown',
          errors: [{ messageId: 'asap', excerpt: 'ASAP', line: 3, column: 7 }],
        },
      ],
    })
    expect(runner.results).toHaveLength(6)
    expect(runner.results.filter(([, result]) => result !== 'pass')).toEqual([])
    // And the list does what it says: without it, the first valid case fails.
    expect(() => new RuleTester().checkValid(noAsap, { text: 'Order with ASAP Express today.' })).toThrow()
  })

  it('runs the cases at once and throws at the first failure without a runner', () => {
    const saved = [RuleTester.describe, RuleTester.it] as const
    RuleTester.describe = undefined
    RuleTester.it = undefined
    try {
      expect(() => new RuleTester().run(doubledBang, { valid: ['Fine.'], invalid: [good] })).not.toThrow()
      expect(() => new RuleTester().run(doubledBang, { valid: ['Hi!! No.'], invalid: [] })).toThrow(
        /expected no diagnostics for "Hi!! No."/,
      )
    } finally {
      ;[RuleTester.describe, RuleTester.it] = saved
    }
  })
})
