// Each mistake below must fail to compile: an unused @ts-expect-error fails the type check.
import { defineConfig, defineRule, lint } from 'reply-lint'

// @ts-expect-error a misspelt preset
lint('Hi.', { preset: 'strct' })
// @ts-expect-error a misspelt rule id
lint('Hi.', { rules: { 'no-guarante': 'warn' } })
// @ts-expect-error a misspelt option
lint('Hi.', { rules: { 'readable-length': ['warn', { maxSentenceWord: 30 }] } })
// @ts-expect-error an option of the wrong type
defineConfig({ rules: { 'readable-length': ['warn', { maxSentenceWords: '30' }] } })
// @ts-expect-error an option for a rule that has none
defineConfig({ rules: { 'no-blame': ['warn', { strict: true }] } })
// @ts-expect-error a misspelt severity
defineConfig({ rules: { 'no-blame': 'warning' } })

// `allow` is a lint option and every rule's option, a rule with options of its own included.
defineConfig({
  allow: ['Guaranteed Delivery'],
  reportUnusedDirectives: 'warn',
  rules: {
    'no-guarantees': ['error', { allow: ['Next-Day Guaranteed'] }],
    'readable-length': ['warn', { maxSentenceWords: 30, allow: ['Acme Rush'] }],
    'acme/no-asap': ['warn', { allow: ['ASAP Express'] }],
  },
})
// @ts-expect-error allow lists phrases, not one phrase
defineConfig({ rules: { 'no-guarantees': ['error', { allow: 'Guaranteed Delivery' }] } })
// @ts-expect-error reportUnusedDirectives is a severity or a boolean
defineConfig({ reportUnusedDirectives: 'loud' })

defineRule({
  id: 'no-asap',
  messages: { asap: 'ASAP.', suggestSoon: 'Say "soon".' },
  check(context) {
    // @ts-expect-error a messageId the rule does not declare
    context.report({ messageId: 'asapp', range: [0, 1] })
    context.report({
      messageId: 'asap',
      range: [0, 1],
      // @ts-expect-error a suggestion must name one of the rule's suggest… messages
      suggestions: [{ messageId: 'asap', edits: [] }],
    })
    context.report({
      messageId: 'asap',
      range: [0, 1],
      // @ts-expect-error a suggestion messageId that is not in `messages`
      suggestions: [{ messageId: 'suggestSon', edits: [] }],
    })
  },
})
defineRule({
  id: 'no-asap',
  messages: { asap: 'ASAP.' },
  check(context) {
    context.report({
      messageId: 'asap',
      range: [0, 1],
      // @ts-expect-error a rule without a suggest… message offers no suggestions
      suggestions: [{ messageId: 'asap', edits: [] }],
    })
  },
})
defineRule({
  id: 'no-asap',
  meta: { defaultOptions: { max: 3 } },
  messages: { asap: 'ASAP.' },
  check(context) {
    context.options.max satisfies number
    // @ts-expect-error an option the rule does not declare in meta.defaultOptions
    context.options.min
  },
})
