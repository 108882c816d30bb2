import { describe, expect, it } from 'vitest'
import { type AnyRule, createLinter, defineRule, lint, ReplyLintError, ruleCreator } from '../src/index.js'

const throwing = defineRule({
  id: 'acme/throws',
  meta: { description: 'Always throws.', recommended: false, defaultOptions: {} },
  messages: { never: 'never shown' },
  check() {
    throw new Error('boom')
  },
})

const flagsWord = defineRule({
  id: 'acme/flag-word',
  meta: {
    description: 'Flags a configured word.',
    recommended: false,
    scope: 'sentence',
    hasSuggestions: true,
    defaultOptions: { word: 'parcel', limit: 3 },
    validateOptions: (options) => (options.limit < 1 ? 'limit must be at least 1.' : undefined),
  },
  messages: { found: 'Found "{{word}}".', suggestBox: 'Say "box".' },
  check(context) {
    for (const word of context.words)
      if (word.normal === context.options.word)
        context.report({
          messageId: 'found',
          node: word,
          data: { word: word.text },
          suggestions: [{ messageId: 'suggestBox', edits: [{ range: word.range, text: 'box' }] }],
        })
  },
})

const ruleReporting = (report: (context: Parameters<AnyRule['check']>[0]) => void): AnyRule =>
  defineRule({
    id: 'acme/bad-report',
    meta: { description: 'Reports badly.', recommended: false, defaultOptions: {} },
    messages: { known: 'Known.', suggestKnown: 'Suggested.' },
    check: report,
  })

describe('lint', () => {
  it('refuses a draft that is not a string with a typed error', () => {
    for (const bad of [42, null, undefined, {}, ['text']]) {
      expect(() => lint(bad as unknown as string)).toThrow(ReplyLintError)
      try {
        lint(bad as unknown as string)
      } catch (error) {
        expect((error as ReplyLintError).code).toBe('invalid-input')
      }
    }
  })

  it('returns nothing for an empty draft', () => {
    expect(lint('')).toEqual({ diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 })
  })

  it('turns a throwing rule into one internal-error diagnostic and keeps the built-in results', () => {
    const { diagnostics } = lint('Call me on 0344 493 0787.', { plugins: [throwing] })
    const failed = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')
    expect(failed).toHaveLength(1)
    expect(failed[0]?.message).toMatch(/acme\/throws.*boom/)
    expect(failed[0]?.range).toEqual([0, 0])
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'no-off-platform')).toBe(true)
  })

  it('stamps severity, interpolates data and keeps excerpt, range and line/column in agreement', () => {
    const text = 'Hello!\r\nYour parcel left.\nThe parcel is here.'
    const { diagnostics, warningCount } = lint(text, {
      preset: 'recommended',
      rules: { 'no-off-platform': 'off', 'no-guarantees': 'off' },
      plugins: [flagsWord],
    })
    expect(warningCount).toBe(2)
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.excerpt, d.start, d.end])).toEqual([
      [
        'acme/flag-word',
        'warn',
        'Found "parcel".',
        'parcel',
        { line: 2, column: 6 },
        { line: 2, column: 12 },
      ],
      [
        'acme/flag-word',
        'warn',
        'Found "parcel".',
        'parcel',
        { line: 3, column: 5 },
        { line: 3, column: 11 },
      ],
    ])
    for (const diagnostic of diagnostics) expect(text.slice(...diagnostic.range)).toBe(diagnostic.excerpt)
  })

  it('passes merged options to rules and validates them against the defaults', () => {
    const options = { plugins: [flagsWord], rules: { 'acme/flag-word': ['error', { word: 'box' }] as const } }
    expect(lint('A box and a parcel.', options).diagnostics.map((d) => [d.excerpt, d.severity])).toEqual([
      ['box', 'error'],
    ])
    expect(() =>
      lint('x', { plugins: [flagsWord], rules: { 'acme/flag-word': ['warn', { word: 3 }] } }),
    ).toThrow(/option "word" must be a string/)
    expect(() =>
      lint('x', { plugins: [flagsWord], rules: { 'acme/flag-word': ['warn', { limit: 0 }] } }),
    ).toThrow(/limit must be at least 1/)
  })

  it('sorts by position then rule and is deterministic', () => {
    const text = 'Email me at a@b.co or call +44 20 7946 0958. You will definitely get it tomorrow.'
    const first = lint(text).diagnostics
    expect(lint(text).diagnostics).toEqual(first)
    expect(createLinter().lint(text).diagnostics).toEqual(first)
    const starts = first.map((diagnostic) => diagnostic.range[0])
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('never mutates the input options or context', () => {
    const context = { fulfillment: 'seller' as const, order: { id: '123' } }
    const options = { context, rules: { 'no-guarantees': 'warn' as const } }
    const snapshot = JSON.stringify(options)
    lint('It will arrive tomorrow.', options)
    expect(JSON.stringify(options)).toBe(snapshot)
  })

  it('merges a per-call context over the linter context', () => {
    const seen: unknown[] = []
    const spy = defineRule({
      id: 'acme/spy',
      meta: { description: 'Records the context.', recommended: false, defaultOptions: {} },
      messages: { none: 'none' },
      check(context) {
        seen.push(context.replyContext)
      },
    })
    const linter = createLinter({ plugins: [spy], context: { fulfillment: 'seller', order: { id: 'A1' } } })
    linter.lint('Hi.', { refund: 'approved', order: { trackingNumber: 'T9' } })
    expect(seen[0]).toEqual({
      fulfillment: 'seller',
      refund: 'approved',
      order: { id: 'A1', trackingNumber: 'T9' },
    })
    expect(Object.isFrozen(seen[0])).toBe(true)
  })

  it('runs sentence-scoped rules once per sentence with only that sentence in view', () => {
    const seen: number[] = []
    const perSentence = defineRule({
      id: 'acme/per-sentence',
      meta: { description: 'Counts.', recommended: false, scope: 'sentence', defaultOptions: {} },
      messages: { none: 'none' },
      check(context) {
        seen.push(context.sentences.length, context.paragraphs.length)
      },
    })
    lint('One. Two. Three.', { plugins: [perSentence] })
    expect(seen).toEqual([1, 0, 1, 0, 1, 0])
  })
})

