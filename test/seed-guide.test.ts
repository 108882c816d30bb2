import { describe, expect, it } from 'vitest'
import { applyFixes, type LintOptions, lint } from '../src/index.js'

// The Kingston Express seller guide is the domain spec: its good examples must pass untouched,
// and each line it says never to send must be caught by the right rule, with a rewrite that sticks.
const GOOD_EXAMPLES: [string, LintOptions['context']][] = [
  [
    'Thanks for reaching out. Your order is currently being handled by Kingston Express and is still in transit. Delivery is actively monitored, and we’ll update you if anything changes.',
    { fulfillment: 'platform', messageKind: 'reply' },
  ],
  [
    'Thanks for your message. I’m confirming delivery details with the courier and will update you shortly.',
    { fulfillment: 'seller', messageKind: 'reply' },
  ],
  [
    'Your return request is under review. Once the item is inspected, we’ll update you on the next steps.',
    { messageKind: 'reply' },
  ],
]

// Each line the guide says never to send, in a short reply. Blame gets no rewrite: what happened has
// to be said anew in the seller's words. Nor, by default, does a refund promise: it is usually the
// reply's answer. (With its rewrites on, "Your request is under review." needs a request.)
const NEVER_SAY: [string, string, LintOptions['context']][] = [
  ['This isn’t my problem', 'no-blame', {}],
  ['The courier messed up', 'no-blame', {}],
  ['You’ll definitely get it today', 'no-guarantees', {}],
  ['I’ll refund you now', 'no-unreviewed-refund', { refund: 'requested' }],
  ['Customs always delays things', 'no-blame', {}],
]
const REWRITTEN = NEVER_SAY.filter(([, ruleId]) => ruleId !== 'no-blame' && ruleId !== 'no-unreviewed-refund')

describe('Kingston Express seller guide', () => {
  for (const preset of ['strict', 'kingston-express', 'recommended'] as const) {
    it.each(GOOD_EXAMPLES)(`a good example gets no diagnostic at all (${preset}): %s`, (text, context) => {
      expect(lint(text, { preset, context }).diagnostics).toEqual([])
      expect(lint(text, { preset }).diagnostics).toEqual([])
    })
  }

  it.each(NEVER_SAY)('"%s" is caught by %s', (phrase, ruleId, context) => {
    const text = `Thanks for your message. ${phrase}.`
    expect(lint(text, { preset: 'kingston-express', context }).diagnostics.map((d) => d.ruleId)).toContain(
      ruleId,
    )
  })

  it.each(REWRITTEN)(
    '"%s" is caught by %s, with a rewrite that leaves no error behind',
    (phrase, ruleId, context) => {
      const text = `Thanks for your message. ${phrase}.`
      const { diagnostics } = lint(text, { preset: 'kingston-express', context })
      const caught = diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId)
      expect(caught.length).toBeGreaterThan(0)
      expect(caught[0]?.suggestions.length).toBeGreaterThan(0)
      const fixed = applyFixes(text, diagnostics).text
      expect(fixed).not.toBe(text)
      const after = lint(fixed, { preset: 'kingston-express', context }).diagnostics
      expect(
        after.filter((diagnostic) => diagnostic.severity === 'error').map((d) => `${d.ruleId}: ${d.excerpt}`),
      ).toEqual([])
    },
  )
})

// The cross-border guide's own templates show what real sellers paste: unfilled slots and a five-star ask.
describe('cross-border delivery notice templates', () => {
  it('flags unfilled slots and the five-star request', () => {
    const template =
      'Dear Customer,\n\nThank you for shopping with us. We have dispatched your order (order No: xxx) on [shipping date] via [express company]. ' +
      'It should take [estimated delivery days] business days to reach your destination.\n\n' +
      'We would appreciate it very much if you could leave us a five-star appraisal and contact us first for any questions.'
    const found = lint(template, { preset: 'strict' }).diagnostics
    const placeholders = found.filter((d) => d.ruleId === 'no-placeholders').map((d) => d.excerpt)
    expect(placeholders).toEqual(
      expect.arrayContaining(['[shipping date]', '[express company]', '[estimated delivery days]']),
    )
    expect(found.some((d) => d.ruleId === 'no-review-manipulation')).toBe(true)
  })
})
