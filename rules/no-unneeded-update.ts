import { lazyLexicon, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  OTHER_PURPOSE_CUES,
  purposeLexicon,
  respondsLexicon,
  shippingUpdateLexicon,
} from './lexicons/shipping-updates.js'

const lexicon = lazyLexicon(shippingUpdateLexicon)
const purposes = lazyLexicon(purposeLexicon)
const responds = lazyLexicon(respondsLexicon)
/** A message that is one word of shipping news: "Shipped!". */
const ONE_WORD_UPDATE = /^(shipped|dispatched|despatched|posted|sent)$/
const otherPurpose = new Set<string>(OTHER_PURPOSE_CUES)
const DEFAULT_PLATFORM = 'the platform'

export default createRule({
  id: 'no-unneeded-update',
  meta: {
    description:
      'Flags a proactive "it\'s on the way" message for an order the platform dispatches, whose tracking already tells the customer.',
    recommended: true,
    defaultSeverity: 'warn',
    hasSuggestions: false,
    defaultOptions: {},
  },
  messages: {
    unneeded:
      "{{platform}} dispatches this order and its tracking already tells the customer that it has shipped. A message that only says so adds noise and can prompt needless questions; don't send it.",
  },
  check(context) {
    const { fulfillment, messageKind, platformName, customerMessage } = context.replyContext
    if (fulfillment !== 'platform' || messageKind === 'reply') return
    // Where the context does not say, a message that answers nothing the customer sent is one the
    // seller starts: "Shipped today, tracking is in your order."
    if (
      messageKind === undefined &&
      (customerMessage || context.sentences.some((sentence) => responds().find(sentence).length > 0))
    )
      return
    // A message with another point (a problem, something to confirm or decide) is needed. An apology
    // for the wait on an order that has now left ("sorry it took so long") is no other point.
    const waitApologies = new Set(
      context.sentences
        .filter((sentence) => WAIT_APOLOGY.test(sentence.text))
        .map((sentence) => sentence.index),
    )
    if (
      context.words.some(
        (word, i) =>
          !word.quoted &&
          !waitApologies.has(word.sentenceIndex) &&
          otherPurpose.has(word.normal) &&
          !isDestination(context.words, i) &&
          !isStockOffer(context.words, i),
      )
    )
      return
    // A question to the customer, or a request to confirm or choose, is a point of its own.
    if (
      context.sentences.some((sentence) => purposes().find(sentence).length > 0 || asksTheCustomer(sentence))
    )
      return
    for (const sentence of context.sentences) {
      const only = sentence.words.length === 1 ? sentence.words[0] : undefined
      if (!(only && ONE_WORD_UPDATE.test(only.normal)) && lexicon().find(sentence).length === 0) continue
      const platform = platformName || DEFAULT_PLATFORM
      context.report({
        messageId: 'unneeded',
        range: sentence.range,
        data: { platform: platform.charAt(0).toUpperCase() + platform.slice(1) },
      })
      return
    }
  },
})

/**
 * A question put to the customer ("Is there a day that won't work for you?"), not a stock "Any
 * questions?" or a pitch ("why not take a look at our new range?", "did you know you can save 20%…?").
 */
function asksTheCustomer(sentence: Sentence): boolean {
  return (
    /\?\s*$/.test(sentence.text) &&
    !/\b(?:why not|how about|what about|fancy|did you know|have you (?:seen|tried|heard))\b/i.test(
      sentence.text,
    ) &&
    sentence.words.some((word) => !word.quoted && /^(you|your|u|ur|you're|youre)$/.test(word.normal))
  )
}

/** An apology for the wait itself: "sorry for any wait on this", "apologies it took so long". */
const WAIT_APOLOGY =
  /\b(?:sorry|apologies|apologi[sz]e)\b[^.!?]{0,30}?\b(?:wait|delay|took (?:so |too |a bit |a little )?(?:long|longer|a while|ages)|taking (?:so |a bit )?long)/i

/** "Any issue just message us here": the stock offer of help, not a problem the message raises. */
function isStockOffer(words: readonly Word[], i: number): boolean {
  return /^(issue|issues|problem|problems)$/.test((words[i] as Word).normal) && words[i - 1]?.normal === 'any'
}

/** Words that say which address is meant without asking anything about it. */
const ADDRESS_KINDS = /^(?:delivery|shipping|home|postal|registered|given|usual|nominated)$/

/**
 * "in transit to your address", "on its way to your delivery address": where the parcel goes, not
 * an address to correct.
 */
function isDestination(words: readonly Word[], i: number): boolean {
  if ((words[i] as Word).normal !== 'address') return false
  const kind = ADDRESS_KINDS.test(words[i - 1]?.normal ?? '') ? 1 : 0
  return (
    /^(your|ur|the)$/.test(words[i - 1 - kind]?.normal ?? '') &&
    /^(to|at)$/.test(words[i - 2 - kind]?.normal ?? '')
  )
}
