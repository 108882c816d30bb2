import type { Lexicon } from '../../src/core.js'

/** What is being committed to. `refund` covers credits, vouchers and compensation too. */
export type RemedyTag = 'refund' | 'replacement' | 'cancellation'

/** The customer choosing not to wait for a late order: "if you'd rather not wait", "if you'd prefer not to wait". */
const CHOICE_NOT_TO_WAIT = [
  "(if|should) (you'd|youd|you would|you|u|ud) (rather not|prefer not to|rather not to|not want to|don't want to|dont want to|do not want to|rather not have to) wait",
  // The new date put to the customer: "if that no longer works for you", "or I can cancel it if you'd prefer".
  "(if|should) (that|this|the new date|the date|it|that date) (no longer|doesn't|does not|won't|will not|wont|doesnt) (work|works|suit|suits)",
  "(if|should) (you'd|youd|you would|you|u|ud) (prefer|rather|prefer that|'d prefer|'d rather)",
  "(if|should) (you|u) (no longer|don't|do not|dont) (want|need) (it|to wait|the order|them)",
  "(if|should) (you|u) (change your mind|decide not to wait|can't wait|cannot wait|can't wait that long|cannot wait that long)",
]

/**
 * The writer taking something on: "I'll", "we can", "we're happy to", "let me". An action from
 * {@link remedyActionLexicon} only counts as a commitment when one of these opens its clause.
 */
export const commitmentCueLexicon: Lexicon = {
  name: 'no-unreviewed-refund/cues',
  entries: [
    {
      match: [
        '(i|we) (will|shall|can|could|would)',
        "(i'll|we'll|i'd|we'd)",
        "(i'm|we're|i am|we are) (going|happy|glad|pleased|willing|able|about|prepared|delighted) to",
        "(i'm|we're|i am|we are) (just)? (gonna|going to)",
        // The future progressive: "we will be giving you 30% off", "I'll be sending a new one".
        "(i|we) (will|shall|'ll) be",
        "(i'll|we'll) be",
        // The future with "go" (Caribbean, West African English): "I go send two fresh bottles".
        '(i|we|me) (go|gon|gonna|goin)',
        // The Caribbean first person: "mi will refund the whole order", "mi a go send it".
        '(mi|me) (will|shall|can|a go|gwine|gonna)',
        '(i|we) (want|wanted|would like|would love) to',
        '(let|allow) (me|us)',
        '(and|then) (will|shall|can)',
        '(happy|glad|pleased) to',
        'how about (i|we)',
        '(want|would you like|do you want) (me|us) to',
        'would it (be easier|help|be better|be ok|be okay) if (i|we)',
        "(i've|we've|i have|we have) decided to",
        "here's what (i'll|we'll|i will|we will|i can|we can) do",
        // An offer put as a question: "why don't we agree a partial refund?".
        "why (don't|not) (i|we)",
        // The writer acting through someone: "I've told the warehouse to ship a replacement".
        "(i've|we've|i have|we have) (also)? (asked|told|instructed|got) *{1,3} to",
        "(i'll|we'll|i will|we will) (also)? (ask|tell|instruct) *{1,3} to",
      ],
      negatable: false,
    },
    {
      // An offer made on a condition the customer meets: "if I send you a £15 voucher". Not a
      // question of what is possible: "let me know if we can offer you a refund".
      match: ['(if|what if) (i|we) (just|were to)?'],
      unless: ['if (i|we) (can|could|may|might|should|need|have to|decide|are able|were able)'],
      negatable: false,
    },
  ],
}

/** An amount: a figure ("£15", "30%"), a share or a word for one ("a tenner"). */
const AMOUNT = '(full|partial|complete|prompt|small|little|quick)'
const REFUND_NOUN =
  '(refund|refunds|reimbursement|compensation|credit|voucher|vouchers|discount|coupon|gift card|gift voucher|store credit|goodwill gesture|goodwill payment|shipping refund|postage refund|delivery refund|cashback|rebate|partial refund|full refund|credit note)'
const REPLACEMENT_NOUN =
  '(replacement|replacements|new one|another one|replacement one|fresh one|new pair|new unit|new item|new set|new copy|spare|another pair|another unit|another item|another set|another copy|another parcel|second one|2nd one|brand new one|right one|correct one|resend|reship|reshipment|re-send|re-ship)'
/** What a replacement may be: "the right case", "a new handset", "the missing part". */
const GOODS =
  '(one|ones|item|items|unit|units|part|parts|piece|pieces|case|cases|pair|set|copy|size|colour|color|bottle|candle|print|prints|order|parcel|package|handset|phone|charger|cable|bracket|lamp|mug|top|dress|shirt|shoes|bag|book|card|kit|box|bulb|battery|filter|lid|strap|pillowcase|pack|packet|jar|tin|roll)'

