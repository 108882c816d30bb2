import {
  type Edit,
  isNegated,
  lazyLexicon,
  NEGATORS,
  type PhraseMatch,
  type Sentence,
  type Word,
} from '../src/core.js'
import { createRule } from './create-rule.js'
import { offPlatformLexicon } from './lexicons/off-platform.js'
import {
  CONDITIONAL_OPENERS,
  commitmentCueLexicon,
  moneyTopicLexicon,
  NOUN_FOLLOWERS,
  NOUN_MARKERS,
  OPTIONS_ON_CONDITION,
  pronounRemedyLexicon,
  type RemedyTag,
  refundForecastLexicon,
  remedyActionLexicon,
  remedyPromiseLexicon,
  reviewSignLexicon,
  UNDER_REVIEW,
} from './lexicons/refunds.js'
import { reviewCueLexicon } from './lexicons/review-cues.js'
import { reviewLexicon } from './lexicons/review-manipulation.js'
import { checkWithSignal, LEARNED_OPTION } from './shared/learned.js'
import {
  capitalise,
  clauseBreakBefore,
  clauseOf,
  cutsProtected,
  offer,
  removeClause,
  removeSentence,
  replaceClause,
} from './shared/prose-fixer.js'

const cues = lazyLexicon(commitmentCueLexicon)
const actions = lazyLexicon(remedyActionLexicon)
/**
 * "take £10 off" is money; "take it off and reprint it", "take the cover off", "drop it off" are
 * things moved: what sits between the verb and "off" is no amount.
 */
const MOVING_VERBS: ReadonlySet<string> = new Set(['take', 'taking', 'took', 'drop', 'dropping', 'dropped'])
const THINGS: ReadonlySet<string> = new Set(['it', 'them', 'that', 'this', 'these', 'those'])
const OWNERS: ReadonlySet<string> = new Set(['the', 'your', 'my', 'our', 'his', 'her'])
const MONEY_NOUNS: ReadonlySet<string> = new Set(
  'difference postage shipping delivery price cost fee charge balance total bill'.split(' '),
)
function takenOffNotMoney(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/)
  if (!MOVING_VERBS.has(words[0] ?? '') || words[words.length - 1] !== 'off') return false
  const middle = words.slice(1, -1)
  if (middle.length === 1) return THINGS.has(middle[0] as string)
  return (
    (middle.length === 2 || middle.length === 3) &&
    OWNERS.has(middle[0] as string) &&
    !MONEY_NOUNS.has(middle[1] as string) &&
    middle.slice(1).every((word) => /^[a-z-]+$/.test(word))
  )
}
const promises = lazyLexicon(remedyPromiseLexicon)
const reviewSigns = lazyLexicon(reviewSignLexicon)
const pronounActions = lazyLexicon(pronounRemedyLexicon)
const moneyTopic = lazyLexicon(moneyTopicLexicon)
const forecasts = lazyLexicon(refundForecastLexicon)
const offPlatform = lazyLexicon(offPlatformLexicon)
const reviewCues = lazyLexicon(reviewCueLexicon)
const reviewRequests = lazyLexicon(reviewLexicon)
const conditionalOpeners = new Set<string>(CONDITIONAL_OPENERS)
const nounMarkers = new Set<string>(NOUN_MARKERS)
const nounFollowers = new Set<string>(NOUN_FOLLOWERS)
/** How many words may stand between "we will" and the remedy: "we will stop your package and issue a refund". */
const MAX_CUE_DISTANCE = 16
/** How far back a condition may open and still hold a negation: "if the tracking still hasn't moved by Wednesday, I'll…". */
const CONDITION_REACH = 12
/** As far back as a negation reaches (the phrase engine's window). */
const NEGATION_REACH = 4

