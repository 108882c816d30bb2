import type { Lexicon } from '../../src/core.js'

/**
 * Phrase anchors; the rule checks what follows them (`reviewObject`) so the lexicon stays small.
 * - `positive`: a review, rating or feedback with a required sentiment ("a 5-star review").
 * - `gating`: steering unhappy customers away from reviewing ("contact us before leaving a review").
 * - `change`: a verb that, followed by a review, asks to change or remove it ("update your rating").
 * - `request`: a verb that, followed by a review, asks for one; fine once, counted for repeats.
 * - `incentive`: something of value offered around a review (checked together with a review request).
 * - `condition`: "if you're happy…", which turns a review request into a selective one.
 * - `pressure…`: phrases that manipulate on their own, whatever verb is used ("anything under five
 *   stars hurts us", "hold off on leaving feedback", "could the 1 star come down now"), reported as
 *   `positive`, `gating`, `change` or `incentive`.
 */
export type ReviewTag =
  | 'pressurePositive'
  | 'pressureGating'
  | 'pressureChange'
  | 'pressureIncentive'
  | 'positive'
  | 'gating'
  | 'gatingNegative'
  | 'change'
  | 'request'
  | 'incentive'
  | 'condition'

/** Nouns a review request is about. */
export const REVIEW_NOUNS: readonly string[] = [
  'review',
  'reviews',
  'feedback',
  'rating',
  'ratings',
  'testimonial',
  'testimonials',
  'stars',
  'star',
  'appraisal',
  'appraisals',
  'evaluation',
  'evaluations',
  'survey',
  'surveys',
  'marks',
]

/** Sentiment words that make a review request a request for a positive review. */
export const SENTIMENT_WORDS: readonly string[] = [
  'positive',
  'good',
  'great',
  'glowing',
  'excellent',
  'favourable',
  'favorable',
  'nice',
  'lovely',
  'amazing',
  'perfect',
  'top',
  'high',
  '5-star',
  'five-star',
  '5star',
  '5-stars',
  'full-star',
]

/** Words that describe the review a seller wants gone or never written. */
export const BAD_WORDS: readonly string[] = [
  'negative',
  'bad',
  'poor',
  'low',
  'neutral',
  'critical',
  '1-star',
  'one-star',
  '2-star',
  'two-star',
  '3-star',
  'three-star',
]

/** Words that may stand between an anchor verb and its review noun: "leave us a quick honest review". */
export const OBJECT_FILLERS: readonly string[] = [
  'us',
  'me',
  'a',
  'an',
  'any',
  'your',
  'the',
  'that',
  'this',
  'some',
  'honest',
  'quick',
  'short',
  'brief',
  'fair',
  'genuine',
  'recent',
  'previous',
  'earlier',
  'original',
  'last',
  'product',
  'seller',
  'item',
  'store',
  'shop',
  'to',
  'hear',
  'get',
  'have',
  'receive',
  'read',
  'see',
  'one',
  '1',
  'two',
  '2',
  'three',
  '3',
  '4',
  'four',
  '5',
  'five',
  'photo',
  'video',
  'written',
  'detailed',
  'little',
  'nice',
  'kind',
]

const NOUN = `(${REVIEW_NOUNS.filter((noun) => !noun.startsWith('star')).join('|')})`
const SENTIMENT = `(${SENTIMENT_WORDS.join('|')})`
const ASK =
  '(leave|give|write|post|submit|share|drop|add|provide|leaving|giving|writing|posting|submitting|sharing)'
const GATE_ASK =
  '(leave|leaving|write|writing|post|posting|give|giving|submit|submitting|rate|rating|review|reviewing)'
const STARS = '(star|stars|star rating|star review|stars rating)'

