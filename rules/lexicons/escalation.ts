import type { Lexicon } from '../../src/core.js'
import { CURSE_PATTERNS, INSULT_PATTERNS, NAME_CALLING, THREAT_EXCEPTIONS, THREAT_PATTERNS } from './abuse.js'
import { PARTY_CLASSES } from './actors.js'

/**
 * - `caseAction`: asking the customer to close, withdraw or cancel a case, claim, chargeback or
 *   dispute-related review. Only a settlement when something is offered for it in the same sentence.
 * - `settlement`: settling privately or keeping the platform out ("sort this out between us").
 * - `referentAction`: the same request aimed at "it" ("if you mark it resolved, I'll…"), which asks
 *   to close a case only when the reply names one.
 * - `abuseReply`: answering abuse in kind or arguing with it ("watch your tone").
 */
export type EscalationTag = 'caseAction' | 'referentAction' | 'settlement' | 'abuseReply'

/** What a platform resolves: a review or an ordinary return request is not a case (no-review-manipulation judges reviews). */
const CASE =
  '(case|cases|claim|claims|dispute|disputes|chargeback|chargebacks|charge-back|a-to-z|a-z|inquiry|complaint|complaints|paypal claim|paypal dispute|not received claim|item not received|inr claim|snad)'
const DET = '(the|your|this|that|a|an|any|these|those)?'
/** What a case is called by its kind: "the not-as-described claim", "your PayPal case", "the open dispute". */
const KIND =
  '(not-as-described|not as described|paypal|a-to-z|a-z|official|whole|open|formal|bank|marketplace|platform|item-not-received|inr|snad|return|returns|refund|money-back|buyer protection)?'
/** A case action said of the customer's side in the passive: "once the claim is cancelled on your side". */
const ON_YOUR_SIDE = '(on your side|on your end|from your side|from your end|by you|yourself)'
/** Going round a case: "before you go down the claim route", "rather than going through the official return request". */
const HEAD_OFF =
  '(before|rather than|instead of) (you)? (go|going|goes|head|heading|take|taking) (down|through|thru|via|ahead with)'
/** Names of a case in the reply, for "it" to point back to ("in case" and a phone case are not one). */
export const CASE_NAMES =
  /\b(?:chargebacks?|charge-backs?|claims?|disputes?|a-to-z|cases?|return requests?|refund requests?|resolution cent(?:re|er))\b/i
export const NOT_A_CASE =
  /\b(?:in|just in|phone|pillow|display|carry|carrying|suit|glasses|pencil|watch|camera|guitar|book|brief|court) cases?\b/gi