export default createRule({
  id: 'no-unreviewed-refund',
  meta: {
    description:
      'Flags promises of refunds, replacements, resends, cancellations, credit or compensation made before the request is reviewed.',
    recommended: true,
    scope: 'sentence',
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: {
      ...LEARNED_OPTION,
      /**
       * Offer rewrites: say the request is under review, keep a condition and look at the options,
       * or remove the promise. Off by default: the promise is usually the reply's answer, and blind
       * reviewers sent about one rewrite in four as it was.
       */
      suggestRewrites: false,
    },
  },
  messages: {
    learned:
      'This sentence reads as promising a refund, resend, cancellation or compensation before the request is reviewed. Say what you are checking and when you will reply.',
    refund:
      '"{{phrase}}" commits to a refund or compensation before the request has been reviewed. A promise is hard to take back if the review or the platform decides otherwise.',
    replacement:
      '"{{phrase}}" commits to a replacement or resend before the request has been reviewed. If the parcel turns up or the claim fails, you are still bound by it.',
    cancellation:
      '"{{phrase}}" commits to cancelling before the order has been checked. Once processing has begun, cancelling can break the platform\'s rules.',
    suggestUnderReview: 'Say the request is under review instead of promising the outcome.',
    suggestRemovePromise: 'Remove the promise.',
    suggestOptionsOnCondition:
      'Keep the condition, and promise to look at the options instead of the outcome.',
  },
  check(context) {
    const refundApproved = context.replyContext.refund === 'approved'
    const customerMessage = context.replyContext.customerMessage ?? ''
    const askedPrice = ASKS_PRICE.test(customerMessage) && !NAMES_PROBLEM.test(customerMessage)
    checkWithSignal(
      context,
      'learned',
      (context) => {
        for (const sentence of context.sentences) {
          const pronounMatches = pronounActions().find(sentence)
          const actionMatches = [
            ...actions().find(sentence),
            ...(pronounMatches.length > 0 && moneyTopic().find(sentence).length > 0 ? pronounMatches : []),
          ].filter((match) => isVerb(sentence, match) && !takenOffNotMoney(match.text))
          const cueMatches = actionMatches.length > 0 ? cues().find(sentence) : []
          const commitments = [
            ...actionMatches.filter((match) => hasCue(sentence, match, cueMatches)),
            ...promises().find(sentence),
            ...forecasts().find(sentence),
          ]
          if (commitments.length === 0) continue
          const isDeal = dealsIn(sentence, commitments)
          const first = commitments
            .filter((match) => !(refundApproved && match.tag === 'refund'))
            // "For five or more we can do 10% off" answers "is there a discount if I buy five?": a
            // price quoted, not a remedy.
            .filter((match) => !(askedPrice && PRICE_CUT.test(match.text)))
            .filter((match) => !isDeal(match))
            // A commitment the sentence itself puts under review does not hide a later one.
            .filter((match) => !reviewed(sentence, match))
            .sort((a, b) => a.range[0] - b.range[0])[0]
          if (!first) continue
          context.report({
            messageId: first.tag as RemedyTag,
            range: first.range,
            data: { phrase: first.text },
            suggestions: !context.options.suggestRewrites
              ? []
              : [
                  // "Under review" only answers a customer's request: not a message the seller starts, not an offer made on a condition.
                  ...(answersRequest(context.replyContext) &&
                  !conditional(sentence, first) &&
                  !sentence.text.includes('?')
                    ? offer(
                        'suggestUnderReview',
                        replaceClause(sentence, first.words[0] as Word, UNDER_REVIEW),
                      )
                    : []),
                  ...(conditional(sentence, first) && !sentence.text.includes('?')
                    ? offer('suggestOptionsOnCondition', optionsOnCondition(sentence, first.words[0] as Word))
                    : []),
                  // A question ("Would you like us to send the other one, or…?") asks the customer to
                  // choose: removing it leaves them nothing to answer.
                  ...offer(
                    'suggestRemovePromise',
                    removeClause(sentence, first.words[0] as Word) ??
                      (sentence.text.includes('?')
                        ? undefined
                        : removeSentence(context.document, sentence, 0)),
                  ),
                ],
          })
        }
      },
      { judgedByPhrases, enabled: !refundApproved && !askedPrice },
    )
  },
})

/** Sentences whose wording this rule's phrase lists know and judged (see `checkWithSignal`). */
export function judgedByPhrases(sentence: Sentence): boolean {
  return (
    actions().mentionedIn(sentence) || promises().mentionedIn(sentence) || forecasts().mentionedIn(sentence)
  )
}

/**
 * The customer's message asks about a better price (a discount, a deal, buying in bulk) without
 * naming anything wrong with an order: a discount then answers a shopper, it does not compensate.
 */
const ASKS_PRICE =
  /\b(?:discounts?|deals?|cheaper|bulk|coupons?|promo|multi-?buy|best price|better price|price break)\b/i
