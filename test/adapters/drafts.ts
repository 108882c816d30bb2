import { onlyRules } from './helpers.js'

/** Drafts the adapter tests share. Only two rules are on, so other rules' changes do not move them. */
export const CONFIG = JSON.stringify({
  rules: onlyRules({ 'no-guarantees': 'error', 'no-off-platform': 'warn' }),
  context: { fulfillment: 'seller' },
})

export const TEXT = "Hi Sam,\nYou'll definitely get it today. Email me at sam@example.com.\n"
export const CLEAN = "Hi Sam,\nThanks for your patience. It's expected to arrive on Friday.\n"

export const MARKDOWN = `# Your order

Hi Sam, thanks for waiting. You'll **definitely** get it today.

You'll definitely get it on Friday.

\`\`\`
You'll definitely get it today. Email me at code@example.com.
\`\`\`

See [the tracking page](https://wa.me/447700900123).
`

export const HTML = `<html><head><style>.x { content: "email me at a@b.com" }</style></head><body>
<div>Hi Sam,</div>
<div>Thanks for waiting &mdash; you&rsquo;ll definitely get it on Friday.</div>
<div>Email me at <a href="mailto:sam@example.com">sam@example.com</a>.</div>
</body></html>
`
