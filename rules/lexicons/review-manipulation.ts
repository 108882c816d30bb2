import type { Lexicon } from '../../src/core.js'

/**
 * Phrase anchors; the rule checks what follows them (`reviewObject`) so the lexicon stays small.
 * - `positive`: a review, rating or feedback with a required sentiment ("a 5-star review").
 * - `gating`: steering unhappy customers away from reviewing ("contact us before leaving a review").
 * - `change`: a verb that, followed by a review, asks to change or remove it ("update your rating").
 * - `request`: a verb that, followed by a review, asks for one; fine once, counted for repeats.
 * - `incentive`: something of value offered around a review (checked together with a review request).
 * - `condition`: "if you're happy…", which turns a review request into a selective one.
 */
export type ReviewTag =
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
]

const NOUN = `(${REVIEW_NOUNS.filter((noun) => !noun.startsWith('star')).join('|')})`
const SENTIMENT = `(${SENTIMENT_WORDS.join('|')})`
const ASK =
  '(leave|give|write|post|submit|share|drop|add|provide|leaving|giving|writing|posting|submitting|sharing)'
const GATE_ASK = '(leave|leaving|write|writing|post|posting|give|giving|submit|submitting)'

export const reviewLexicon: Lexicon<ReviewTag> = {
  name: 'no-review-manipulation',
  entries: [
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
      ],
      negatable: false,
    },
    {
      tag: 'condition',
      match: [
        "if (you are|you're|youre|you were|you've been|you have been|you feel) (really|very|completely|totally|fully)? (happy|satisfied|pleased|delighted|thrilled|content)",
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
