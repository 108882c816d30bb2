import { describeValue, ReplyLintError } from '../errors.js'
import type { ReplyContext } from '../types.js'
import { isDenseArrayOf } from './dense-array.js'
import { didYouMean } from './did-you-mean.js'

type Check = { allowed: string; test: (value: unknown) => boolean }

const oneOf = (...values: string[]): Check => ({
  allowed: values.map((value) => `"${value}"`).join(', '),
  test: (value) => typeof value === 'string' && values.includes(value),
})
const BOOLEAN: Check = { allowed: 'true or false', test: (value) => typeof value === 'boolean' }
const STRING: Check = { allowed: 'a string', test: (value) => typeof value === 'string' }
const STRING_LIST: Check = {
  allowed: 'an array of strings (with no holes)',
  test: (value) => isDenseArrayOf(value, (item) => typeof item === 'string'),
}

const ORDER_FIELDS = ['id', 'trackingNumber', 'productTitle'] as const

const FIELDS: Record<keyof ReplyContext, Check> = {
  fulfillment: oneOf('platform', 'seller'),
  messageKind: oneOf('reply', 'proactive'),
  refund: oneOf('none', 'requested', 'approved'),
  disputeActive: BOOLEAN,
  customerAbusive: BOOLEAN,
  platformName: STRING,
  allowedDomains: STRING_LIST,
  order: {
    allowed: `an object with any of ${ORDER_FIELDS.join(', ')} (strings)`,
    test: (value) => !!value && typeof value === 'object' && !Array.isArray(value),
  },
  customerMessage: STRING,
}

/**
 * Validates a reply context and returns a frozen copy. Unknown fields are refused (a typo such as
 * `fullfilment` would otherwise silently switch a rule off); `undefined` means "not known".
 */
export function validateReplyContext(context: unknown, where = 'context'): Readonly<ReplyContext> {
  if (context === undefined || context === null) return Object.freeze({})
  if (typeof context !== 'object' || Array.isArray(context))
    throw new ReplyLintError(
      'invalid-context',
      `${where} must be an object; got ${describeValue(context)}.`,
      where,
    )
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(context)) {
    const field = `${where}.${key}`
    // Own fields only: `constructor` or `__proto__` (which JSON.parse makes an own key) is not a field.
    const check = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof ReplyContext] : undefined
    if (!check)
      throw new ReplyLintError(
        'invalid-context',
        `${field} is not a known context field.${didYouMean(key, Object.keys(FIELDS))} Known fields: ${Object.keys(FIELDS).join(', ')}.`,
        field,
      )
    if (value === undefined) continue
    if (!check.test(value))
      throw new ReplyLintError(
        'invalid-context',
        `${field} must be ${check.allowed}; got ${describeValue(value)}.`,
        field,
      )
    result[key] =
      key === 'order' ? validateOrder(value as Record<string, unknown>, field) : freezeValue(value)
  }
  return Object.freeze(result) as ReplyContext
}

function validateOrder(order: Record<string, unknown>, where: string): Readonly<ReplyContext['order']> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(order)) {
    const field = `${where}.${key}`
    if (!(ORDER_FIELDS as readonly string[]).includes(key))
      throw new ReplyLintError(
        'invalid-context',
        `${field} is not a known order field.${didYouMean(key, ORDER_FIELDS)} Known fields: ${ORDER_FIELDS.join(', ')}.`,
        field,
      )
    if (value === undefined) continue
    if (typeof value !== 'string')
      throw new ReplyLintError(
        'invalid-context',
        `${field} must be a string; got ${describeValue(value)}.`,
        field,
      )
    result[key] = value
  }
  return Object.freeze(result)
}

function freezeValue(value: unknown): unknown {
  return Array.isArray(value) ? Object.freeze([...value]) : value
}

/** Later contexts win field by field; `order` is merged one level deep. */
export function mergeReplyContexts(
  ...contexts: ReadonlyArray<Readonly<ReplyContext>>
): Readonly<ReplyContext> {
  const merged: ReplyContext = {}
  for (const context of contexts) {
    const { order, ...rest } = context
    Object.assign(merged, rest)
    if (order) merged.order = { ...merged.order, ...order }
  }
  if (merged.order) Object.freeze(merged.order)
  return Object.freeze(merged)
}