export const reviewLexicon: Lexicon<ReviewTag> = {
  name: 'no-review-manipulation',
  entries: [
    {
      tag: 'pressurePositive',
      match: [
        `(anything|something|a rating|ratings|reviews|a review) (less than|under|below|other than|short of) (five|5) ${STARS}?`,
        `(rely|relies|depend|depends|count|counts|live|survive) (on|off) (5|five|top|good|great|positive|high|glowing) ${STARS}? (ratings|reviews|feedback)?`,
        '(keep|bear) (that|this|it) in mind when (you)? (rate|review|leave|rating|reviewing|write|writing)',
        '(a|some|few|a few) (nice|kind|good|positive|lovely) (word|words) (on|about) (the|our|my|us)',
        '(reviews|feedback|ratings) (that|which) (mention|mentions|say|says|talk about|highlight|highlights|praise|praises)',
        'do (the|teh) same (for me|for us|back|in return)?',
        // Asking for the top score in so many words: "please rate us Excellent", "tick 'fast dispatch'".
        '(rate|give|score|tick|mark|select|choose) (us|me)? *{0,3} (excellent|10 out of 10|ten out of ten|top marks|full marks|item as described|fast dispatch|very satisfied)',
        "(can't|cannot|won't|couldn't|can not) give (us|me) (5|five|full|top) (stars|star|marks)",
        // The top score named in other words: "the full five", "top marks", "return the favour with top marks".
        '(anything|any score|any rating|any answer) (lower|less|below) (counts|hurts|goes|will count|would count|drags|pulls)',
        '(choose|pick|select|tick|click) *{0,2} (excellent|the top|the highest|5|five) (for|on) (every|each|all)',
        '(returned|return|returning) the favour with',
      ],
      negatable: false,
    },
    {
      tag: 'pressureGating',
      match: [
        'hold off (on)? (leaving|giving|posting|writing|submitting|rating|reviewing|feedback|a review)',
        '(message|contact|talk to|speak to|tell|msg|dm) (me|us) first',
        '(flick|drop|send|come to|talk to|speak to) (me|us)? *{0,4} (before|instead of) (you)? (review|reviewing|post|posting|leave|leaving|rate|rating|give|giving|write|writing)',
        '(reply|write|message us|get in touch) (here)? first',
        // A low score dreaded out loud: "we'd hate for a low score to be the first we hear about it".
        "(we'd|we would|i'd|i would|we) (hate|not want|not like) (for)? (a|any|the) (low|bad|negative|poor|1-star|one-star|2-star|two-star) (score|rating|review|feedback|star)",
        // Kept off the review page until the seller has had a go: "please don't head to the feedback page first".
        "(don't|do not|please don't|dont|no need to) (head|go|rush|run|jump) (straight)? to (the|your)? (feedback|review|reviews|rating) (page|section|tab|form)? (first|yet|straight away)?",
        '(only|just) (leave|give|post|write|rate) (us|me|a)? *{0,2} (review|rating|feedback|stars|star) if',
        "(if|when|should) you (post|leave|write|publish|put up) (that|a|the|your|any) *? (review|feedback|rating) , *{0,2} (i'll|ill|we'll|i will|we will) (make sure|report|block|sue|expose|be|take)",
      ],
      negatable: false,
    },
    {
      tag: 'pressureChange',
      match: [
        '(bump|knock|push|nudge|move) (it|that|them|the rating|your rating|the stars|your stars) up',
        `(bumping|bump|raising|raise|upping|moving|changing|change) (your|the|that|those)? (1|one|2|two|3|three|4|four) ${STARS}? (up|to)`,
        '(leave out|not mention|avoid mentioning|skip|leave off) (the bit|the part|anything|the stuff) (about|on)',
        `(the|that|your|those) (1|one|2|two|3|three|4|four) ${STARS}? (could|can|would|might)? (come|go) (down|up)`,
        '(raise|bump|change|update|increase|up|move) (it|that|this|them) (up)? to (a)? (4|four|5|five)',
        `(raise|bump|change|update|increase|up) (the|your|my) (rating|review|feedback|score|star|stars|star rating) to`,
        '(once|when|after|if|as soon as) (the|your|that|this) *? (review|feedback|rating|comment) (is|has been|gets|goes|comes) (gone|removed|deleted|down|taken down|changed|updated|edited|off)',
        // A deadline on the review coming down: "if that one-star review isn't gone by tomorrow".
        "(the|your|that|this) *? (review|feedback|rating|comment) (isn't|is not|isnt|hasn't been|has not been) (gone|removed|deleted|down|taken down|changed) (by|before|within)",
        '(ask you to|asking you to|could you|would you|can you|please|mind|consider|willing to) (take|taking) (it|that|this|them) (down|off)',
        '(consider|mind|be willing to|be able to|could you|would you|can you|please|possible to) (removing|remove|deleting|delete|editing|edit|changing|change|updating|update|amending|amend|revising|revise|taking down|take down|taking it down) (it|that|this)',
      ],
      negatable: false,
    },
    {
      tag: 'pressureIncentive',
      match: [
        '(every|each|any) (review|rating|photo review) (this month|this week)? (enters|gets|earns|wins|puts|goes)',
        '(anyone|everyone|whoever|all customers) (who)? (posts|leaves|writes|gives|submits) (a|us a|an)? *{0,3} (review|rating|feedback)',
        "(once|when|after|as soon as) (you've|you have) (left|posted|written|given|submitted) (your|a|the|us a|us)? *{0,2} (review|rating|feedback)",
        "(once|when|after|as soon as) (you've|you have|you) (left|posted|written|given|leave|post|write|give) (a|your|the|us a)? (review|rating|feedback) , *{0,4} (i'll|ill|we'll|i will|we will) (send|give|refund|pop|post|add)",
        "(leave|post|write|give) (us|me)? (a)? *{0,2} (review|rating|feedback) (with a photo|with photos|with pictures)? (and|&) (i|we|i'll|we'll|ill) (will)? (send|give|refund|throw in|pop|knock|add)",
        // Any verb for putting a review up, with a reward after: "if you chuck up a review with photos…, I'll post you".
        "(if|when|once) (you|u) (chuck|put|pop|throw|stick|drop|whack) (up)? (a|us a|me a) *{0,2} (review|rating) *{0,6} (i'll|ill|we'll|i will|we will) (send|post|give|pop|throw|add|knock|refund)",
      ],
      negatable: false,
    },
    {
      tag: 'positive',
      match: [
        `${SENTIMENT} ${NOUN}`,
        `${SENTIMENT} (star|stars)`,
        '(5|five) (star|stars)',
        'full marks',
        '(rate|rating) (us|me|it) (5|five|highly|well|top)',
      ],
    },
    {
      tag: 'gating',
      match: [
        `before (you)? ${GATE_ASK}`,
        `(instead of|rather than) ${GATE_ASK}`,
        '(before|prior to) (rating|reviewing)',
      ],
      negatable: false,
    },
    { tag: 'gatingNegative', match: [`(don't|do not|never) ${GATE_ASK}`], negatable: false },
    {
      tag: 'change',
      match: [
        '(~change|~update|~revise|~amend|~edit|~modify|~raise|~remove|~delete|~withdraw|~retract|~reconsider|~revisit)',
        '(take|taking) (down|off)',
        '(take|taking)',
        `${NOUN} (revision|removal)`,
      ],
    },
    {
      tag: 'request',
      match: [
        ASK,
        '(love|appreciate|welcome|value)',
        '(rate|review) (us|your purchase|your order|the product|the item|your experience|our service|our shop|our store)',
      ],
      // "Don't forget to rate us" is still a request; the rule checks what follows the verb.
      negatable: false,
      // Support or the seller checking the order, not the customer reviewing it: "the support team,
      // who will review your order and refund request", "we'll review your order".
      unless: [
        "(who|they|we|i|support|team|it|he|she|who'll|they'll|we'll|i'll|ill|theyll|well) (will|'ll|can|would|should|must|may|might|are going to|is going to|to)? (review|rate)",
      ],
    },
    {
      tag: 'incentive',
      match: [
        '(discount|discounts|coupon|coupons|voucher|vouchers|cashback|freebie|freebies|reward|rewards|bonus|prize|giveaway)',
        '(gift|gifts|gift card|gift cards|gift voucher|free gift|free item|free items|free product|free sample|free samples)',
        '(refund|refunds|partial refund|full refund|money back|cash back|store credit|credit)',
        '(in exchange|in return) (for)?',
        '(percent off|off your next)',
        'for free',
        '(entry|entries) (into|in) (a|our|the)? (prize draw|draw|giveaway|competition)',
        'free (pair|pairs|shipping|delivery|postage|express shipping|express delivery|upgrade|bag|box|candle|gift wrap|gift-wrap|sample|samples|item|extra)',
        '(throw|pop|chuck|stick) in (a|some)? (free|little|extra)',
        '(as a|a little) (thank-you|thank you|thankyou) (gift|present|discount|treat)?',
      ],
      negatable: false,
    },
    {
      tag: 'incentive',
      // Whatever the gift is: "we post you one free screen protector".
      match: ['free *'],
      // "Feel free to leave a review", "free of charge", "free to choose" offer nothing.
      unless: [
        "(feel|be|are|is|am|you're|we're|i'm|youre) free",
        'free (to|of|from|and|or|for|with|if|as|when|at|in|on)',
      ],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      tag: 'condition',
      match: [
        "if (you are|you're|youre|you were|you've been|you have been|you feel|ur) (really|very|completely|totally|fully|100)? (happy|satisfied|pleased|delighted|thrilled|content)",
        'if (you|u) (love|loved|like|liked|enjoy|enjoyed) (it|the|your|our|this|them)',
        'if (everything|all) (is|was|went) (well|good|great|ok|okay|fine|to your satisfaction)',
        'happy customers',
        'satisfied customers',
      ],
      negatable: false,
    },
  ],
}

