import {
  type Edit,
  isNegated,
  lazyLexicon,
  type PhraseMatch,
  type Range,
  type Sentence,
  type Word,
} from '../src/core.js'
import { createRule } from './create-rule.js'
import { type ReviewCue, reviewCueLexicon, TOP_SCORE_IN_FIGURES } from './lexicons/review-cues.js'
import {
  ACKNOWLEDGEMENTS,
  BAD_WORDS,
  CHANGE_CUES,
  OBJECT_FILLERS,
  REQUEST_CUES,
  REVIEW_NOUNS,
  type ReviewTag,
  reviewLexicon,
  SENTIMENT_WORDS,
  STEERING_REMAINDERS,
} from './lexicons/review-manipulation.js'
import { cueKindsIn } from './shared/cue-kinds.js'
import { checkWithSignal, LEARNED_OPTION } from './shared/learned.js'
import {
  followUpsOf,
  inWritersVoice,
  offer,
  removeClause,
  removeSentences,
  removeWords,
  replaceAfterCourtesy,
  shorten,
  verified,
} from './shared/prose-fixer.js'
import { softens } from './shared/softeners.js'

const lexicon = lazyLexicon(reviewLexicon)
const cues = lazyLexicon(reviewCueLexicon)
/**
 * Pairs of cue kinds that make review pressure without a listed phrase, first match wins: the
 * kinds a sentence must hold, and what it is reported as.
 */
const PITCHES: ReadonlyArray<readonly [readonly ReviewCue[], Finding]> = [
  [['review', 'reward'], 'incentive'],
  [['topScore', 'reward'], 'incentive'],
  [['review', 'gate'], 'gating'],
  [['review', 'change'], 'change'],
  [['topScore', 'ask'], 'positive'],
  [['review', 'pressure', 'ask'], 'positive'],
]
/** A top score written in figures or stars, which no phrase holds. */
const FIGURES: ReadonlyArray<readonly [ReviewCue, RegExp]> = [['topScore', TOP_SCORE_IN_FIGURES]]
const reviewNouns = new Set(REVIEW_NOUNS)
const steeringRemainders: ReadonlySet<string> = new Set(STEERING_REMAINDERS)
/** What reviews are said to do, which keeps up the pressure in a sentence after the ask. */
const REVIEW_STAKES: ReadonlySet<string> = new Set([
  'help',
  'helps',
  'difference',
  'matter',
  'matters',
  'hurt',
  'hurts',
  'affect',
  'affects',
  'report',
  'flagged',
  'count',
  'counts',
  'support',
  'supports',
])
/** Thanks for a review the customer already left: "Thanks for your review ⭐⭐⭐⭐⭐", "cheers for the 5 stars". */
const REVIEW_GIVEN =
  /\b(?:thanks|thank you|thx|cheers|grateful)\b[^.!?\n]{0,24}?\b(?:review|rating|feedback|stars?)\b/i
/** The most words a follow-up about the review may have and still be only that. */
const SHORT_FOLLOW_UP = 15
/** Leaving one too, said with a word pointing back at the review: "dont forget to leave urs". */
const LEAVES_ONE = /\b(?:leave|post|write|drop|add)\s+(?:urs|yours|one|it|theirs|a few words)\b/i
const badWords = new Set(BAD_WORDS)
const fillers = new Set([...OBJECT_FILLERS, ...SENTIMENT_WORDS, ...BAD_WORDS])
const requestCues = new Set(REQUEST_CUES)
const changeCues = new Set(CHANGE_CUES)
const acknowledgements = new Set(ACKNOWLEDGEMENTS)
const PERCENT_OFF = /\d\s?%\s?off\b/i
const NEUTRAL_REQUEST = "If you have a moment, we'd welcome your honest feedback."
/** A reply about a problem: an apology, something wrong with the order, money back, a low rating. */
const TROUBLE =
  /\b(?:sorry|apologi[sz]e|apologies|damaged|dented|broken|cracked|chipped|faulty|missing|late|delay(?:ed)?|lost|wrong|refund|return|replacement|problem|issue|complaint|dispute|claim|upset|disappointed|(?:1|2|one|two)[- ]star|negative|low rating)\b/i

/** The customer's message speaks of changing a review: "I'd like to update my review - how do I do that?" */
const CHANGE_WORD = /\b(?:update|change|edit|amend|remove|delete|correct|move|fix|undo|redo|revise|accident)/i
const REVIEW_WORD = /\b(?:review|rating|feedback|stars?)\b/i

type Finding = 'positive' | 'incentive' | 'gating' | 'change'

