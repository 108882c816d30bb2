import { describe, expect, it } from 'vitest'
import '../../src/adapters/vitest.js'
import { replyLintMatchers } from '../../src/adapters/vitest.js'
import { onlyRules } from './helpers.js'

const seller = {
  context: { fulfillment: 'seller' as const },
  rules: onlyRules({ 'no-guarantees': 'error', 'no-off-platform': 'warn' }),
}
const GUARANTEE = "Hi Sam,\nYou'll definitely get it today."
const CLEAN = "Hi Sam,\nThanks for your patience. It's expected to arrive on Friday."

describe('toBeCleanReply', () => {
  it('passes for a clean reply and fails listing rule, line:column, excerpt, message and rewrite', () => {
    expect(CLEAN).toBeCleanReply(seller)
    expect(() => expect(GUARANTEE).toBeCleanReply(seller)).toThrow(
      /expected the reply to be clean, but reply-lint found 1 problem:\n {2}2:8 {2}error {2}no-guarantees {2}"definitely get it" {2}.*definitely get it.*\n {6}suggested: "You'll definitely get it today" -> "[Ii]t's expected to arrive today, .+"\nsuggested rewrite:\nHi Sam,\n[Ii]t's expected to arrive today/,
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
    expect(GUARANTEE).toViolate('no-guarantees', seller)
    const { 'no-off-platform': _unset, ...others } = onlyRules({})
    expect('Email me at sam@example.com').toViolate('no-off-platform', { rules: others })
    expect('Email me at sam@example.com').not.toViolate('no-off-platform', { rules: onlyRules({}) })
  })

  it('fails listing what reply-lint found instead', () => {
    expect(() => expect('Email me at sam@example.com').toViolate('no-guarantees', seller)).toThrow(
      /expected the reply to violate no-guarantees, but it did not; reply-lint found:\n {2}1:1 {2}warn {2}no-off-platform {2}"Email me"/,
    )
    expect(() => expect(CLEAN).toViolate('no-guarantees', seller)).toThrow(
      'expected the reply to violate no-guarantees, but it did not (reply-lint found nothing)',
    )
  })

  it('negates, listing the rule’s diagnostics and rewrites', () => {
    expect(CLEAN).not.toViolate('no-guarantees', seller)
    expect(() => expect(GUARANTEE).not.toViolate('no-guarantees', seller)).toThrow(
      /expected the reply not to violate no-guarantees, but it did:\n {2}2:8 {2}error {2}no-guarantees .*\n {6}suggested: /,
    )
  })

  it('names an unknown rule', () => {
    expect(() => expect(GUARANTEE).toViolate('no-guarantee')).toThrow(
      /Unknown rule "no-guarantee".*Did you mean "no-guarantees"\?/,
    )
  })

  it('works as an asymmetric matcher and through expect.extend', () => {
    expect({ reply: GUARANTEE }).toEqual({ reply: expect.toViolate('no-guarantees', seller) })
    expect(Object.keys(replyLintMatchers)).toEqual(['toBeCleanReply', 'toViolate'])
    expect.extend(replyLintMatchers)
    expect(CLEAN).toBeCleanReply(seller)
  })
})
