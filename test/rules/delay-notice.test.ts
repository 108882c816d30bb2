import rule from '../../rules/delay-notice.js'
import { RuleTester } from '../../src/testing/index.js'

const DATE_UNKNOWN = "We don't have a new date yet."
const CANCEL = "If you'd rather not wait, you can cancel the order at any time before it ships."
const seller = { fulfillment: 'seller' } as const
/** A notice the seller starts about an order they ship. */
const proactive = { fulfillment: 'seller', messageKind: 'proactive' } as const

new RuleTester().run(rule, {
  valid: [
    // A hold for a check of the payment or the buyer, something other than the order running late,
    // and not shipped yet as a chance to change it.
    {
      text: 'Your order is on hold because of a failed card authorisation from the bank.',
      context: proactive,
    },
    { text: 'The lamp oil is age-restricted, so the order is on hold for now.', context: proactive },
    {
      text: 'Printer jammed again, so your invoice is late a bit. The order itself is packed.',
      context: proactive,
    },
    { text: "Your order hasn't been packed yet, so it can still be changed.", context: proactive },
    // A delay denied, and "fire over" as sending.
    "No, it isn't stuck; it went through the hub this morning.",
    "It won't get held up at customs this time, as it's going by a tracked service.",
    "I'll take close-ups of the lining and fire them over tonight.",
    // A participle after "be" is the plan, so its date is the new one.
    'Your planter set is running a few days behind. It should now be posted on Wednesday 12th.',
    // An apology for the wait the customer raised, and an order held for a payment check.
    "Sorry for the delay on your cake topper. It's next in the queue and I'll send tracking when it ships.",
    "Your order is on hold pending payment verification. We'll update you here once it's cleared.",
    // The week of the delay beside a new date that follows.
    "Your LP hasn't gone out yet. I'm behind on posting this week, so it will go out on Monday the 14th.",
    // Waiting on the customer's payment, "held up" as sturdiness, the customer's question reported.
    "Your payment is still marked pending by the platform, which is why I can't ship yet.",
    "Sorry the box arrived crushed, you're right that it should have held up better.",
    "You've messaged at 2am asking why it hasn't shipped yet. I was asleep.",
    // A condition ("if it's stuck") announces nothing.
    "USPS handles it from there. If it's stuck, I'll chase them for you.",
    // A rough time frame ahead is a revised date; a made-again item for free is no late order.
    'The glaze cracked in the kiln so I need to remake your mug, give me a week or so.',
    'The print came out blurry, so I will redo yours for free.',
    // Late with the reply, not with the order.
    "Sorry for the delay in getting back to you, we've been swamped. Could you send a photo of the chip?",
    // Not gone yet as the reason a change could still be made.
    'Address updated, the parcel hasnt left yet so the label now shows the new flat.',
    {
      name: 'in a reply, "sorry your order is a bit behind" acknowledges what the customer raised',
      text: 'Sorry your order is running a bit behind. It went out this morning with tracking.',
      context: { fulfillment: 'seller', messageKind: 'reply', customerMessage: 'Where is my order?' },
    },
    // A delay to something other than the seller's shipment, or a parcel already with someone else.
    { text: "Sorry about the delay with your refund paperwork; it's being checked today.", context: seller },
    {
      text: 'Your card was declined by the bank, so the order is on hold. Can you check with them?',
      context: seller,
    },
    { text: 'Your package is stuck with Canada Border Services. They are slow this month.', context: seller },
    {
      name: 'a remake after a fault is a replacement, not a late shipment',
      text: "I'm redoing the print tonight and it'll go back out with tracking.",
      context: seller,
    },
    'The order is on hold until we have a street address.',
    "No worries, I've changed the delivery address; it hasn't been packed yet, so that's all sorted.",
    {
      name: 'a reason no date is known',
      text: "We're still waiting on stock and the supplier hasn't given us a date yet, so I can't give you one.",
      context: proactive,
    },
    "Ugh, a cracked visor is the worst. I'm reprinting it today and it ships free.",
    "We've paused production on your order so nothing gets printed until you send the wording.",
    {
      name: 'waiting on the customer is not a delay',
      text: "I'm holding your order until you confirm the engraving text.",
      context: proactive,
    },
    "Got it, I'll change the size. Your order hasn't been packed yet, so I can get it out today.",
    "It hasn't been made yet, so there's no delay at all.",
    'Your parcel is going to be late, I am afraid; it should now arrive on Thursday.',
    // Instructions are no hold; a parcel that left the warehouse today is no longer delayed.
    'Press and hold the power one for five seconds, then the other one.',
    {
      text: 'So sorry for the delay in your saree. The parcel left our Surat godown today and tracking is on your order page.',
      context: seller,
    },
    // A date after "until" is the new one, whatever negation precedes it; a plan dated today counts.
    { text: "Your vase is delayed: it won't be ready until the 18th.", context: seller },
    {
      text: "The parcel hasn't gone out yet, sorry. I'm posting it today with tracking.",
      context: proactive,
    },
    {
      text: 'Your frames will be a bit later going out than planned. They should ship next Tuesday.',
      context: seller,
    },
    'Sorry your order is late! It left us on Monday and is with the courier.',
    // Marketplace guides ask for a date or a cancel option; either one is enough by default.
    {
      text: 'Your order is delayed. We now expect to ship it on Tuesday.',
      context: { fulfillment: 'seller' },
    },
    // A revised date, a window, a number of days, or why no date is known: enough without context.
    'Your order has been delayed. We now expect to ship it on Friday.',
    'Your order is delayed and will ship within 5 business days.',
    'Your order is delayed by a supplier problem; we expect to dispatch it in 2-3 weeks.',
    'Your order is delayed. We hope to send it by the 20th.',
    "Your order is delayed. We don't have a firm date from our supplier yet.",
    "Your order is delayed, and we're not sure yet when it will ship.",
    "We can't ship it until Friday.",
    // A cancel option alone is enough without context.
    'Your order is delayed. If you would rather not wait, you can cancel it.',
    // Not an announcement of the writer's own shipment delay.
    "I'm sorry your order is running late! Please send me your postcode.",
    'Sorry for the delay in replying.',
    'Some deliveries may take slightly longer than usual during the sale.',
    'Orders usually take longer to dispatch in December.',
    'Your order is delayed in transit, and the courier expects to deliver it tomorrow.',
    'Has your order been delayed?',
    'If your order is delayed, we will message you here.',
    "We're behind you all the way!",
    'You wrote "your order has been delayed" but the tracking shows it was delivered.',
    'The blue one is out of stock at the moment.',
    // The delay is over, or a revised date comes with the backorder.
    'Thanks for your patience while your order was delayed; it shipped this morning!',
    'Your order has been delayed by high demand, but it has now been dispatched.',
    'Your order is currently on backorder with an expected ship date of 12 June.',
    // Both parts present with a seller-fulfilled order.
    {
      text: `Your order is delayed. We now expect to ship it on 14/03. ${CANCEL}`,
      context: seller,
    },
    { text: `We're unable to dispatch your order this week. ${DATE_UNKNOWN}`, context: seller },
    // The platform ships and handles the delay.
    { text: 'Your order has been delayed.', context: { fulfillment: 'platform' } },
  ],
  invalid: [
    {
      name: 'the week the writer is behind in is when the delay happens, not a new date, in any sentence that says so',
      text: "Your LP hasn't gone out yet. I'm a bit behind on posting this week, sorry. I'll let you know the minute it's in the post.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "Your LP hasn't gone out yet",
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output:
                "Your LP hasn't gone out yet. I'm a bit behind on posting this week, sorry. I don't have a new date yet. I'll let you know the minute it's in the post.",
            },
          ],
        },
      ],
    },
    {
      name: 'later than the writer wanted',
      text: "Your prints are done but I still need to sign them, so they're a bit later than I'd like.",
      context: proactive,
      errors: [{ messageId: 'missingDateAndCancel', excerpt: "later than I'd like", suggestions: [] }],
    },
    {
      name: 'no stock "no date yet" line where the draft promises no update: the rule may not add one',
      text: 'Your order is delayed. Will ship when able.',
      context: proactive,
      errors: [{ messageId: 'missingDateAndCancel', excerpt: 'Your order is delayed', suggestions: [] }],
    },
    {
      name: 'beside an update promise the line completes the notice',
      text: "Your order is delayed. I'll let you know as soon as it ships.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Your order is delayed',
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output:
                "Your order is delayed. I don't have a new date yet. I'll let you know as soon as it ships.",
            },
          ],
        },
      ],
    },
    {
      name: 'the added lines follow the apology for the delay, even one that goes on to a next step',
      text: "Your lamp is running late on our side. We're short-staffed this week. Sorry about that, I'll let you know once it's dispatched.",
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Your lamp is running late',
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output:
                "Your lamp is running late on our side. We're short-staffed this week. Sorry about that, I'll let you know once it's dispatched. We don't have a new date yet.",
            },
          ],
        },
      ],
    },
    {
      name: 'the order named with what is in it, and late with its reason',
      text: "Your order of two oak stools is held up. We'll send it when we can.",
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Your order of two oak stools is held up',
          suggestions: [],
        },
      ],
    },
    {
      name: 'the date a cause happened, or the date the order misses, is no revised date',
      text: "Quick note: your lamp is delayed. The glass blower we use is away this week. It won't be packed on Friday as we said.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'your lamp is delayed',
          suggestions: [],
        },
      ],
    },
    {
      name: '"once they are on the way" is still ahead, and "running behind this week" is no plan',
      text: "Just letting you know we're a bit behind, so your candles won't be posted this week after all. We're running behind on orders this week. I'll be in touch once they're on the way.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "we're a bit behind",
          suggestions: [{ messageId: 'suggestDateUnknown' }],
        },
      ],
    },
    {
      name: 'a date followed by what went wrong on it dates the cause',
      text: 'The press run on Tuesday failed, so your posters are running late. Sorry about this.',
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'your posters are running late',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a step of making it not finished',
      text: "Hi Marta, sorry, the embroidery isn't finished yet.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "the embroidery isn't finished yet",
          suggestions: [],
        },
      ],
    },
    {
      name: 'a hold-up said ahead',
      text: "Your cushion is sewn, but there'll be a short hold-up before it goes out.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "there'll be a short hold-up before it",
          suggestions: [],
        },
      ],
    },
    {
      name: 'not within the time the listing gave',
      text: 'Unfortunately the bookcase will not be dispatched within the handling time shown on the listing.',
      context: seller,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'will not be dispatched within the handling time',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no stock sentence spliced onto a list item',
      text: 'Order update:\n- Your order is delayed\n- Reason: the glaze kiln is being repaired',
      context: proactive,
      errors: [{ messageId: 'missingDateAndCancel', excerpt: 'Your order is delayed', suggestions: [] }],
    },
    {
      name: 'the added sentences follow the reason for the delay, not split it from the announcement',
      text: "Your rug isn't finished yet. The dye batch came out patchy and I'm redoing it. Thanks for bearing with me! Updates to follow.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "Your rug isn't finished yet",
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output:
                "Your rug isn't finished yet. The dye batch came out patchy and I'm redoing it. I don't have a new date yet. Thanks for bearing with me! Updates to follow.",
            },
          ],
        },
      ],
    },
    {
      name: 'a message the seller starts announces the delay, apology or not, however far behind',
      text: 'so sorry, your candle order is running a little bit behind this week',
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'your candle order is running a little bit behind',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no stock sentence about cancelling before it ships once the parcel sits with a carrier',
      text: "Really sorry, your order is running late. It's stuck at the hub.",
      context: seller,
      errors: [{ messageId: 'missingDateAndCancel', excerpt: 'your order is running late', suggestions: [] }],
    },
    {
      name: 'a hold of our own is still a delay, though a payment is named elsewhere',
      text: 'Your payment came through fine, but the order is on hold while we wait for stock.',
      context: seller,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'the order is on hold',
          suggestions: [],
        },
      ],
    },
    {
      name: 'not ready, however it is worded',
      text: "Your lamp isn't finished, I'm still wiring the base.",
      context: seller,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "Your lamp isn't finished",
          suggestions: [],
        },
      ],
    },
    {
      name: 'shipments paused',
      text: 'Heads up, we have paused all outgoing shipments while we re-test the batch.',
      context: seller,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'paused all outgoing shipments',
          suggestions: [],
        },
      ],
    },
    {
      text: "The kiln tripped, so I'll have to make them again, sorry.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'make them again',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Your print is taking a lot longer than I thought it would.',
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'taking a lot longer than I thought',
          suggestions: [],
        },
      ],
    },
    {
      text: "Unfortunately I'm not going to make the dispatch date shown on your order.",
      context: proactive,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'not going to make the dispatch date',
          suggestions: [],
        },
      ],
    },
    {
      name: 'late in the future tense',
      text: 'Busy week here, so your order is going to be late.',
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'your order is going to be late',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a delay the order has',
      text: 'Dear customer, your order have some delay.',
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'your order have some delay',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no second update promise when the draft already holds one',
      text: 'Your order is delayed because our supplier is late. We will keep you posted.',
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Your order is delayed',
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output:
                "Your order is delayed because our supplier is late. We don't have a new date yet. We will keep you posted.",
            },
          ],
        },
      ],
    },
    {
      text: 'Unfortunately your order has been delayed. Updates to follow.',
      errors: [
        {
          messageId: 'missingDateAndCancel',
          range: [14, 41],
          excerpt: 'your order has been delayed',
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output: `Unfortunately your order has been delayed. Updates to follow. ${DATE_UNKNOWN}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the missed date in a "cannot" announcement is not a revised date',
      text: "We're unable to dispatch your order today. We'll get it out as soon as we can. Updates to follow.",
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: "We're unable to dispatch your",
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output: `We're unable to dispatch your order today. ${DATE_UNKNOWN} We'll get it out as soon as we can. Updates to follow.`,
            },
          ],
        },
      ],
    },
    {
      name: 'a sentence without a full stop gets one before the addition',
      text: 'Thanks for confirming, updates to follow. Some orders require longer in the dispatch process',
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Some orders require longer',
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output: `Thanks for confirming, updates to follow. Some orders require longer in the dispatch process. ${DATE_UNKNOWN}`,
            },
          ],
        },
      ],
    },
    {
      name: '"this week" in the announcement is when the delay happens',
      text: "We're running a little behind on orders this week.",
      errors: [
        {
          messageId: 'missingDateAndCancel',
          range: [0, 29],
          suggestions: [],
        },
      ],
    },
    {
      text: 'Because of a system fault, orders placed yesterday will be dispatched later than usual.',
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'will be dispatched later than usual',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Sadly your order has been postponed because the kiln cracked.',
      context: seller,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'your order has been postponed',
          suggestions: [],
        },
      ],
    },
    {
      name: 'seller-fulfilled: a date without a cancel option',
      text: 'Your order is delayed. We now expect to ship it on Tuesday. Thanks for your patience.',
      context: seller,
      options: { requireBoth: true },
      errors: [
        {
          messageId: 'missingCancelOption',
          excerpt: 'Your order is delayed',
          suggestions: [
            {
              messageId: 'suggestCancelOption',
              output: `Your order is delayed. We now expect to ship it on Tuesday. ${CANCEL} Thanks for your patience.`,
            },
          ],
        },
      ],
    },
    {
      name: 'seller-fulfilled: a cancel option without a date',
      text: 'Your order is delayed. You can cancel it from your order page. Updates to follow.',
      context: seller,
      options: { requireBoth: true },
      errors: [
        {
          messageId: 'missingRevisedDate',
          excerpt: 'Your order is delayed',
          suggestions: [
            {
              messageId: 'suggestDateUnknown',
              output: `Your order is delayed. ${DATE_UNKNOWN} You can cancel it from your order page. Updates to follow.`,
            },
          ],
        },
      ],
    },
    {
      name: 'the rewrite offers a cancellation only where the seller asked for both parts',
      text: 'Your order is delayed, sorry. Updates to follow.',
      context: seller,
      options: { requireBoth: true },
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Your order is delayed',
          suggestions: [
            {
              messageId: 'suggestDateUnknownAndCancel',
              output: `Your order is delayed, sorry. Updates to follow. ${DATE_UNKNOWN} ${CANCEL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a refused cancellation is not a cancel option',
      text: "Your order is delayed. We can't cancel it now.",
      context: seller,
      errors: [
        {
          messageId: 'missingDateAndCancel',
          excerpt: 'Your order is delayed',
          suggestions: [],
        },
      ],
    },
  ],
})
