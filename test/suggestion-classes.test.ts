import { describe, expect, it } from 'vitest'
import { applyEdits } from '../src/core.js'
import { createLinter, type ReplyContext } from '../src/index.js'

/**
 * The ways a suggested rewrite went wrong on drafts the rewrites were not written from, one group
 * per kind of failure: each case gives a draft and, for one rule, exactly what its suggestions
 * turn the draft into (an empty list: no rewrite is safe, so none is offered). Every rule is on,
 * so a rewrite that another rule would flag is dropped, as it is for a seller.
 */
// The refund rule's rewrites are off by default; on here, so the checks on them keep being made.
const linter = createLinter({
  preset: 'strict',
  rules: { 'no-unreviewed-refund': ['error', { suggestRewrites: true }] },
})

/** The rewrites the rule offers on the draft; the rule must report, or an empty list would say nothing. */
function rewrites(text: string, ruleId: string, context?: ReplyContext): string[] {
  const found = linter.lint(text, context).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId)
  expect(found.length, `${ruleId} reports on the draft`).toBeGreaterThan(0)
  return found.flatMap((diagnostic) =>
    diagnostic.suggestions.map((suggestion) =>
      applyEdits(
        text,
        [...suggestion.edits].sort((a, b) => a.range[0] - b.range[0]),
      ),
    ),
  )
}

interface Case {
  name: string
  rule: string
  text: string
  after: string[]
  /** The reply's context; the splicing cases answer a known message, so thanks for it is true. */
  context?: ReplyContext
}

/** A message the draft answers: where the draft opens with the order's news, thanks are then due. */
const ANSWERS_A_MESSAGE: ReplyContext = { customerMessage: 'Just checking in on my order.' }