/** Words before a sentiment-laden review that make it a request: "please leave", "we'd love". */
export const REQUEST_CUES: readonly string[] = [
  'leave',
  'give',
  'write',
  'post',
  'submit',
  'share',
  'drop',
  'rate',
  'leaving',
  'giving',
  'writing',
  'posting',
  'appreciate',
  'appreciated',
  'love',
  'grateful',
  'consider',
  'please',
  'kindly',
  'mind',
  'hope',
  'hoping',
  'encourage',
  'ask',
  'asking',
  'request',
  'deserve',
  'expect',
  'want',
  'need',
]

/** Words that make a later change-of-review phrase a request rather than a report ("Amazon removed the review"). */
export const CHANGE_CUES: readonly string[] = [
  'your',
  'please',
  'kindly',
  'could',
  'would',
  'can',
  'mind',
  'consider',
  'ask',
  'asking',
  'appreciate',
  'hope',
  'hoping',
  'possible',
  'able',
  'willing',
  'if',
]

/** A sentence thanking for, or reporting, a review already given is not a request. */
export const ACKNOWLEDGEMENTS: readonly string[] = [
  'thank',
  'thanks',
  'thx',
  'glad',
  'saw',
  'read',
  'received',
  'left',
  'got',
]

/** Words that may stand between a review request and its incentive ("leave a review and get a discount"). */
export const INCENTIVE_LINKS: readonly string[] = [
  'for',
  'and',
  'get',
  'receive',
  'earn',
  'enjoy',
  'send',
  'give',
  'offer',
  'once',
  'after',
  'when',
  'if',
]

/**
 * Words that, left beside a review request once its praise word goes, still make it more than one
 * neutral request: something given back ("…and your next print is half price", "send us a
 * screenshot") or an appeal to the shop's need ("we're only starting out", "it makes our day").
 */
export const STEERING_REMAINDERS: readonly string[] = [
  // Given back
  'free',
  'half',
  'price',
  'discount',
  'voucher',
  'coupon',
  'code',
  'off',
  'waive',
  'screenshot',
  'airtime',
  'gift',
  'surprise',
  'reward',
  'return',
  'positive',
  // Feedback traded for feedback: "…and I'll leave yours straight back".
  'yours',
  'mutual',
  'reciprocate',
  // The shop's need
  'small',
  'new',
  'starting',
  'family',
  'grateful',
  'counts',
  'day',
  'world',
  'visible',
  'seen',
  'trust',
  'rely',
  'need',
]
