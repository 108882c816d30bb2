import { applyFixes, type Diagnostic, type Linter, type ReplyContext } from '../src/index.js'

/** What the playground's "rewritten reply" pane shows. */
export type RewrittenReply =
  | { kind: 'reply'; text: string }
  /** The reply should not be sent: escalate-instead still stands after every rewrite. */
  | { kind: 'escalate'; message: string }

/** As many passes as the CLI's --fix: a rewrite can bring out a fix the first lint could not see. */
const PASSES = 10

/**
 * The draft with every first rewrite applied, in passes until nothing changes, as `--fix` does. While
 * an escalate-instead diagnostic stands (an open dispute, an abusive customer, a settlement no
 * rewrite removed), there is no reply to send: the pane says to contact platform support instead.
 */
export function rewrittenReply(
  linter: Linter,
  text: string,
  context: ReplyContext,
  diagnostics: readonly Diagnostic[],
): RewrittenReply {
  let current = text
  let found = diagnostics
  for (let pass = 0; pass < PASSES; pass++) {
    const fixed = applyFixes(current, found)
    if (fixed.applied.length === 0 || fixed.text === current) break
    current = fixed.text
    found = linter.lint(current, context).diagnostics
  }
  const escalation = found.find((diagnostic) => diagnostic.ruleId === 'escalate-instead')
  if (escalation)
    return {
      kind: 'escalate',
      message: `Don't send a reply: contact platform support instead. ${escalation.message}`,
    }
  return { kind: 'reply', text: current }
}