/** Actions that hand over a remedy, written as the verb phrase after a commitment cue. */
export const remedyActionLexicon: Lexicon<RemedyTag> = {
  name: 'no-unreviewed-refund/actions',
  // Negation is judged by the rule from the cue ("we can't", "I'll never"): an offer put as "why
  // don't I refund the postage?" is no negation.
  /** Something offered for leaving or changing a review is a review incentive, judged by no-review-manipulation. */
  unless: [
    '(if|once|when|after|for) (you|u)? *{0,2} (leave|leaves|leaving|write|writing|post|give) *{0,3} (review|reviews|feedback|rating)',
  ],
  classes: {
    goods: [GOODS],
    // Verbs of handing money over, slang too: "zap", "flick", "bung", "fire".
    handover: [
      '(~send|~put|~pay|~fire|~flick|~bung|~transfer|~wire|~ping|~zap|~whack|~chuck|~return|~pop|~push|~move|~get|~give|~hand|~credit|~refund|pro-rata|~prorate)',
    ],
    money: [
      '(money|cash|refund|amount|payment|difference|balance|fee|fees|charge|charges|postage|shipping|deposit|months|weeks|cost|costs|price|funds|penny|postage cost|delivery charge)',
    ],
  },
  entries: [
    {
      tag: 'refund',
      negatable: false,
      match: [
        '(refund|refunding|reimburse|reimbursing|compensate|compensating)',
        '(refund|refunding|reimburse|reimbursing|compensate|compensating) (you|u|your|it|them|this|that|the|in|everything|all|both|whole|every|back|straight|immediately|now|today)',
        // After "would it be easier if I…": "if i just cancelled the order and refunded you".
        '(refunded|reimbursed|compensated) (you|u)',
        `(issue|give|send|offer|provide|process|arrange|organise|organize|authorise|authorize|approve|grant|put through|push through|get|do|pop|stick|put|apply|add|raise|make|sort|knock up|set up) (you|u)? (a|an|the|your|this)? *? ${AMOUNT}? ${REFUND_NOUN}`,
        '(push|put) (the|your|a)? (full|partial)? (refund|payment|credit) through',
        // An amount handed over: "give you 30% back", "PayPal you £10 for the trouble", "send £8 to your PayPal".
        '(give|send|pay|paypal|transfer|wire) (you|u) *{1,2} (back|as a partial|as compensation|for the trouble|for your trouble)',
        '(send|pay|transfer|wire|pop|put) * (to|into|onto) (your|ur) (paypal|card|account|bank|bank account|wallet)',
        '(cover|pay|split) (half|the|your|all) (of)? (the|your)? (postage|return postage|shipping|import charge|import charges|customs charge|difference)',
        '(give|send|pay|get|transfer|put|wire|paypal|return|refund) (you|u)? (your|the|all your|all the|all of your|every)? (full|whole|entire)? (money|penny|cent|amount|cash|payment) (back|sorted|returned|refunded|to you)',
        '(give|send|pay|get|transfer|wire|paypal) (you|u)? back (the|your|all the|all your)? (money|amount|payment|cash|full amount)',
        '(get|sort|sort out) (your|ur|the) (money|refund|cash) (sorted|back|out)?',
        '(every|each) (penny|cent|pound|dollar|rupee|bit|last penny|last cent) (back|refunded)',
        'pay you back',
        'paypal (you|u) *{0,3} back',
        '(put|send) (the)? money back (into|in|on|to) your',
        'credit (you|your|it back|the amount|the difference|back)',
        '(~reverse|~void|~undo) (the|that|this|one of the|the duplicate|the extra|the second|the double) *? (charge|charges|payment|payments|transaction|invoice|bill)',
        '(return|repay|refund) (you|u)? (your|ur|the|all your|all the|all of your)? (full|whole|entire)? (money|payment|cash|funds)',
        '(knock|take|chop|slice|shave|deduct|discount|drop) *{1,3} off',
        '(give|offer|do|giving|offering) (you|u)? *{1,2} (off|discount)',
        // A share of the money back: "happy to offer 40% back".
        '(offer|offering|give|giving) (you|u)? *{1,2} back (if|to|for|as)',
        '(adjust|deduct|waive) the (amount|difference|cost|price|postage|shipping|delivery charge|fee|fees)',
        '(get|have) (that|this|it|them|your order|your item|the order|the item|the amount|the difference) (refunded|reimbursed|credited|credited back)',
        "(you're|you are|you get) (fully)? (refunded|reimbursed|compensated)",
        `sort (you out with|out) (a|an|the|your)? ${AMOUNT}? (refund|credit|voucher|reimbursement|compensation)`,
        '(off|credit|voucher|discount|coupon|gift card|refund) (for|as) (the|your|a|an|any)? (inconvenience|trouble|hassle|delay|wait|goodwill gesture|gesture of goodwill|apology|compensation|way of apology|way of an apology)',
        // Money handed back, however it is worded: "put the whole £28 back on your card", "hand back
        // the delivery fee", "give you back €20 of what you paid", "do half back".
        '(put|send|pay|pop|transfer|wire|credit|give|hand|return) *{0,4} back (on|to|into|onto) (your|ur) (card|account|paypal|bank|visa|mastercard|original payment|payment method)',
        '(give|hand|pay|send|put) (you|u)? back (the|your|ur|what|half|all|some|part|a)',
        '(give|send|pay|hand|put|do) (you|u)? (half|a third|a quarter|some|part|a bit|a portion|20%|10%|50%) back',
        '(~return|~refund|~repay) (your|ur|the) *{0,2} (deposit|fee|fees|delivery charge|delivery fee|postage|shipping|payment|amount|money)',
        '(cover|pay for|foot) (the|your|ur) (bill|repair|repairs|repair bill|cost|costs|fare|taxi|cab fare)',
        // Money sent by a payment app, which only ever hands it over: "I can e-transfer you the $30".
        '(e-transfer|etransfer|interac|gcash|venmo|zelle|cashapp|revolut|mpesa|m-pesa) (you|u)',
        '(initiate|release|trigger|action) (a|the|your)? (full|partial)? (refund|reimbursement|credit)',
        // Granting, however it is said: "agree a partial refund", "honour the refund", "fire the refund back".
        `(~agree|~honour|~honor|authorising|authorizing|~fire|~bung|~chuck|~flick|~whack|~zap|~ping|~settle on) (you|u)? (a|an|the|your|this)? *? ${AMOUNT}? ${REFUND_NOUN}`,
        // Anything sent back the customer's way: "pro-rata the remaining months back to you", "flick the money back to you".
        '@handover (the|your|ur|all the|all your|half the|what|every)? *{0,2} @money back (to|onto|into) (you|u)',
        // The money back on the card, whatever the verb: "zap the money back to your card".
        '(the|your|ur|all the|all your|every penny of the)? @money back (on|to|into|onto) (your|ur) (card|account|paypal|bank|visa|mastercard|original payment method)',
        // What they paid, the difference, the balance: "return what you paid for shipping", "send the difference".
        '(~return|~refund|~repay|~cover) (you|u)? what (you|u) (paid|spent)',
        '(~send|~pay|~transfer|~return|~refund|~cover|~wire) (you|u)? (the|your|ur) (difference|balance|overcharge|extra you paid)',
        // Something extra thrown in for free: "throw in a free set of floor mats", "add a free polishing cloth".
        '(~throw|~chuck|~bung|~toss|~add|~include|~stick|~slip) (in)? (you)? (a|an|some|the)? (free|complimentary) *',
      ],
    },
    {
      tag: 'replacement',
      negatable: false,
      match: [
        `(send|ship|post|dispatch|despatch|mail|get|give|arrange|organise|organize|provide|pop|put|offer|sending|shipping|posting|dispatching|popping|getting) (you|u)? (out)? (a|an|the)? ${REPLACEMENT_NOUN}`,
        'sort (a|an) (resend|reship|reshipment|re-send|re-ship|replacement)',
        '(chuck|stick|slip) (in|into)? (a|an|another)? (new|fresh|replacement|second|spare) (set|pair|pack|one|@goods)',
        // What the goods are may stand between: "send the correct Corolla 2012 set".
        '(send|ship|post|dispatch|despatch|mail|get|pop|put|arrange|sending|shipping|posting|dispatching|popping|getting) (you|u)? (out)? (a|an|the|another)? (new|replacement|brand new|right|correct|second|fresh|spare|missing|proper|working|other) *{0,2} @goods',
        '(get|have) (the|a|your)? (right|correct|new|replacement|missing) @goods (posted|sent|shipped|out|dispatched|in the post)',
        // The right one into the post, whatever the verb: "chuck the right set in the post", "pop a new pair in the mail".
        '(~put|~pop|~chuck|~stick|~bung|~throw|~get) (the|a|your|another)? (right|correct|new|replacement|fresh|missing|proper) @goods (in|into) the (post|mail|postbox|next post)',
        // Made afresh and sent: "have a fresh one poured and sent out", "get a new one printed and posted".
        '(get|have) (a|the|another|a brand)? (fresh|new|replacement|second) (one|@goods) *{0,2} (and)? (sent|posted|shipped|dispatched|despatched) (out|off|over)?',
        // One sent as soon as there is stock: "I'll send you one as soon as it's in".
        '(send|post|ship|pop|get) (you|u) (one|a new one|another) (as soon as|when|once|the moment|the minute|first thing)',
        '(arrange|organise|organize) for (a|an|the)? (replacement|new) @goods? (to be)? (dispatched|sent|shipped|posted)?',
        '(get|have) (that|this|it|them|your order|your item|the order|the item) (replaced|resent|re-sent|reshipped|re-shipped|exchanged|swapped)',
        `sort (you out with|out) (a|an|the|your)? ${REPLACEMENT_NOUN}`,
        // Other goods in place of these: "I'll sort you out with a bigger size".
        'sort (you|u) out with (a|an|another|the)? *{0,2} @goods',
        '(resend|re-send|reship|re-ship|redeliver|re-deliver|redispatch|re-dispatch|repost|re-post|resending|reshipping)',
        '(replace|replacing) (it|them|the|your|this|that|these|those|everything|free|for free|at no cost)',
        '(send|ship|post) (it|them|the item|the order|your order|the parcel|the product|one) (out)? again',
        '(send|ship|post) (it|them|another|the part|the piece) (out)? (separately|seperately) (at no charge|for free|free of charge)?',
        '(exchange|swap) (it|them|the item|this|that|these|those) (for)?',
        // Another one made or sent, however it is worded: "pot up another one and post it", "chuck another set in the post".
        '(send|post|ship|get|pop|chuck|stick|wrap|make|pot|print|drive|bring|put|knit|bake|sew|cut|mix) (you|u)? (up|out|over)? (another|a new|a fresh|a second|a replacement|a brand new)',
        '(send|post|ship|pop|chuck|get) (you|u)? (out)? (two|2|three|3|four|4|some|a few|a couple of) (more|new|fresh|replacement|brand new) @goods?',
        '(get|have) (the|a|your|a brand new|a new)? (replacement|new one|brand new one|replacement one|fresh one) (posted|sent|shipped|out|dispatched|made|ready)',
        // Made again: "I'll redo the print", "reprint it on the heavier stock", "re-engrave it".
        '(~redo|~remake|~reprint|re-do|re-make|re-print|re-engrave|re-cut|re-knit|re-bake) (it|them|the|your|this|that|a|one|those|these)',
      ],
      unless: [
        // Reprinting a label or an invoice sends nothing new.
        '(label|labels|invoice|receipt|packing slip|address)',
        // Information sent again, not goods: "happy to resend that, here's the tracking number", "I'll resend the link".
        "(resend|re-send|resending) (you)? (that|it|this) , (here's|here is|heres|here you go|here it is)",
        '(resend|re-send|resending) (you)? (the|your|my|our)? (tracking|link|details|info|information|email|e-mail|message|code|photos|screenshot|confirmation|number|instructions)',
        // The carrier delivering again is the carrier's attempt, not a remedy: "I've asked them to redeliver".
        '(asked|told|booked|arranged for|requested|got|chased) (them|the courier|the carrier|the driver|the post office|the depot|the delivery office) to (redeliver|re-deliver|try again)',
        // The same asked of the carrier or the platform now: "I can ask them to redeliver", "I'll ask them to resend it".
        '(ask|asking|tell|book|request|get|chase) (them|the courier|the carrier|the driver|the post office|the depot|the delivery office|the platform|support|the crew|a crew|a two-person crew|the team) to (redeliver|re-deliver|try again|resend|re-send|send it again)',
        // A file or document sent again in another form: "I'll resend it as a different file type".
        '(resend|re-send|resending) (it|them|the file|the pattern|the pdf) (as|in) (a|an)? (different|new|another|other)? (file|file type|format|pdf|link|zip)',
        '(another|a new|a fresh|a second) (update|message|email|e-mail|photo|pic|link|note|reminder|look|chaser|text|call|check|try|go|proof|mockup|mock-up|design|label|code|quote|invoice|draft|sample)',
      ],
    },
    {
      tag: 'cancellation',
      negatable: false,
      unless: [
        // A cancellation as a sanction, not a remedy: "keep this up and I'll block you and cancel the order".
        '(block|blocking|report|reporting|ban|banning) (you|your account|u) (and|then)',
        // The customer's choice instead of waiting for a late order, which a delay notice should
        // offer: "if you'd rather not wait, just say and I can cancel the order". A refund promised
        // beside it is still reported (the `refund` entry).
        ...CHOICE_NOT_TO_WAIT,
      ],
      match: [
        '(cancel|cancelling|canceling) (it|this|that|the|your|them|for you|everything)',
        '(cancel|cancelling|canceling) (the|your|this|that) (order|orders|purchase|booking|item|subscription|transaction|payment)',
        '(process|arrange|issue|action|put through) (a|the|your)? cancellation',
        '(get|have) (that|this|it|them|your order|the order) (cancelled|canceled)',
      ],
    },
  ],
}

