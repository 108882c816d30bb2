/** Regression tests for fixes in the core that no other suite pins down. */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { CompiledLexicon, ReplyLintError } from '../src/core.js'

describe('compromise is loaded on first use', () => {
  it('is loaded neither by importing reply-lint nor by the bundled rules, and is by a rule that asks for it', async () => {
    const require = createRequire(import.meta.url)
    const path = require.resolve('compromise/two')
    const isLoaded = () => require.cache[path] !== undefined
    expect(isLoaded()).toBe(false)
    const { createLinter, defineRule, isNlpReady } = await import('../src/index.js')
    const linter = createLinter({ preset: 'strict' })
    expect(isLoaded()).toBe(false)
    expect(isNlpReady()).toBe(true)
    const draft = "You'll definitely get it today."
    expect(linter.lint(draft).diagnostics.map((d) => d.ruleId)).toContain('no-guarantees')
    expect(isLoaded()).toBe(false)
    const verbs = defineRule({
      id: 'acme/verbs',
      meta: { description: 'Flags verbs.', recommended: false, defaultOptions: {} },
      messages: { verb: 'A verb.' },
      check(context) {
        for (const sentence of context.sentences)
          for (const match of context.nlp(sentence).match('#Verb'))
            context.report({ messageId: 'verb', range: match.range })
      },
    })
    const withPlugin = createLinter({ preset: 'strict', plugins: [verbs], rules: { 'acme/verbs': 'warn' } })
    expect(withPlugin.lint(draft).diagnostics.map((d) => [d.ruleId, d.excerpt])).toContainEqual([
      'acme/verbs',
      'get',
    ])
    expect(isLoaded()).toBe(true)
  })
})

describe('lexicon compilation', () => {
  it('still refuses the same phrase in two entries, patterns that match nothing, and exploding patterns', () => {
    const compile = (...match: string[][]) =>
      new CompiledLexicon({ name: 'test', entries: match.map((patterns) => ({ match: patterns })) })
    expect(() => compile(['(will|shall) arrive'], ['will arrive'])).toThrow(
      /test\[1\]: the phrase "will arrive" is already listed by entry 0/,
    )
    expect(() => compile(['will arrive', '(will|shall) arrive'])).not.toThrow()
    expect(() => compile(['(will|shall)? (soon)?'])).toThrow(/can match no words at all/)
    // 27,000 phrases, but they share their tails: cheap, so allowed.
    const wide = `(${Array.from({ length: 30 }, (_, i) => `w${i}`).join('|')})`
    expect(() => compile([`${wide} ${wide} ${wide}`])).not.toThrow()
    // Optional slots whose words repeat force copy after copy of the same nodes: refused.
    const exploding = `${Array.from({ length: 18 }, () => '(a|b|c)?').join(' ')} end`
    expect(() => compile([exploding])).toThrow(ReplyLintError)
    expect(() => compile([exploding])).toThrow(/expands to too many phrases/)
  })
})