const classes: Record<string, Case[]> = {
  'no dangling words after a removal': [
    {
      name: 'an aside after an opening word leaves the opening word its comma',
      rule: 'no-hostile-tone',
      text: 'Yes, for the third time, the parcel left on Monday.',
      after: ['Yes, the parcel left on Monday.'],
    },
    {
      name: 'no "Oh well, since…": what is left must hold a clause that stands, or the clause is replaced whole',
      rule: 'no-unreviewed-refund',
      text: "Thanks for your return request. Oh well, I'll refund it, since the lid is cracked.",
      // Not "Thanks for your return request." alone: the reply's answer would go with the promise.
      after: ['Thanks for your return request. Your request is under review.'],
    },
    {
      name: 'blame gets no rewrite: without it, what happened has to be said anew',
      rule: 'no-blame',
      text: "Thanks for waiting. The wait is all down to the depot, who've lost track of half the parcels this week. Your order is next in line.",
      after: [],
    },
    {
      name: 'no "It that the glaze varies": a verb is not taken out of its clause',
      rule: 'no-hostile-tone',
      text: 'It is clearly stated that the glaze varies from piece to piece.',
      after: [],
    },
    {
      name: 'a preface such as "No offence, but" is not removed to leave the blunt part',
      rule: 'no-hostile-tone',
      text: 'No offence, but it is a five pound mug.',
      after: [],
    },
    {
      name: 'a settlement offer is not rewritten: the seller should stop and ask support, not reword it',
      rule: 'escalate-instead',
      text: 'Rather than opening a return, lets sort it between us: keep the lamp and I will send you £10.',
      after: [],
    },
  ],
  'a swap keeps the grammar': [
    {
      name: 'a pledge with its copula left out becomes "should", not "you expected to"',
      rule: 'no-guarantees',
      text: 'Your rice cooker reach Lagos already and you guaranteed to get it by Friday.',
      after: ['Your rice cooker reach Lagos already and you should get it by Friday.'],
    },
    {
      name: '"may have" becomes "have" after "you", not "has"',
      rule: 'no-non-apology',
      text: "We're sorry for any issues you may have had with the charger.",
      after: ["We're sorry for the issues you have had with the charger."],
    },
    {
      name: '"its arriving" typed without the apostrophe becomes "it should arrive"',
      rule: 'no-guarantees',
      text: 'its arriving tomorrow',
      after: ['it should arrive tomorrow'],
    },
    {
      name: 'a pledge tacked on after a comma goes with the certainty',
      rule: 'no-guarantees',
      text: "It'll be with you first thing Tuesday, guaranteed.",
      after: ['It should be with you first thing Tuesday.'],
    },
    {
      name: 'a swear word that is the thing given ("give a damn what…") is not cut out',
      rule: 'no-profanity',
      text: 'i dont give a damn what the courier told you',
      after: [],
    },
  ],
  'nothing spliced in the wrong place': [
    {
      name: 'stock thanks go after a clipped "Mornin." greeting',
      rule: 'require-structure',
      context: ANSWERS_A_MESSAGE,
      text: 'Mornin. Your order reach the Montego Bay depot last night.',
      after: ['Mornin. Thanks for your message. Your order reach the Montego Bay depot last night.'],
    },
    {
      name: 'a lower-case name run on from the greeting stays with it',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: 'hi priya ur kettle was dispatched this morning and is in transit to Leeds now. Tracking is on the order page.',
      after: [
        'hi priya, thanks for your message. Ur kettle was dispatched this morning and is in transit to Leeds now. Tracking is on the order page.',
      ],
    },
    {
      name: 'the acknowledgement follows a vocative "Sir,"',
      rule: 'require-structure',
      text: 'Sir, the replacement for your COD order is approved and will be dispatched tomorrow.',
      after: [
        'Sir, thanks for your message. The replacement for your COD order is approved and will be dispatched tomorrow.',
      ],
    },
    {
      name: 'a lone lower-case "i" after the acknowledgement takes its capital',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: 'i cant give you a day yet, the pallet is with the freight company now. Ill message you once they book a slot.',
      after: [
        'Thanks for your message. I cant give you a day yet, the pallet is with the freight company now. Ill message you once they book a slot.',
      ],
    },
    {
      name: 'the stock closing goes before a P.S.',
      rule: 'require-structure',
      text: 'Your vase was repacked this morning and it is in the post with tracking now.\n\nP.S. Our spring glaze range has just landed 🌷',
      // The reply opens with the order's own news and answers no message known: no stock thanks.
      after: [
        "Your vase was repacked this morning and it is in the post with tracking now. Reply here if there's anything else we can help with.\n\nP.S. Our spring glaze range has just landed 🌷",
      ],
    },
    {
      name: "the acknowledgement follows a G'day greeting",
      rule: 'require-structure',
      text: "G'day Sam, your parcel is at the Brisbane depot.",
      after: [
        "G'day Sam, thanks for your message. Your parcel is at the Brisbane depot.",
        "G'day Sam, your parcel is at the Brisbane depot. Reply here if there's anything else we can help with.",
      ],
    },
    {
      name: 'the stock closing goes before a sign-off, not after it',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: 'Your kettle was dispatched this morning and is in transit to Leeds now. regards brewhaus team',
      after: [
        'Thanks for your message. Your kettle was dispatched this morning and is in transit to Leeds now. regards brewhaus team',
        "Your kettle was dispatched this morning and is in transit to Leeds now. Reply here if there's anything else we can help with. regards brewhaus team",
      ],
    },
    {
      name: 'a comma inside an amount is not a clause break ("₹3,after that")',
      rule: 'no-off-platform',
      text: 'The balance of ₹3,200 you can pay by UPI to lampshop@okaxis, after that I will post the lamp.',
      after: [],
    },
    {
      name: '"by private message" goes after details that end the sentence',
      rule: 'no-sensitive-data',
      text: 'Please send me your mobile number.',
      after: ['Please send me your mobile number by private message.'],
    },
    {
      name: 'a birth date is not asked for by private message either: no rewrite',
      rule: 'no-sensitive-data',
      text: 'Please send me your date of birth.',
      after: [],
    },
    {
      name: 'the acknowledgement goes after a greeting with a slot, never inside the slot',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: 'Hi [NAME], your lamp was posted today.',
      after: [
        'Hi [NAME], thanks for your message. Your lamp was posted today.',
        "Hi [NAME], your lamp was posted today. Reply here if there's anything else we can help with.",
      ],
    },
    {
      name: 'the sentence after an added acknowledgement takes a capital',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: 'parcel went out today, tracking to follow. It is a big box.',
      // "tracking to follow" is the next step.
      after: ['Thanks for your message. Parcel went out today, tracking to follow. It is a big box.'],
    },
    {
      name: 'a shouted label gets a colon in sentence case, not a run-on',
      rule: 'no-shouting',
      text: 'VERY URGENT please check the address on your order.',
      after: ['Very urgent: please check the address on your order.'],
    },
  ],
  'no problem left in the sentence': [
    {
      name: 'a conditional apology about what the listing shows has no "that" form: it would concede the listing misled',
      rule: 'no-non-apology',
      text: 'Sorry if the pictures made the bowl look deeper, it is the 6cm one in the description. You can return it from your orders.',
      after: [],
    },
    {
      name: 'no swear word taken out of a sentence that another tone rule still flags',
      rule: 'no-profanity',
      text: "lol what the f*ck do you want me to do about it, it's a used phone.",
      after: [],
    },
    {
      name: 'no blame taken out of a sentence that still swears at the customer',
      rule: 'no-blame',
      text: 'Read the bloody listing next time, you muppet.',
      after: [],
    },
    {
      name: 'a removal that leaves a referral code behind takes the sentence',
      rule: 'no-marketing',
      text: 'Your frame was reprinted and handed to Evri today. Refer a friend with the code FRAME10 and you both get £5 off your next order!',
      after: ['Your frame was reprinted and handed to Evri today.'],
    },
    {
      name: 'a social-proof line after a removed pitch goes with it',
      rule: 'no-marketing',
      text: 'Your lamp ships tomorrow. We can add a matching shade for £15 before it goes. Most customers buy the pair.',
      after: ['Your lamp ships tomorrow.'],
    },
    {
      name: 'a bare "guaranteed" tagged on at the end goes, not swapped',
      rule: 'no-guarantees',
      text: 'the new charger im sending will sort that guaranteed',
      after: ['the new charger im sending should sort that'],
    },
    {
      name: 'a "guaranteed" tacked on after a comma goes with its comma, and so does "every time"',
      rule: 'no-guarantees',
      text: 'Order before noon and it will reach Galway by Thursday, guaranteed. It will be there by 5pm, every time.',
      after: [
        'Order before noon and it should reach Galway by Thursday. It will be there by 5pm, every time.',
        'Order before noon and it will reach Galway by Thursday, guaranteed. It should be there by 5pm.',
      ],
    },
    {
      name: 'a verbless fragment that leans on a removed pitch goes with it; order talk after it stays',
      rule: 'no-marketing',
      text: 'Your parcel left today. Also, did you know we offer gift wrapping for £2.50? Ideal for birthdays. Postage was £3.20 as usual.',
      after: ['Your parcel left today. Postage was £3.20 as usual.'],
    },
    {
      name: "a carrier's name and a sign-off's name keep their capitals when a shouted sentence is lowered",
      rule: 'no-shouting',
      text: 'YOUR RUG WAS POSTED TODAY BY ROYAL MAIL.\nREGARDS TOMASZ',
      after: [
        'Your rug was posted today by Royal Mail.\nREGARDS TOMASZ',
        'YOUR RUG WAS POSTED TODAY BY ROYAL MAIL.\nRegards Tomasz',
      ],
    },
    {
      name: '"flat" after a span of days goes with the certainty',
      rule: 'no-guarantees',
      text: 'Once it ships it will reach you in 2 days flat.',
      after: ['Once it ships it should reach you in 2 days.'],
    },
    {
      name: 'a carrier named as a plural is estimated with the rest of the sentence',
      rule: 'no-guarantees',
      text: 'It will clear customs on Monday and DPD deliver within 24 hours after that.',
      after: [
        'It should clear customs on Monday and DPD should deliver within 24 hours after that.',
        'It should clear customs on Monday and DPD should deliver within 24 hours after that.',
      ],
    },
    {
      name: 'no estimate beside a money-back promise in the same sentence',
      rule: 'no-guarantees',
      text: 'Delivery is guaranteed by Thursday or your money back.',
      after: [],
    },
    {
      name: 'a vouch in the next sentence goes with the estimate',
      rule: 'no-guarantees',
      text: 'The lamp reaches Leeds on Tuesday. You have my word.',
      after: ['The lamp should reach Leeds on Tuesday.'],
    },
    {
      name: 'no stock request for feedback on an order posted today: the ask just goes',
      rule: 'no-review-manipulation',
      text: 'Sent this morning by second class, so give it a couple of days. Leave us a 5-star review once it lands and I will add a free pouch to your next order.',
      after: ['Sent this morning by second class, so give it a couple of days.'],
    },
    {
      name: 'a review push goes with the favour it opens with and the rating that follows it',
      rule: 'no-review-manipulation',
      text: 'thanks for the order. small favour, could you give us five stars when the email comes? even a 3 hurts us',
      after: ["thanks for the order. If you have a moment, we'd welcome your honest feedback."],
    },
    {
      name: 'a pitch that leaves its own-website link behind goes whole',
      rule: 'no-marketing',
      text: 'Sorry, the navy one is sold out here. we have more colours on our own website tho, www.tidyknits.co.uk, worth a look',
      after: ['Sorry, the navy one is sold out here.'],
    },
    {
      name: 'an apology measured by the customer\'s standards gets no "that" form',
      rule: 'no-non-apology',
      text: 'We apologise if the stitching was not to your liking. Every bag is checked before it leaves.',
      after: [],
    },
    {
      name: 'an estimate drops the pledge too ("should … without fail" still guarantees)',
      rule: 'no-guarantees',
      text: 'Your rug will arrive on Friday without fail.',
      after: ['Your rug should arrive on Friday.'],
    },
    {
      name: 'sentence case covers the small words inside a shouted run',
      rule: 'no-shouting',
      text: 'Good news, the rug is BACK IN STOCK today.',
      after: ['Good news, the rug is back in stock today.'],
    },
    {
      name: 'a rewrite that another rule would flag is not offered',
      rule: 'no-profanity',
      text: 'sorry, the courier has been a complete f***ing nightmare this week',
      after: [],
    },
    {
      name: 'dropping the condition on a review leaves no warning behind: a neutral request instead',
      rule: 'no-review-manipulation',
      text: "I'd think twice before leaving that review.",
      after: ["If you have a moment, I'd welcome your honest feedback."],
    },
    {
      name: 'each estimate takes the sentence\'s other guarantee with it ("guaranteed … should be there" still promises)',
      rule: 'no-guarantees',
      text: 'Delivery is guaranteed for the 14th, so your favours will be there in plenty of time.',
      after: [
        'Delivery is expected for the 14th, so your favours should be there in plenty of time.',
        'Delivery is expected for the 14th, so your favours should be there in plenty of time.',
      ],
    },
    {
      name: 'a second arrival verb in the sentence is estimated too ("arrives Wednesday, so it\'s expected" still promises)',
      rule: 'no-guarantees',
      text: "It arrives Wednesday, so you'll have it well before the party.",
      after: [
        'It should arrive Wednesday, so you should have it well before the party.',
        'It should arrive Wednesday, so you should have it well before the party.',
      ],
    },
    {
      name: 'a small word at the edge of a shouted run is lowered with it ("DO NOT CONSUME IT")',
      rule: 'no-shouting',
      text: 'If the smell is off, DO NOT CONSUME IT and send me a photo.',
      after: ['If the smell is off, do not consume it and send me a photo.'],
    },
    {
      name: 'a short word at the edge of a shouted run is lowered with it unless it is an acronym',
      rule: 'no-shouting',
      text: 'It DOES NOT FIT the older model. Please SEND IT BACK VIA UPS.',
      after: [
        'It does not fit the older model. Please SEND IT BACK VIA UPS.',
        'It DOES NOT FIT the older model. Please send it back via UPS.',
      ],
    },
    {
      name: 'a spelled-out term before a noun is one modifier',
      rule: 'readable-length',
      text: 'We have logged your INR claim and are checking the scans.',
      after: ['We have logged your item-not-received claim and are checking the scans.'],
    },
    {
      name: '"I regret any …" becomes an apology, not only "the …"',
      rule: 'no-non-apology',
      text: 'I regret any confusion about the return window.',
      after: ["I'm sorry for the confusion about the return window."],
    },
    {
      name: '"reply here" does not replace a contact that carried a request and a condition',
      rule: 'no-off-platform',
      text: "Text me a pic on 07700 900123 if it's still drooping next week and I'll tell you what to try.",
      after: [],
    },
    {
      name: 'no "reply here" for an offer that happens off the platform anyway',
      rule: 'no-off-platform',
      text: 'DM us on Instagram and we can do a quick video call.',
      after: [],
    },
    {
      name: 'no "by private message" for a number asked for a phone call',
      rule: 'no-sensitive-data',
      text: "Could you pop your mobile number here and I'll give you a ring tomorrow?",
      after: [],
    },
    {
      name: 'a flat present arrival in another clause, with a named carrier as subject, is estimated too',
      rule: 'no-guarantees',
      text: 'Your parcel lands in Perth on Wednesday and Toll drops it to you Thursday.',
      after: ['Your parcel should land in Perth on Wednesday and Toll should drop it to you Thursday.'],
    },
    {
      name: 'money promised back gets no estimate: "should get the money back by Friday" still promises it',
      rule: 'no-guarantees',
      text: "If it hasn't turned up by Friday, you'll get your money back by Monday, no questions asked.",
      after: [],
    },
    {
      name: 'the acknowledgement never goes inside a ${…} slot',
      rule: 'require-structure',
      text: 'hey ${buyer_name} yep the ring is resized and goes out tomorrow. It will be tracked.',
      after: [
        'hey ${buyer_name} thanks for your message. Yep the ring is resized and goes out tomorrow. It will be tracked.',
      ],
    },
    {
      name: 'a greeting run straight into the reply keeps its place before the thanks',
      rule: 'require-structure',
      text: 'hey mate the gift card shows as inactive on our side, ill reissue it tonight. It was a system error.',
      after: [
        'hey mate, thanks for your message. The gift card shows as inactive on our side, ill reissue it tonight. It was a system error.',
      ],
    },
    {
      name: 'names of days and months keep their capital',
      rule: 'no-shouting',
      text: 'Tracking updated. ARRIVING MONDAY.',
      after: ['Tracking updated. Arriving Monday.'],
    },
    {
      name: 'every run of capitals in the sentence is lowered together: one alone would be no fix',
      rule: 'no-shouting',
      text: 'Would you like the names in GOLD FOIL or SILVER FOIL on the cards?',
      after: [
        'Would you like the names in gold foil or silver foil on the cards?',
        'Would you like the names in gold foil or silver foil on the cards?',
      ],
    },
    {
      name: 'a condition on whether anything happened has no "that" form',
      rule: 'no-non-apology',
      text: 'Our apologies if anything about your order fell short of what you expected.',
      after: [],
    },
  ],
  'a pitch goes with what leans on it': [
    {
      name: 'stock said to go fast goes with the pitch it hurries',
      rule: 'no-marketing',
      text: 'So pleased the jug arrived in one piece! Follow the shop for first look at the autumn glazes. They usually sell out within a day.',
      after: ['So pleased the jug arrived in one piece!'],
    },
    {
      name: 'an offer to add one, and social proof after the pitch',
      rule: 'no-marketing',
      text: 'Thanks for the order! Did you know you can subscribe and save 15% every month? Heaps of our regulars do.',
      after: ['Thanks for the order!'],
    },
  ],
  'review pressure goes with what carries it on': [
    {
      name: 'a condition on the review said after the offer of help goes alone',
      rule: 'no-review-manipulation',
      text: "Your mugs should be with you now. If one has a chip, message me first before you rate anything and I'll send another.",
      after: ["Your mugs should be with you now. If one has a chip, message me and I'll send another."],
    },
    {
      name: 'with the condition gone, the "first" that ordered contact before the review goes too',
      rule: 'no-review-manipulation',
      text: 'Before leaving feedback, please contact us first with any concern so we can put it right.',
      after: ['Please contact us with any concern so we can put it right.'],
    },
    {
      name: 'a report back once the review is up, and a low score dreaded',
      rule: 'no-review-manipulation',
      text: "Thanks for the order! Leave us a review with a photo and we'll send you a free tote. Give us a shout once it's up.",
      after: ["Thanks for the order! If you have a moment, we'd welcome your honest feedback."],
    },
  ],
  'reassurance and slots': [
    {
      name: 'reassurance tagged on after a guarantee goes with it',
      rule: 'no-guarantees',
      text: "Order before 3pm and you'll have it before Saturday, no problem.",
      after: ['Order before 3pm and you should have it before Saturday.'],
    },
    {
      name: 'a greeting to a template slot stays whole, and the thanks follows it',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: 'Hello {first_name},\n\nYour refund of {refund_amount} has been processed.\n\nRegards, Cedar Lane',
      after: [
        'Hello {first_name},\n\nThanks for your message. Your refund of {refund_amount} has been processed.\n\nRegards, Cedar Lane',
      ],
    },
  ],
  'no content lost with the problem': [
    {
      name: 'a review push keeps the news that opened its sentence',
      rule: 'no-review-manipulation',
      text: 'your candles were posted this morning and if you leave a 5 star review we will pop a free wax melt in your next order',
      // No stock request for feedback on candles not yet there: the news alone stays.
      after: ['your candles were posted this morning.'],
    },
    {
      name: 'a review push keeps the news that opened its sentence, and a stock request takes its place once it is there',
      rule: 'no-review-manipulation',
      text: 'your candles arrived safe and if you leave a 5 star review we will pop a free wax melt in your next order',
      after: ["your candles arrived safe. If you have a moment, we'd welcome your honest feedback."],
    },
    {
      name: 'the offer after an outside contact stays: "Reply here and I\'ll…"',
      rule: 'no-off-platform',
      text: "Thanks for the photos. Message me on 07700 900123 and I'll check the measurements tonight.",
      after: ["Thanks for the photos. Reply here and I'll check the measurements tonight."],
    },
    {
      name: 'a promotional clause goes and the apology before it stays',
      rule: 'no-marketing',
      text: "Sorry for the slow reply, we've been busy launching our new candle range. Your order is packed.",
      after: ['Sorry for the slow reply. Your order is packed.'],
    },
    {
      name: 'no sentence is removed when the next one points back to it ("them")',
      rule: 'no-marketing',
      text: 'Our new candle range launched today, check them out. They smell amazing.',
      after: [],
    },
  ],
  'stock sentences only where they fit': [
    {
      name: 'a stock thanks before an opening "Cheers," would thank twice',
      rule: 'require-structure',
      text: "Cheers, the amp arrived and I'll test the valves tomorrow.",
      after: [],
    },
    {
      name: 'no stock "anything else" after an apology: the reply is about a problem still open',
      rule: 'require-structure',
      context: ANSWERS_A_MESSAGE,
      text: "Sorry about this, I've checked and we packed the 40cm frame instead of the 50cm one.",
      after: [],
    },
    {
      name: 'no sentence put between a sentence and one that leaves its verb to it',
      rule: 'delay-notice',
      text: "Thanks for checking in. Your order is delayed and hasn't left us yet. I'll message you here when it does.",
      after: [],
    },
    {
      name: 'no "reply here" where the offer moves money: it would still be paid elsewhere',
      rule: 'no-off-platform',
      text: 'no worries, the coat runs small. just send me ur paypal and ill push the money back to u tonight',
      after: [],
    },
    {
      name: 'no thanks for a message after a curt "Noted."',
      rule: 'require-structure',
      text: 'Noted. The listing described the size correctly. No further action is needed.',
      after: [],
    },
    {
      name: 'no thanks for a message before a curt "Not happening."',
      rule: 'require-structure',
      text: 'Not happening. Care instructions are on the label.',
      after: [],
    },
    {
      name: 'no thanks for a message before an opening interjection, after a greeting too',
      rule: 'require-structure',
      text: 'Hi Dana,\nWell, the tracking photo shows it on a doormat with a blue sign.',
      context: { customerMessage: 'Where is my parcel?' },
      after: [],
    },
    {
      name: 'no thanks for a message beside a name called',
      rule: 'require-structure',
      text: 'What kind of mumu question is this? The charger is not in the box.',
      context: { customerMessage: 'Where is the charger?' },
      after: [],
    },
    {
      name: 'a conditional apology for how the wait felt owns the wait, not the feeling',
      rule: 'no-non-apology',
      text: 'We apologise if the wait has been frustrating. Your order is back in stock.',
      after: ['We apologise for the wait. Your order is back in stock.'],
    },
    {
      name: 'how the goods felt keeps the "that" form: "sorry about the colour" would concede a fault',
      rule: 'no-non-apology',
      text: 'Sorry if the colour was a bit disappointing, it is a deep green in daylight.',
      after: ['Sorry that the colour was a bit disappointing, it is a deep green in daylight.'],
    },
    {
      name: 'reassurance tagged on to a promise goes with its certainty',
      rule: 'no-guarantees',
      text: 'Your lamp is with DPD now and it will surely reach you before the party, you need not worry at all.',
      after: ['Your lamp is with DPD now and it should reach you before the party.'],
    },
    {
      name: 'a certainty tag goes whole: no "about it" left behind',
      rule: 'no-guarantees',
      text: "Evri will have it with you tomorrow morning, no question about it, so you're fine to plan around that.",
      after: ['Evri should have it with you tomorrow morning, so you should be fine to plan around that.'],
    },
    {
      name: 'feedback traded for feedback keeps the whole ask going, not just the praise word',
      rule: 'no-review-manipulation',
      text: "Your console arrived yesterday, tracking says. Leave me positive feedback and I'll leave yours straight back.",
      after: [
        "Your console arrived yesterday, tracking says. If you have a moment, I'd welcome your honest feedback.",
      ],
    },
    {
      name: 'no thanks for a message after a flat "No.": it would split the refusal from its reason',
      rule: 'require-structure',
      text: 'No. The price is fixed at forty pounds.',
      after: [],
    },
    {
      name: 'no thanks for a message where the seller writes first about a review',
      rule: 'require-structure',
      text: "I've seen your two-star review. The replacement strap went out this morning.",
      // Only the closing: the reply answers no message.
      after: [
        "I've seen your two-star review. The replacement strap went out this morning. Reply here if there's anything else I can help with.",
      ],
    },
    {
      name: 'an emoticon ends a sentence as a stop does',
      rule: 'require-structure',
      text: 'Your order is packed. your candles shipped this morning :)',
      after: [
        "Your order is packed. your candles shipped this morning :) Reply here if there's anything else we can help with.",
      ],
    },
    {
      name: 'a draft typed in lower case, chat style, gets no stock line in sentence case',
      rule: 'require-structure',
      text: 'hi priya ur kettle went out this morning. its w royal mail',
      after: [],
    },
    {
      name: 'no thanks for a message in a check-in the seller starts',
      rule: 'require-structure',
      text: 'hope the new kettle is treating you well! let us know if the lid still sticks',
      after: [],
    },
    {
      name: "no thanks for a message before a reply that points back at the seller's own earlier message",
      rule: 'require-structure',
      text: 'Per my earlier note, the frame was posted on the 9th and the tracking is on your order page.',
      after: [],
    },
    {
      name: 'no thanks for a message in an update the seller promised',
      rule: 'require-structure',
      text: "As promised, here's where things stand: the new glaze batch came out of the kiln today and your mugs are being packed.",
      after: [],
    },
    {
      name: 'a conditional apology for what something caused names the thing, not the harm',
      rule: 'no-non-apology',
      text: "Hi Ruth, we're sorry if the delay caused any problems for the party. The cake stand is with Evri now.",
      after: ["Hi Ruth, we're sorry about the delay. The cake stand is with Evri now."],
    },
    {
      name: 'no estimate for the timing of a refund the same sentence promises',
      rule: 'no-guarantees',
      text: "Sorry about that! I'll refund you today and you'll have the money by Friday.",
      after: [],
    },
    {
      name: 'a lead-in that only announced a removed pitch goes with it',
      rule: 'no-marketing',
      text: 'Thanks for your order, it went out this morning. Also kindly note, our winter sale starts Friday with 30% off all throws.',
      after: ['Thanks for your order, it went out this morning.'],
    },
    {
      name: '"Mi dear," is a greeting: the thanks follows it',
      rule: 'require-structure',
      text: 'Mi dear, the parcel reach Montego Bay already and the courier will call you.',
      after: [
        'Mi dear, thanks for your message. The parcel reach Montego Bay already and the courier will call you.',
      ],
    },
    {
      name: 'no thanks for a message before a headline the seller starts with',
      rule: 'require-structure',
      text: 'Order 55120: dispatch moved to Friday. Will update.',
      after: [],
    },
    {
      name: 'a never-again promise and the vouch after it go; the fix named before them stays',
      rule: 'no-guarantees',
      text: "Sorry the jar leaked. We've switched to screw-top lids and this won't ever happen again, I swear.",
      // No "shouldn't ever happen again": hedged, it still promises.
      after: ["Sorry the jar leaked. We've switched to screw-top lids."],
    },
    {
      name: 'a short direction at the end is a next step, not a sign-off: no stock line is added',
      rule: 'require-structure',
      // Nor stock thanks: the reply opens with the order's own news and answers no message known.
      text: 'The courier has your parcel at their depot now. Ring DPD.',
      after: [],
    },
    {
      name: 'a bare "confirm" opening the clause goes with the certainty',
      rule: 'no-guarantees',
      text: 'Thanks for waiting. confirm will reach u by fri.',
      after: ['Thanks for waiting. Should reach u by fri.'],
    },
    {
      name: 'an invitation whose number runs on to the next line is not removed without it',
      rule: 'no-off-platform',
      text: 'Thanks for your message. Call me on\n07700 900219',
      after: [],
    },
    {
      name: "a signature's name line stays when the contact lines under it go",
      rule: 'no-off-platform',
      text: 'Thanks for letting me know, it is in transit.\n\nSiobhán\nsiobhan@example.ie | 087 123 4567',
      after: [
        'Thanks for letting me know, it is in transit.\n\nSiobhán',
        'Thanks for letting me know, it is in transit.\n\nSiobhán',
      ],
    },
    {
      name: 'vouching for the arrival goes with its certainty',
      rule: 'no-guarantees',
      text: 'I can confirm that your wardrobe will be delivered on Friday between 8am and noon.',
      after: ['Your wardrobe should be delivered on Friday between 8am and noon.'],
    },
    {
      name: 'a word that makes the time exact goes after the time too',
      rule: 'no-guarantees',
      text: 'Your parcel is with DPD and it will arrive Tuesday 10:30 exactly.',
      after: ['Your parcel is with DPD and it should arrive Tuesday 10:30.'],
    },
    {
      name: 'a certainty tag after the time goes: "confirm one"',
      rule: 'no-guarantees',
      text: 'J&T will deliver tomorrow confirm one, no need to worry.',
      after: ['J&T should deliver tomorrow.'],
    },
    {
      name: 'an opening removed before "not" leaves the answer "No"',
      rule: 'no-hostile-tone',
      text: "Obviously not, it's solid brass. Polish it with a dry cloth.",
      after: ["No, it's solid brass. Polish it with a dry cloth."],
    },
    {
      name: 'no "reply here" where the reply points back at the other channel',
      rule: 'no-off-platform',
      text: 'drop me an email at sam@example.com with the sizes you need. i can do a better price over there',
      after: [],
    },
    {
      name: 'no "reply here" beside a reason the phone is better',
      rule: 'no-off-platform',
      text: 'happy to help with the wiring, ring me on 07700 900123 and I will walk you through it, much quicker than messaging back and forth',
      after: [],
    },
    {
      name: 'no "no confirmed date yet" for a pre-order, whose listing sets its date',
      rule: 'delay-notice',
      text: 'Your pre-order is taking longer than planned because the glaze batch failed.',
      after: [],
    },
    {
      name: 'no "reply here" and no removal where the draft says this chat cannot carry it',
      rule: 'no-off-platform',
      text: 'Sorry, this chat will not take files over 5MB. Email the video to sam@example.com.',
      after: [],
    },
    {
      name: 'no promise to update after a reply about nothing under way',
      rule: 'require-structure',
      text: 'The warranty is 12 months, as it says on the box.',
      after: ['Thanks for your message. The warranty is 12 months, as it says on the box.'],
    },
    {
      name: 'no neutral review request beside a sentence that still pushes for five stars',
      rule: 'no-review-manipulation',
      text: 'Sorry for the wait, it should be with you soon. Anything under five stars counts as a fail for sellers like us. If you were happy, please go for the full five.',
      after: [],
    },
  ],
  'a stock sentence claims no request the draft does not show': [
    {
      name: 'an offer the seller makes unasked is not "under review"; nor does it go, leaving only the apology',
      rule: 'no-unreviewed-refund',
      text: "Sorry your mug arrived chipped. I'll refund you today.",
      after: [],
    },
    {
      name: 'a promise beside an answer of its own can go',
      rule: 'no-unreviewed-refund',
      text: "Sorry your mug arrived chipped. A photo of the box would help us check it. I'll refund you today.",
      after: ['Sorry your mug arrived chipped. A photo of the box would help us check it.'],
    },
    {
      name: 'a request the draft names is',
      rule: 'no-unreviewed-refund',
      text: "Thanks for asking about a refund for the chipped mug. I'll refund you today.",
      after: [
        'Thanks for asking about a refund for the chipped mug. Your request is under review.',
        'Thanks for asking about a refund for the chipped mug.',
      ],
    },
  ],
  'what the customer is asked to send stays with the invitation to reply here': [
    {
      name: '"with the size" is kept, and no removal drops it',
      rule: 'no-off-platform',
      text: "No problem about the swap. Text me on 0412 345 678 with the size you're after and I'll put one aside.",
      // Two findings (the verb and the number), each with the same rewrite.
      after: [
        "No problem about the swap. Reply here with the size you're after and I'll put one aside.",
        "No problem about the swap. Reply here with the size you're after and I'll put one aside.",
      ],
    },
    {
      name: 'the request is the whole invitation',
      rule: 'no-off-platform',
      text: 'Thanks for the photos. Please email me at jo@example.com with a picture of the label.',
      after: [
        'Thanks for the photos. Please reply here with a picture of the label.',
        'Thanks for the photos. Please reply here with a picture of the label.',
      ],
    },
  ],
  'a promotional clause goes with its sentence when the rest still sells': [
    {
      name: 'a restock to watch for is the pitch the removed clause came from',
      rule: 'no-marketing',
      text: "The fern goes out on Monday's courier with a heat pack. We restock the rare aroids most Fridays, worth a peek if you're ever after one.",
      after: ["The fern goes out on Monday's courier with a heat pack."],
    },
    {
      name: 'the price a pitch was drawn from ("so if you add\u2026") goes with it',
      rule: 'no-marketing',
      text: 'thanks for the order, packing it tonight. heads up shipping is free over $60. so if you add another pack of the wax melts before i print the label it saves you the $6.95',
      after: ['thanks for the order, packing it tonight.'],
    },
    {
      name: 'what the range holds is the pitch too',
      rule: 'no-marketing',
      text: "It's packed for the morning collection. Our spring range just landed, with new linen shirts in three colours.",
      after: ["It's packed for the morning collection."],
    },
    {
      name: 'near miss: an apology before the pitch stays',
      rule: 'no-marketing',
      text: "Sorry for the slow reply, we've been busy launching our new range.",
      after: ['Sorry for the slow reply.'],
    },
  ],
  'no word left pointing at what a removal took': [
    {
      name: '"they" and "them" without what they stood for',
      rule: 'no-review-manipulation',
      text: 'Thanks for the lovely words! Please leave us a 5-star review. They mean the world to us.',
      after: [],
    },
  ],
  "a request for secrets gets no rewrite: it is the reply's next step": [
    {
      name: 'not the clause',
      rule: 'no-sensitive-data',
      text: 'Thanks for the photos, and please send me your online banking password.',
      after: [],
    },
    {
      name: 'not the sentence, though the reply says more',
      rule: 'no-sensitive-data',
      text: "Sorry the gift card isn't working. Send me the card number and the PIN. I'll check the balance for you.",
      after: [],
    },
    {
      name: 'nothing is offered when the next sentence handles what was asked for',
      rule: 'no-sensitive-data',
      text: 'We need your passport number for customs. Just pop it below and we will file the form.',
      after: [],
    },
    {
      name: 'nothing is offered when the request is all the reply says',
      rule: 'no-sensitive-data',
      text: 'Thanks! DM us your password and one-time code so we can log in',
      after: [],
    },
  ],
  'a rewrite fits how the draft is written': [
    {
      name: '"both of us" takes the customer in: the stock line still speaks as the one writer',
      rule: 'require-structure',
      context: ANSWERS_A_MESSAGE,
      text: 'Thanks for asking! I keep payment in the checkout here so both of us are covered. Your scarf is packed and on its way to you now.',
      after: [
        "Thanks for asking! I keep payment in the checkout here so both of us are covered. Your scarf is packed and on its way to you now. Reply here if there's anything else I can help with.",
      ],
    },
    {
      name: 'the ask again after a replaced one ("dont forget to leave urs") goes with it',
      rule: 'no-review-manipulation',
      text: 'thanks heaps for the order bronwyn, every review left this month goes in the draw for a $200 store voucher. so dont forget to leave urs once the kettle lands',
      after: ["thanks heaps for the order bronwyn. If you have a moment, we'd welcome your honest feedback."],
    },
    {
      name: 'a request to raise a rating goes as the last clause, its "?" made a full stop, and the news before it stays',
      rule: 'no-review-manipulation',
      text: 'glad the new strap fits. ive got the matching buckle going out today, could you maybe bump your rating up a star once it lands? would mean a lot',
      after: ['glad the new strap fits. ive got the matching buckle going out today.'],
    },
    {
      name: 'a label read on with "that" takes no colon',
      rule: 'no-shouting',
      text: 'Thank you for contacting us. KINDLY NOTE that the blouse is stitched to your measurements.',
      after: ['Thank you for contacting us. Kindly note that the blouse is stitched to your measurements.'],
    },
    {
      name: '"?!" on a statement becomes a full stop',
      rule: 'no-shouting',
      text: "I've checked the tracking and it says delivered to your safe place yesterday at 2:14pm?! Could you have a look behind the bins?",
      after: [
        "I've checked the tracking and it says delivered to your safe place yesterday at 2:14pm. Could you have a look behind the bins?",
      ],
    },
    {
      name: 'a lone shouted word beside the run is lowered with it',
      rule: 'no-shouting',
      text: 'The headphones are BRAND NEW and SEALED, never opened.',
      after: ['The headphones are brand new and sealed, never opened.'],
    },
    {
      name: 'a comma that parts two clauses stays when the aside between them goes',
      rule: 'no-guarantees',
      text: "Your snowshoes crossed the border yesterday and they'll clear customs by Monday, no question, then it's two days with UPS.",
      after: [
        "Your snowshoes crossed the border yesterday and they should clear customs by Monday, then it's two days with UPS.",
      ],
    },
    {
      name: 'added delay lines go before a signature line',
      rule: 'delay-notice',
      text: 'Dear Mr. Sharma,\nDue to a technical issue at our warehouse your order is held up and could not be shipped. Any inconvenience caused is regretted. We will inform you once it ships.\nTeam Dhwani Electronics',
      after: [
        "Dear Mr. Sharma,\nDue to a technical issue at our warehouse your order is held up and could not be shipped. Any inconvenience caused is regretted. We don't have a new date yet. We will inform you once it ships.\nTeam Dhwani Electronics",
      ],
    },
    {
      name: 'added delay lines go before a sentence signed with a kiss',
      rule: 'delay-notice',
      text: 'hiya so the laser cutter has packed in, ur cake topper wont be posted today like i said. really sorry, ill message when its fixed x',
      after: [
        "hiya so the laser cutter has packed in, ur cake topper wont be posted today like i said. I don't have a new date yet. really sorry, ill message when its fixed x",
      ],
    },
    {
      name: 'an apology for the delay stays with it: the added lines follow it',
      rule: 'delay-notice',
      text: "Hi Ciar\u00e1n, the first run of the wallets didn't pass our quality check, so yours is being remade and hasn't gone out. Apologies for that, and we'll update you once it's ready.",
      after: [
        "Hi Ciar\u00e1n, the first run of the wallets didn't pass our quality check, so yours is being remade and hasn't gone out. Apologies for that, and we'll update you once it's ready. We don't have a new date yet.",
      ],
    },
    {
      name: 'no thanks for a message in a follow-up the seller starts after a greeting and a name',
      rule: 'require-structure',
      text: 'Hey Tenzin, following up on the antenna return. It landed at our shop Monday and checked out fine, so the refund went back to your Visa this morning.',
      after: [],
    },
    {
      name: '"Reply YES and\u2026" goes with the removed offer it takes up',
      rule: 'no-marketing',
      text: 'Thank you for confirming delivery of the inverter battery. We also offer a 3-year care plan at \u00a314.99 which covers free servicing visits. Reply YES and our team will activate it for you.',
      after: ['Thank you for confirming delivery of the inverter battery.'],
    },
    {
      name: 'social proof from "our bakers" goes with the pitch after it',
      rule: 'no-marketing',
      text: "So glad the starter has come back to life after the extra feed. Now that it's bubbling, plenty of our bakers pair it with the rattan banneton and lame set. It's in the shop for \u00a322 if you fancy trying a proper boule.",
      after: ['So glad the starter has come back to life after the extra feed.'],
    },
    {
      name: '"it\'s going to be with you" is estimated with the vouch beside it',
      rule: 'no-guarantees',
      text: "I've been on to the courier all morning and it's going to be with you first thing tomorrow, I've made sure of it.",
      after: [
        "I've been on to the courier all morning and it should be with you first thing tomorrow.",
        "I've been on to the courier all morning and it should be with you first thing tomorrow.",
      ],
    },
    {
      name: 'what the arrival was promised for is estimated with it ("so you\'ll be all set")',
      rule: 'no-guarantees',
      text: "The driver will deliver them on Wednesday morning, so you'll be all set for your appointment at the garage.",
      after: [
        'The driver should deliver them on Wednesday morning, so you should be all set for your appointment at the garage.',
      ],
    },
    {
      name: 'a vocative greeting run on without a comma takes the thanks after it',
      rule: 'require-structure',
      text: 'Sir your earbuds are delivered as per the tracking. Please check with the guard at the gate.',
      after: [
        'Sir, thanks for your message. Your earbuds are delivered as per the tracking. Please check with the guard at the gate.',
      ],
    },
    {
      name: 'a capitalised name run on from the greeting takes the thanks after it',
      rule: 'require-structure',
      text: "G'day Lachlan yep the sideboard is still available, pickup is easiest.",
      after: [
        "G'day Lachlan, thanks for your message. Yep the sideboard is still available, pickup is easiest.",
      ],
    },
    {
      name: 'a greeting of another language is a greeting',
      context: ANSWERS_A_MESSAGE,
      rule: 'require-structure',
      text: "Kia ora Hemi, the jar cracked on its way to Tauranga. I'll pour a new candle for you this week.",
      after: [
        "Kia ora Hemi, thanks for your message. The jar cracked on its way to Tauranga. I'll pour a new candle for you this week.",
      ],
    },
    {
      name: 'a softener after a removed review ask goes with it',
      rule: 'no-review-manipulation',
      text: 'brilliant, glad the new brackets stopped the wobble. now its sorted would you consider bumping your rating up a star or two? no pressure either way',
      after: ['brilliant, glad the new brackets stopped the wobble.'],
    },
    {
      name: 'a condition by inversion goes with the clause it conditioned',
      rule: 'no-review-manipulation',
      text: 'Your case went out with Blue Dart today. Should anything be less than perfect, kindly contact us directly instead of writing it in the reviews.',
      after: [
        "Your case went out with Blue Dart today. If you have a moment, we'd welcome your honest feedback.",
      ],
    },
    {
      name: 'a stock request speaks as "I" in a reply that never says "we"',
      rule: 'no-review-manipulation',
      text: "I'm so glad the candle filled your flat. I pour these myself, so if it felt five-star to you, a five-star rating would mean the world.",
      after: [
        "I'm so glad the candle filled your flat. I pour these myself. If you have a moment, I'd welcome your honest feedback.",
      ],
    },
    {
      name: 'added delay lines go before the update promise and a closing thanks in another language',
      rule: 'delay-notice',
      text: "Bonjour Mme Tremblay, your socks are still sitting here unpacked. We've been short-staffed and everything is slower than usual. I'll update you soon. Merci for your patience!",
      after: [
        "Bonjour Mme Tremblay, your socks are still sitting here unpacked. We've been short-staffed and everything is slower than usual. We don't have a new date yet. I'll update you soon. Merci for your patience!",
      ],
    },
    {
      name: 'the time left said to be ample goes with the certainty it leaned on',
      rule: 'no-guarantees',
      text: "It went out this morning so it'll definitely be with you by Thursday, you've got plenty of time.",
      after: ['It went out this morning so it should be with you by Thursday.'],
    },
    {
      name: 'a lead-in that only announced a cut pitch goes with it',
      rule: 'no-marketing',
      text: 'Hope the scarf is keeping you warm. Just to inform, our winter sale starts Friday with 25% off all knitwear.',
      after: ['Hope the scarf is keeping you warm.'],
    },
    {
      name: 'a hedge on the harm goes with "any"',
      rule: 'no-non-apology',
      text: "G'day Kylie, we apologise for any delays you may be experiencing at the moment. Your swimsuit left us on the 2nd.",
      after: [
        "G'day Kylie, we apologise for the delays you are experiencing at the moment. Your swimsuit left us on the 2nd.",
      ],
    },
    {
      name: 'a harm the customer may meet goes with "any"; a doubted harm in the passive goes whole',
      rule: 'no-non-apology',
      text: 'Please accept our apologies for any delay you may experience. We apologise for any disappointment that may have been experienced.',
      after: [
        'Please accept our apologies for the delay. We apologise for any disappointment that may have been experienced.',
        'Please accept our apologies for any delay you may experience. We apologise for the disappointment.',
      ],
    },
    {
      name: 'a phrase that only announced the review push goes with it',
      rule: 'no-review-manipulation',
      text: "Thanks for the note, Jean-Luc. Tell you what, if you post a 5-star review and send me a screenshot, I'll knock the shipping off your next tin.",
      after: ["Thanks for the note, Jean-Luc. If you have a moment, I'd welcome your honest feedback."],
    },
    {
      name: 'the stock next step goes before a closing formula in another language',
      rule: 'require-structure',
      text: 'Guten Tag,\nthank you for the question. Your ribbons are not shipped yet, the order is delayed.\nMit freundlichen Grüßen\nK. Vogel',
      after: [
        "Guten Tag,\nthank you for the question. Your ribbons are not shipped yet, the order is delayed. Reply here if there's anything else we can help with.\nMit freundlichen Grüßen\nK. Vogel",
      ],
    },
  ],
}

for (const [kind, cases] of Object.entries(classes))
  describe(kind, () => {
    for (const { name, rule, text, after, context } of cases)
      it(name, () => {
        expect(rewrites(text, rule, context)).toEqual(after)
      })
  })
