// Errors thrown through each CommonJS entry are instances of the main entry's ReplyLintError.
const { ReplyLintError } = require('reply-lint')
const replyLint = require('reply-lint/retext').default
const { RuleTester } = require('reply-lint/testing')
const { defineRule } = require('reply-lint/rule-kit')
const { replyLintSource } = require('reply-lint/codemirror')

const attempts = {
  'reply-lint/retext': () => replyLint({ preset: 'nope' }),
  'reply-lint/testing': () => new RuleTester().lint({ id: 'Bad Id' }, { text: 'Hi.' }),
  'reply-lint/rule-kit': () => defineRule({ id: 'Bad Id' }),
  'reply-lint/codemirror': () => replyLintSource({ preset: 'nope' }),
}
for (const [entry, attempt] of Object.entries(attempts))
  try {
    attempt()
  } catch (error) {
    console.log(
      `${entry}: ${error instanceof ReplyLintError ? 'ReplyLintError' : 'another class'} ${error.code}`,
    )
  }