/**
 * A money verb whose object is a pronoun ("I'll transfer it today", "I'll reverse it myself"): a
 * refund when the sentence is about money (see {@link moneyTopicLexicon}), else nothing.
 */
export const pronounRemedyLexicon: Lexicon<'refund'> = {
  name: 'no-unreviewed-refund/pronoun-actions',
  entries: [
    {
      tag: 'refund',
      match: [
        '(transfer|reverse|repay|wire|paypal|refund|credit|return) (it|that|this|them) (back)?',
        '(send|pay|put|pop) (it|that|this|them) back',
        '(send|pay|put|pop|transfer) (it|that|this|them) (to|into|onto|on) (your|ur) (paypal|card|account|bank|bank account|wallet)',
      ],
    },
  ],
}

/** What makes a sentence about money: the refund, the charge, the payment, an amount. */
export const moneyTopicLexicon: Lexicon = {
  name: 'no-unreviewed-refund/money-topic',
  entries: [
    {
      match: [
        '(refund|refunds|money|chargeback|charge|payment|paypal|postage|fee|amount|cash|sort code|account number|card number|deposit)',
      ],
      negatable: false,
    },
  ],
}

/** Commitments that need no cue: the customer is told they will get a remedy, or is offered one. */
export const remedyPromiseLexicon: Lexicon<RemedyTag> = {
  name: 'no-unreviewed-refund/promises',
  classes: { goods: [GOODS] },
  entries: [
    {
      // The present for a plan: "I'm sending the right case out today", "we're refunding you now".
      tag: 'replacement',
      match: [
        "(i'm|we're|i am|we are) (just|now|also)? (sending|shipping|posting|dispatching|popping|getting|resending|reshipping|putting|packing|preparing|wrapping|boxing) (you|u)? (out)? (a|an|the|another)? (new|replacement|brand new|right|correct|second|fresh|spare|missing|proper|working|free) *{0,1} @goods",
      ],
    },
    {
      tag: 'refund',
      match: [
        "(i'm|we're|i am|we are) (just|now|also)? (refunding|reimbursing|crediting|compensating) (you|u|your|the|it|a|an|everything|all)",
        // Money put on the account now: "we're putting a €15 voucher on your account for the bother".
        `(i'm|we're|i am|we are|im) (just|now|also)? (putting|popping|adding|applying|sticking|giving) (you|u)? (a|an|the|your)? *? ${AMOUNT}? ${REFUND_NOUN}`,
      ],
    },
    {
      tag: 'refund',
      match: [
        `(you'll|you will) (get|receive|be getting|be receiving|be sent|be given|be issued|be offered) (a|an)? ${AMOUNT}? (refund|credit|voucher|compensation|reimbursement|gift card|store credit|discount)`,
        "(you'll|you will) be (refunded|reimbursed|compensated|credited|fully refunded)",
        "(you'll|you will) (get|have|receive) (your|the|all your|all the)? money back",
        // The refund named with "the": "you'll get the full refund", "you'll get the full amount back".
        "(you'll|you will) (get|have|receive) (the|your) (full|whole|entire)? (refund|amount back|sum back|payment back|purchase price back)",
        `(a|an) ${AMOUNT}? (refund|credit|voucher|reimbursement|compensation|gift card) (will|shall) be (issued|sent|processed|given|arranged|made|applied|credited|paid)`,
        `(a|an) ${AMOUNT}? (refund|credit|voucher|reimbursement|compensation|gift card) (of|for|worth) *{1,3} (will|shall) be (issued|sent|processed|given|arranged|made|applied|credited|paid)`,
        '(will|shall) be (refunded|reimbursed) (to you|in full|immediately|today|now|right away|straight away)',
        `(would|do) you (like|prefer|want) (a|an)? ${AMOUNT}? (refund|credit|voucher|reimbursement|compensation|gift card|store credit)`,
        '(would|do) you (like|prefer|want) (us|me) to (refund|reimburse|credit|compensate)',
        '(shall|should) (i|we) (refund|reimburse|credit|compensate) (you|your|it)',
        `(would|will|does|could) (a|an)? *? ${AMOUNT}? (refund|credit|voucher|discount|gift card|store credit|partial refund|full refund) *{0,3} (work|do|suit|help|be ok|be okay|sort it)`,
        "(you'll|you will) (get|have|receive) (every|each|all|all of) (penny|cent|pound|dollar|bit|your money|the money) (back)?",
        "(you'll|you will) (get|have) (your|the|all your|all the)? (money|cash|payment) (back|refunded|returned)",
        "(i'm|we're|i am|we are) (just|now|also)? (processing|issuing|sending|arranging|putting through|pushing through|authorising|authorizing|actioning|honouring|honoring|approving|initiating|initiating the|starting|raising|releasing) (a|the|your)? (full|partial)? (amount|payment|money)? (refund|reimbursement|credit|reversal)",
        // The money said to be on its way back: "the money's coming back to you".
        '(the|your)? (money|cash|payment|refund|full amount) (is|will be)? (coming|going|heading) back (to you|to your|your way)',
        "(the|your)? (money's|cash's|payment's|refund's) (coming|going|heading) back (to you|to your|your way)",
        // The present for a plan, in the English of Singapore and India: "I cancel the order and refund you full amount".
        '(i|we) cancel (the|your|it|this) (order)? and (refund|reimburse) (you|u)',
        "(refund|refunds|refund's|refund is) (going|being put|being pushed|being processed|is going) through",
        '(definitely|definately|def|defo)? (refunding|reimbursing) (you|u)',
        // The subject left out: "Refunding now."
        '(refunding|reimbursing|crediting) (it|the lot|everything|in full)? (now|today|straight away|right away|immediately|tonight)',
        "(you won't|you will not|you wont|you're not going to|you are not going to|won't leave you|will not leave you|make sure you're not|make sure you are not|make sure you aren't) (be)? (left)? out of pocket",
        '(would|do) you (like|prefer|want) (your|the) (money|cash|payment) back',
        '(would|do) you (like|prefer|want) *{1,4} or (your|the) (money|cash) back',
      ],
    },
    {
      tag: 'replacement',
      match: [
        `(you'll|you will) (get|receive|be getting|be receiving|be sent|be given) (a|an)? ${REPLACEMENT_NOUN}`,
        `(a|an) ${REPLACEMENT_NOUN} (will|shall) be (sent|issued|dispatched|despatched|posted|shipped|arranged)`,
        `(would|do) you (like|prefer|want) (a|an)? ${REPLACEMENT_NOUN}`,
        '(would|do) you (like|prefer|want) (a|an) (new|replacement|fresh|brand new) @goods',
        // The replacement as the subject: "A fresh one is on its way", "New one going out tonight".
        "(a|the|your)? (new|fresh|replacement|brand new) (one|@goods) (is|will be|'ll be|is going|going|goes|will go|'s going)? (out|on its way|in the post|going out|heading your way|heading to you)",
        '(would|do) you (like|prefer|want) (us|me) to (replace|resend|reship|send a replacement|send another|exchange)',
        '(shall|should) (i|we) (replace|resend|reship|send a replacement|send another|exchange) (it|them|you)?',
        // A replacement under way or scheduled: "Replacement dispatching Monday", "a replacement unit will be shipped to you".
        '(replacement|new one|brand new one|new unit|replacement unit|new pair|new set) (dispatching|dispatches|ships|is shipping|going out|goes out|is going out|leaves|leaving)',
        "(a|the) (replacement|new) * (will be|is being|'ll be|is going to be|is already being|is now being|has already been) (shipped|sent|posted|dispatched|despatched|made|printed)",
        // Packing said with "already": the plan made before any review ("a replacement print is already being packed for you").
        '(a|the) (replacement|new) * (is already being|has already been) (packed|wrapped|prepared)',
      ],
    },
    {
      tag: 'refund',
      match: [
        'consider (it|the order|this|your order|the whole thing) (refunded|cancelled|canceled|credited)',
        // The remedy declared settled: "please consider your full refund confirmed".
        `consider (your|the|a) ${AMOUNT}? (refund|replacement|cancellation|credit|reimbursement|compensation|voucher) (confirmed|done|sorted|approved|processed|granted|agreed)`,
        "(is|are|'s|will be|'ll be) on the house",
        // Something for nothing, on the seller: "your next order's on us", "keep the grey one as a gift".
        "(your|the) (next order|next one|return postage|return shipping|taxi|cab) (is|will be|'ll be) on (us|me)",
        "(next order's|next one's) on (us|me)",
        'keep (it|them|the|this|that|both|the old|the original|the first|the other) *{0,3} (as a gift|for free|free of charge|on us|on me|at no charge|at no cost|with our compliments)',
        '(what would you say to|what do you say to|how does|how would you feel about) (a|an)? *? (full|partial)? (refund|credit|voucher|discount|gift card|store credit|replacement)',
      ],
    },
    {
      // The present for a plan made now (Singapore, Malaysian, non-native English): "I cancel for you
      // now and refund straight away", "I make the refund for you today".
      tag: 'refund',
      match: [
        `(i|we) (make|do|process|issue|send) (the|a|your|ur)? ${AMOUNT}? (refund|money back|reimbursement) (for you|to you)? (now|today|straight away|right away|immediately|tomorrow|tmr|tmrw)?`,
        '(i|we) (refund|reimburse) (you|u|your|ur|the|it|for you) *{0,2} (now|today|straight away|right away|immediately|tomorrow|tmr|tmrw)',
        '(i|we) (refund|reimburse) (you|u) (the|your)? (full|in full|full amount|whole amount|everything|all|all of it|every penny)',
        '(and|then) (refund|reimburse) (you|u)? (straight away|right away|immediately|now|today|in full|the full|full|full amount|whole amount)',
        "(i'm|i am|we're|we are|im) (doing|making) (the|a|your|ur|full|a full) (refund|reimbursement)",
      ],
    },
    {
      // The same present for goods: "We send you the whole puzzle new this week", "I send you new strips free".
      tag: 'replacement',
      match: [
        '(i|we) (send|post|ship|resend) (you|u) *{0,3} (new|again|free|another|replacement|fresh)',
        // "We resend for you tomorrow": the plan in the present, for the customer.
        '(i|we) (resend|reship|send again|send it again|post it again) (it)? (for|to) (you|u)',
        // The replacement as the subject, sent: "a replacement unit will ship to you today", "two new glasses will be in the post".
        "(a|the|your)? (replacement|new|fresh|brand new) (one|@goods) (will|'ll|shall) (ship|ship out)",
        "(two|2|three|3|some|a few|a couple of) (new|fresh|replacement|brand new) * (will|'ll|shall) (ship|go out|be in the post|be in the mail|be on their way|be posted|be sent|be dispatched)",
      ],
    },
    {
      tag: 'cancellation',
      match: [
        '(i|we) (cancel|cancelling|canceling) (it|the order|your order|this order|for you|ur order) *{0,2} (now|today|straight away|right away|immediately)',
      ],
    },
    {
      tag: 'cancellation',
      unless: [...CHOICE_NOT_TO_WAIT],
      match: [
        '(would|do) you (like|prefer|want) (us|me) to cancel',
        '(shall|should) (i|we) cancel (it|the|your|this|that)',
        // Cancelling as a plan in the present: "we are cancelling order #55102 and issuing a refund".
        "(i'm|we're|i am|we are) (just|now|also)? (cancelling|canceling) (the|your|this|that)? (order|orders|purchase|it|them)",
      ],
    },
  ],
}

