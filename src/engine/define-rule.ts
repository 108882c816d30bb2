import { describeValue, ReplyLintError } from '../errors.js'
import type { Rule, RuleContext, RuleMeta, RuleOptions } from '../types.js'

export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$/
const MESSAGE_ID = /^[a-z][A-Za-z0-9]*$/

/**
 * Declares a rule. `MessageId` is inferred from the keys of `messages`, so
 * `context.report({ messageId: 'typo' })` fails to compile, and `Options` from `meta.defaultOptions`.
 *
 * @example
 * export default defineRule({
 *   id: 'no-exclamations',
 *   meta: { description: 'Flags "!!".', recommended: false, defaultOptions: {} },
 *   messages: { doubled: 'One "!" is enough.' },
 *   check(context) { ... context.report({ messageId: 'doubled', range }) },
 * })
 */
export function defineRule<
  const MessageId extends string,
  Options extends RuleOptions = Record<string, never>,
>(rule: {
  id: string
  meta: RuleMeta<Options>
  messages: Record<MessageId, string>
  check(context: RuleContext<Options, MessageId>): void
}): Rule<Options, MessageId> {
  validateRule(rule)
  return Object.freeze({
    id: rule.id,
    meta: Object.freeze({ ...rule.meta, defaultOptions: Object.freeze({ ...rule.meta.defaultOptions }) }),
    messages: Object.freeze({ ...rule.messages }),
    check: rule.check,
  })
}

/** Checks a rule object's shape; used by `defineRule` and for plugin rules built by hand. */
export function validateRule(rule: unknown, where = 'rule'): asserts rule is Rule {
  const fail = (message: string): never => {
    throw new ReplyLintError('invalid-rule', `${where}: ${message}`, where)
  }
  if (!rule || typeof rule !== 'object') fail(`expected a rule object, got ${describeValue(rule)}.`)
  const candidate = rule as Partial<Rule>
  if (typeof candidate.id !== 'string' || !RULE_ID.test(candidate.id))
    fail(`the id ${describeValue(candidate.id)} must be kebab-case, optionally prefixed "plugin/".`)
  if (candidate.id === 'internal-error') fail('"internal-error" is reserved for rules that fail.')
  if (typeof candidate.check !== 'function') fail(`"${candidate.id}" needs a check(context) function.`)
  const meta = candidate.meta
  if (!meta || typeof meta !== 'object' || typeof meta.description !== 'string')
    fail(`"${candidate.id}" needs meta.description.`)
  if (!meta?.defaultOptions || typeof meta.defaultOptions !== 'object' || Array.isArray(meta.defaultOptions))
    fail(`"${candidate.id}" needs meta.defaultOptions (an object, {} when there are none).`)
  if (meta?.scope !== undefined && meta.scope !== 'sentence' && meta.scope !== 'reply')
    fail(`"${candidate.id}": meta.scope must be "sentence" or "reply"; got ${describeValue(meta.scope)}.`)
  if (meta?.defaultSeverity !== undefined && !['info', 'warn', 'error'].includes(meta.defaultSeverity))
    fail(
      `"${candidate.id}": meta.defaultSeverity must be "info", "warn" or "error"; got ${describeValue(meta.defaultSeverity)}.`,
    )
  const messages = candidate.messages
  if (!messages || typeof messages !== 'object' || Object.keys(messages).length === 0)
    fail(`"${candidate.id}" needs at least one message.`)
  for (const [id, text] of Object.entries(messages ?? {})) {
    if (!MESSAGE_ID.test(id)) fail(`"${candidate.id}": messageId "${id}" must be camelCase.`)
    if (typeof text !== 'string' || text.trim() === '') fail(`"${candidate.id}": message "${id}" is empty.`)
  }
}