export const escalationLexicon: Lexicon<EscalationTag> = {
  name: 'escalate-instead',
  entries: [
    {
      tag: 'caseAction',
      // "I'm not able to cancel it now" refuses, it does not ask.
      negatable: true,
      match: [
        `(close|closing|withdraw|withdrawing|cancel|cancelling|canceling|drop|dropping|retract|retracting|remove|removing|revoke|revoking|reverse|reversing|take down|taking down|delete|deleting|pull|pulling) ${DET} ${KIND} ${KIND} ${CASE}`,
        `${DET} ${KIND} (${CASE.slice(1, -1)}|request) (is|gets|has been|was|being) (cancelled|canceled|closed|withdrawn|dropped|retracted|reversed|removed|marked resolved|marked as resolved) ${ON_YOUR_SIDE}`,
        // Heading off a case that is not open yet: "before you go down the claim route".
        `(before) (you)? (go|going|head|heading|take|taking) (down|through|thru|via|ahead with) ${DET} ${KIND} ${CASE} (route|process|path)?`,
        `${HEAD_OFF} ${DET} ${KIND} (process|return request|return) (route|process|path)?`,
        `(close|withdraw|cancel|drop|retract|remove|revoke|reverse|delete) (it|them) (first|now|today)`,
        '(close|closing|withdraw|withdrawing|cancel|cancelling|drop|dropping) (the|your|this|that) (return request|return|not as described case|refund request|request)',
        "(cancel|withdraw|drop|close) (it|them) and (i|we|i'll|we'll|ill)",
        `(mark|marking) ${DET} ${KIND} (case|claim|dispute|request) (as)? (resolved|closed)`,
        `(don't|do not|no need to|please don't|there's no need to|no need for) (open|opening|file|filing|raise|raising|start|starting|escalate|escalating|submit|that|a|the|any) ${DET} ${CASE}`,
        `(don't|do not|please don't|no need to) *{1,4} (or|and) (open|file|raise|start|escalate) ${DET} ${CASE}`,
        `(don't|do not|no need to|please don't) (contact|involve|go to|escalate to|report this to|report it to) (amazon|ebay|etsy|paypal|the platform|support|your bank|the bank|kingston express)`,
      ],
    },
    {
      tag: 'referentAction',
      negatable: true,
      // "There's no need to close it on my account": the case left as it is.
      unless: [
        "(no need|don't need|do not need|needn't|need not|don't have|do not have|no reason) to (close|withdraw|cancel|drop|retract|reverse|revoke|pull)",
      ],
      unlessScope: 'clause',
      match: [
        '(close|closing|withdraw|withdrawing|cancel|cancelling|canceling|drop|dropping|retract|retracting|reverse|reversing|revoke|revoking|pull|pulling) (it|them) (down)?',
        '(mark|marking|set|setting) (it|them) (as)? (resolved|closed|settled|received)',
        '(change|changing|amend|amending|switch|switching|edit|editing) (the|your) (reason|return reason|claim reason|case reason)',
        // The case's way round it offered where the reply names the case: "…without all the paperwork".
        '(without|skip|skipping|avoid|avoiding|saves us both) (all)? (the)? (paperwork|hassle of the platform|hassle with the platform|red tape|formal process)',
      ],
    },
    {
      tag: 'settlement',
      match: [
        // With or without its object, in any English: "we can settle between us", "we go settle am between us".
        '(settle|settling|sort|sorting|resolve|resolving|handle|handling|work|deal with|dealing with) (this|it|am|things|the matter|the issue|the case|the claim|the dispute)? (out)? (privately|between us|between ourselves|off the platform|off-platform|outside the platform|outside of the platform|offline|among ourselves)',
        // The platform kept out, by any name: "no need to report to Sabi Market", "no need to involve Dukaan Direct".
        "(no need to|there's no need to|don't need to|you don't need to|not necessary to|no need for you to) (report|involve|contact|escalate to|complain to|go to|get|drag|bring in|tell) (this|it)? (to)? *{1,3} (for this|over this|for such|o|just|we|i)",
        '(keep|keeping) (this|it|things|the matter) (between us|between ourselves|private|off the record|quiet)',
        '(without|rather than) (involving|getting|going through|contacting|telling) (amazon|ebay|etsy|paypal|the platform|support|your bank|the bank|kingston express|a claim|a case|a dispute)',
        '(private|direct|side) (settlement|deal|arrangement|agreement)',
        'in (exchange|return) for (closing|withdrawing|cancelling|canceling|dropping|removing|retracting|changing|deleting|updating)',
        '(settle|resolve) (this|it|the matter|things) (outside|off) (of)? (the)? (platform|site|app|marketplace|system)',
        '(name|state|give me|tell me) (your|a|the) (price|figure|number|amount)',
        'just name it',
        "what (would|will|'d|'ll) it take (to|for you)",
        '(figure|amount|sum) (that|which) (would|will) (make|keep|leave) you (happy|satisfied)',
        '(sort|sort it|work it|settle it|sort this|sort things) out (with you)? (directly|between us|between you and me|between ourselves|like adults)',
        '(you and me|you and i|between us) (can|could) (sort|settle|work|fix|resolve)',
        // Heading the case off: "rather than going thru the chargeback, why dont we…", "before you take this any further with the platform".
        `(rather than|instead of) (going through|going thru|going via|opening|filing|raising|starting|escalating|doing) ${DET} ${KIND} ${CASE}`,
        '(before|rather than) (you|we)? (take|taking|escalate|escalating) (this|it|things) (any)? further',
        '(work|sort|settle|figure) (it|this|things) out (here)? between (ourselves|us|the two of us)',
        '(sort|work|figure) something out between (us|ourselves)',
      ],
      negatable: false,
    },
    {
      tag: 'abuseReply',
      match: [
        "(don't|do not|dont) (talk|speak|write) to (me|us) like (that|this)",
        '(watch|mind) your (tone|language|mouth|manners|attitude)',
        'how dare you',
        "(you're|you are|your|youre) (being)? (so|very|really|extremely)? (rude|abusive|disrespectful|aggressive|unreasonable|childish|pathetic|ridiculous|a liar|lying)",
        "(we|i) (won't|will not|don't|do not) (tolerate|accept|put up with|take) (this|that|your|such) (language|behaviour|behavior|abuse|tone|attitude|rudeness)",
        "if (you're|you are) going to be (rude|abusive|like that)",
        'two can play (that|this) game',
        '(shut up|get lost|grow up|get a life|cry me a river)',
        'learn to (read|be polite|behave)',
        "(i've|i have|we've|we have) had enough of (you|your)",
      ],
      negatable: false,
    },
  ],
}