const messages = {
  learned:
    "This sentence reads as steering the customer's review or rating. Ask for honest feedback, or none, and never tie it to a solution.",
  positive:
    '"{{phrase}}" asks for a positive review. Marketplaces allow only neutral review requests, and asking for praise can cost you your reviews or your account.',
  incentive:
    '"{{phrase}}" offers something in return for a review. Incentivised reviews break marketplace rules and consumer law (FTC, UK DMCC Act); ask neutrally with nothing attached.',
  gating:
    '"{{phrase}}" steers who reviews by how they feel: unhappy customers away from reviews, or only happy ones towards them. Marketplaces and consumer law treat this as review manipulation.',
  change:
    '"{{phrase}}" asks the customer to change or remove their review. Sellers may not pressure buyers over reviews; solve the problem and let the customer decide.',
  repeated:
    'This is another review request in the same reply. One neutral request is allowed; more reads as pressure.',
  suggestNeutral: 'Replace it with one neutral request for honest feedback.',
  suggestRemove: 'Remove this sentence.',
  suggestDropPraise: 'Ask for a review without saying what it should say: remove "{{phrase}}".',
  suggestRemoveAsk: 'Remove the request; keep the rest of the sentence.',
  suggestUngate: 'Keep the offer of help and drop the condition on the review: remove "{{phrase}}".',
} as const

