import { ruleCreator } from '../src/core.js'

/** Where each built-in rule's documentation lives (its `rules/<id>.md`, published with the package). */
export const DOCS_BASE = 'https://github.com/reply-lint/reply-lint/blob/main/rules/'

/** `defineRule` for the built-in rules: each one's `docsUrl` is its `rules/<id>.md`. */
export const createRule = ruleCreator((id) => `${DOCS_BASE}${id}.md`)