describe('reports a rule gets wrong become internal errors', () => {
  const cases: [string, (context: Parameters<AnyRule['check']>[0]) => void, RegExp][] = [
    [
      'an unknown messageId',
      (c) => c.report({ messageId: 'nope', range: [0, 1] }),
      /unknown messageId "nope"/,
    ],
    ['a range outside the text', (c) => c.report({ messageId: 'known', range: [0, 99] }), /outside the text/],
    ['a reversed range', (c) => c.report({ messageId: 'known', range: [2, 1] }), /outside the text/],
    ['no range', (c) => c.report({ messageId: 'known' }), /without a \[start, end\] range/],
    [
      'a suggestion naming a message that is not a suggest… message',
      (c) =>
        c.report({
          messageId: 'known',
          range: [0, 1],
          // @ts-expect-error the types know it too
          suggestions: [{ messageId: 'known', edits: [{ range: [0, 1], text: 'x' }] }],
        }),
      /suggestion messageIds start with "suggest"/,
    ],
  ]
  it.each(cases)('%s', (_, report, message) => {
    const { diagnostics } = lint('Some text.', { preset: 'recommended', plugins: [ruleReporting(report)] })
    const failed = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')
    expect(failed).toHaveLength(1)
    expect(failed[0]?.message).toMatch(message)
  })

  it('refuses undeclared suggestion ids and overlapping edits', () => {
    const rule = defineRule({
      id: 'acme/suggests',
      meta: { description: 'Suggests badly.', recommended: false, hasSuggestions: true, defaultOptions: {} },
      messages: { known: 'Known.', suggestFix: 'Fix.', other: 'Other.' },
      check(context) {
        context.report({
          messageId: 'known',
          range: [0, 1],
          // @ts-expect-error a suggestion names one of the rule's suggest… messages
          suggestions: [{ messageId: 'other', edits: [{ range: [0, 1], text: '' }] }],
        })
      },
    })
    const overlap = defineRule({
      id: 'acme/overlap',
      meta: { description: 'Overlaps.', recommended: false, hasSuggestions: true, defaultOptions: {} },
      messages: { known: 'Known.', suggestFix: 'Fix.' },
      check(context) {
        context.report({
          messageId: 'known',
          range: [0, 4],
          suggestions: [
            {
              messageId: 'suggestFix',
              edits: [
                { range: [0, 3], text: 'a' },
                { range: [2, 4], text: 'b' },
              ],
            },
          ],
        })
      },
    })
    const messages = lint('Some text.', { plugins: [rule, overlap] })
      .diagnostics.filter((d) => d.ruleId === 'internal-error')
      .map((d) => d.message)
    expect(messages).toHaveLength(2)
    expect(messages.join('\n')).toMatch(/start with "suggest"/)
    expect(messages.join('\n')).toMatch(/edits overlap/)
  })
})