/** An offer for something in return, which turns a request to close a case into a settlement. */
export const OFFER_CUES = [
  'refund',
  'refunds',
  'refunded',
  'replacement',
  'replace',
  'resend',
  'reship',
  'compensate',
  'compensation',
  'reimburse',
  'reimbursement',
  'discount',
  'voucher',
  'coupon',
  'credit',
  'gift',
  'bonus',
  'free',
  'money',
  'pay',
  'paid',
  'cash',
  'exchange',
  'return',
  'reward',
  'extra',
  'off',
  'knock',
  'difference',
  'offer',
] as const

/** A sum or a share of one written in figures is an offer too: "40% back", "£30 off", "send $20". */
export const OFFERED_AMOUNT = /\d\s?%|[£$€₹]\s?\d|\d\s?(?:quid|pounds|dollars|euros|bucks)\b/i

/** The writer's own promise in the sentence also makes it a trade: "don't open a case, we'll fix it". */
export const PROMISE_CUES = ["i'll", "we'll", 'will', 'can'] as const

/**
 * A calm hand-over to platform support: what the seller should send while a dispute is open or the
 * customer has been abusive ("I've asked Kingston Express support to review this; they'll contact
 * you here"). A reply made only of these, greetings and thanks is not a reply to escalate.
 */
/** Who at the platform takes a case, named as the seller writes it: "Kingston Express support", "eBay's resolution team", "Shopee team". */
const TAKERS =
  '(support|support team|resolution team|resolution centre|resolution center|case team|customer service|customer support|seller support|trust and safety|team|claims team|disputes team)'

/** What the platform's people do with a case. */
const TAKER_ACTS =
  '(handle|review|decide|check|look at|look into|deal with|sort|sort it|take over|take it from here|be in touch|update|contact|rule)'