export default createRule({
  id: 'no-review-manipulation',
  meta: {
    description:
      'Flags requests for positive reviews, incentives for reviews, review gating, requests to change or remove a review, and repeated review requests.',
    recommended: true,
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: { ...LEARNED_OPTION },
  },
  messages,
  check(context) {
    // The customer asked how to change their own review: telling them is an answer, not pressure.
    const customerMessage = context.replyContext.customerMessage ?? ''
    const askedToChange = CHANGE_WORD.test(customerMessage) && REVIEW_WORD.test(customerMessage)
    checkWithSignal(
      context,
      'learned',
      (context) => {
        const judged = context.sentences.map((sentence, index) => {
          const verdict = context.memo(sentence, 'verdict', judge)
          if (!verdict.needsReview) return verdict
          // "it" must point back to a review in the sentence before.
          const previous = context.sentences[index - 1]
          return previous && previous.words.some((word) => reviewNouns.has(word.normal)) ? verdict : {}
        })
        const neutral = judged.filter((verdict) => verdict.request && !verdict.finding).length
        // Gated offers of help whose condition alone can go: they keep their sentence and are fixed by
        // their own suggestion, so a push beside them neither takes them along nor is held back.
        const ungated = judged.map((verdict, index) =>
          verdict.finding && verdict.ungate
            ? ungateIfHelp(context.sentences[index] as Sentence, verdict.ungate)
            : undefined,
        )
        let neutralSeen = 0
        let troubled: boolean | undefined
        let notArrived: boolean | undefined
        let reviewGiven: boolean | undefined
        judged.forEach((verdict, index) => {
          if (verdict.finding === 'change' && askedToChange) return
          if (!verdict.finding && !verdict.request) return
          const sentence = context.sentences[index] as Sentence
          // A sentence after it that keeps up the pressure, or a short one still about the review
          // ("Reviews like that hurt a small shop."), goes with it.
          const after = followUpsOf(context.document, sentence, (next) => {
            const at = context.sentences.indexOf(next)
            const verdict = judged[at]
            // Pressure that goes on in the next sentence goes too: a stock request beside it would
            // contradict it.
            if (verdict?.finding) return !ungated[at]
            if (!verdict?.request && next.words.length <= SHORT_FOLLOW_UP && softens(next)) return true
            // "so dont forget to leave urs": the ask again, pointing back at it; "Just give us a shout
            // once it's up.": a report back on the review asked for.
            if (
              next.words.length <= SHORT_FOLLOW_UP &&
              (LEAVES_ONE.test(next.text) || ONCE_UP.test(next.text))
            )
              return true
            if (verdict?.request) return false
            // Any length when it says what reviews do to the shop or the customer ("Good ratings
            // help our small group reach more buyers", "Sellers can report buyers for feedback abuse").
            return (
              next.words.some(
                (word) =>
                  reviewNouns.has(word.normal) ||
                  word.normal === 'review' ||
                  REVIEW_PROOF.has(word.normal) ||
                  RATING_FIGURE.test(word.normal),
              ) &&
              (next.words.length <= SHORT_FOLLOW_UP ||
                next.words.some((word) => REVIEW_STAKES.has(word.normal)))
            )
          })
          const last = after[after.length - 1]
          const dropAfter = last ? removeSentences(context.document, after[0] as Sentence, last) : []
          const remove = offer('suggestRemove', removeSentences(context.document, sentence, last ?? sentence))
          if (verdict.finding && verdict.range) {
            const gate = verdict.ungate
            const ungate = ungated[index]
            // The condition elsewhere goes by its own suggestion: this push just goes, since a stock
            // request beside the offer of help that stays would read as a second ask.
            const ungatedElsewhere = ungated.some((edits, i) => i !== index && edits)
            // The push goes on in a sentence beside it ("If you were happy, go for the full five"):
            // a stock request in its place would sit beside it and contradict it.
            const pushBeside = [index - 1, index + 1].some((i) => {
              const other = context.sentences[i]
              return (
                !!other &&
                !after.includes(other) &&
                !judged[i]?.finding &&
                other.words.some((word) => PUSH_WORDS.has(word.normal))
              )
            })
            // Pressure in the sentence before: its own rewrite takes this one with it (follow-ups).
            const pressureBefore = !!judged[index - 1]?.finding && !ungated[index - 1]
            // A neutral request elsewhere in the reply: the manipulative one just goes.
            // In a reply about a problem (an apology, damage, a refund, a low rating), the review ask is
            // tied up with how the problem is handled: a stock request for feedback there reads as
            // tone-deaf, and without the ask the reply is left saying nothing ("We noticed your 2-star
            // rating."). The seller rewrites it; the condition on a review can still simply go.
            troubled ??= TROUBLE.test(context.text)
            // Before the item is there ("on its way", "when they land"), a request for feedback now
            // would ask about what the customer has not seen: the ask just goes.
            notArrived ??= NOT_ARRIVED.test(context.text)
            // A review already given and thanked for: a request for feedback would ask for it again.
            reviewGiven ??= REVIEW_GIVEN.test(context.text)
            // "Kindly drop positive feedback after you receive": the praise asked for goes, the request
            // and its timing stay.
            const praise =
              verdict.finding === 'positive' && !ungate && !troubled && !pushBeside && !pressureBefore
                ? praiseDropped(sentence, after.length > 0 ? undefined : context.sentences[index + 1])
                : undefined
            const askOnly =
              !ungate && !troubled && (verdict.finding === 'change' || neutral > 0)
                ? askClauseRemoval(sentence, verdict.range, dropAfter)
                : undefined
            // Where the ask just goes, the news that opened its sentence stays: "your candles were
            // posted this morning and if you leave a 5 star review…" -> "your candles were posted this morning."
            const openingOnly =
              notArrived || reviewGiven || ungatedElsewhere
                ? replaceAfterCourtesy(sentence, '', (clause) => isBeforePush(clause, verdict.range as Range))
                : undefined
            const replace = praise
              ? offer('suggestDropPraise', withAll(praise.edits, dropAfter), { phrase: praise.phrase })
              : ungate && gate
                ? offer('suggestUngate', ungate, { phrase: shorten(context.text.slice(gate[0], gate[1])) })
                : troubled
                  ? []
                  : verdict.finding === 'change' || neutral > 0
                    ? askOnly
                      ? offer('suggestRemoveAsk', askOnly)
                      : remove
                    : pushBeside || pressureBefore
                      ? []
                      : notArrived || reviewGiven || ungatedElsewhere
                        ? openingOnly
                          ? offer('suggestRemoveAsk', withAll(openingOnly, dropAfter))
                          : remove
                        : offer(
                            'suggestNeutral',
                            withAll(
                              replaceAfterCourtesy(
                                sentence,
                                inWritersVoice(context.sentences, NEUTRAL_REQUEST),
                                (clause) => isBeforePush(clause, verdict.range as Range),
                              ),
                              dropAfter,
                            ),
                          )
            context.report({
              messageId: verdict.finding,
              range: verdict.range,
              data: { phrase: shorten(context.text.slice(verdict.range[0], verdict.range[1])) },
              suggestions: replace,
            })
          } else if (verdict.request) {
            neutralSeen++
            if (neutralSeen > 1)
              context.report({ messageId: 'repeated', range: verdict.request, suggestions: remove })
          }
        })
      },
      { judgedByPhrases, enabled: !askedToChange },
    )
  },
})

