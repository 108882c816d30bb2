import { describeValue, ReplyLintError } from '../errors.js'
import type { Rule, RuleDefinition, RuleMeta, RuleOptions } from '../types.js'

export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$/
export const PLUGIN_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const MESSAGE_ID = /^[a-z][A-Za-z0-9]*$/
/** The id of the diagnostics that report directives that suppress nothing (`reportUnusedDirectives`). */
export const UNUSED_DIRECTIVE = 'unused-directive'
/** Suggestions name messages that start with this; having one is what gives a rule suggestions. */
export const SUGGESTION_PREFIX = 'suggest'

/**
 * Declares a rule. Only `id`, `messages` and `check` are required: `meta.recommended` defaults to
 * `false`, `meta.defaultOptions` to `{}`, and `meta.hasSuggestions` is true when a message's id
 * starts with `suggest`. `MessageId` is inferred from the keys of `messages`, so
 * `context.report({ messageId: 'typo' })` fails to compile, and so does a suggestion naming a
 * message that is not a `suggest…` message of the rule; `Options` is inferred from `meta.defaultOptions`.
 *
 * @example
 * export default defineRule({
 *   id: 'no-asap',
 *   messages: { asap: '"ASAP" promises a time.', suggestSoon: 'Say "soon".' },
 *   check(context) {
 *     for (const word of context.words)
 *       if (word.normal === 'asap')
 *         context.report({
 *           messageId: 'asap',
 *           range: word.range,
 *           suggestions: [{ messageId: 'suggestSoon', edits: [{ range: word.range, text: 'soon' }] }],
 *         })
 *   },
 * })
 */
export function defineRule<
  const MessageId extends string,
  Options extends RuleOptions = Record<string, never>,
>(rule: RuleDefinition<Options, MessageId>): Rule<Options, MessageId> {
  return normalizeRule(rule) as unknown as Rule<Options, MessageId>
}

/**
 * A `defineRule` bound to where a project documents its rules: each rule's `meta.docsUrl` is
 * `docsUrl(id)` unless the rule gives its own (as typescript-eslint's `RuleCreator` does).
 *
 * @example
 * const createRule = ruleCreator((id) => `https://acme.example/reply-rules/${id}.md`)
 * export default createRule({ id: 'no-asap', messages: { … }, check(context) { … } })
 * // meta.docsUrl: 'https://acme.example/reply-rules/no-asap.md'
 */
export function ruleCreator(docsUrl: (id: string) => string): typeof defineRule {
  if (typeof docsUrl !== 'function')
    throw new ReplyLintError(
      'invalid-rule',
      `ruleCreator(docsUrl) takes a function from rule id to URL; got ${describeValue(docsUrl)}.`,
    )
  return (rule) => defineRule({ ...rule, meta: { docsUrl: docsUrl(rule.id), ...rule.meta } })
}

/**
 * Checks a rule object's shape and returns it frozen with its defaults filled in. `defineRule` uses
 * it, and so does the engine for plugin rules built by hand.
 */
export function normalizeRule(rule: unknown, where = 'rule'): Rule {
  const fail = (message: string): never => {
    throw new ReplyLintError('invalid-rule', `${where}: ${message}`, where)
  }
  if (!rule || typeof rule !== 'object') fail(`expected a rule object, got ${describeValue(rule)}.`)
  const candidate = rule as Partial<RuleDefinition>
  const id = candidate.id
  if (typeof id !== 'string' || !RULE_ID.test(id))
    fail(`the id ${describeValue(id)} must be kebab-case, optionally prefixed "plugin/".`)
  if (id === 'internal-error') fail('"internal-error" is reserved for rules that fail.')
  if (id === UNUSED_DIRECTIVE) fail(`"${UNUSED_DIRECTIVE}" is reserved for directives that suppress nothing.`)
  if (typeof candidate.check !== 'function') fail(`"${id}" needs a check(context) function.`)
  const meta = candidate.meta ?? {}
  if (typeof meta !== 'object' || Array.isArray(meta)) fail(`"${id}": meta must be an object.`)
  if (meta.description !== undefined && typeof meta.description !== 'string')
    fail(`"${id}": meta.description must be a string.`)
  const defaultOptions = meta.defaultOptions ?? {}
  if (typeof defaultOptions !== 'object' || defaultOptions === null || Array.isArray(defaultOptions))
    fail(`"${id}": meta.defaultOptions must be an object ({} when there are none).`)
  if (Object.hasOwn(defaultOptions, 'allow'))
    fail(
      `"${id}": "allow" is an option of every rule, handled by the engine; name the rule's own option otherwise.`,
    )
  if (meta.scope !== undefined && meta.scope !== 'sentence' && meta.scope !== 'reply')
    fail(`"${id}": meta.scope must be "sentence" or "reply"; got ${describeValue(meta.scope)}.`)
  if (meta.defaultSeverity !== undefined && !['info', 'warn', 'error'].includes(meta.defaultSeverity))
    fail(
      `"${id}": meta.defaultSeverity must be "info", "warn" or "error"; got ${describeValue(meta.defaultSeverity)}.`,
    )
  const messages = candidate.messages
  if (!messages || typeof messages !== 'object' || Object.keys(messages).length === 0)
    fail(`"${id}" needs at least one message.`)
  for (const [messageId, text] of Object.entries(messages ?? {})) {
    if (!MESSAGE_ID.test(messageId)) fail(`"${id}": messageId "${messageId}" must be camelCase.`)
    if (typeof text !== 'string' || text.trim() === '') fail(`"${id}": message "${messageId}" is empty.`)
  }
  const suggests = Object.keys(messages ?? {}).some((messageId) => messageId.startsWith(SUGGESTION_PREFIX))
  if (meta.hasSuggestions !== undefined && meta.hasSuggestions !== suggests)
    fail(
      suggests
        ? `"${id}" has suggest… messages but declares meta.hasSuggestions: false.`
        : `"${id}" declares meta.hasSuggestions but has no message whose id starts with "suggest".`,
    )
  const filled: RuleMeta = Object.freeze({
    ...meta,
    description: meta.description ?? '',
    recommended: meta.recommended ?? false,
    hasSuggestions: suggests,
    defaultOptions: Object.freeze({ ...defaultOptions }),
  })
  return Object.freeze({
    id: id as string,
    meta: filled,
    messages: Object.freeze({ ...messages }),
    check: candidate.check as Rule['check'],
  })
}

/** The rule under its plugin's name: `no-asap` in plugin `acme` becomes `acme/no-asap`. */
export function prefixRule(rule: Rule, pluginName: string, where: string): Rule {
  if (rule.id.startsWith(`${pluginName}/`)) return rule
  if (rule.id.includes('/'))
    throw new ReplyLintError(
      'invalid-rule',
      `${where}: "${rule.id}" carries another plugin's prefix; plugin "${pluginName}" names its rules "${pluginName}/…".`,
      where,
    )
  return Object.freeze({ ...rule, id: `${pluginName}/${rule.id}` })
}
