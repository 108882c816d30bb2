import rule from '../../rules/no-unreviewed-refund.js'
import { RuleTester } from '../../src/testing/index.js'

const REVIEW = 'Your request is under review'

new RuleTester().run(rule, {
  valid: [
    // The cancellation a delay notice owes the customer, put as their choice.
    'Your bookcase will now be posted on the 23rd. If that no longer works for you, let me know and we can cancel the order.',
    "I expect to post it on Monday the 9th, or I can cancel the order if you'd prefer.",
    // The carrier or the platform asked to act, and a file sent again in another form.
    'Tracking shows a missed delivery. I can ask them to redeliver or to hold it at the depot.',
    "If the pattern still won't open, I'll resend it as a different file type.",
    // Information sent again is no resend of the goods.
    "Happy to resend that, here's the tracking number again: JD0146 5521.",
    "I'll resend the link to the care guide now.",
    // Free shipping over a spend is a shop's terms, not a remedy; a vague "sort the right one" after a return promises nothing yet.
    'Spend over $50 next time and shipping is free.',
    "Start a return and I'll message you here once it's logged so we can sort the right one.",
    // A remedy already under way is reported, another's finding comes first, a cancellation as a sanction.
    'Good news, the replacement strap is already in the post.',
    'If the courier confirms the box was crushed in transit, a replacement will be arranged.',
    "Keep messaging me like this and I'll block you and cancel the order.",
    // The carrier trying again is not the seller's remedy.
    "The post office marked it addressee unknown, so I've asked them to redeliver and I'll update you tomorrow.",
    // A price quoted to a shopper who asked for a discount, with nothing wrong with an order.
    {
      text: 'Good question! For five or more of the stools we can do 10% off.',
      context: { customerMessage: 'is there any discount if i buy 5?' },
    },
    "I'll send another update when the courier replies.",
    "We'll send a new proof before printing.",
    'Is there anything I can do? Happy to throw in a second candle.',
    'Would you like a new tracking link?',
    "I'll book a second delivery attempt and cover the fee myself.",
    'I can send it to your PO Box instead.',
    // A reward for a review, or a price cut for paying outside the platform, is a deal, not a remedy.
    "Give us five stars and we'll send you a £5 voucher for your next order.",
    'If you pay by bank transfer instead, I can knock 10% off.',
    // Near misses of the same classes.
    "I'll send it back to you tomorrow with the engraving fixed.",
    'Once the return is inspected, the refund will be sent to your card.',
    'Your refund has been processed and the money will reach your card within 5 days.',
    'Your refund will show on your statement in 3-5 working days.',
    "I'll pop it in the post today; the postage is on us.",
    // Near misses of the remedy classes: a product review, an order change before it ships, a fix of the address.
    'Once the return is inspected we will confirm your options here.',
    "If you'd like a different colour, just say and I'll swap it before they go out.",
    'If you update the address on your order I can post it out again.',
    'Your refund tracking page shows the refund was processed on Monday.',
    'No worries at all, the courier will try again tomorrow.',
    // The seed guide's returns example.
    'Your return request is under review. Once the item is inspected, we’ll update you on the next steps.',
    // Completed or approved refunds, and process explanations.
    'Your refund has been processed.',
    "I've issued your refund and it should reach your card within a few days.",
    'Refunds are issued within 5 days of the return being received.',
    'Once the return is inspected, we will issue a refund.',
    'If the review confirms damage, we will send a replacement.',
    'If the photos confirm the damage, we will arrange a replacement.',
    "We'll refund you once we receive the item.",
    'Please return it and we will refund you.',
    'We can send a replacement, subject to approval from the returns team.',
    // Telling the customer how to request one.
    'You can request a refund from your orders page.',
    'You can still return the item for a full refund.',
    // Negated or conditional on the writer's side.
    "We can't refund you until the parcel is back with us.",
    'Let me know if we can offer you a refund.',
    // Not a remedy: shipping the original order, sending a message or a label, a noun "refund".
    'Please let me know and we will ship it immediately.',
    "We'll send you an update tomorrow.",
    'We will send you a return label.',
    "We'll look into your refund.",
    "We'll need to cancel your order as the item is out of stock.",
    "I've gone ahead and refunded your order.",
    "We can cancel the order if it hasn't shipped yet.",
    'A credit of $10 has been applied to your account.',
    // With the refund approved, refund statements are fine.
    { text: "I'll refund you today.", context: { refund: 'approved' } },
    // Quoted customer text.
    'You asked us to "refund you now", and I have passed that on.',
  ],
  invalid: [
    {
      name: 'the refund named with "the": the full amount back, the full refund',
      text: "Just say the word and you'll get the full amount back. Once it's back with me you'll get the full refund.",
      errors: [
        { messageId: 'refund', excerpt: "you'll get the full amount back" },
        { messageId: 'refund', excerpt: "you'll get the full refund" },
      ],
    },
    {
      name: 'a refund with its amount in the passive, and one started in the present',
      text: 'A full refund of $40 will be issued to your card. We are initiating the refund now.',
      errors: [
        { messageId: 'refund', excerpt: 'A full refund of $40 will be issued' },
        { messageId: 'refund', excerpt: 'We are initiating the refund' },
      ],
    },
    {
      name: 'something for nothing on the seller, and money by a payment app',
      text: 'Keep the old one as a gift. Your next order is on us. If you close the claim I can Venmo you the $20.',
      errors: [
        { messageId: 'refund', excerpt: 'Keep the old one as a gift' },
        { messageId: 'refund', excerpt: 'Your next order is on us' },
        { messageId: 'refund', excerpt: 'Venmo you' },
      ],
    },
    {
      name: 'money sent back outside the platform, and a reward for removing a review, are still remedies',
      text: "I'll send the £12 back to your PayPal tonight. Take the one-star review down and I'll send you a £10 voucher.",
      errors: [
        { messageId: 'refund', excerpt: 'send the £12 back to your PayPal' },
        { messageId: 'refund', excerpt: 'send you a £10 voucher' },
      ],
    },
    {
      name: 'a resend sorted, a replacement offered, a cancellation under way',
      text: "I'll sort a resend today. We're happy to offer a replacement. We are cancelling the order now.",
      errors: [
        { messageId: 'replacement', excerpt: 'sort a resend' },
        { messageId: 'replacement', excerpt: 'offer a replacement' },
        { messageId: 'cancellation', excerpt: 'We are cancelling the order' },
      ],
    },
    {
      name: 'money the writer sends back is a refund, not an item coming back',
      text: "Keep it, and I'll send back half of what you paid.",
      errors: [{ messageId: 'refund', excerpt: 'send back half' }],
    },
    {
      name: "no rewrite by default: the promise is usually the reply's answer",
      text: "Sorry about the wait. I'll refund you now.",
      context: { refund: 'requested' },
      errors: [{ messageId: 'refund', excerpt: 'refund you', suggestions: [] }],
    },
    {
      name: 'a discount asked for over a fault is still compensation',
      text: "Sorry the lamp arrived chipped, I'll take 10% off for you.",
      options: { suggestRewrites: true },
      context: { customerMessage: 'The lamp is chipped, can I get a discount?' },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'take 10% off',
          suggestions: [
            {
              messageId: 'suggestUnderReview',
              output: 'Sorry the lamp arrived chipped. Your request is under review.',
            },
            { messageId: 'suggestRemovePromise', output: 'Sorry the lamp arrived chipped.' },
          ],
        },
      ],
    },
    {
      name: 'money handed back, however it is worded',
      text: "Sorry about the chip. I'll put the full £32 back on your card this afternoon.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'put the full £32 back on your card',
          suggestions: [{ messageId: 'suggestUnderReview' }, { messageId: 'suggestRemovePromise' }],
        },
      ],
    },
    {
      name: 'another one made and sent',
      text: "No need to post it back, I'll pot up another one and send it Monday.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'pot up another',
          suggestions: [{ messageId: 'suggestUnderReview' }, { messageId: 'suggestRemovePromise' }],
        },
      ],
    },
    {
      name: 'a replacement scheduled, no subject',
      text: 'Replacement dispatching Friday, keep the faulty one.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'Replacement dispatching',
          suggestions: [{ messageId: 'suggestUnderReview' }, { messageId: 'suggestRemovePromise' }],
        },
      ],
    },
    {
      text: "Could you keep it and I'll PayPal you \u00a310 for the trouble?",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'PayPal you \u00a310 for the trouble',
          // An offer put as a question answers no request, and the sentence is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      text: "I'll send \u00a38 to your PayPal now as a partial refund.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'send \u00a38 to your PayPal',
          suggestions: [{ messageId: 'suggestUnderReview' }],
        },
      ],
    },
    {
      text: 'We are processing a full refund now.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'We are processing a full refund',
          suggestions: [{ messageId: 'suggestUnderReview' }],
        },
      ],
    },
    {
      text: "Whatever happens, I'll make sure you're not out of pocket.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: "make sure you're not out of pocket",
          suggestions: [{ messageId: 'suggestUnderReview' }],
        },
      ],
    },
    {
      text: 'Would you prefer a new mat or your money back?',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'Would you prefer a new mat or your money back',
          // An offer put as a question answers no request, and the sentence is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      text: "I'll chuck a new set of fins in the post tomorrow.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'chuck a new set',
          suggestions: [{ messageId: 'suggestUnderReview' }],
        },
      ],
    },
    // A money verb whose object is a pronoun is a refund in a sentence about money.
    {
      text: 'For the refund, send me your sort code and I will transfer it today.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'transfer it',
          suggestions: [
            { messageId: 'suggestUnderReview' },
            { messageId: 'suggestRemovePromise', output: 'For the refund, send me your sort code.' },
          ],
        },
      ],
    },
    {
      text: 'To settle the chargeback, reply here and I will reverse it myself.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'reverse it',
          suggestions: [
            { messageId: 'suggestUnderReview' },
            { messageId: 'suggestRemovePromise', output: 'To settle the chargeback, reply here.' },
          ],
        },
      ],
    },
    {
      text: 'Close the case and we will return your money in full.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'return your money',
          suggestions: [
            { messageId: 'suggestUnderReview' },
            { messageId: 'suggestRemovePromise', output: 'Close the case.' },
          ],
        },
      ],
    },
    {
      name: 'the money as the subject of a forecast',
      text: 'Send me your bank details and the refund will land the same day.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'the refund will land',
          suggestions: [{ messageId: 'suggestUnderReview' }, { messageId: 'suggestRemovePromise' }],
        },
      ],
    },
    {
      name: 'money going back to a PayPal account is not the item coming back',
      text: "As a goodwill gesture I'll take £5 off and send it back to your PayPal.",
      options: { suggestRewrites: true },
      errors: [
        { messageId: 'refund', excerpt: 'take £5 off', suggestions: [{ messageId: 'suggestUnderReview' }] },
      ],
    },
    {
      name: 'a return the writer waves away is no review',
      text: "I'll refund you in full today, and there's no need to send the mug back.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'refund you',
          suggestions: [
            { messageId: 'suggestUnderReview' },
            { messageId: 'suggestRemovePromise', output: "There's no need to send the mug back." },
          ],
        },
      ],
    },
    {
      text: 'no worries ill sort ur money out today',
      options: { suggestRewrites: true },
      errors: [{ messageId: 'refund', excerpt: 'sort ur money out' }],
      output: 'Your request is under review.',
    },
    {
      text: "I'll knock £10 off for the trouble.",
      options: { suggestRewrites: true },
      errors: [{ messageId: 'refund', excerpt: 'knock £10 off' }],
      output: 'Your request is under review.',
    },
    {
      text: 'Ill paypal you £15 back tonight.',
      options: { suggestRewrites: true },
      errors: [{ messageId: 'refund', excerpt: 'paypal you £15 back' }],
      output: 'Your request is under review.',
    },
    {
      name: 'a conditional offer is not a request under review, and the only sentence cannot go',
      text: "If you delete your review I'll refund the full amount today.",
      options: { suggestRewrites: true },
      errors: [{ messageId: 'refund', excerpt: 'refund the full amount', suggestions: [] }],
    },
    {
      text: "I'm sending the right case out today.",
      options: { suggestRewrites: true },
      errors: [{ messageId: 'replacement', excerpt: "I'm sending the right case" }],
      output: 'Your request is under review.',
    },
    {
      text: 'will refund shortly, keep the item',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'refund',
          suggestions: [
            { messageId: 'suggestUnderReview', output: 'Your request is under review.' },
            { messageId: 'suggestRemovePromise', output: 'Keep the item' },
          ],
        },
      ],
    },
    {
      text: "You'll get every penny back, I promise.",
      options: { suggestRewrites: true },
      errors: [{ messageId: 'refund', excerpt: "You'll get every penny back" }],
      output: 'Your request is under review.',
    },
    {
      name: 'the seed guide: refund you now',
      text: "I'll refund you now.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          range: [5, 15],
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      text: 'We will issue a full refund immediately.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'issue a full refund',
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      name: 'an offer conditional on the parcel, not on a review: the condition stays, the outcome waits for a look',
      text: "We can give a refund if you don't get it!",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'give a refund',
          suggestions: [
            {
              messageId: 'suggestOptionsOnCondition',
              output: "We'll look at the options with you if you don't get it!",
            },
          ],
        },
      ],
    },
    {
      name: 'a lead-in stays, the commitment goes',
      text: "I'm sorry, I'll send you a new one right away.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'send you a new one',
          suggestions: [{ messageId: 'suggestUnderReview', output: `I'm sorry. ${REVIEW}.` }],
        },
      ],
    },
    {
      name: 'a second verb after "and": the promise goes, the rest stays',
      text: 'We will stop your package and issue you a full refund immediately.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'issue you a full refund',
          suggestions: [
            { messageId: 'suggestUnderReview', output: `${REVIEW}.` },
            { messageId: 'suggestRemovePromise', output: 'We will stop your package.' },
          ],
        },
      ],
    },
    {
      name: 'an offer as a question answers no request, and removing it would leave nothing to answer',
      text: 'Sorry about the dent. Would you prefer a replacement or a refund?',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'Would you prefer a replacement',
          suggestions: [],
        },
      ],
    },
    {
      text: "No problem, I'll cancel the order for you.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'cancellation',
          excerpt: 'cancel the order',
          suggestions: [{ messageId: 'suggestUnderReview', output: `No problem. ${REVIEW}.` }],
        },
      ],
    },
    {
      name: 'compensation after a currency amount',
      text: "We'll give you a $10 credit for the inconvenience.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'give you a $10 credit',
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      name: '"no need to return it" is not a condition',
      text: "I'll refund you now, no need to return it.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'refund you',
          suggestions: [
            { messageId: 'suggestUnderReview', output: `${REVIEW}.` },
            { messageId: 'suggestRemovePromise', output: 'No need to return it.' },
          ],
        },
      ],
    },
    {
      name: 'a later aside about returning the item does not make it reviewed',
      text: 'We can issue you a full refund right now (and when it arrives, you can send it back).',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'issue you a full refund',
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      name: 'an approved refund still does not cover a replacement',
      text: "We'll send a replacement today.",
      options: { suggestRewrites: true },
      context: { refund: 'approved' },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'send a replacement',
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      text: "We'll get that refunded for you right away.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'get that refunded',
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      text: "Hi Jo, we'll pop a new one in the post today.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'pop a new one in the post',
          suggestions: [
            {
              messageId: 'suggestUnderReview',
              output: 'Hi Jo, your request is under review.',
            },
          ],
        },
      ],
    },
    {
      text: "You'll get a full refund.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: "You'll get a full refund",
          suggestions: [{ messageId: 'suggestUnderReview', output: `${REVIEW}.` }],
        },
      ],
    },
    {
      name: 'a message the seller starts holds no request to review: the promise goes',
      text: "Your order is packed. We'll send a replacement strap too, no charge.",
      options: { suggestRewrites: true },
      context: { messageKind: 'proactive' },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'send a replacement strap',
          suggestions: [{ messageId: 'suggestRemovePromise', output: 'Your order is packed.' }],
        },
      ],
    },
    {
      name: 'a conditional promise goes with its condition',
      text: "Thanks for your patience. If it hasn't turned up by Friday, I'll refund you in full.",
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'refund',
          excerpt: 'refund you',
          suggestions: [
            {
              messageId: 'suggestOptionsOnCondition',
              output:
                "Thanks for your patience. If it hasn't turned up by Friday, we'll look at the options with you.",
            },
            { messageId: 'suggestRemovePromise', output: 'Thanks for your patience.' },
          ],
        },
      ],
    },
    {
      name: 'a condition by inversion is a condition: no "under review" after it, and it never stands alone',
      text: 'Should it turn up damaged, we will replace it straight away.',
      options: { suggestRewrites: true },
      errors: [
        {
          messageId: 'replacement',
          excerpt: 'replace it',
          suggestions: [
            {
              messageId: 'suggestOptionsOnCondition',
              output: "Should it turn up damaged, we'll look at the options with you.",
            },
          ],
        },
      ],
    },
  ],
})
