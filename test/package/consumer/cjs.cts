// A CommonJS consumer (compiled to require): every entry point but reply-lint/vitest, whose
// vitest cannot be required under node16 (its own declarations fail there).
import { applyFixes, defineConfig, lint, ReplyLintError, rules } from 'reply-lint'

import codemirror = require('reply-lint/codemirror')
import retext = require('reply-lint/retext')
import ruleKit = require('reply-lint/rule-kit')
import testing = require('reply-lint/testing')

const config = defineConfig({
  preset: 'kingston-express',
  rules: { 'no-shouting': ['warn', { minEmoji: 4 }] },
})
const { diagnostics } = lint("You'll definitely get it today.", config)
console.log(applyFixes("You'll definitely get it today.", diagnostics).text, rules.length)
const rule = ruleKit.defineRule({ id: 'bare', messages: { found: 'Found.' }, check() {} })
new testing.RuleTester({ describe: (_name, body) => body(), it: (_name, body) => body() }).run(rule, {
  valid: ['Hi.'],
  invalid: [],
})
export const parts = [codemirror.replyLint, retext.default, ReplyLintError]
