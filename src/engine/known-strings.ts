import type { ReplyDocument, Word } from '../parse/document.js'
import { normalizeWord } from '../parse/normalize.js'
import type { Diagnostic, ReplyContext } from '../types.js'

/**
 * The order's own strings (its id, tracking number and product title) are never a problem in a
 * reply: a print called "Don't Be a Prick" may be named, and a tracking number is not a phone
 * number. Drops every diagnostic whose flagged words all come from those strings. Any rule gets
 * this for free; a rule never has to know the order.
 */
export function exceptKnownStrings(
  diagnostics: Diagnostic[],
  document: ReplyDocument,
  context: Readonly<ReplyContext>,
): Diagnostic[] {
  const order = context.order
  if (!order || diagnostics.length === 0) return diagnostics
  const known = new Set<string>()
  for (const value of [order.id, order.trackingNumber, order.productTitle])
    if (typeof value === 'string')
      for (const word of value.split(/[\s"“”‘’'(),:;!?/\\[\]{}|*-]+/u))
        if (word !== '') known.add(normalizeWord(word))
  for (const value of [order.id, order.trackingNumber]) if (value) known.add(normalizeWord(value))
  if (known.size === 0) return diagnostics
  return diagnostics.filter((diagnostic) => !onlyKnownWords(document, diagnostic, known))
}

/** The diagnostic flags at least one word, and every word it flags is a known one. */
function onlyKnownWords(
  document: ReplyDocument,
  diagnostic: Diagnostic,
  known: ReadonlySet<string>,
): boolean {
  const [start, end] = diagnostic.range
  const words = wordsIn(document.words, start, end)
  if (words.length === 0) return false
  return words.every((word) => known.has(word.normal) || known.has(normalizeWord(word.text)))
}

/** The document's words inside [start, end), found by binary search (words are in text order). */
function wordsIn(words: readonly Word[], start: number, end: number): Word[] {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] as Word).range[1] <= start) low = middle + 1
    else high = middle
  }
  const inside: Word[] = []
  for (let i = low; i < words.length && (words[i] as Word).range[0] < end; i++) inside.push(words[i] as Word)
  return inside
}