export const handoverLexicon: Lexicon<'handover' | 'courtesy'> = {
  name: 'escalate-instead/handover',
  classes: { platform: PARTY_CLASSES.platform, platformOwner: PARTY_CLASSES.platformOwner },
  entries: [
    {
      tag: 'handover',
      // The seller's own staff are not the platform's: "I've passed it to our support team".
      unless: [
        '(our|my) (own)? (support|support team|team|customer service|customer support|staff)',
        // Waiting for the platform called pointless is a way round it: "no need to wait for the marketplace to decide".
        '(wait|waiting|waited) *{0,3} for (@platform|them|support|their team|the team) to',
      ],
      unlessScope: 'clause',
      match: [
        // The case given to the platform's people, named with whatever words: "I've sent the details to
        // the Kingston Express resolution team", "I'll leave this with Marketly support".
        `(~leave|~hand|~pass|~refer|~send|~escalate|~forward|~raise|~share|~give|~report) *{0,6} (to|with) (the)? *{0,3} ${TAKERS}`,
        `(is|are|sits|sit) (now)? with (the)? *{0,3} ${TAKERS}`,
        // The platform or its team doing the case's work: "Shopee team will handle from here", "eBay will review everything", "Their team will decide".
        `(@platform|@platformOwner|they) ${TAKERS}? (will|'ll|can|are going to|is going to|shall) (now)? ${TAKER_ACTS}`,
        `(their|the) *{0,2} ${TAKERS} (will|'ll|can|are going to|is going to|shall) (now)? ${TAKER_ACTS}`,
        "(@platform|they|them|support) (will|'ll|can) (now)? (handle|review|decide|check|look at|look into|deal with)",
        // Asked of the platform: "I've asked Amazon to review the claim", "for the platform to review".
        `(~ask|~request|for) (@platform|them|support|the platform|their team|the team) to (review|look at|look into|check|decide|handle|assess|investigate)`,
        // The customer pointed to the case: "please keep everything in the open case", "please continue
        // there", "kindly follow the updates in the case", "upload your photos inside the dispute page".
        '(keep|post|add|put|share|upload|attach|send) (everything|anything|it all|your photos|photos|your pictures|pictures|your evidence|evidence|the photos) *{0,3} (in|on|to|inside|into|through|via|there) (the|your|this|that)? (open)? (case|claim|dispute|case page|dispute page|claim page|there)?',
        '(please|kindly|pls)? (continue|carry on|reply|keep replying) (there|in the case|on the case|in the dispute|on the dispute page|in the claim)',
        '(follow|check|watch|see) (the|any|their)? (updates|replies|progress|outcome) (in|on|through|via) (the|your|this)? (case|claim|dispute|resolution centre|resolution center|case page)',
        // In any tense, with or without the writer named: "I'm handing this over to support", "Passing this to support now".
        "(i've|we've|i have|we have|ive|weve|i|we|i'm|we're|im|i am|we are)? (now)? (~ask|~request|~pass|~hand|~refer|~escalate|~forward|~report|~send|~share|~contact|~raise) *{0,5} (support|resolution team|resolution centre|resolution center|case team|customer service|trust and safety|the platform|platform support)",
        '(support|support team|resolution team|resolution centre|resolution center|case team|customer service|the platform) (is|are|will be|has|have)? (now)? (handling|looking into|reviewing|dealing with|in charge of|taking over|on it|been asked)',
        "(support|support team|resolution team|case team|customer service|payments team|disputes team|claims team) (will|'ll|can|are going to) (handle|take|deal with|review|resolve|pick up|look at|look into|sort|decide|decide on|rule on|make the call on|guide) (it|this|the case|the claim|the dispute|things|these|the refund|the outcome|the resolution)? (from here|now)?",
        // The platform's own team, by whatever name: "the platform's payments team, who handle these".
        "(to|with) (the platform's|the marketplace's|platform|marketplace) *{0,2} (team|department|support)",
        // The case noted, as a hand-over opens: "I can see there's an open case on this order".
        "(i can see|i see|i've seen|i have seen|i note|i noticed|i saw|i've noticed) (that)? (there's|there is|a|an|the|you've|you have|the bank has|your bank has|a case|the case) *{0,4} (case|claim|dispute|chargeback)",
        '(follow|track|check) (its|the|the case|the claim) (progress)? (in|on|through|via) (the)? *{0,2} (resolution centre|resolution center|case page|claim page|dispute page|resolution)',
        "(i'll|i will|we'll|we will) (add|send|provide|share|upload|give) (any|whatever|all the|the) (information|info|details|evidence|photos) (they|support|the team|their team) (ask|need|request)",
        "(they'll|they will|theyll|who will|who'll|support will|they|they can|who can|they'd|they would|they should|who should) (contact|reply to|reply|update|follow up with|follow up|be in touch with|be in touch|get back to|take it from here|take over|step in|review|pick it up|pick this up|handle|deal with|look after|look at|message|write to|get in touch with|get in touch|respond to|respond|reach out to|reach out|guide|lead|decide|decide on|settle)",
        // Whoever at support answers: "someone from their team will reply to you in this thread".
        "(someone|somebody|an agent|a specialist|a member|their team|the team|a colleague|an advisor|an adviser) *{0,4} (will|'ll|should) (contact|reply to|reply|update|follow up with|follow up|be in touch with|be in touch|get back to|message|write to|get in touch with|respond to|respond)",
        // Support holds it now: "Tindall Market's support team now has the case".
        '(support|support team|resolution team|case team|customer service|trust and safety) *{0,3} (now)? (has|have|holds|hold|owns|is holding|are holding) (the|this|your) (case|claim|dispute|matter|conversation|order|thread)',
        // Support named, then what it will do, with what it holds between: "Bazaarly Support has the
        // full details and will be in touch with you".
        "(support|support team|resolution team|case team|customer service|payments team|disputes team|claims team) *{1,6} (will|'ll|should) (contact|reply to|reply|update|follow up with|follow up|be in touch with|be in touch|get back to|message|write to|get in touch with|respond to|respond|review|decide)",
        '(support|support team|resolution team|case team|customer service|payments team|disputes team) *{0,3} (now)? (has|have|holds|hold) (the|all the|all|every|full)? *{0,1} (details|information|evidence|paperwork|records|everything)',
        // Stepping back from the thread: "I won't be continuing this conversation directly".
        "(i|we) (won't|will not|wont|shan't) be (continuing|replying|responding|carrying on) *{0,3} (directly|here|further|any further)?",
        '(step in|take over|take it from here|look into the case|review this case|review the case)',
        "(as|since|because) (there's|there is|theres|there's now|you've opened|you have opened) (an|a)? (open)? (case|claim|dispute)",
        '(as|since|because|now that) (a|the|an|this) (case|claim|dispute) (is|has been) (open|opened|under way|underway|ongoing|in progress)',
        // Stepping back as a boundary: "I'm not able to continue this conversation".
        "(i'm|i am|im|we're|we are) (not able|unable) to (continue|carry on) (this|the|our) (conversation|chat|thread|exchange)",
        "(i've|i have|ive) (shared|sent|given|passed on) (them|support|everything|all the)",
        // Evidence put on the case, and the case left with support: "I've uploaded the proof of
        // postage to the case", "the case is with support now, so I'll leave the next steps to them".
        "(i've|we've|i have|we have|ive|weve|i|we) (uploaded|added|attached|submitted|sent|provided|put) *{1,6} (to|on|in|with) (the|your|this) (case|claim|dispute)",
        '(the|this|your) (case|claim|dispute|matter) (is|sits|now sits) (now)? with *{0,3} (support|resolution team|case team|customer service|the platform)',
        '(leave|leaving) (the next steps|it|this|things|the rest|the decision) (to|with) (them|support|the platform|the case team|their team)',
        // Pointing the customer to the case on the platform: "keep an eye on the case page for their
        // reply", "you'll hear from them through the order page", "please keep any updates in the case".
        '(keep an eye on|check|watch|follow|see|look at|use) (the|your|this)? (case|claim|dispute|resolution) (page|thread|centre|center|messages|updates)?',
        "(you'll|you will|youll|u'll) (hear|get an update|get a reply|get word) (from|through|via|on) (them|support|the platform|the case|the order page|the case page)",
        '(keep|post|add|send|put|share|upload|attach) (any|all|your)? *{0,3} (updates|messages|evidence|photos|pictures|replies|details|questions|information|info|documents) *{0,4} (in|on|to|through|via) (the|your|this|that) (case|claim|dispute|case page|order page)',
        // The seller's own part in the platform's process: evidence given to support, answers kept to
        // the case, its decision accepted ("I've shared the order details with them", "I'll respond
        // there to anything they need", "I'll go with their decision", "the refund decision sits with support").
        "(i've|we've|i have|we have|ive|weve|i|we) (also|already|now|just)? (~share|~send|~pass|~give|~upload|~forward|~provide|~attach|~submit|~flag) *{1,6} (with|to) *{0,3} (them|support|the platform|the platform's|the marketplace's|team|the case team)",
        // A longer list of evidence: "I've shared the full tracking history and our dispatch record with them".
        "(i've|we've|i have|we have|ive|weve|i|we) (also|already|now|just)? (~share|~send|~pass|~give|~upload|~forward|~provide|~attach|~submit) *{1,6} (and|plus) *{1,6} (with|to) (them|support|their team|the team)",
        '(~answer|~respond to|~reply to) (any|all|whatever|every) (questions|question|requests|request|queries|query) (they|support|their team|the team)',
        '(~respond|~reply|~answer) (there|in the case|on the case|through the case|in that thread|on the case page)',
        '(~respond|~reply) (to them|to support|to their team)? (directly|only|there)? (in|on|through|via) (the|this|that) (case|claim|dispute|case page|dispute page)',
        "(i'll|i will|ill|we'll|we will|happy to|i'm happy to|we're happy to) (go with|accept|abide by|respect|follow|stand by) (their|the|support's|the platform's|whatever) (decision|ruling|outcome|verdict|direction|directions|guidance|lead|instructions)",
        '(decision|outcome|ruling|verdict) (sits|rests|lies|is|now sits|now rests) with',
        "(their|the|support's|the platform's) (decision|outcome|ruling|verdict) (will|'ll) (show|appear|be posted|be shared|come through|be visible)",
        // Where support's answer will come: "Their reply will show up in the case", "Please wait for
        // their update here", "You'll get their update in this order's messages".
        "(their|support's|the platform's|the team's) (reply|answer|update|response|decision|message|messages|updates) (will|should|'ll|comes|come|appears|appear|shows|show) (up|through|in|on|here|appear|show|come)?",
        "(look|watch|wait|check|look out|keep an eye out) (for|on)? (their|support's|the platform's) (reply|answer|update|response|decision|message|messages|updates)",
        "(you'll|you will|youll|u will|u'll) (get|see|find|receive|have) (their|support's|the platform's|an|a) (reply|answer|update|response|decision|message) (from them)?",
        // Whatever the customer wants seen, routed to the case: "please add anything you'd like them
        // to see to the case itself".
        '(~add|~post|~put|~upload|~attach) (anything|whatever|everything|what) *{0,6} (to|in|on) (the|your|this|that) (case|claim|dispute)',
        // Evidence given to them: "I sent them the order info", "I have provided them with the records".
        "(i've|we've|i have|we have|ive|weve|i|we) (also|already|now|just)? (~send|~give|~provide|~forward|~pass) (them|support|their team) (with)?",
        // Their process left to run: "I let Amazon decide this", "I'm not able to discuss the details here while it is being reviewed".
        '(let|leave|leaving) (them|support|the platform|the team) (decide|handle|review|sort)',
        '(not able|unable|not in a position|not appropriate for me|inappropriate for me) to (discuss|comment|comment further|go into) *{0,4} (while|whilst|until|as long as)',
      ],
      negatable: false,
    },
    {
      tag: 'courtesy',
      match: [
        '(thanks|thank you|thx|cheers)',
        "(i'm|i am|we're|we are|so)? sorry",
        '(apologies|i apologise|i apologize|we apologise|we apologize)',
        "(i|we) (understand|appreciate|hear you|know this is|know it's)",
        '(hi|hello|dear|kind regards|regards|best wishes|best|many thanks)',
        '(good morning|good afternoon|good evening|good day|namaste|greetings|hey|hiya|salaam|salam|salamat)',
        '(sincerely|faithfully|respectfully|yours truly|best regards|warm regards|with best wishes)',
        // A note of receipt before the hand-over: "Understood.", "Noted."
        '(understood|noted|got it|of course)',
        // Plain facts a hand-over passes on: "Your order reference is MV-20931", "You don't need to
        // do anything else on your side".
        '(your|the|our) (order|case|claim|dispute) (reference|number|ref|id) (is|was)',
        "(you|u) (don't|do not|dont|won't|will not) need to do anything",
      ],
      negatable: false,
    },
  ],
}