const NAMES_PROBLEM =
  /\b(?:damaged|broken|chipped|cracked|scratched|faulty|defective|late|delayed|missing|lost|wrong|never (?:arrived|came)|not (?:arrived|working)|doesn'?t work|stopped working|refund|compensat\w*|disappointed|unhappy)\b/i
/** A cut in price, not money back: "10% off", "£5 off", "a discount". */
const PRICE_CUT = /%|\boff\b|\bdiscount/i
/** A reward rather than money back for this order: a cut in price, a voucher, cashback, a gift. */
const REWARD = /%|\boff\b|\bdiscount|\bvouchers?\b|\bcoupons?\b|\bcash ?back\b|\bgift\b|\bfree\b|\bspare\b/i

/**
 * A price cut or reward offered as the price of something that is no complaint is a deal, not a
 * remedy: "pay me by bank transfer and I'll knock a tenner off" (no-off-platform's), "leave a
 * 5-star review and we'll send you a £5 voucher" (no-review-manipulation's). Money sent back beside
 * the cut ("take £5 off and send it back to your PayPal") and a reward for changing or removing a
 * review answer a complaint, so they stay remedies. What the sentence holds is read once, and only
 * for a commitment that is a cut or a reward.
 */
function dealsIn(sentence: Sentence, commitments: readonly PhraseMatch[]): (match: PhraseMatch) => boolean {
  let paidOutside: boolean | undefined
  let forReview: boolean | undefined
  const onlyCuts = commitments.every((other) => PRICE_CUT.test(other.text))
  return (match) => {
    if (PRICE_CUT.test(match.text) && onlyCuts) {
      paidOutside ??= offPlatform()
        .find(sentence)
        .some((found) => found.tag === 'payment')
      if (paidOutside) return true
    }
    if (!REWARD.test(match.text)) return false
    forReview ??= rewardsReview(sentence)
    return forReview
  }
}

/** The sentence asks for a review (a review or a top score named) and not for one to change. */
function rewardsReview(sentence: Sentence): boolean {
  const cues = reviewCues().find(sentence)
  return (
    cues.some((found) => found.tag === 'review' || found.tag === 'topScore') &&
    !cues.some((found) => found.tag === 'change') &&
    !reviewRequests()
      .find(sentence)
      .some((found) => found.tag === 'change' || found.tag === 'pressureChange')
  )
}

/**
 * "If it hasn't arrived by Friday, I'll refund you in full." -> "If it hasn't arrived by Friday,
 * we'll look at the options with you.": the clause that promises goes, the condition stays. Only
 * where the rest of the sentence is that condition, so nothing else the clause said is lost.
 */
function optionsOnCondition(sentence: Sentence, word: Word): Edit[] | undefined {
  const words = sentence.words
  let [start, end] = clauseOf(sentence, word)
  // "I'll refund you if it doesn't arrive": the condition follows without a comma.
  if (start === 0 && end === words.length) {
    const opener = words.findIndex(
      (other, i) => i > word.indexInSentence && conditionalOpeners.has(other.normal),
    )
    if (opener < 0) return undefined
    end = opener
  }
  const rest = [...words.slice(0, start), ...words.slice(end)]
  if (rest.length === 0 || !opensCondition(words, (rest[0] as Word).indexInSentence) || end <= start)
    return undefined
  const from = (words[start] as Word).range[0]
  // The promise must be a clause of its own after the condition ("If …, I'll refund you"), not
  // joined to another promise ("…I'll take it back and refund you"): that one would be left
  // joined to the stock words with nothing between.
  if (start > 0 && !/[,;:]\s*$/.test(sentence.text.slice(0, from - sentence.range[0]))) return undefined
  const edits: Edit[] = [
    {
      range: [from, (words[end - 1] as Word).range[1]],
      text: start === 0 ? capitalise(OPTIONS_ON_CONDITION) : OPTIONS_ON_CONDITION,
    },
  ]
  return cutsProtected(sentence, edits) ? undefined : edits
}

function answersRequest(reply: { messageKind?: string; refund?: string }): boolean {
  return reply.messageKind !== 'proactive' && reply.refund !== 'none'
}

/** "If it hasn't arrived by Friday, I'll refund you": the promise hangs on a condition in its sentence. */
function conditional(sentence: Sentence, commitment: PhraseMatch<string>): boolean {
  const start = (commitment.words[0] as Word).indexInSentence
  const text = sentence.text
  // A condition in brackets is an aside: "(and when it arrives, you can send it back)".
  const bracketed = (word: Word) => {
    const before = text.slice(0, word.range[0] - sentence.range[0])
    return before.split('(').length > before.split(')').length
  }
  return sentence.words.some(
    (word) =>
      !bracketed(word) &&
      word.indexInSentence !== start &&
      opensCondition(sentence.words, word.indexInSentence) &&
      !['before', 'after'].includes(word.normal),
  )
}

/** A condition starts at word `i`: "if", "unless", … or an inverted "Should it arrive damaged, …". */
function opensCondition(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  if (conditionalOpeners.has(word.normal)) return true
  return (
    i === 0 &&
    /^(should|were|had)$/.test(word.normal) &&
    /^(it|you|they|the|your|this|that|there|anything|something)$/.test(words[1]?.normal ?? '')
  )
}

/** "refund you", not "your refund": the action word is not preceded by an article or possessive. */
function isVerb(sentence: Sentence, match: PhraseMatch<string>): boolean {
  const first = match.words[0] as Word
  const after = sentence.words[first.indexInSentence + 1]
  if (match.words.length === 1 && after && !after.breakBefore && nounFollowers.has(after.normal)) return false
  const before = sentence.words[first.indexInSentence - 1]
  return !before || first.breakBefore || !nounMarkers.has(before.normal)
}

/**
 * The clause before the action holds a positive commitment by the writer ("we will ... issue a
 * refund"), not negated ("we can't ... refund") and not conditional ("if we can refund").
 */
function hasCue(
  sentence: Sentence,
  action: PhraseMatch<string>,
  cueMatches: readonly PhraseMatch<string>[],
): boolean {
  const words = sentence.words
  const actionStart = (action.words[0] as Word).indexInSentence
  let cue: PhraseMatch<string> | undefined
  for (const candidate of cueMatches) {
    const end = (candidate.words[candidate.words.length - 1] as Word).indexInSentence
    if (end >= actionStart) break
    if (actionStart - end <= MAX_CUE_DISTANCE) cue = candidate
  }
  // "will refund shortly", "can do that now": the subject left out, as sellers type.
  if (!cue) return droppedSubject(words, actionStart)
  const cueStart = (cue.words[0] as Word).indexInSentence
  const cueEnd = (cue.words[cue.words.length - 1] as Word).indexInSentence
  for (let i = cueEnd + 1; i <= actionStart; i++) {
    const word = words[i] as Word
    if (clauseBreakBefore(sentence, word)) return false
    if (i < actionStart && (NEGATORS.has(word.normal) || conditionalOpeners.has(word.normal))) return false
  }
  // "We'll need to cancel your order": the seller's own decision, not a promise to the customer.
  if (action.tag === 'cancellation' && /^(need|have|had)$/.test(words[actionStart - 2]?.normal ?? ''))
    return false
  const opener = words[cueStart - 1]
  if (opener && !(words[cueStart] as Word).breakBefore && conditionalOpeners.has(opener.normal)) return false
  return !isNegated(words, cueStart) || negationInCondition(words, cueStart)
}

/**
 * The negation before a cue belongs to a condition that opened earlier: "if the tracking still
 * hasn't moved by Wednesday I'll refund the lot" promises the refund once the condition is met.
 */
function negationInCondition(words: readonly Word[], cueStart: number): boolean {
  let negator = -1
  for (let i = cueStart - 1; i >= 0 && i >= cueStart - NEGATION_REACH; i--)
    if (NEGATORS.has((words[i] as Word).normal)) {
      negator = i
      break
    }
  if (negator < 0) return false
  for (let i = negator - 1; i >= 0 && i >= cueStart - CONDITION_REACH; i--) {
    const word = words[i] as Word
    if (conditionalOpeners.has(word.normal)) return true
    if (word.breakBefore) return false
  }
  return false
}

/**
 * A sign of review anywhere in the sentence, or of the item coming back before the commitment or
 * in its clause, makes the sentence a process explanation.
 */
function reviewed(sentence: Sentence, commitment: PhraseMatch<string>): boolean {
  const words = sentence.words
  const start = (commitment.words[0] as Word).indexInSentence
  return reviewSigns()
    .find(sentence)
    .some((sign) => {
      if (sign.tag === 'review') return true
      const signStart = (sign.words[0] as Word).indexInSentence
      if (signStart < start) return true
      for (let i = start + 1; i <= signStart; i++) if ((words[i] as Word).breakBefore) return false
      return true
    })
}

/**
 * The sentence or the action's clause opens with a modal: "will refund shortly, keep the item",
 * "refunded the postage already, will refund the rest".
 */
function droppedSubject(words: readonly Word[], actionStart: number): boolean {
  let opener = actionStart
  while (opener > 0 && !(words[opener] as Word).breakBefore) opener--
  const first = words[opener]
  return !!first && /^(will|can|shall|gonna)$/.test(first.normal) && actionStart - opener <= 3
}
