// A plugin rule written with only id, messages and check, tested with RuleTester under node --test.
import { describe, it } from 'node:test'
import { defineRule, lint } from 'reply-lint'
import { RuleTester } from 'reply-lint/testing'

const noAsap = defineRule({
  id: 'no-asap',
  messages: { asap: '"{{word}}" promises a time you may not keep.', suggestSoon: 'Say "soon" instead.' },
  check(context) {
    for (const word of context.words)
      if (word.normal === 'asap')
        context.report({
          messageId: 'asap',
          node: word,
          data: { word: word.text },
          suggestions: [{ messageId: 'suggestSoon', edits: [{ range: word.range, text: 'soon' }] }],
        })
  },
})
const acme = { name: 'acme', rules: [noAsap] }

new RuleTester({ describe, it }).run(noAsap, {
  valid: ["We'll reply soon.", { text: '`ASAP` is a code span.', format: 'markdown' }],
  invalid: [
    {
      text: "We'll reply ASAP.",
      errors: [
        {
          messageId: 'asap',
          range: [12, 16],
          suggestions: [{ messageId: 'suggestSoon', output: "We'll reply soon." }],
        },
      ],
    },
    {
      text: '<p>Back <b>asap</b>.</p>',
      format: 'html',
      errors: [
        {
          messageId: 'asap',
          excerpt: 'asap',
          suggestions: [{ messageId: 'suggestSoon', output: '<p>Back <b>soon</b>.</p>' }],
        },
      ],
    },
  ],
})

describe('the acme plugin', () => {
  it('reports its rule as acme/no-asap', () => {
    const ids = lint('Reply ASAP.', { plugins: [acme] }).diagnostics.map((diagnostic) => diagnostic.ruleId)
    if (JSON.stringify(ids) !== '["acme/no-asap"]') throw new Error(`got ${JSON.stringify(ids)}`)
  })
})