/**
 * Abuse the draft shows the customer gave, and a retort to it.
 * - `named`: the customer's abuse named ("calling me a thief", "if that's how you want to talk").
 *   Alone it is a calm boundary.
 * - `retort`: a threat, a curse or a name called back. Beside abuse the draft names, it answers in kind.
 */
/** Names the customer may have called the seller, one or many: "a thief", "thieves", "scammers". */
const CALLED = `(${[...new Set([...NAME_CALLING, ...NAME_CALLING.filter((name) => !name.includes(' ')).map((name) => (name.endsWith('f') ? `${name.slice(0, -1)}ves` : `${name}s`))])].join('|')})`

export const abuseExchangeLexicon: Lexicon<'named' | 'retort'> = {
  name: 'escalate-instead/abuse-exchange',
  entries: [
    {
      tag: 'named',
      match: [
        `(call|calls|calling|called) (me|us) (a|an|a bunch of|a load of)? ${CALLED}`,
        `being called (a|an|a bunch of)? ${CALLED}`,
        "(don't|do not|dont|stop|please stop) (abuse|abusing|swearing|swearing at|insulting|threatening|shouting at) (me|us)?",
        "(if|since|as) (that's|that is|thats|this is) how you (want to|wanna|are going to|choose to|intend to|'re going to)? (talk|speak|write|behave|be)",
        '(talk|speak|write|talking|speaking|writing) to (me|us) like (that|this)',
        "the (language|tone|words|names) (you're|you are|youre|you've been|you have been) (using|calling)",
      ],
      negatable: false,
    },
    {
      tag: 'retort',
      match: [...THREAT_PATTERNS, ...INSULT_PATTERNS, ...CURSE_PATTERNS],
      unless: THREAT_EXCEPTIONS,
      negatable: false,
    },
  ],
}