/**
 * The money as the subject of a forecast: "the refund will hit your account the same day". "Your
 * refund will…" speaks of a refund that already exists; its timing is for no-guarantees.
 */
export const refundForecastLexicon: Lexicon<'refund'> = {
  name: 'no-unreviewed-refund/forecasts',
  entries: [
    {
      tag: 'refund',
      unless: ['(your|ur) (full|partial)? (refund|money)'],
      match: [
        "(the|a|my)? (full|partial)? (refund|money|cash|funds) (will|'ll|should|shall|is going to|gonna) (hit|reach|land|arrive|show|appear|go|come|clear|be back|be in|be with|be on|be credited|be sent|be paid|be returned|be transferred|be refunded)",
        '(the|your|ur)? (money|cash|amount|payment|deposit) (goes|will go|is going|heads|is heading|comes|is coming) (straight|right)? back (to|on|into|onto)',
        '(heading|going|on its way|coming) back to (your|ur) (card|account|paypal|bank|visa|mastercard)',
        // The remedy as the subject on its way: "A £20 gift card is heading your way", "Refund coming".
        '(a|an) *? (refund|gift card|voucher|credit note|store credit|credit) (is|are)? (coming|heading your way|coming your way|on its way|winging its way|on the way)',
        '(refund|gift card|voucher|credit note|store credit) (is|are)? (coming|heading your way|coming your way|on its way|winging its way|on the way)',
        '(a|an) (refund|gift card|voucher|credit note|credit) (for|of|worth) *{1,2} (is|are|will be) (coming|heading your way|coming your way|on its way|winging its way|on the way|sent)',
      ],
    },
  ],
}

