import { describe, expect, it } from 'vitest'
import { rewrittenReply } from '../playground/rewritten-reply.js'
import { createLinter, type ReplyContext } from '../src/index.js'

const linter = createLinter({ preset: 'recommended' })
const paneFor = (text: string, context: ReplyContext = {}) =>
  rewrittenReply(linter, text, context, linter.lint(text, context).diagnostics)

describe("the playground's rewritten reply", () => {
  it('is the draft with every first rewrite applied, in passes', () => {
    expect(paneFor("Thanks for waiting. You'll definitely get it today.")).toEqual({
      kind: 'reply',
      text: "Thanks for waiting. It's expected to arrive today.",
    })
  })

  it('offers no reply to send while a dispute is open: it says to contact support', () => {
    const pane = paneFor("Thanks for waiting. You'll definitely get it today.", { disputeActive: true })
    expect(pane.kind).toBe('escalate')
    expect(pane).toEqual({
      kind: 'escalate',
      message:
        "Don't send a reply: contact platform support instead. A dispute is open on this order. Contact the platform's support instead of messaging the customer; anything you write now can be read as part of the dispute.",
    })
  })

  it('offers no reply to an abusive customer', () => {
    expect(paneFor('Thanks for your message.', { customerAbusive: true }).kind).toBe('escalate')
  })

  it('offers no reply while a settlement offer stands: no rewrite launders it', () => {
    // Taking out the refund alone would leave "Close the case." as a reply ready to send.
    const text = "Hi, I can see you've opened a case. Close the case and I'll refund you in full today."
    expect(paneFor(text).kind).toBe('escalate')
  })
})
