import { expect, it } from 'vitest'
import rule from '../../rules/require-structure.js'
import { createLinter } from '../../src/index.js'
import { RuleTester } from '../../src/testing/index.js'

/** A message the draft answers: where it opens with the order's news, thanks for it are then true. */
const ANSWERS_A_MESSAGE = { customerMessage: 'Just checking in on my order.' }

const NEXT = " Reply here if there's anything else we can help with."

new RuleTester().run(rule, {
  valid: [
    // Receipt of the request, a feeling shared, what the customer asked: each acknowledges.
    "We've received your refund request for the planter. Refunds are reviewed within two working days and you'll get a message here with the outcome.",
    "I'm as annoyed as you are about this. Your order left the workshop this morning and I'll send tracking tonight.",
    "I've used the blue glaze like you asked and it's drying now. I'll send you photos before it goes in the kiln tomorrow.",
    // A forecast said with a day and a present-tense move, where the customer can follow the parcel,
    // and a direction to a named party are next steps.
    'Thanks for checking in. Your box goes out Friday.',
    'Thanks for waiting. It left the warehouse today. Tracking is on your order page.',
    'Thanks for the photos. I can see the box was crushed in transit. Contact Evri with the reference on the card.',
    // Thanks in the language a seller mixes in is an acknowledgement.
    'Hi Mark, salamat for ordering! Your bag ships tomorrow, and I will message you here once it has left.',
    // An apology run on from a greeting acknowledges; "cheers for …" thanks.
    'hey sorry about that!! the right size went out this morning, reply here if it does not fit',
    'cheers for ordering again, it was dispatched this morning and I will send tracking here.',
    {
      name: 'near miss for the habit: a usual duration for this order is its next step',
      text: 'Thanks for your message. Your parcel left on Monday, and it usually takes 3 to 5 working days from there.',
    },
    'Thanks for reaching out. Your order is currently being handled by Kingston Express and is still in transit. Delivery is actively monitored, and we’ll update you if anything changes.',
    'Thanks for your message. I’m confirming delivery details with the courier and will update you shortly.',
    'Your return request is under review. Once the item is inspected, we’ll update you on the next steps.',
    'Sorry to hear the lid arrived cracked. I have logged the damage. Could you send a photo of the box?',
    'Got it. Tracking shows a delivery attempt on Tuesday. Can you check with your neighbours?',
    'I understand. The warehouse has packed the replacement, and I will send the tracking number tomorrow.',
    'Thanks for asking! Yes, it fits the 2019 model. Let me know if you need anything else.',
    'Thanks for your order! Your stickers went out today, lmk if they get stuck anywhere.',
    {
      name: 'a proactive message acknowledges with thanks for the order',
      text: 'Thanks for your order! It left our workshop this morning. We will update you if anything changes.',
      context: { messageKind: 'proactive' },
    },
    {
      name: 'a short factual answer to a direct question needs no next steps',
      text: 'Thanks for asking! Yes, it fits the 2019 model.',
      context: { customerMessage: 'Does it fit the 2019 model?' },
    },
    { text: '', name: 'an empty draft' },
    // Next steps said any way: a forecast, a commitment without its subject, an offer, work under
    // way, a request passed on, an instruction with its object.
    'Thanks for your patience. Your necklace is on the bench now and should go out early next week.',
    'Sorry for the wait. The parcel is with customs at the moment. itll clear by monday.',
    'Thanks for letting me know. I have contacted the depot and will let you know what they say.',
    'Thanks for asking! The lamp comes in brass and black. Happy to send photos of both.',
    'Thanks for the photos. The box was crushed in transit. Sending them to the carrier now.',
    'Thanks for the heads-up. The driver left it at 14 instead of 41. I have asked them to collect it.',
    'Glad it arrived! The kit was posted on Monday. Once it settles in, mist it twice a day.',
    'Thanks for your message. Your order is packed and goes out tomorrow.',

    { text: 'Hi Tom,', name: 'a bare greeting has nothing to judge' },
  ],
  invalid: [
    {
      name: 'thanks inside a jibe is sarcasm, no acknowledgement',
      text: "Thanks for the charming message, really mature. The lamp ships on Monday and I'll send the tracking then.",
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Thanks for the charming message, really mature.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no stock thanks before a reaction that already answers the message',
      text: "Aww, of course. I'll wrap it in kraft paper with a dried flower on top.",
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: "I'll wrap it in kraft paper with a dried flower on top.",
          suggestions: [],
        },
        { messageId: 'missingStatus', excerpt: "I'll wrap it in kraft paper with a dried flower on top." },
      ],
    },
    {
      name: 'no stock English thanks in a draft with one unmistakable Singlish word',
      text: 'Order already pack liao, Ninja Van supposed to collect tomorrow morning. Tracking number I send you here once got.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Order already pack liao, Ninja Van supposed to collect tomorrow morning.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no stock thanks where the reply opens with an informal "got it"',
      text: 'Say no more, Hannah. The right size goes out with Evri tomorrow morning.',
      errors: [{ messageId: 'missingAcknowledgement', excerpt: 'Say no more, Hannah.', suggestions: [] }],
    },
    {
      name: "an upsell offered as the seller's own act is no next step for the case",
      text: 'Thanks for asking. Your mug went out with Royal Mail this morning. We also make matching coasters, shall I add one to a new order for you?',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'We also make matching coasters, shall I add one to a new order for you?',
        },
      ],
    },
    {
      name: 'a draft typed in lower case gets the diagnostics but no stock line in sentence case',
      text: 'hi priya ur kettle went out this morning. its w royal mail',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'hi priya ur kettle went out this morning.',
          suggestions: [],
        },
        { messageId: 'missingNextSteps', excerpt: 'its w royal mail', suggestions: [] },
      ],
    },
    {
      name: 'what will happen is a next step, not where things stand (by the cues)',
      text: "Thanks for your order! It will be packed today and I'll send the tracking.",
      options: { learned: false },
      errors: [{ messageId: 'missingStatus', excerpt: 'Thanks for your order!' }],
    },
    {
      name: 'an upsell put as a question, or a follow asked for, is no next step (by the cues)',
      text: 'Thanks for asking! Your drill went out this morning. Want me to add a bit set? Give us a follow for restock news.',
      options: { learned: false },
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'Give us a follow for restock news.',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: `Thanks for asking! Your drill went out this morning. Want me to add a bit set? Give us a follow for restock news.${NEXT}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a proactive notice without thanks or an apology: advice that fits it, and no stock thanks',
      text: 'Your order left our workshop this morning. We will update you if anything changes.',
      context: { messageKind: 'proactive' },
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Your order left our workshop this morning.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'the closing line goes before a valediction and its signature, not after them',
      text: 'Thanks for asking. Your parcel is in transit with DPD.\n\nKind regards,\nAnnie at Wrenfield Lighting',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'Annie at Wrenfield Lighting',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: `Thanks for asking. Your parcel is in transit with DPD.${NEXT}\n\nKind regards,\nAnnie at Wrenfield Lighting`,
            },
          ],
        },
      ],
    },
    {
      name: 'no stock thanks before a rebuke',
      text: "There's no need to take that tone with me. Your candle holder goes out with tomorrow's post.",
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: "There's no need to take that tone with me.",
          suggestions: [],
        },
      ],
    },
    {
      name: 'the thanks follows a greeting with a title and its full stop, not the title',
      text: 'Hello Mr. Osei, the hinge fits both door sizes. You can order it from the listing.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Hello Mr. Osei, the hinge fits both door sizes.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Hello Mr. Osei, thanks for your message. The hinge fits both door sizes. You can order it from the listing.',
            },
          ],
        },
      ],
    },
    {
      name: 'no thanks for a message in news the seller starts, after a greeting line or a headline',
      text: 'Dear Customer,\nGreetings from Lotus Looms. Your shawl is delivered as per tracking. Please tell us here if anything is wrong.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Your shawl is delivered as per tracking.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no stock thanks before news of the order after a short salutation, or a formal "Respected Sir,"',
      text: 'Good evening Ma, your wrapper fabric has been packed. I will send the tracking here once the courier collects it.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Good evening Ma, your wrapper fabric has been packed.',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Respected Sir, the warranty card is inside the box lid. Please keep it with the bill.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Respected Sir, the warranty card is inside the box lid.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Respected Sir, thanks for your message. The warranty card is inside the box lid. Please keep it with the bill.',
            },
          ],
        },
      ],
    },
    {
      text: 'Order 5512 – dispatch moved. We will tell you here when it ships.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'We will tell you here when it ships.',
          suggestions: [],
        },
      ],
    },
    {
      text: "Hi Anya, your rug has shipped! I'll message you here if anything changes.",
      errors: [
        { messageId: 'missingAcknowledgement', excerpt: 'Hi Anya, your rug has shipped!', suggestions: [] },
      ],
    },
    {
      name: 'the stock promise to update fits a reply about an order under way',
      text: 'Thanks for asking. Your parcel is in transit',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'Your parcel is in transit',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: `Thanks for asking. Your parcel is in transit.${NEXT}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a general fact in the future tense is not a next step to the cues',
      text: 'Thanks for asking. The workshop is closed on Sundays. A small fee will be charged for engraving.',
      // The learned signal reads a fee to come as what happens next (0.72): the cues alone are tested.
      options: { learned: false },
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'A small fee will be charged for engraving.',
          // Nothing is under way that an update could be about: no stock promise to update.
          suggestions: [],
        },
      ],
    },
    {
      name: 'a request for a review is not a next step for the case',
      text: 'Thanks for your order! Your parcel was delivered yesterday. Could you leave us a five-star review?',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'Could you leave us a five-star review?',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: `Thanks for your order! Your parcel was delivered yesterday. Could you leave us a five-star review?${NEXT}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a promise of what the writer will do says nothing of where things stand',
      text: "So sorry it arrived broken! I'll send another one out tomorrow.",
      errors: [{ messageId: 'missingStatus', excerpt: 'So sorry it arrived broken!' }],
    },
    {
      name: 'an argument is not a status, whatever its verbs',
      text: "Thanks for your message. With respect, I've been doing this for eleven years and I know how to pack a mirror.",
      errors: [
        { messageId: 'missingStatus', excerpt: 'Thanks for your message.' },
        {
          messageId: 'missingNextSteps',
          excerpt: "With respect, I've been doing this for eleven years and I know how to pack a mirror.",
          suggestions: [],
        },
      ],
    },
    {
      // The cues alone: labelled replies often count a habit that answers the question as a status.
      name: 'a habit is not the status of this order (cues)',
      text: 'Thanks for asking. We usually ship everything with a tracked service. Let me know if you need anything else.',
      options: { learned: false },
      errors: [{ messageId: 'missingStatus', excerpt: 'Thanks for asking.' }],
    },
    {
      name: 'a promise of what comes next states no status (learned signal)',
      text: "Thanks for letting me know. I'll message you tomorrow morning once I've spoken to the depot.",
      errors: [{ messageId: 'missingStatus', excerpt: 'Thanks for letting me know.' }],
    },
    {
      name: 'the order news answering a known message: thanks for it',
      text: 'Your parcel left our warehouse on Monday. Reply here if anything else comes up.',
      context: { customerMessage: 'Has it shipped yet?' },
      errors: [
        {
          messageId: 'missingAcknowledgement',
          range: [0, 41],
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Thanks for your message. Your parcel left our warehouse on Monday. Reply here if anything else comes up.',
            },
          ],
        },
      ],
    },
    {
      name: 'the order news with no message known to answer: no stock thanks, which could be false',
      text: 'Your parcel left our warehouse on Monday.',
      errors: [
        { messageId: 'missingAcknowledgement', range: [0, 41], suggestions: [] },
        {
          messageId: 'missingNextSteps',
          range: [0, 41],
          suggestions: [
            { messageId: 'suggestNextSteps', output: `Your parcel left our warehouse on Monday.${NEXT}` },
          ],
        },
      ],
    },
    {
      name: "a habit is a policy, but how long this order's next step usually takes is a forecast (cues)",
      text: 'Thanks for asking. We usually ship within 2 days.',
      options: { learned: false },
      errors: [
        { messageId: 'missingStatus', excerpt: 'Thanks for asking.' },
        {
          messageId: 'missingNextSteps',
          excerpt: 'We usually ship within 2 days.',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output:
                "Thanks for asking. We usually ship within 2 days. Reply here if there's anything else we can help with.",
            },
          ],
        },
      ],
    },
    {
      name: "the writer's own checking is a next step, not an order to the customer",
      text: "Thanks for your message. I'll check the tracking again tonight and message you here.",
      errors: [{ messageId: 'missingStatus', excerpt: 'Thanks for your message.' }],
    },
    {
      name: 'the acknowledgement opens the reply, before a short first sentence that carries nothing',
      text: 'Posted. Your lamp left our workshop on Monday. Let me know if it has not arrived by Friday.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Your lamp left our workshop on Monday.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Thanks for your message. Posted. Your lamp left our workshop on Monday. Let me know if it has not arrived by Friday.',
            },
          ],
        },
      ],
    },
    {
      name: 'the acknowledgement goes after a greeting in the same sentence',
      context: ANSWERS_A_MESSAGE,
      text: 'Hi Tom, your refund was issued this morning. Let us know if it has not arrived by Friday.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Hi Tom, your refund was issued this morning.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Hi Tom, thanks for your message. Your refund was issued this morning. Let us know if it has not arrived by Friday.',
            },
          ],
        },
      ],
    },
    {
      name: 'no stock thanks or invitation to reply beside a complaint about the customer asking again',
      text: 'Ma, this is the fourth time you are asking me today. The wig was sent on Monday with GIG.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Ma, this is the fourth time you are asking me today.',
          suggestions: [],
        },
        {
          messageId: 'missingNextSteps',
          excerpt: 'The wig was sent on Monday with GIG.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'salaam is a greeting: the thanks goes after it',
      text: 'Assalam o Alaikum, the rider tried twice. Please confirm your availability.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Assalam o Alaikum, the rider tried twice.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Assalam o Alaikum, thanks for your message. The rider tried twice. Please confirm your availability.',
            },
          ],
        },
      ],
    },
    {
      name: 'the acknowledgement goes after a greeting to a slot in single angle brackets, not inside it',
      context: ANSWERS_A_MESSAGE,
      text: 'Hi <CUSTOMER_NAME>, your refund was issued this morning. Let us know if it has not arrived by Friday.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Hi <CUSTOMER_NAME>, your refund was issued this morning.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Hi <CUSTOMER_NAME>, thanks for your message. Your refund was issued this morning. Let us know if it has not arrived by Friday.',
            },
          ],
        },
      ],
    },
    {
      name: 'the acknowledgement goes after a greeting line',
      context: ANSWERS_A_MESSAGE,
      text: 'Hi Jo,\nYour parcel is at the depot. Please check the tracking page.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Your parcel is at the depot.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Hi Jo,\nThanks for your message. Your parcel is at the depot. Please check the tracking page.',
            },
          ],
        },
      ],
    },
    {
      name: 'after a bare "Ok." a stock thanks reads as pasted in',
      text: 'Hi Jo,\nOk. Your parcel is at the depot. Please check the tracking page.',
      errors: [
        { messageId: 'missingAcknowledgement', excerpt: 'Your parcel is at the depot.', suggestions: [] },
      ],
    },
    {
      text: 'Sorry to hear that! Please send us your order number.',
      errors: [{ messageId: 'missingStatus', excerpt: 'Sorry to hear that!' }],
    },
    {
      name: 'next steps go before the sign-off',
      text: 'Thanks for getting in touch. The part is out of stock until March.\n\nKind regards,\nAnna',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'The part is out of stock until March.',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: `Thanks for getting in touch. The part is out of stock until March.${NEXT}\n\nKind regards,\nAnna`,
            },
          ],
        },
      ],
    },
    {
      name: 'without the customer message a short answer still needs next steps',
      text: 'Thanks for asking! Yes, it fits the 2019 model.',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'Yes, it fits the 2019 model.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'options change the suggested sentences',
      context: ANSWERS_A_MESSAGE,
      text: 'The courier collected it yesterday.',
      options: { acknowledgement: 'Thank you for writing.', nextSteps: 'I will check again tomorrow.' },
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'The courier collected it yesterday.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output: 'Thank you for writing. The courier collected it yesterday.',
            },
          ],
        },
        {
          messageId: 'missingNextSteps',
          excerpt: 'The courier collected it yesterday.',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: 'The courier collected it yesterday. I will check again tomorrow.',
            },
          ],
        },
      ],
    },
  ],
})

it('advises a notice the seller starts to thank for the order, and a reply to thank for the message', () => {
  const linter = createLinter({ rules: { 'require-structure': 'warn' } })
  const advice = (messageKind: 'proactive' | 'reply') =>
    linter
      .lint('Your order left our workshop this morning.', { messageKind })
      .diagnostics.find((d) => d.messageId === 'missingAcknowledgement')?.message
  expect(advice('proactive')).toBe(
    'The reply does not acknowledge the customer. Open with thanks for their order or their patience, or a specific apology, so the news reads as meant for them.',
  )
  expect(advice('reply')).toBe(
    'The reply does not acknowledge the customer. Open with thanks or a specific apology so they know their message was read.',
  )
})