/** The reply speaks of an item not yet with the customer: "on its way", "when they land", "after receiving". */
const NOT_ARRIVED =
  /\b(?:on (?:its|their|the) way|(?:en|on) route|in transit|out for delivery|(?:posted|shipped|dispatched|despatched|sent|went out) (?:today|this (?:morning|afternoon|evening)|earlier today|just now)|give it (?:a few|a couple of|two|three|\d) (?:more )?(?:days|working days)|should (?:arrive|land|reach you|get to you|be with you)(?! by now)|waiting for (?:the )?courier|(?:when|once|after) (?:it|they) (?:lands?|arrives?|gets? there|reach(?:es)? you|turns? up)|after receiving|(?:has|have) (?:just )?(?:shipped|been shipped|been dispatched|been posted|been sent|left))\b/i

/**
 * An opening clause that says something else ("your seeds went out today") and may stay when the
 * push after it is replaced: it ends before the push, names no review and sets no condition for it.
 */
function isBeforePush(clause: readonly Word[], push: Range): boolean {
  const last = clause[clause.length - 1]
  if (!last || last.range[1] > push[0]) return false
  if (CLAUSE_LINKS.has((clause[0] as Word).normal)) return false
  // "quick favour, …": the opening of the ask itself.
  if (clause.some((word) => ASKING_WORDS.has(word.normal))) return false
  return !clause.some(
    (word) => reviewNouns.has(word.normal) || PUSH_WORDS.has(word.normal) || REVIEW_WORD.test(word.normal),
  )
}
/** A follow-up timed by the review going up: "once it's up", "when yours is live". */
const ONCE_UP =
  /\b(?:once|when|after) (?:it's|its|it is|yours is|that's|it's been) (?:up|live|posted|done)\b/i
/** Words of a follow-up that asks for proof the review is up ("drop us a message once yours is posted"). */
const REVIEW_PROOF: ReadonlySet<string> = new Set(
  'posted screenshot screenshots submitted published'.split(' '),
)
/** A star figure on its own: "even a 4 drags us down". */
const RATING_FIGURE = /^[1-5](?:\*|\/5)?$/
/** Words that open an ask or its reward: "quick favour", "one small request", "small surprise for you:". */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  'favour',
  'favor',
  'ask',
  'request',
  'plea',
  'surprise',
  'treat',
  'bonus',
  'deal',
])
/** Clause openers that tie a clause to the push after it ("if you liked it, …", "so …"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set('if so and but because as since when once'.split(' '))

/**
 * The ask's clause alone, when it comes after news that stands by itself ("ive got a new one going
 * out today, could you bump it up a star?" -> "ive got a new one going out today."), with the
 * follow-ups after it.
 */
function askClauseRemoval(sentence: Sentence, ask: Range, dropAfter: Edit[] | undefined): Edit[] | undefined {
  const word = sentence.words.find((candidate) => candidate.range[1] > ask[0])
  if (!word || word.indexInSentence === 0) return undefined
  const clause = removeClause(sentence, word)
  if (!clause?.some((edit) => edit.range[0] <= ask[0] && ask[1] <= edit.range[1])) return undefined
  return withAll(clause, dropAfter)
}

/** Both sets of edits, or undefined when either could not be made. */
function withAll(edits: Edit[] | undefined, more: Edit[] | undefined): Edit[] | undefined {
  return edits && more ? [...edits, ...more] : undefined
}

/** Sentences whose wording this rule's phrase lists know and judged (see `checkWithSignal`). */
// A review merely named is not judged: most pressure the lists miss names the review too. A
// request they found neutral is, and so is pressure they found negated or thanked for.
export function judgedByPhrases(sentence: Sentence): boolean {
  if (judgeByPhrases(sentence).request) return true
  return lexicon()
    .find(sentence)
    .some((match) => pressureTags.has(match.tag as ReviewTag))
}

interface Verdict {
  finding?: Finding
  /** A pressure phrase whose review is named in the sentence before ("…your review. Would you consider removing it?"). */
  needsReview?: boolean
  range?: Range
  /** For "contact us before leaving a review": the condition alone, which can simply go. */
  ungate?: Range
  /** The span of a review request in the sentence (neutral or not). */
  request?: Range
}

/** Pressure phrases and the finding each is reported as. */
const PRESSURE: ReadonlyArray<readonly [ReviewTag, Finding]> = [
  ['pressureIncentive', 'incentive'],
  ['pressureGating', 'gating'],
  ['pressureChange', 'change'],
  ['pressurePositive', 'positive'],
]
const pressureTags: ReadonlySet<ReviewTag> = new Set(PRESSURE.map(([tag]) => tag))