/**
 * Signs that the remedy depends on a review, an inspection, or the item coming back: "once the
 * return is inspected", "if the review confirms damage", "subject to approval". A sentence with one
 * is explaining a process, not committing. A negated sign ("no need to return it") does not count.
 * - `review`: counts anywhere in the sentence;
 * - `return`: the item coming back; counts before the commitment or in its own clause
 *   ("we'll refund you once it's back"), not in a later aside ("(you can return it later)").
 */
export const reviewSignLexicon: Lexicon<'review' | 'return'> = {
  name: 'no-unreviewed-refund/review-signs',
  entries: [
    {
      tag: 'review',
      match: [
        // A review of the request, not the customer's product review ("delete your review and I'll refund you").
        '(reviewed|reviewing|inspect|inspected|inspecting|inspection|inspections)',
        'under review',
        // The refund is already done: what follows is its timing, not a new promise.
        "(refund|refund's|money|payment) (has|have|is|was|'s)? (been|now|already)? (processed|issued|approved|put through|gone through|authorised|authorized)",
        '(after|upon|on|following|pending|subject to) (a|the|our)? (review|inspection|check)',
        '(review|inspect|assess|examine) (your|the|this|that) (request|claim|case|return|photos|pictures|images|item|items|evidence|order|parcel|damage|product|report)',
        "(we|i|we'll|i'll) (will|need to|have to|must|can|'ll)? (review|inspect|assess) (it|them|this|that)",
        'the review (confirms|shows|finds|is complete|is done|is finished)',
        '(approved|approval|verify|verified|verifying|verification|assess|assessed|assessing|assessment)',
        '(investigate|investigated|investigating|investigation|evaluate|evaluated|evaluation)',
        '(eligible|eligibility|pending|subject to|provided that|providing that|as long as)',
        '(check|checked|checking|checks|confirmed|confirms)',
        '(photo|photos|pictures|images|evidence|courier|carrier|tracking|findings) (confirm|confirms|show|shows)',
        // Someone else's finding first: "if they confirm the damage happened in transit, a replacement…".
        '(if|once|when|after) (they|the team|our team|support|the courier|the carrier|the platform|the quality team|our quality team|the warehouse|the manufacturer|the supplier) (confirm|confirms|approve|approves|agree|agrees|verify|verifies|find|finds)',
        // The remedy already under way is a report, not a promise: "the replacement filter is on its way".
        "(replacement|replacements|new one|resend|reshipment|refund) *{0,3} (is|are|'s) (already|now)? (on its way|on the way|in the post|with the courier|out for delivery|in transit)",
        '(replacement|replacements|new one|resend|reshipment) *{0,3} (has|have|was|were) (already|now|just)? (been)? (sent|posted|shipped|dispatched|despatched)',
        // Changing an order that has not gone out is not a remedy: "I'll swap it before they go out".
        'before (it|they|the order|your order) (go|goes|ship|ships|leave|leaves|is posted|are posted|is sent|are sent) (out)?',
        // Sending the order again once the customer has fixed their details is not a remedy either.
        'if you (update|change|correct|confirm|fix|amend|add) (the|your) (address|details|postcode|post code|house number|zip code)',
        // "We can cancel it if it hasn't shipped yet": depends on the order's status, which must be checked.
        "(if|as long as|provided|providing) (it|the order|your order|the item|they) (hasn't|has not|haven't|have not|isn't|is not|aren't|are not) (yet)? (shipped|dispatched|despatched|left|processed|been shipped|been dispatched|been processed|been sent|packed|been packed)",
      ],
    },
    {
      tag: 'return',
      // Money going back ("send it back to your PayPal") is not the item coming back, nor is a
      // return the writer waves away ("no need to send them back", "instead of a return").
      unless: [
        'back (to|into|onto|on) (your|ur) (paypal|card|account|bank|bank account|wallet|original payment method)',
        "(no need|don't need|do not need|needn't|need not|don't have|do not have|don't bother|do not bother) to (send|return|post|ship|bring)",
        '(instead of|rather than|no need for|skip|without) *{0,4} (return|returns|returning)',
        // Sent the customer's way, not ours: "send it back to you today", "get it back out to you".
        '(~send|~post|~ship|~pay|~get|~put) *{0,3} back (out)? to (you|u)',
        // Money the writer sends back: "I'll send back half of what you paid".
        "(i'll|i will|ill|we'll|we will|i can|we can|i'm going to|we're going to) (send|pay|give|transfer|put) back (half|some|part|all|the full|the|your|a|an|what|money)",
        // The money named, whoever sends it: "cancel it for you now and send back your money".
        '(send|pay|give|transfer|hand|put|sending|paying|giving) back (your|ur|the|all your|all the|all of your|half your|half the|half of your)? (full|whole|entire)? (money|cash|payment|funds|amount|deposit|postage|shipping cost|fee|fees)',
        // Life, not the parcel: "when I get home".
        '(when|once|after|as soon as) (i|we) (get|am|are|have|find) (home|back home|a chance|a minute|a moment|the chance|to the post office|a sec|a second|a min|a mo|a spare minute|a free minute|a spare moment|five minutes|5 minutes|the time|time)',
        // A return request withdrawn is a settlement, not the item coming back.
        '(return|return request|returns request) (is|gets|has been|was)? (cancelled|canceled|closed|withdrawn|dropped)',
        '(~cancel|~close|~withdraw|~drop) (the|your) (return|return request)',
      ],
      match: [
        '(once|when|after|as soon as|upon) (we|i) (receive|get|have|hear|see|look|are able)',
        '(once|when|after|as soon as|until) (it|they) (is back|are back|gets back|get back|comes back|come back|reaches us|reach us|has been returned|have been returned|is returned|are returned|is received|are received|arrives back|arrive back|lands back)',
        '(once|when|after|as soon as|until) (the|your) (item|items|parcel|package|product|products|goods|order) (is back|are back|gets back|get back|comes back|reaches us|has been returned|have been returned|is returned|are returned|is received|are received|arrives back)',
        '(once|when|after|as soon as|until) (the|your) (return|returned item|returned parcel) (arrives|arrive|is back|reaches us|is received|has arrived|lands)',
        '(upon|on) (receipt|return|receiving)',
        '(return|send|ship|post|bring|returned|sent) (it|them|the item|the items|the product|the parcel|the goods|the order)? back',
        '(return|returned|returning) (it|them|the item|the items|the product|the parcel|the goods)',
        'back (to|with) us',
        '(return request|returns process|return process)',
        // A label only as the condition: "once you've used the return label"; one sent with a resend is no review.
        '(once|when|after|as soon as) *{0,4} (return label)',
      ],
    },
  ],
}

