import type { Lexicon } from '../../src/core.js'

const ITEM = '(order|parcel|package|item|items|shipment|purchase|delivery|goods|product|products|book|books)'
const SENT =
  '(is|are|has|have|was|were)? (now|just|already)? (been)? (shipped|dispatched|despatched|posted|sent|sent out|handed over|picked up|collected|left|leaving)'

/**
 * The point of a "just letting you know" message: the order has shipped, is on its way, or its
 * tracking has moved. For an order the platform dispatches, its tracking already says all of this.
 */
export const shippingUpdateLexicon: Lexicon = {
  name: 'no-unneeded-update',
  entries: [
    {
      match: [
        '(on its way|on the way|on their way|en route|in transit|out for delivery|heading your way|coming your way|headed your way|with the courier|with the carrier)',
        `(it|it's|its|they|they're) ${SENT}`,
        `${ITEM} ${SENT}`,
        `(we|i|we've|i've|we have|i have) (now|just|already)? (shipped|dispatched|despatched|posted|sent out|sent off|mailed)`,
        '(tracking|tracker|tracking number|tracking information|tracking info|tracking details|tracking status|tracking page|status) (has|have)? (been)? (now)? (updated|uploaded|added|available|live|active|is available|is now available|is live|is updated|shows|says)',
        '(has|have) (now|just)? been (updated|uploaded)',
        '(track|follow) (it|your order|your parcel|your package|your delivery|its progress|the progress|the parcel|the order|the package)',
        '(just|only) (a quick)? (note|update|message) to (let you know|say|confirm)',
        '(quick|friendly|small) (update|note|heads-up|heads up)',
      ],
      negatable: false,
    },
  ],
}

/**
 * Words that show the message has another point: a problem, a question, something the customer
 * must do or decide. A message with any of them is not "just an update" and is left alone.
 */
export const OTHER_PURPOSE_CUES = [
  'delay',
  'delayed',
  'delays',
  'late',
  'problem',
  'problems',
  'issue',
  'issues',
  'sorry',
  'apologise',
  'apologize',
  'apologies',
  'unfortunately',
  'address',
  'confirm',
  'missing',
  'damaged',
  'damage',
  'wrong',
  'return',
  'returns',
  'refund',
  'cancel',
  'cancelled',
  'canceled',
  'replacement',
  'stuck',
  'lost',
  'held',
  'customs',
  'instructions',
  'availability',
  'change',
  'changed',
  'split',
  'separately',
  'separate',
  'partial',
  'failed',
  'attempt',
  'attempted',
  'collect',
  'signature',
  'asked',
  'requested',
  'request',
] as const