function judge(sentence: Sentence): Verdict {
  const verdict = judgeByPhrases(sentence)
  if (verdict.finding || verdict.needsReview) return verdict
  const built = builtFromCues(sentence)
  // "It was kind of you to update your review": a change already made, thanked for.
  if (built?.finding === 'change' && thanksBefore(sentence.words, built.range[0])) return verdict
  return built ? { ...built, request: verdict.request ?? built.range } : verdict
}

/** Gratitude opens the sentence before `offset`: "thanks for…", "kind of you to…". */
function thanksBefore(words: readonly Word[], offset: number): boolean {
  const index = words.findIndex((word) => word.range[0] >= offset)
  return thankedFor(words, index < 0 ? words.length : index)
}

/** Review pressure built from cue kinds (see {@link PITCHES}); the range runs from the first cue to the last. */
function builtFromCues(
  sentence: Sentence,
): { finding: Finding; range: Range; needsReview?: boolean } | undefined {
  const { kinds, range } = cueKindsIn(
    sentence,
    cues(),
    FIGURES,
    (match) => !isNegated(sentence.words, firstIndex(match)),
  )
  const pitch = PITCHES.find(([needed]) => needed.every((kind) => kinds.has(kind)))
  if (pitch) return { finding: pitch[1], range }
  // "…your review. I'll refund half if you take it down": the change asked of "it", and the review
  // it stands for named in the sentence before (checked by the caller).
  if (kinds.has('change') && POINTER.test(sentence.text) && ASKED.test(sentence.text))
    return { finding: 'change', range, needsReview: true }
  return undefined
}
/** The change put to the customer: asked for or made a condition. */
const ASKED = /\b(?:if|please|pls|could|would|can|kindly|mind|once|when)\b/i
const POINTER =
  /\b(?:take|taking|took) (?:it|that|this|them) down\b|\b(?:change|changing|edit|editing|delete|deleting|remove|removing|update|updating) (?:it|that|this|them)\b/i

