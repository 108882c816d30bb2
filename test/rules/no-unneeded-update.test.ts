import rule from '../../rules/no-unneeded-update.js'
import { RuleTester } from '../../src/testing/index.js'

const PLATFORM_PROACTIVE = { fulfillment: 'platform', messageKind: 'proactive' } as const
const SHIPPED = 'Hi Anna, just a quick note to let you know your order has shipped and is on its way!'

new RuleTester().run(rule, {
  valid: [
    // An address to check is a point of its own.
    {
      text: 'Your rug has been despatched. Could you confirm your delivery address is still right?',
      context: PLATFORM_PROACTIVE,
    },
    // Help offered elsewhere is an errand: the message has another point.
    {
      text: 'Your parcel has been dispatched. For any problem with the delivery, please take it up with the carrier directly.',
      context: PLATFORM_PROACTIVE,
    },
    // Without messageKind, words that answer the customer make it a reply.
    {
      text: 'Thanks for checking in! Your order has shipped and is on its way.',
      context: { fulfillment: 'platform' },
    },
    {
      text: 'Your order has shipped and is on its way.',
      context: { fulfillment: 'platform', customerMessage: 'Has it shipped yet?' },
    },
    {
      name: 'who ships this kind of order, said to route the customer, is no update',
      text: 'This order is packed and shipped by Kestrel Market, so their team holds the tracking details.',
      context: PLATFORM_PROACTIVE,
    },
    {
      name: 'a request to act on the order is a point of its own',
      text: 'Your drone has shipped; pls charge the battery a full 3 hrs before the first flight.',
      context: { fulfillment: 'platform', messageKind: 'proactive' },
    },
    // A second point: a choice or a question to the customer.
    {
      name: 'a question about the delivery, with no question word the purposes list knows',
      text: 'Your wardrobe has shipped. The driver needs two people to carry it in; is there a weekday that suits you?',
      context: PLATFORM_PROACTIVE,
    },
    {
      text: "Your order is on its way. The blue mug was out of stock so they sent the green one instead; if you'd rather have the blue, let me know here.",
      context: PLATFORM_PROACTIVE,
    },
    {
      text: 'Your lamp has been dispatched. Do you need a UK plug adaptor for it?',
      context: PLATFORM_PROACTIVE,
    },
    // An address still to check is a point of its own; "to your address" is only where it goes.
    {
      text: 'Your rug has been dispatched. Please check the address on the order is still right.',
      context: PLATFORM_PROACTIVE,
    },
    // Silent unless both fields say platform + proactive.
    SHIPPED,
    { text: SHIPPED, context: { messageKind: 'proactive' } },
    { text: SHIPPED, context: { fulfillment: 'seller', messageKind: 'proactive' } },
    { text: SHIPPED, context: { fulfillment: 'platform', messageKind: 'reply' } },
    // A message with another point is needed.
    {
      text: 'Your order has shipped, but one item is delayed and will follow separately.',
      context: PLATFORM_PROACTIVE,
    },
    {
      text: 'Your parcel is on its way. Could you confirm the flat number for the courier?',
      context: PLATFORM_PROACTIVE,
    },
    {
      text: "Your parcel is on its way, and I'm sorry it arrived without the plug adaptor.",
      context: PLATFORM_PROACTIVE,
    },
    // Nothing about shipping at all.
    { text: 'Thank you for your order!', context: PLATFORM_PROACTIVE },
    {
      name: 'an order still to leave, with a choice to make, is no update',
      text: 'Your rug is still at the warehouse while the second colour is checked. Would you rather wait or take the grey one now?',
      context: PLATFORM_PROACTIVE,
    },
    {
      name: 'the journey words in a reply answer the customer',
      text: "It's on a truck to Perth now and should reach you Thursday.",
      context: { fulfillment: 'platform', messageKind: 'reply' },
    },
    {
      name: "the same words for an order the seller ships: the update is the seller's to give",
      text: 'Your lamp has started its journey to you!',
      context: { fulfillment: 'seller', messageKind: 'proactive' },
    },
    // The customer's words, quoted.
    { text: 'You asked "has it shipped yet". Thank you!', context: PLATFORM_PROACTIVE },
  ],
  invalid: [
    {
      name: 'the delivery address named as where it goes, and a pitch put as a question, are no other point',
      text: 'Your rug has been despatched and is in transit to your delivery address. Did you know our runners come in the same weave?',
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Your rug has been despatched and is in transit to your delivery address.',
        },
      ],
    },
    {
      name: 'the journey in other words: set off, aboard a vehicle, handed to a named carrier, a status line',
      text: 'Your lamp has started its journey to you!',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'Your lamp has started its journey to you!' }],
    },
    {
      text: 'ur headphones r on a truck to Perth now 🚚',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'ur headphones r on a truck to Perth now 🚚' }],
    },
    {
      text: 'Good news: your kettle was handed to DPD this morning.',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'Good news: your kettle was handed to DPD this morning.' }],
    },
    {
      text: 'Order #4471: dispatched.',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'Order #4471: dispatched.' }],
    },
    {
      name: 'Nigerian Pidgin',
      text: 'Good morning, your order don commot from warehouse, e dey road now.',
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Good morning, your order don commot from warehouse, e dey road now.',
        },
      ],
    },
    {
      name: 'a courtesy formula and help offered for a problem that may never come are no other point',
      text: 'Please accept our apologies for the wait. Your tote has now left the dispatch centre and is on its way to you. Should anything seem amiss, please do reply to this message.',
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Your tote has now left the dispatch centre and is on its way to you.',
        },
      ],
    },
    {
      name: 'the past without its auxiliary',
      text: 'Hi there, your air fryer already shipped out from the warehouse today. For any queries kindly revert on this chat.',
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Hi there, your air fryer already shipped out from the warehouse today.',
        },
      ],
    },
    {
      name: 'an apology for the wait gives the update no other point',
      text: "Your parcel is on its way, and I'm sorry it took longer than usual.",
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: "Your parcel is on its way, and I'm sorry it took longer than usual.",
        },
      ],
    },
    {
      name: 'the tracking or the carrier named with words between',
      text: 'Just so you know, the tracking for your lamp now shows it at the local depot.',
      context: { fulfillment: 'platform', messageKind: 'proactive' },
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Just so you know, the tracking for your lamp now shows it at the local depot.',
        },
      ],
    },
    {
      text: 'Good news: the carrier has now collected your order from the fulfilment centre.',
      context: { fulfillment: 'platform', messageKind: 'proactive' },
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Good news: the carrier has now collected your order from the fulfilment centre.',
        },
      ],
    },
    {
      text: SHIPPED,
      context: { fulfillment: 'platform' },
      errors: [{ messageId: 'unneeded', range: [0, SHIPPED.length] }],
    },
    {
      name: 'without messageKind, a message that answers nothing is one the seller starts',
      text: 'Shipped today. Tracking is in your order.',
      context: { fulfillment: 'platform' },
      errors: [{ messageId: 'unneeded', excerpt: 'Shipped today.' }],
    },
    {
      name: 'a stock closing asks the customer nothing',
      text: "Your order's been picked up by the courier and it's on the move. Let me know if there's anything else you need.",
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: "Your order's been picked up by the courier and it's on the move.",
        },
      ],
    },
    {
      name: "an order named by its number, in transit to the customer's address",
      text: 'We are pleased to inform you that order KX-40-1177 has been dispatched and is now in transit to your address.',
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt:
            'We are pleased to inform you that order KX-40-1177 has been dispatched and is now in transit to your address.',
        },
      ],
    },
    {
      name: 'shipped said with any subject, and a parcel at the local depot',
      text: 'Hello, your package with 2 pcs phone stand is shipped from warehouse today. It has reached your local delivery station.',
      context: PLATFORM_PROACTIVE,
      errors: [
        {
          messageId: 'unneeded',
          excerpt: 'Hello, your package with 2 pcs phone stand is shipped from warehouse today.',
        },
      ],
    },
    {
      name: 'a stock question does not make a second point',
      text: 'Your candles have shipped! Any questions?',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'Your candles have shipped!' }],
    },
    {
      text: 'Shipped! 🎉',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'Shipped! 🎉' }],
    },
    {
      text: 'Good news, your plants are on the move! While you wait, why not take a look at our new range?',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'Good news, your plants are on the move!' }],
    },
    {
      text: 'ur prints are rolled, tubed and on there way',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'ur prints are rolled, tubed and on there way' }],
    },
    {
      text: SHIPPED,
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', range: [0, SHIPPED.length] }],
    },
    {
      name: 'reported once, at the first update sentence',
      text: 'Good news! Tracking has been updated. It is out for delivery today.',
      context: { ...PLATFORM_PROACTIVE, platformName: 'Kingston Express' },
      errors: [{ messageId: 'unneeded', excerpt: 'Tracking has been updated.' }],
    },
    {
      text: 'We have dispatched your order. Enjoy!',
      context: PLATFORM_PROACTIVE,
      errors: [{ messageId: 'unneeded', excerpt: 'We have dispatched your order.' }],
    },
  ],
})