describe('defineRule', () => {
  it('refuses malformed rules with invalid-rule', () => {
    const base = {
      meta: { description: 'd', recommended: false, defaultOptions: {} },
      messages: { a: 'A' },
      check() {},
    }
    for (const rule of [
      { ...base, id: 'Bad Id' },
      { ...base, id: 'internal-error' },
      { ...base, id: 'ok', messages: {} },
      { ...base, id: 'ok', messages: { 'not-camel': 'x' } },
      { ...base, id: 'ok', meta: { defaultOptions: [] } },
      { ...base, id: 'ok', meta: { hasSuggestions: true } },
      { ...base, id: 'ok', messages: { a: 'A', suggestB: 'B' }, meta: { hasSuggestions: false } },
    ]) {
      expect(() => defineRule(rule as never)).toThrow(ReplyLintError)
    }
  })

  it('fills in meta: not recommended, no options, suggestions when a message is a suggest… message', () => {
    const bare = defineRule({ id: 'no-asap', messages: { asap: 'ASAP.' }, check() {} })
    expect(bare.meta).toEqual({
      description: '',
      recommended: false,
      hasSuggestions: false,
      defaultOptions: {},
    })
    const suggesting = defineRule({
      id: 'no-asap',
      messages: { asap: 'ASAP.', suggestSoon: 'Soon.' },
      check() {},
    })
    expect(suggesting.meta.hasSuggestions).toBe(true)
  })

  it('gives a rule from a ruleCreator the docs URL of its id, unless the rule names its own', () => {
    const createRule = ruleCreator((id) => `https://acme.example/rules/${id}.md`)
    const rule = createRule({ id: 'no-asap', messages: { asap: 'ASAP.' }, check() {} })
    expect(rule.meta.docsUrl).toBe('https://acme.example/rules/no-asap.md')
    const own = createRule({
      id: 'no-asap',
      meta: { docsUrl: 'https://x.example/' },
      messages: { a: 'A.' },
      check() {},
    })
    expect(own.meta.docsUrl).toBe('https://x.example/')
    const { diagnostics } = lint('Reply ASAP.', {
      plugins: [
        {
          name: 'acme',
          rules: [
            createRule({
              id: 'no-asap',
              messages: { asap: 'ASAP.' },
              check: (c) => c.report({ messageId: 'asap', range: [6, 10] }),
            }),
          ],
        },
      ],
    })
    expect(diagnostics.map((d) => [d.ruleId, d.docsUrl])).toEqual([
      ['acme/no-asap', 'https://acme.example/rules/no-asap.md'],
    ])
  })

  it("prefixes a plugin's rules with its name, in diagnostics, in context.ruleId and in `rules`", () => {
    const seen: string[] = []
    const noAsap = defineRule({
      id: 'no-asap',
      messages: { asap: '"ASAP" promises a time.' },
      check(context) {
        seen.push(context.ruleId)
        for (const word of context.words)
          if (word.normal === 'asap') context.report({ messageId: 'asap', node: word })
      },
    })
    const acme = { name: 'acme', rules: [noAsap] }
    expect(lint('Reply ASAP.', { plugins: [acme] }).diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['acme/no-asap', 'warn'],
    ])
    expect(seen).toEqual(['acme/no-asap'])
    expect(lint('Reply ASAP.', { plugins: [acme], rules: { 'acme/no-asap': 'off' } }).diagnostics).toEqual([])
    // A rule that already carries the plugin's prefix keeps its id.
    const prefixed = { name: 'acme', rules: [defineRule({ ...noAsap, id: 'acme/no-asap' })] }
    expect(lint('Reply ASAP.', { plugins: [prefixed] }).diagnostics.map((d) => d.ruleId)).toEqual([
      'acme/no-asap',
    ])
  })

  it('freezes the rule', () => {
    expect(Object.isFrozen(flagsWord)).toBe(true)
    expect(Object.isFrozen(flagsWord.meta.defaultOptions)).toBe(true)
  })
})