function judgeByPhrases(sentence: Sentence): Verdict {
  const words = sentence.words
  const mentionsReview = words.some(
    (word) =>
      reviewNouns.has(word.normal) ||
      word.normal === 'rate' ||
      word.normal === 'reviewing' ||
      word.normal === 'word' ||
      word.normal === 'words',
  )
  const matches = lexicon().find(sentence)
  const byTag = (tag: ReviewTag) => matches.filter((match) => match.tag === tag)
  // Pressure manipulates whatever came before it ("thanks for the review, could the 1 star come down").
  for (const [tag, finding] of PRESSURE) {
    // "message us first before leaving a review": the condition itself is read below, where it can go alone.
    if (
      tag === 'pressureGating' &&
      byTag('gating').some(
        (gate) =>
          /^(rating|reviewing)$/.test(gate.words[gate.words.length - 1]?.normal ?? '') ||
          reviewObject(words, lastIndex(gate) + 1) !== undefined,
      )
    )
      continue
    const pressure = byTag(tag)[0]
    if (pressure && !isNegated(words, firstIndex(pressure)) && !thankedFor(words, firstIndex(pressure)))
      return {
        finding,
        range: pressure.range,
        request: pressure.range,
        needsReview: !mentionsReview,
        ungate: tag === 'pressureGating' ? timedByReview(words, pressure) : undefined,
      }
  }
  const starred = starredRequest(sentence)
  if (starred) return { finding: 'positive', range: starred, request: starred }
  if (!mentionsReview) return {}
  let request: Range | undefined
  for (const match of byTag('request')) {
    // "rate us", "review your purchase" are complete; "leave", "love" need their review noun.
    const noun = match.words.length > 1 ? lastIndex(match) : reviewObject(words, lastIndex(match) + 1)
    if (noun === undefined || acknowledgedBefore(words, firstIndex(match))) continue
    request ??= [match.range[0], (words[noun] as Word).range[1]]
  }
  const askedPositive = byTag('positive').find((match) => isAskedFor(words, match))
  if (askedPositive) request ??= askedPositive.range

  // Where the first change cue ("please", "could") stands: looked for once, not before every match.
  let firstChangeCue: number | undefined
  const changeCueBefore = (index: number) => {
    firstChangeCue ??= words.findIndex((word) => changeCues.has(word.normal))
    return firstChangeCue >= 0 && firstChangeCue < index
  }
  for (const match of byTag('change')) {
    // "feedback revision" names its review itself; "update", "remove" need one after them.
    const named = reviewNouns.has(match.words[0]?.normal ?? '')
    const noun = named ? firstIndex(match) : reviewObject(words, lastIndex(match) + 1)
    if (noun === undefined) continue
    if (/^tak/.test(match.words[0]?.normal ?? '') && match.words.length === 1) {
      const after = words[noun + 1]?.normal
      if (after !== 'down' && after !== 'off') continue
    }
    if (isNegated(words, firstIndex(match), 6)) continue
    // "Thanks for updating your review" thanks for a change already made; it asks for none.
    if (thankedFor(words, firstIndex(match))) continue
    const between = named ? [] : words.slice(firstIndex(match) + 1, noun).map((word) => word.normal)
    const asking =
      between.includes('your') ||
      between.some((word) => badWords.has(word)) ||
      changeCueBefore(firstIndex(match))
    if (asking)
      return {
        finding: 'change',
        range: named ? match.range : [match.range[0], (words[noun] as Word).range[1]],
        request,
      }
  }
  for (const match of byTag('gating')) {
    const last = match.words[match.words.length - 1]?.normal ?? ''
    if (last === 'rating' || last === 'reviewing') return { finding: 'gating', range: match.range, request }
    const noun = reviewObject(words, lastIndex(match) + 1)
    if (noun !== undefined) {
      const range: Range = [match.range[0], (words[noun] as Word).range[1]]
      return { finding: 'gating', range, request, ungate: range }
    }
  }
  for (const match of byTag('gatingNegative')) {
    const noun = reviewObject(words, lastIndex(match) + 1)
    if (noun === undefined) continue
    const between = words.slice(lastIndex(match) + 1, noun)
    if (between.some((word) => badWords.has(word.normal)))
      return { finding: 'gating', range: [match.range[0], (words[noun] as Word).range[1]], request }
  }
  // "We can't offer anything in exchange for reviews" refuses the incentive it names.
  const incentive = byTag('incentive').find((match) => !isNegated(words, firstIndex(match), 6))
  const offered = incentive !== undefined || PERCENT_OFF.test(sentence.text)
  // "a free gift for your honest review": the review is what the gift is for, even without "leave".
  if (!request && offered) {
    const reviewedFor = words.findIndex(
      (word, i) =>
        reviewNouns.has(word.normal) &&
        words.slice(Math.max(0, i - 4), i).some((w) => w.normal === 'for') &&
        // "No need to wait for the review", "with our team for review": the seller's review of the
        // request, not the customer's.
        !(word.normal === 'review' && words[i - 1]?.normal === 'for') &&
        !words
          .slice(Math.max(0, i - 4), i)
          .some((w) => /^(wait|waiting|pending|awaiting|under|after)$/.test(w.normal)),
    )
    if (reviewedFor >= 0)
      request = [(words[reviewedFor] as Word).range[0], (words[reviewedFor] as Word).range[1]]
  }
  if (!request) return {}
  const condition = byTag('condition')[0]
  if (condition)
    return {
      finding: 'gating',
      range: [Math.min(condition.range[0], request[0]), Math.max(condition.range[1], request[1])],
      request,
    }
  if (offered) {
    const range: Range = incentive
      ? [Math.min(incentive.range[0], request[0]), Math.max(incentive.range[1], request[1])]
      : request
    return { finding: 'incentive', range, request }
  }
  if (askedPositive) return { finding: 'positive', range: askedPositive.range, request }
  return { request }
}

function thankedFor(words: readonly Word[], index: number): boolean {
  const before = words.slice(Math.max(0, index - 4), index).map((word) => word.normal)
  // "It was kind of you to update your review": gratitude, as "thanks for updating".
  return (
    before.some((_, i) => gratefulAt((k) => before[k], i)) ||
    (before.includes('for') &&
      (before.includes('thanks') || before.includes('thank') || before.includes('thx')))
  )
}

/** Words of a push for stars or feedback that a sentence beside a stock request may still hold. */
const PUSH_WORDS: ReadonlySet<string> = new Set([
  ...'feedback stars star five 5 5-star five-star 5* positive good instead'.split(' '),
])

/** What is left once the condition goes offers help ("message me first and I'll fix it"), not a warning. */
const HELP_OFFER =
  /\b(?:contact|message|messaging|tell|let (?:me|us) know|get in touch|reach out|talk|speak|chat|fix|sort|help|make it right|put it right|resolve|solve|reply|come to (?:me|us)|(?:do|try) (?:whatever|what|everything|all) (?:i|we) can|have a look|take a look)\b/i

/** The condition's removal when what is left of the sentence offers help; `undefined` otherwise. */
function ungateIfHelp(sentence: Sentence, gate: Range): Edit[] | undefined {
  return offersHelp(sentence, gate) ? ungateEdits(sentence, gate) : undefined
}

