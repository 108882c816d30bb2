// An ES module consumer: every entry point, as a TypeScript user writes it.
import {
  applyFixes,
  createLinter,
  type Diagnostic,
  defineConfig,
  defineRule,
  type LintOptions,
  lint,
  presets,
  ReplyLintError,
  ruleCreator,
  rules,
} from 'reply-lint'
import { refreshReplyLint, replyLint as replyLintExtension } from 'reply-lint/codemirror'
import replyLint from 'reply-lint/retext'
import { lazyLexicon, matchCase, type Sentence } from 'reply-lint/rule-kit'
import { RuleTester } from 'reply-lint/testing'
import { replyLintMatchers } from 'reply-lint/vitest'
import { unified } from 'unified'

const config: LintOptions = defineConfig({
  preset: 'strict',
  rules: {
    'readable-length': ['warn', { maxSentenceWords: 30 }],
    'no-blame': 'off',
    'acme/no-asap': 'error',
  },
  context: { fulfillment: 'seller' },
})
const draft = "You'll definitely get it today."
const diagnostics: Diagnostic[] = lint(draft, config).diagnostics
const fixed: string = applyFixes(draft, diagnostics).text
const linter = createLinter({ format: 'markdown' })
linter.lint(fixed)

const createRule = ruleCreator((id) => `https://acme.example/rules/${id}.md`)
const noAsap = createRule({
  id: 'no-asap',
  messages: { asap: '"ASAP" promises a time.', suggestSoon: 'Say "soon".' },
  check(context) {
    for (const word of context.words)
      if (word.normal === 'asap')
        context.report({
          messageId: 'asap',
          node: word,
          suggestions: [
            { messageId: 'suggestSoon', edits: [{ range: word.range, text: matchCase(word.text, 'soon') }] },
          ],
        })
  },
})
lint('Reply ASAP.', { plugins: [{ name: 'acme', rules: [noAsap] }] })
const bare = defineRule({ id: 'bare', messages: { found: 'Found.' }, check() {} })
new RuleTester({ describe: (_name, body) => body(), it: (_name, body) => body() }).run(bare, {
  valid: ['Hi.'],
  invalid: [],
})

const lexicon = lazyLexicon({ name: 'asap', entries: [{ match: 'asap' }] })
const firstSentence = (sentences: readonly Sentence[]) => sentences[0]
export const unused = [lexicon, firstSentence, presets.strict.description, rules.length, replyLintMatchers]

try {
  lint(draft, { preset: 'strict' })
} catch (error) {
  if (error instanceof ReplyLintError) console.log(error.code satisfies string)
}

unified().use(replyLint, { context: { fulfillment: 'seller' } })
export const extension = replyLintExtension({ preset: 'recommended' }, () => ({ refund: 'approved' }))
export { refreshReplyLint }
