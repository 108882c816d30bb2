// Errors thrown through each ES module entry are instances of the main entry's ReplyLintError.
import { ReplyLintError } from 'reply-lint'
import { replyLintSource } from 'reply-lint/codemirror'
import replyLint from 'reply-lint/retext'
import { defineRule } from 'reply-lint/rule-kit'
import { RuleTester } from 'reply-lint/testing'
import { replyLintMatchers } from 'reply-lint/vitest'

const attempts = {
  'reply-lint/retext': () => replyLint({ preset: 'nope' }),
  'reply-lint/testing': () => new RuleTester().lint({ id: 'Bad Id' }, { text: 'Hi.' }),
  'reply-lint/rule-kit': () => defineRule({ id: 'Bad Id' }),
  'reply-lint/codemirror': () => replyLintSource({ preset: 'nope' }),
  'reply-lint/vitest': () => replyLintMatchers.toViolate.call({ isNot: false }, 'Hi.', 42),
}
for (const [entry, attempt] of Object.entries(attempts))
  try {
    attempt()
  } catch (error) {
    console.log(
      `${entry}: ${error instanceof ReplyLintError ? 'ReplyLintError' : 'another class'} ${error.code}`,
    )
  }
