/**
 * A plugin rule runs inside the lint but cannot take it down or change what other rules (or later
 * lints) see: whatever it throws becomes one internal-error diagnostic, an async check is refused
 * without an unhandled rejection, compromise data and options are its own or read-only, and its
 * reports are copied when it makes them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AnyRule, createLinter, defineRule, type RuleContext } from '../src/index.js'

const DRAFT = 'Call me on 0344 493 0787. We will ship it tomorrow.'

function pluginRule(
  check: (context: RuleContext) => unknown,
  scope: 'sentence' | 'reply' = 'reply',
): AnyRule {
  return defineRule({
    id: 'acme/plugin',
    meta: { description: 'A plugin.', recommended: false, scope, hasSuggestions: true, defaultOptions: {} },
    messages: { found: 'Found {{what}}.', other: 'Other.', suggestFix: 'Fix it.' },
    check: check as (context: RuleContext) => void,
  })
}

const failures = (rule: AnyRule, text = DRAFT) => {
  const { diagnostics } = createLinter({ preset: 'recommended', plugins: [rule] }).lint(text)
  return {
    failed: diagnostics.filter((d) => d.ruleId === 'internal-error'),
    builtIn: diagnostics.filter((d) => d.ruleId === 'no-off-platform'),
  }
}

describe('whatever a rule throws becomes exactly one internal-error diagnostic', () => {
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  const throwingMessage = new Error('hidden')
  Object.defineProperty(throwingMessage, 'message', {
    get() {
      throw new Error('message getter')
    },
  })
  const hostileToString = {
    toString() {
      throw new Error('toString')
    },
  }
  const cases: [string, unknown, string][] = [
    ['a null-prototype object', Object.create(null), 'it threw a value that is not an Error.'],
    ['an object whose toString throws', hostileToString, 'it threw a value that is not an Error.'],
    [
      'an Error whose message getter throws',
      throwingMessage,
      'it threw an Error whose message cannot be read.',
    ],
    ['a revoked proxy', revoked.proxy, 'it threw a value that is not an Error.'],
    ['a string', 'plain words', 'plain words'],
    ['undefined', undefined, 'undefined'],
    ['a symbol', Symbol('odd'), 'Symbol(odd)'],
    ['an Error', new TypeError('bad state'), 'bad state'],
  ]

  it.each(cases)('%s', (_, thrown, reason) => {
    for (const scope of ['reply', 'sentence'] as const) {
      const { failed, builtIn } = failures(
        pluginRule(() => {
          throw thrown
        }, scope),
      )
      expect(failed.map((d) => d.message)).toEqual([
        `Rule "acme/plugin" failed, so its results are missing: ${reason}`,
      ])
      expect(builtIn.map((d) => d.excerpt)).toEqual(['Call me', '0344 493 0787'])
    }
  })

  it('keeps a long message short', () => {
    const { failed } = failures(
      pluginRule(() => {
        throw new Error('x'.repeat(10_000))
      }),
    )
    expect(failed).toHaveLength(1)
    expect(failed[0]?.message.length).toBeLessThan(400)
  })
})

describe('an async check', () => {
  let unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => unhandled.push(reason)
  beforeEach(() => {
    unhandled = []
    process.on('unhandledRejection', onUnhandled)
  })
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled)
  })
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

  it('is an internal error, and its rejection is never unhandled', async () => {
    const asyncRule = pluginRule(async (context) => {
      await Promise.resolve()
      context.report({ messageId: 'other', range: [0, 4] })
      throw new Error('late failure')
    })
    const linter = createLinter({ preset: 'recommended', plugins: [asyncRule] })
    const { diagnostics } = linter.lint(DRAFT)
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.message)).toEqual([
      'Rule "acme/plugin" failed, so its results are missing: check() returned a promise; rules are synchronous (an async check is not supported).',
    ])
    expect(diagnostics.some((d) => d.ruleId === 'acme/plugin')).toBe(false)
    await settle()
    expect(unhandled).toEqual([])
    // The report it tried after the lint reached nothing: the next lint is the same.
    expect(linter.lint(DRAFT).diagnostics).toEqual(diagnostics)
  })

  it('refuses a thenable, even one whose then throws', async () => {
    for (const returned of [
      // biome-ignore lint/suspicious/noThenProperty: a thenable is the point
      { then: (_: unknown, reject: (error: Error) => void) => reject(new Error('thenable')) },
      {
        // biome-ignore lint/suspicious/noThenProperty: a thenable is the point
        then() {
          throw new Error('then throws')
        },
      },
    ]) {
      const { failed } = failures(pluginRule(() => returned, 'sentence'))
      expect(failed).toHaveLength(1)
      expect(failed[0]?.message).toContain('check() returned a promise')
    }
    await settle()
    expect(unhandled).toEqual([])
  })

  it('handles a rejected promise a rule throws or reports instead of returning', async () => {
    for (const misuse of [
      () => {
        throw Promise.reject(new Error('thrown promise'))
      },
      (context: RuleContext) => context.report(Promise.reject(new Error('reported promise')) as never),
    ]) {
      const { failed } = failures(pluginRule(misuse))
      expect(failed).toHaveLength(1)
    }
    await settle()
    expect(unhandled).toEqual([])
  })
})

describe('nothing a rule does reaches another rule or the next lint', () => {
  it('a tag added to compromise by one rule is not seen by the next rule or the next lint', () => {
    const seen: boolean[] = []
    const tagger = defineRule({
      id: 'acme/a-tagger',
      meta: { description: 'Tags.', recommended: false, defaultOptions: {} },
      messages: { found: 'x' },
      check(context) {
        for (const sentence of context.sentences) context.nlp(sentence).view.tag('Acme')
      },
    })
    const reader = defineRule({
      id: 'acme/b-reader',
      meta: { description: 'Reads.', recommended: false, defaultOptions: {} },
      messages: { found: 'x' },
      check(context) {
        for (const sentence of context.sentences) {
          const analysis = context.nlp(sentence)
          seen.push(analysis.has('#Acme'), analysis.view.has('#Acme'))
        }
      },
    })
    const linter = createLinter({ preset: 'recommended', plugins: [tagger, reader] })
    linter.lint(DRAFT)
    linter.lint(DRAFT)
    expect(seen).toEqual(Array(8).fill(false))
    // The tagger itself does see its tag, for the lint it made it in.
    const own: boolean[] = []
    const both = defineRule({
      id: 'acme/c-both',
      meta: { description: 'Tags and reads.', recommended: false, defaultOptions: {} },
      messages: { found: 'x' },
      check(context) {
        const sentence = context.sentences[0]
        if (!sentence) return
        context.nlp(sentence).view.tag('Acme')
        own.push(context.nlp(sentence).view.has('#Acme'))
      },
    })
    createLinter({ plugins: [both] }).lint(DRAFT)
    expect(own).toEqual([true])
  })

  it("a rule cannot clear the tags other rules read, so another rule's reports stay", () => {
    const clearer = defineRule({
      id: 'acme/a-clearer',
      meta: { description: 'Clears tags.', recommended: false, defaultOptions: {} },
      messages: { found: 'x' },
      check(context) {
        for (const sentence of context.sentences)
          for (const term of context.nlp(sentence).terms) (term.tags as Set<string>).clear()
      },
    })
    const verbs = defineRule({
      id: 'acme/b-verbs',
      meta: { description: 'Flags verbs.', recommended: false, defaultOptions: {} },
      messages: { found: 'A verb.' },
      check(context) {
        for (const sentence of context.sentences)
          for (const term of context.nlp(sentence).terms)
            if (term.tags.has('Verb')) context.report({ messageId: 'found', range: term.range })
      },
    })
    const only = { preset: 'recommended', rules: { 'no-off-platform': 'off' } } as const
    const alone = createLinter({ ...only, plugins: [verbs] }).lint(DRAFT).diagnostics
    expect(alone.map((d) => d.excerpt)).toEqual(['Call', 'will', 'ship'])
    const { diagnostics } = createLinter({ ...only, plugins: [clearer, verbs] }).lint(DRAFT)
    expect(diagnostics.filter((d) => d.ruleId === 'acme/b-verbs')).toEqual(alone)
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.message)).toEqual([
      expect.stringMatching(/^Rule "acme\/a-clearer" failed/),
    ])
  })

  it("options are frozen all the way down, so a rule cannot change the next lint's", () => {
    const seen: unknown[] = []
    const mutator = defineRule({
      id: 'acme/mutator',
      meta: {
        description: 'Mutates its options.',
        recommended: false,
        defaultOptions: { words: ['parcel'] as string[], nested: { level: 1 } as Record<string, number> },
      },
      messages: { found: 'x' },
      check(context) {
        seen.push(JSON.stringify(context.options))
        const options = context.options as { words: string[]; nested: Record<string, number> }
        try {
          options.words.push('box')
        } catch {}
        try {
          options.nested.level = 2
        } catch {}
      },
    })
    const linter = createLinter({ plugins: [mutator] })
    linter.lint(DRAFT)
    linter.lint(DRAFT)
    createLinter({ plugins: [mutator] }).lint(DRAFT)
    expect(seen).toEqual(Array(3).fill('{"words":["parcel"],"nested":{"level":1}}'))
  })

  it('a report is read once, when it is made: getters cannot change it afterwards', () => {
    let textReads = 0
    let idReads = 0
    const shifty = pluginRule((context) => {
      const edit = {
        range: [0, 4] as const,
        get text() {
          return textReads++ === 0 ? 'Phone' : 42
        },
      }
      const descriptor = {
        get messageId() {
          return idReads++ === 0 ? 'found' : 'undeclared'
        },
        range: [0, 4] as [number, number],
        data: { what: 'a call' },
        suggestions: [{ messageId: 'suggestFix', edits: [edit] }],
      }
      context.report(descriptor as never)
      descriptor.range[1] = 999
      descriptor.data.what = 'changed'
    })
    const diagnostics = createLinter({ plugins: [shifty] })
      .lint(DRAFT)
      .diagnostics.filter((d) => d.ruleId !== 'no-off-platform')
    expect(diagnostics).toHaveLength(1)
    const [diagnostic] = diagnostics
    expect(diagnostic?.messageId).toBe('found')
    expect(diagnostic?.message).toBe('Found a call.')
    expect(diagnostic?.range).toEqual([0, 4])
    expect(diagnostic?.suggestions[0]?.edits).toEqual([{ range: [0, 4], text: 'Phone' }])
    expect([idReads, textReads]).toEqual([1, 1])
  })

  it('refuses data values that are not strings or numbers', () => {
    const { failed } = failures(
      pluginRule((context) =>
        context.report({ messageId: 'found', range: [0, 4], data: { what: {} } as never }),
      ),
    )
    expect(failed.map((d) => d.message)).toEqual([
      'Rule "acme/plugin" failed, so its results are missing: Rule "acme/plugin" gave data "what" that is not a string or a number.',
    ])
  })
})