function offersHelp(sentence: Sentence, gate: Range): boolean {
  const rest =
    sentence.text.slice(0, gate[0] - sentence.range[0]) + sentence.text.slice(gate[1] - sentence.range[0])
  return HELP_OFFER.test(rest)
}

/**
 * Removes the gating condition: "contact us before leaving a review." -> "contact us.";
 * "Before leaving a review, please contact us." -> "Please contact us."
 */
function ungateEdits(sentence: Sentence, range: Range): Edit[] | undefined {
  const inside = sentence.words.filter((word) => word.range[0] >= range[0] && word.range[1] <= range[1])
  // "message us first before rating": "first" orders the message before the review and goes with it.
  const before = inside[0] && sentence.words[inside[0].indexInSentence - 1]
  if (before?.normal === 'first' && !inside[0]?.breakBefore) inside.unshift(before)
  const first = inside[0]
  const last = inside[inside.length - 1]
  if (!first || !last || inside.length === sentence.words.length) return undefined
  const edits = removeWords(sentence, first, last)
  // "Before leaving a review, contact us first": with the review gone, "first" orders nothing.
  const ordering = sentence.words.find(
    (word) =>
      word.normal === 'first' &&
      !inside.includes(word) &&
      /^(us|me)$/.test(sentence.words[word.indexInSentence - 1]?.normal ?? '') &&
      !word.breakBefore,
  )
  if (!edits || !ordering) return edits
  const more = removeWords(sentence, ordering, ordering)
  return more ? [...edits, ...more] : undefined
}

/** Words that end a condition on the review: the clause goes on with something else. */
const CONDITION_ENDS: ReadonlySet<string> = new Set('and so but then or as because'.split(' '))
/** The longest object a review verb may take in a condition ("rate the order", "leave any feedback"). */
const CONDITION_OBJECT = 4

/**
 * "…message me here before you leave any feedback": the condition on the review alone, from
 * "before" (or "instead of") to the end of what the customer would do, which can go while the offer
 * of help stays; `undefined` when the phrase sets no such condition.
 */
function timedByReview(words: readonly Word[], match: PhraseMatch): Range | undefined {
  const opens = (word: Word | undefined) => word?.normal === 'before' || word?.normal === 'instead'
  const inside = match.words.find(opens)
  // "message me first before you post anything": the condition follows the phrase.
  const after = words[lastIndex(match) + 1]
  const opener = inside ?? (after && !after.breakBefore && opens(after) ? after : undefined)
  if (!opener) return undefined
  let last = Math.max(lastIndex(match), opener.indexInSentence)
  const limit = last + CONDITION_OBJECT + (inside ? 0 : 2)
  for (let i = last + 1; i < words.length && i <= limit; i++) {
    const word = words[i] as Word
    if (word.breakBefore || CONDITION_ENDS.has(word.normal)) break
    last = i
  }
  return [opener.range[0], (words[last] as Word).range[1]]
}

/** The index of the review noun that follows `from` across filler words ("us a quick honest"), if any. */
function reviewObject(words: readonly Word[], from: number): number | undefined {
  for (let i = from; i < words.length && i < from + 6; i++) {
    const word = words[i] as Word
    if (i > from && word.breakBefore) return undefined
    if (reviewNouns.has(word.normal)) return i
    if (!fillers.has(word.normal)) return undefined
  }
  return undefined
}

/** A sentiment review is asked for when a request word comes before it, or "would help/mean" after it. */
function isAskedFor(words: readonly Word[], match: PhraseMatch): boolean {
  const first = firstIndex(match)
  if (acknowledgedBefore(words, first)) return false
  for (let i = first - 1; i >= 0 && i >= first - 8; i--)
    if (requestCues.has((words[i] as Word).normal)) return true
  const after = words.slice(lastIndex(match) + 1, lastIndex(match) + 5).map((word) => word.normal)
  return (
    (after.includes('would') || after.includes('will')) &&
    after.some((word) =>
      /^(help|mean|appreciated|massive|huge|amazing|brilliant|great|wonderful|lovely|fantastic|awesome|ace)$/.test(
        word,
      ),
    )
  )
}

/** "Thanks for the great review", "glad you left feedback": a review already given. */
function acknowledgedBefore(words: readonly Word[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const word = (words[i] as Word).normal
    // "Once you've left your review": a review still to come.
    if (acknowledgements.has(word))
      return !words
        .slice(Math.max(0, i - 3), i)
        .some((w) => /^(once|after|when|if|as soon as)$/.test(w.normal))
    // "That's very kind of you to update your review": thanks for what the customer already did.
    if (gratefulAt((k) => words[k]?.normal, i)) return true
    if (word === 'please' || word === 'leave' || word === 'give' || word === 'write') return false
  }
  return false
}