/** Words that, right before a cue, make it conditional ("if we can offer a refund"). */
export const CONDITIONAL_OPENERS = [
  'if',
  'whether',
  'when',
  'once',
  'until',
  'unless',
  'whenever',
  'after',
  'before',
] as const

/** Words that, right after an action word, make it part of a noun ("refund tracking", "refund status"). */
export const NOUN_FOLLOWERS = [
  'tracking',
  'status',
  'request',
  'requests',
  'policy',
  'process',
  'form',
  'page',
  'section',
  'label',
  'department',
  'team',
  'window',
  'period',
  'option',
  'options',
  'amount',
  'method',
  'reference',
  'number',
  'details',
  'time',
  'times',
  'timeline',
  'terms',
] as const

/** Words that, right before an action word, make it a noun ("your refund", "a replacement"). */
export const NOUN_MARKERS = [
  'a',
  'an',
  'the',
  'your',
  'my',
  'our',
  'their',
  'this',
  'that',
  'any',
  'full',
  'partial',
  'shipping',
  'postage',
  'no',
] as const

/** The rewrite that answers a request without promising its outcome (and without a second update promise). */
export const UNDER_REVIEW = 'Your request is under review'

/** What a promise made on a condition becomes: the condition stays, the outcome waits for a look. */
export const OPTIONS_ON_CONDITION = "we'll look at the options with you"
