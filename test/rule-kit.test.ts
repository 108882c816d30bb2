// The README's rule-kit example ("Writing a rule"), run as written against src/rule-kit.ts.
import { expect, it } from 'vitest'
import { applyFixes, lint } from '../src/index.js'
import { defineRule, lazyLexicon, matchCase } from '../src/rule-kit.js'

const promises = lazyLexicon({
  name: 'asap',
  entries: [{ match: ['asap', 'as soon as possible'], swap: 'soon', unless: ['asap delivery'] }],
})

const noAsap = defineRule({
  id: 'no-asap',
  meta: { scope: 'sentence' },
  messages: { asap: '"{{phrase}}" promises a time you may not keep.', suggestSoon: 'Say "soon".' },
  check(context) {
    for (const sentence of context.sentences)
      for (const match of promises().find(sentence))
        context.report({
          messageId: 'asap',
          range: match.range,
          data: { phrase: match.text },
          suggestions: match.swaps.map((swap) => ({
            messageId: 'suggestSoon' as const,
            edits: [{ range: match.range, text: matchCase(match.text, swap) }],
          })),
        })
  },
})

it('finds the phrases of a lexicon, keeps the writer’s case in the rewrite, and names the rule by its plugin', () => {
  const draft = "We'll reply asap. As soon as possible, we'll check it. We can't do ASAP delivery."
  const { diagnostics } = lint(draft, {
    plugins: [{ name: 'acme', rules: [noAsap] }],
    rules: { 'no-blame': 'off' },
  })
  const ours = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'acme/no-asap')
  expect(ours.map((diagnostic) => [diagnostic.excerpt, diagnostic.message])).toEqual([
    ['asap', '"asap" promises a time you may not keep.'],
    ['As soon as possible', '"As soon as possible" promises a time you may not keep.'],
  ])
  expect(applyFixes(draft, ours).text).toBe(
    "We'll reply soon. Soon, we'll check it. We can't do ASAP delivery.",
  )
})