/** "kind of you", "good of you": gratitude for something done, not a request ("kind enough to"). */
const GRATEFUL = /^(?:kind|sweet|good|nice|lovely|generous|decent)$/

/** The word at `i` opens "kind of you", "good of you", …; `normal` gives the word at an index. */
function gratefulAt(normal: (index: number) => string | undefined, i: number): boolean {
  return GRATEFUL.test(normal(i) ?? '') && normal(i + 1) === 'of' && normal(i + 2) === 'you'
}

/** "leave 5* if you're happy": a star rating written with a star sign, asked for. */
function starredRequest(sentence: Sentence): Range | undefined {
  const tokens = sentence.tokens
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as (typeof tokens)[number]
    const before = tokens[i - 1] as (typeof tokens)[number]
    if (token.kind !== 'symbol' || !/^(?:\*|⭐|🌟)+$/u.test(token.text)) continue
    if (before.kind !== 'word' || !/^(5|five)$/i.test(before.text) || before.range[1] !== token.range[0])
      continue
    const wordIndex = sentence.words.findIndex((word) => word.range[0] === before.range[0])
    if (wordIndex < 0) continue
    for (let k = wordIndex - 1; k >= 0 && k >= wordIndex - 4; k--)
      if (requestCues.has((sentence.words[k] as Word).normal)) return [before.range[0], token.range[1]]
    // "A quick 5⭐ would make our day": asked for by what it would do.
    const after = sentence.words.slice(wordIndex + 1, wordIndex + 4).map((word) => word.normal)
    if (after.includes('would') && after.some((word) => /^(make|help|mean|be)$/.test(word)))
      return [before.range[0], token.range[1]]
  }
  return undefined
}

function firstIndex(match: PhraseMatch): number {
  return (match.words[0] as Word).indexInSentence
}

function lastIndex(match: PhraseMatch): number {
  return (match.words[match.words.length - 1] as Word).indexInSentence
}

/** Words that say what a review should say: "positive feedback", "a 5-star review", "a five star rating". */
const PRAISE = new Set([
  'positive',
  'good',
  'great',
  'glowing',
  'excellent',
  'nice',
  'perfect',
  '5-star',
  'five-star',
  '5star',
])
const STAR_COUNT = /^(?:5|five|10|ten)$/

/**
 * The praise before the review noun removed ("drop positive feedback" -> "drop feedback", "a 5 star
 * rating" -> "a rating"), when what is left of the sentence steers nothing; `undefined` otherwise.
 */
function praiseDropped(
  sentence: Sentence,
  next: Sentence | undefined,
): { edits: Edit[]; phrase: string } | undefined {
  const words = sentence.words
  for (let i = 0; i < words.length; i++) {
    const noun = words[i] as Word
    if (!reviewNouns.has(noun.normal) || noun.normal.startsWith('star')) continue
    let first = i
    const at = (k: number) => (k >= 0 && !(words[k + 1] as Word).breakBefore ? words[k] : undefined)
    if (PRAISE.has(at(first - 1)?.normal ?? '')) first--
    else if (/^stars?$/.test(at(first - 1)?.normal ?? '') && STAR_COUNT.test(at(first - 2)?.normal ?? ''))
      first -= 2
    if (first === i) continue
    // "…, it would mean the world to our small shop", "…and your next print is half price", "it really
    // helps a small shop" after it: what is left still steers the review.
    const left = [...words.slice(0, first), ...words.slice(i), ...(next?.words ?? [])]
    if (left.some((word) => REVIEW_STAKES.has(word.normal) || steeringRemainders.has(word.normal)))
      return undefined
    const edits = verified(
      sentence,
      removeWords(sentence, words[first] as Word, words[i - 1] as Word),
      (rewritten) => !!judge(rewritten).finding || steersStill(rewritten),
    )
    if (edits)
      return {
        edits,
        phrase: sentence.text.slice(
          (words[first] as Word).range[0] - sentence.range[0],
          (words[i - 1] as Word).range[1] - sentence.range[0],
        ),
      }
  }
  return undefined
}

/** A reward, a condition, a change or pressure still in the sentence ("drop a review and we'll send you a free purse"). */
function steersStill(sentence: Sentence): boolean {
  const { kinds } = cueKindsIn(sentence, cues(), FIGURES, () => true)
  return ['reward', 'gate', 'change', 'pressure'].some((kind) => kinds.has(kind as ReviewCue))
}
