// moduleResolution node10 (no "exports"): the subpaths resolve through typesVersions. vitest's own
// declarations do not resolve under node10, so reply-lint/vitest is left out.
import { type LintOptions, lint } from 'reply-lint'
import { replyLint } from 'reply-lint/codemirror'
import retext from 'reply-lint/retext'
import { lazyLexicon } from 'reply-lint/rule-kit'
import { RuleTester } from 'reply-lint/testing'

const options: LintOptions = { preset: 'strict', rules: { 'no-blame': 'off' } }
export const parts = [lint('Hi.', options), replyLint, retext, lazyLexicon, RuleTester]