/**
 * A sentence beside a hand-over that goes into the case itself: its facts ("tracking shows it was
 * delivered"), a remedy offered, fault argued, the customer sent to search, a deal without the
 * platform. A hand-over with one of these is a reply to the case, which escalate-instead reports;
 * other sentences beside it ("Delivery for this order is managed by the platform", "to keep
 * everything in one place, watch your messages for their reply") leave it a hand-over.
 */
export const caseTalkLexicon: Lexicon = {
  name: 'escalate-instead/case-talk',
  entries: [
    {
      // The customer's situation, met with sympathy: "annoying when tracking says delivered and
      // there is nothing at the door"; evidence handed to the platform, not argued to the customer.
      unless: [
        '(when|if) (the)? (tracking|the courier|the app) (says|shows|said|showed)',
        "(i've|we've|i have|we have|ive|weve|i|we) (also|already|now|just)? (~give|~send|~share|~provide|~upload|~submit|~forward|~attach) * (that|the|our|my|all the|all) *{0,3} (tracking|proof|photos|pictures|records|receipt|receipts|evidence|history|details|information|info|timeline) *{0,6} (for|to|with|on|in) (the|their|your)? (claim|case|dispute|request|them|support|review)",
      ],
      match: [
        // The case's facts, argued.
        '(tracking|the tracking|tracking info|the courier|the driver|the scan|the photo|the courier photo|the delivery photo) (clearly|plainly|already|still)? (shows|says|showed|said|confirms|confirmed|has it|had it)',
        '(delivered|signed for|signed by) (on|at|to)',
        'proof of (delivery|postage|posting|dispatch)',
        '(shows|showed|marked|listed|recorded) as delivered',
        // A remedy offered by the writer.
        "(i|we|i'll|we'll|ill|i can|we can|i could|we could|happy to|willing to|able to|i'm going to|we're going to) *{0,2} (refund|replace|resend|re-send|reimburse|compensate|credit|refunding|replacing|resending)",
        '(full|partial) (refund|reimbursement)',
        '(money back|store credit|a discount|a voucher|a replacement|a new one|another one) (for|to)? (you|u)',
        // Fault argued.
        "(not|isn't|wasn't|never|no) (my|our) (fault|problem|responsibility|mistake|issue)",
        "(i|we) (don't|do not|can't|cannot|won't|will not) (accept|agree|believe|see how)",
        "(your|the customer's) (fault|mistake|error)",
        "(for what it's worth|to be fair|to be clear|in fairness|with respect|frankly|quite frankly)",
        // The customer's case judged: "that's ridiculous", "this is unfair on me".
        "(that's|that is|this is|it's|it is|thats|its) (a bit|quite|really|just|totally|completely)? (ridiculous|absurd|unfair|unreasonable|a joke|nonsense|outrageous|uncalled for|not fair)",
        // The customer sent to look for it.
        '(check|ask|look) (with|around|in)? (your|the) (neighbours|neighbors|household|family|building|concierge|reception|porch|garden|bins|safe place)',
        // A deal without the platform.
        '(between|among) (us|ourselves|the two of us)',
        "(without|no need for|no need to involve|don't need) (the platform|them|support|involving)",
      ],
      negatable: false,
    },
  ],
}
