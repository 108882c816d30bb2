import { normalizeWord } from '../parse/normalize.js'
import type { ReplyContext } from '../types.js'
import type { Excuse } from './excuses.js'

/**
 * The order's own strings (its id, tracking number and product title) are never a problem in a
 * reply: a print called "Don't Be a Prick" may be named, and a tracking number is not a phone
 * number. Excuses every word that comes from those strings, for every rule: a rule never has to
 * know the order.
 */
export function knownStringsExcuse(context: Readonly<ReplyContext>): Excuse | undefined {
  const order = context.order
  if (!order) return undefined
  // Built on first use: most lints have no diagnostic to excuse.
  let known: Set<string> | undefined
  return {
    covers(word) {
      known ??= knownWords(order)
      return known.has(word.normal) || known.has(normalizeWord(word.text))
    },
    // Every flagged word must be the order's: "WhatsApp" beside a tracking number is still a problem.
    edges: false,
  }
}

function knownWords(order: NonNullable<ReplyContext['order']>): Set<string> {
  const known = new Set<string>()
  for (const value of [order.id, order.trackingNumber, order.productTitle])
    if (typeof value === 'string')
      for (const word of value.split(/[\s"“”‘’'(),:;!?/\\[\]{}|*-]+/u))
        if (word !== '') known.add(normalizeWord(word))
  for (const value of [order.id, order.trackingNumber]) if (value) known.add(normalizeWord(value))
  return known
}
