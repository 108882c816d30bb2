import rule from '../../rules/escalate-instead.js'
import { RuleTester } from '../../src/testing/index.js'

const REPLY = 'Thanks for your message. The parcel is at your local depot.'

new RuleTester().run(rule, {
  valid: [
    {
      name: "the platform's people named as the seller writes them, and the customer pointed to the case",
      text: "Thanks Martin. This one's with Marketly's resolution team now, so please keep everything in the open case.",
      context: { disputeActive: true, platformName: 'Marketly' },
    },
    {
      text: "I've asked the platform to review the claim and shared the tracking with them. Their team will decide.",
      context: { disputeActive: true },
    },
    {
      text: 'Since the dispute is open, the Shopee team will handle it from here. You can upload your photos inside the dispute page.',
      context: { disputeActive: true, platformName: 'Shopee' },
    },
    'Instead of a return, you can keep the spare strap; the new one is in the post.',
    {
      name: 'a boundary that leads into the hand-over, and plain facts passed on with it',
      text: "I'd like to help, but I'm unable to continue this chat given the language. I've sent the order to Tindall support and they'll take it from here. Your order reference is TD-4410.",
      context: { customerAbusive: true, platformName: 'Tindall' },
    },
    {
      text: "As a claim is open on this order, Tindall's support team is now handling it. You don't need to do anything else.",
      context: { disputeActive: true, platformName: 'Tindall' },
    },
    {
      name: 'stepping back and handing over is what the seller should send',
      text: "I won't be continuing this conversation directly. I've asked Kingston Express support to take it from here.",
      context: { customerAbusive: true },
    },
    {
      text: "I've handed this over to Tindall support. They'll pick it up from here.",
      context: { customerAbusive: true, platformName: 'Tindall' },
    },
    // A calm hand-over to platform support is what the seller should send in a dispute.
    {
      text: "I've asked Kingston Express support to take over, and they'll contact you here.",
      context: { disputeActive: true, platformName: 'Kingston Express' },
    },
    {
      text: "Thanks for your message. I've passed this conversation to platform support, who will follow up with you in this thread.",
      context: { customerAbusive: true },
    },
    {
      name: 'pointing the customer to the case on the platform is part of the hand-over',
      text: 'ive passed this to tindall support and they will review it. please keep an eye on the case page for their reply',
      context: { disputeActive: true, platformName: 'Tindall' },
    },
    {
      name: 'support named as holding the case, and whoever there will answer',
      text: 'Apologies for the trouble. The Pemberly support team now holds this claim. Someone from their side will get back to you on this thread.',
      context: { disputeActive: true, platformName: 'Pemberly' },
    },
    {
      name: "the seller's part in the platform's process: evidence given, answers kept to the case, its decision accepted",
      text: "Thanks, Maya. The outcome now rests with Pemberly's resolution team. We've uploaded the signed delivery note and both photos to them, and we'll reply on the case page to whatever they need. We'll abide by their decision.",
      context: { disputeActive: true, platformName: 'Pemberly' },
    },
    {
      name: 'sympathy at some length, support that can review, evidence flagged to them, answers kept to the case',
      text: "I understand the late delivery was disappointing, especially with the party on Saturday. Pemberly's resolution team can review it and will make the decision. I've also flagged the courier's scan history and our packing photos to them, and I'll reply to them directly in the case.",
      context: { disputeActive: true, platformName: 'Pemberly' },
    },
    {
      text: "i've sent this on to pemberly support. they'll message you here",
      context: { customerAbusive: true, platformName: 'Pemberly' },
    },
    {
      text: 'Please upload any extra photos of the crack to the case so their team can see them.',
      context: { disputeActive: true },
    },
    {
      name: 'the case noted, evidence passed to the platform team, support to handle it from here',
      text: "Hi Oskar, I can see the bank has raised a chargeback on this order. I've sent the tracking to the platform's payments team, who handle these.",
      context: { disputeActive: true },
    },
    {
      text: "I understand you're upset. Pemberly's support team will handle this from here. You can follow its progress in the Resolution Centre.",
      context: { customerAbusive: true, platformName: 'Pemberly' },
    },
    // A review is not a case, and a refused cancellation is not an offer.
    "Sorry, it was dispatched yesterday so I'm not able to cancel it now, but you can return it once it arrives.",
    // Quiet without context fields and without settlement words.
    REPLY,
    { text: REPLY, context: { disputeActive: false, customerAbusive: false } },
    { text: REPLY, context: { fulfillment: 'platform', messageKind: 'reply' } },
    { text: '', context: { disputeActive: true } },
    // Routing to the platform's own process, reporting what happened.
    "You can open a case from the order page if it hasn't arrived by Friday.",
    'We have opened a case with the courier.',
    'The case was closed by the platform yesterday.',
    "I've closed the return request and issued your refund.",
    // A request to close a case with nothing offered for it.
    'Could you please close the case? The parcel was delivered yesterday.',
    // Calm replies to frustration.
    "I understand you're frustrated, and I'm sorry the order is late.",
    // Quoted customer text.
    'You said "watch your tone" in your last message, and I understand why.',
  ],
  invalid: [
    {
      name: 'waiting for the platform called pointless is a way round it, not a hand-over',
      text: "I'll happily post another one today, no need to wait for the marketplace to decide.",
      context: { disputeActive: true },
      errors: [
        {
          messageId: 'disputeActive',
          excerpt: "I'll happily post another one today, no need to wait for the marketplace to decide.",
        },
      ],
    },
    {
      name: 'an offer while the case is open is no hand-over',
      text: 'While the case is open, I can send you a new pair so you are not left without.',
      context: { disputeActive: true },
      errors: [
        {
          messageId: 'disputeActive',
          excerpt: 'While the case is open, I can send you a new pair so you are not left without.',
        },
      ],
    },
    {
      name: 'a "but" after the hand-over qualifies it',
      text: "I've passed this to Tindall support, but you are wrong about the size.",
      context: { customerAbusive: true, platformName: 'Tindall' },
      errors: [
        {
          messageId: 'customerAbusive',
          excerpt: "I've passed this to Tindall support, but you are wrong about the size.",
        },
      ],
    },
    {
      name: 'the platform kept out by its name, a settlement without an object',
      text: 'No need to report to Brightmart o, we can settle between us. I fit send your money back today.',
      errors: [{ messageId: 'settlement', excerpt: 'No need to report to Brightmart o' }],
    },
    {
      name: 'a way round a named case, with an offer',
      text: "I saw you've filed a chargeback. Just message me and we'll refund you without all the paperwork.",
      errors: [{ messageId: 'settlement', excerpt: 'without all the paperwork' }],
    },
    {
      name: 'a promise of our own after a courier is asked is a reply, not a hand-over',
      text: "I've asked the courier to trace it and will message you here when I hear back.",
      context: { disputeActive: true },
      errors: [
        {
          messageId: 'disputeActive',
          excerpt: "I've asked the courier to trace it and will message you here when I hear back.",
        },
      ],
    },
    {
      name: 'near miss for the hand-over: an answer that names the order page is still a reply',
      text: 'The return label is on the order page, and you can drop the box at any post office.',
      context: { disputeActive: true },
      errors: [{ messageId: 'disputeActive', range: [0, 83] }],
    },
    {
      text: 'Before you take this any further with the platform, could we work it out here between ourselves first?',
      errors: [
        {
          messageId: 'settlement',
          excerpt: 'Before you take this any further',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Rather than going thru the chargeback, why dont we split the difference?',
      errors: [
        {
          messageId: 'settlement',
          excerpt: 'Rather than going thru the chargeback',
          suggestions: [],
        },
      ],
    },
    {
      text: "Cancel it and I'll sort a partial refund for you here instead.",
      errors: [
        {
          messageId: 'settlement',
          excerpt: "Cancel it and I'll",
          suggestions: [],
        },
      ],
    },
    {
      text: "I've asked support to take over, but honestly you're being unreasonable about this.",
      context: { disputeActive: true },
      errors: [
        {
          messageId: 'disputeActive',
          excerpt: "I've asked support to take over, but honestly you're being unreasonable about this.",
        },
        { messageId: 'abuseReply', excerpt: "you're being unreasonable" },
      ],
    },
    {
      text: 'Before this goes any further, is there a figure that would make you happy? Just name it.',
      errors: [
        {
          messageId: 'settlement',
          excerpt: 'figure that would make you happy',
          suggestions: [],
        },
        {
          messageId: 'settlement',
          excerpt: 'Just name it',
          suggestions: [],
        },
      ],
    },
    {
      name: 'an active dispute: one report for the whole reply',
      text: REPLY,
      context: { disputeActive: true, platformName: 'Kingston Express' },
      errors: [{ messageId: 'disputeActive', range: [0, REPLY.length] }],
    },
    {
      text: REPLY,
      context: { customerAbusive: true },
      errors: [{ messageId: 'customerAbusive', excerpt: REPLY }],
    },
    {
      text: REPLY,
      context: { disputeActive: true, customerAbusive: true },
      errors: [{ messageId: 'disputeAndAbuse', excerpt: REPLY }],
    },
    {
      name: 'a settlement offer from the draft itself',
      text: "Close the case and I'll refund you.",
      errors: [
        {
          messageId: 'settlement',
          range: [0, 14],
          suggestions: [],
        },
      ],
    },
    {
      text: 'If you withdraw the PayPal claim, we will send a replacement.',
      errors: [
        {
          messageId: 'settlement',
          excerpt: 'withdraw the PayPal claim',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Hi, we can sort this out between us.',
      errors: [
        {
          messageId: 'settlement',
          excerpt: 'sort this out between us',
          suggestions: [],
        },
      ],
    },
    {
      name: 'discouraging a claim with a promise',
      text: "Please don't open a case, we'll fix it.",
      errors: [
        {
          messageId: 'settlement',
          excerpt: "Please don't open a case",
          suggestions: [],
        },
      ],
    },
    {
      name: 'answering abuse in kind: no rewrite, one report per sentence',
      text: "You're being rude and I won't tolerate this language.",
      errors: [{ messageId: 'abuseReply', excerpt: "You're being rude" }],
    },
    {
      name: 'context and words both reported',
      text: 'Watch your tone.',
      context: { customerAbusive: true },
      errors: [
        { messageId: 'abuseReply', excerpt: 'Watch your tone' },
        { messageId: 'customerAbusive', excerpt: 'Watch your tone.' },
      ],
    },
  ],
})
