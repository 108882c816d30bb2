// A table that lists a case twice, run by node --test through the CommonJS build: that one case
// fails, the others pass.
const { describe, it } = require('node:test')
const { defineRule } = require('reply-lint')
const { RuleTester } = require('reply-lint/testing')

const noAsap = defineRule({
  id: 'no-asap',
  messages: { asap: '"ASAP" promises a time.' },
  check(context) {
    for (const word of context.words)
      if (word.normal === 'asap') context.report({ messageId: 'asap', node: word })
  },
})

new RuleTester({ describe, it }).run(noAsap, {
  valid: ["We'll reply soon.", "We'll reply soon.", 'Thanks.'],
  invalid: [{ text: 'Reply ASAP.', errors: [{ messageId: 'asap', excerpt: 'ASAP' }] }],
})
