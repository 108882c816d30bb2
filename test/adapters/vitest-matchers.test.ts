import { describe, expect, it } from 'vitest'
import '../../src/adapters/vitest.js'
import { replyLintMatchers } from '../../src/adapters/vitest.js'
import type { LintOptions } from '../../src/types.js'
import { flagEmail, flagPhrase } from '../formats/helpers.js'
import { onlyRules } from './helpers.js'

// Test rules (flag "definitely get it" with a rewrite, e-mail addresses without one) keep these
// messages fixed whatever the built-in rules become.
const seller = {
  rules: { ...onlyRules({}), 'test/flag-phrase': 'error', 'test/flag-email': 'warn' },
  plugins: [flagPhrase, flagEmail],
} satisfies LintOptions
const GUARANTEE = "Hi Sam,\nYou'll definitely get it today."
const CLEAN = "Hi Sam,\nThanks for your patience. It's expected to arrive on Friday."

describe('toBeCleanReply', () => {
  it('passes for a clean reply and fails listing rule, line:column, excerpt, message and rewrite', () => {
    expect(CLEAN).toBeCleanReply(seller)
    expect(() => expect(GUARANTEE).toBeCleanReply(seller)).toThrow(
      [
        'expected the reply to be clean, but reply-lint found 1 problem:',
        '  2:8  error  test/flag-phrase  "definitely get it"  "definitely get it" is a promise.',
        '      suggested: "definitely get it today" -> "should get it today, all being well"',
        'suggested rewrite:',
        "Hi Sam,\nYou'll should get it today, all being well.",
      ].join('\n'),
    )
  })

  it('negates', () => {
    expect(GUARANTEE).not.toBeCleanReply(seller)
    expect(() => expect(CLEAN).not.toBeCleanReply(seller)).toThrow(
      'expected reply-lint to find problems in the reply, but it found none',
    )
  })

  it('takes a format and lints only the prose', () => {
    expect('```\nYou will definitely get it today.\n```\n').toBeCleanReply({ ...seller, format: 'markdown' })
    expect('<p title="definitely get it today">Thanks!</p>').toBeCleanReply({ ...seller, format: 'html' })
  })

  it('fails with a clear message for a non-string draft', () => {
    expect(() => expect(42).toBeCleanReply()).toThrow(
      'toBeCleanReply expects the draft as a string; got number',
    )
  })
})

describe('toViolate', () => {
  it('passes when the rule fires; turns the rule on unless the options set it', () => {
    expect(GUARANTEE).toViolate('test/flag-phrase', seller)
    const { 'no-off-platform': _unset, ...others } = onlyRules({})
    expect('Email me at sam@example.com').toViolate('no-off-platform', { rules: others })
    expect('Email me at sam@example.com').not.toViolate('no-off-platform', { rules: onlyRules({}) })
  })

  it('fails listing what reply-lint found instead', () => {
    expect(() => expect('Write to sam@example.com').toViolate('test/flag-phrase', seller)).toThrow(
      'expected the reply to violate test/flag-phrase, but it did not; reply-lint found:\n  1:10  warn  test/flag-email  "sam@example.com"  An e-mail address.',
    )
    expect(() => expect(CLEAN).toViolate('test/flag-phrase', seller)).toThrow(
      'expected the reply to violate test/flag-phrase, but it did not (reply-lint found nothing)',
    )
  })

  it('negates, listing the rule’s diagnostics and rewrites', () => {
    expect(CLEAN).not.toViolate('test/flag-phrase', seller)
    expect(() => expect(GUARANTEE).not.toViolate('test/flag-phrase', seller)).toThrow(
      /^expected the reply not to violate test\/flag-phrase, but it did:\n {2}2:8 {2}error {2}test\/flag-phrase .*\n {6}suggested: /,
    )
  })

  it('names an unknown rule', () => {
    // @ts-expect-error the types know the rule ids too
    expect(() => expect(GUARANTEE).toViolate('no-guarantee')).toThrow(
      /Unknown rule "no-guarantee".*Did you mean "no-guarantees"\?/,
    )
  })

  it('works as an asymmetric matcher and through expect.extend', () => {
    expect({ reply: GUARANTEE }).toEqual({ reply: expect.toViolate('test/flag-phrase', seller) })
    expect(Object.keys(replyLintMatchers)).toEqual(['toBeCleanReply', 'toViolate'])
    expect.extend(replyLintMatchers)
    expect(CLEAN).toBeCleanReply(seller)
  })
})
