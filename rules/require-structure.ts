import { type Edit, lazyLexicon, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import { hostileCueLexicon } from './lexicons/hostile-cues.js'
import { hostileToneLexicon } from './lexicons/hostile-tone.js'
import { profanityLexicon } from './lexicons/profanity.js'
import { shippingUpdateLexicon } from './lexicons/shipping-updates.js'
import {
  acknowledgementLexicon,
  asideLexicon,
  CLAUSE_BREAKS,
  FORECAST_STATES,
  FORECAST_VERBS,
  FUTURE_LINKS,
  FUTURE_MODALS,
  FUTURE_TIMES,
  GREETINGS,
  HABITUAL,
  IMPERATIVE_FOLLOWERS,
  IMPERATIVE_LEADS,
  IMPERATIVE_VERBS,
  IRREGULAR_PAST,
  NOT_ACTIONS,
  NOT_INSTRUCTION_VERBS,
  neutralLexicon,
  nextStepLexicon,
  PRESENT_MOVES,
  REPORTING_VERBS,
  SIGN_OFFS,
  statusLexicon,
  TIME_WORDS,
} from './lexicons/structure.js'
import { DURATION_UNITS, NUMBER_WORDS, WEEKDAY_NAMES } from './lexicons/time-expressions.js'
import { LEARNED_OPTION, signalFlags, signalProbability } from './shared/learned.js'
import { isPointed } from './shared/pointed.js'
import {
  appendSentence,
  closingRunHasQuestionMark,
  endsSentence,
  insertSentenceBefore,
  inWritersVoice,
  offer,
  protectedSpans,
  writtenInContactLanguage,
  writtenInLowerCase,
} from './shared/prose-fixer.js'

const acknowledgements = lazyLexicon(acknowledgementLexicon)
const nextSteps = lazyLexicon(nextStepLexicon)
const statuses = lazyLexicon(statusLexicon)
const neutrals = lazyLexicon(neutralLexicon)
const asides = lazyLexicon(asideLexicon)
const hostile = lazyLexicon(hostileToneLexicon)
const hostileCues = lazyLexicon(hostileCueLexicon)
const profanityPhrases = lazyLexicon(profanityLexicon)
const shippingNews = lazyLexicon(shippingUpdateLexicon)
const futureModals = new Set<string>(FUTURE_MODALS)
const futureLinks = new Set<string>(FUTURE_LINKS)
const futureTimes = new Set<string>(FUTURE_TIMES)
const timeWords = new Set<string>(TIME_WORDS)
const irregularPast = new Set<string>(IRREGULAR_PAST)
const notInstructionVerbs = new Set<string>(NOT_INSTRUCTION_VERBS)
const reportingVerbs = new Set<string>(REPORTING_VERBS)
const notActions = new Set<string>(NOT_ACTIONS)
const habitual = new Set<string>(HABITUAL)
const presentMoves = new Set<string>(PRESENT_MOVES)
const weekdays = new Set<string>(WEEKDAY_NAMES)
const forecastVerbs = new Set<string>(FORECAST_VERBS)
const durationUnits = new Set<string>(DURATION_UNITS)
const numberWords = new Set<string>(NUMBER_WORDS)
const forecastStates = new Set<string>(FORECAST_STATES)
const greetings = new Set<string>(GREETINGS)
const imperativeVerbs = new Set<string>(IMPERATIVE_VERBS)
const imperativeLeads = new Set<string>(IMPERATIVE_LEADS)
const imperativeFollowers = new Set<string>(IMPERATIVE_FOLLOWERS)
const signOffs = new Set<string>(SIGN_OFFS)
const clauseBreaks = new Set<string>(CLAUSE_BREAKS)
/** Words that open a yes/no question when a subject follows ("Can you…", "Did it…"). */
const QUESTION_AUXILIARIES = new Set([
  'can',
  'could',
  'would',
  'will',
  'did',
  'do',
  'does',
  'have',
  'has',
  'is',
  'are',
  'was',
  'were',
  'may',
  'should',
  'shall',
])
/** Words that open a question in a sentence that ends with "?". */
const WH_WORDS = new Set([
  'what',
  "what's",
  'whats',
  'which',
  'when',
  'where',
  'who',
  "who's",
  'how',
  'why',
  'whose',
])
/** Words that make a clause subordinate: it cannot state the status on its own. */
const SUBORDINATORS = new Set([
  'as',
  'because',
  'while',
  'whilst',
  'if',
  'when',
  'whenever',
  'once',
  'since',
  'until',
  'till',
  'unless',
  'whether',
  'where',
  'although',
  'though',
  'for',
  'with',
  'without',
  'to',
  'in',
  'at',
  'by',
  'from',
  'along',
  'regarding',
  'including',
])
/** Words that carry a finite verb: auxiliaries, copulas and modals. */
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'cannot',
])
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'it'])
/** Words that open a noun phrase, so "Some orders require…" reads as a statement. */
const DETERMINERS = new Set([
  'some',
  'all',
  'most',
  'many',
  'the',
  'these',
  'those',
  'our',
  'your',
  'their',
  'each',
  'every',
  'any',
  'no',
])
/** Words a new clause starts with after "and", "but", "so": a subject. */
const CLAUSE_SUBJECTS = new Set([
  'i',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  'we',
  "we're",
  "we've",
  "we'll",
  "we'd",
  'they',
  "they're",
  "they've",
  "they'll",
  'he',
  'she',
  'it',
  "it's",
  'this',
  'that',
  "that's",
  'these',
  'those',
  'there',
  "there's",
  'our',
  'your',
  'my',
  'their',
  'the',
  'a',
  'an',
  'some',
  'all',
  'everything',
  'nothing',
  'someone',
  'you',
  "you're",
  "you'll",
  "you've",
  'that',
  'that',
  'please',
  'let',
])
/** A clause about the customer ("you are looking for…") restates their message; it is not a status. */
const YOU_SUBJECTS = new Set(['you', "you're", "you've", "you'd", "you'll", 'u'])
const ANSWERS = new Set(['yes', 'yep', 'yeah', 'yup', 'correct', 'nope'])
/** Punctuation that joins words inside one phrase ("date/time", "details & store", "Mr_X"). */
const JOINING = /^[/&+@#_'’*]+$/
const CONTRACTED_VERB = /'(s|re|ve|d|ll|m)$|n't$/
const NOT_PAST_TENSE = new Set([
  'need',
  'feed',
  'speed',
  'indeed',
  'seed',
  'bed',
  'red',
  'shed',
  'hundred',
  'proceed',
  'exceed',
  'succeed',
  'weed',
  'breed',
  'greed',
  'deed',
  'embed',
])
const QUESTION_SUBJECTS = new Set([
  'you',
  'your',
  'we',
  'it',
  'there',
  'this',
  'that',
  'the',
  'u',
  'i',
  'they',
])
/** "1/2", "(2/3)", "4/4": the numbers of a part marker of a reply split into several messages. */
function isPartMarker(normal: string): boolean {
  // One or two ASCII digits; checked by code, since this runs on every word.
  if (normal.length === 0 || normal.length > 2) return false
  for (let i = 0; i < normal.length; i++) {
    const code = normal.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }
  return true
}

const ACKNOWLEDGEMENT = 'Thanks for your message.'
/**
 * Openings of a message the seller starts: news, a check-in, a heads-up, a dispatch notice, a check
 * before posting, a word about the customer's review. Read after any greeting ("Hi Sam, …").
 */
const STARTS_CONVERSATION: readonly RegExp[] = [
  /^(?:just )?(?:a )?(?:quick )?(?:heads[- ]up|update|note|reminder)\b/i,
  /^just (?:checking in|wanted to|letting you know|to let you know|to check|to double-check|to double check)\b/i,
  /^(?:just )?following up\b/i,
  /^(?:i |we )?hope (?:you|the|your|ur|u)\b/i,
  /^(?:good news|great news|checking in|greetings from)\b/i,
  // News the seller brings: "bit of bad news, the bracket is still on our bench", "some good news".
  /^(?:a )?(?:bit of |some |a little )(?:bad |good |sad |annoying )?news\b/i,
  /^before (?:you|i|we) (?:leave|post|send|ship|rate)\b/i,
  /^(?:i've|ive|i have|we've|weve|we have) (?:seen|noticed|spotted|read) your\b.{0,24}\b(?:review|feedback|rating|comment)\b/i,
  // News of the order announced, whatever it is called: "your saree has shipped!", "Your TV is
  // scheduled for delivery", "your order is delivered". A plain "your kettle was dispatched this
  // morning" answers "where is it?" as often: the thanks stays for it.
  /^your\b[^.!?]{0,40}?\b(?:has|have) (?:now |just )?(?:shipped|arrived|landed|been (?:dispatched|shipped|posted|delivered))!/i,
  /^your\b.{0,40}?\b(?:is|are|has been|have been) (?:now )?(?:scheduled|booked) for delivery\b/i,
  /^(?:as per tracking,? )?your\b.{0,40}?\b(?:is|are) (?:now )?(?:delivered|out for delivery)\b/i,
  // The order's state announced in the perfect or the present: "your fabric has been packed", "your
  // blender is packed and ready", "your refund has been approved", "ur order is running late".
  /^your\b.{0,40}?\b(?:has|have) been (?:packed|delayed|cancelled|canceled|held|postponed|pushed back)\b/i,
  /^(?:your|ur)\b.{0,40}?\b(?:is|are) (?:now )?(?:packed|delayed|held up|on hold|postponed|running late|running behind|late|ready for (?:the )?(?:courier|collection|dispatch|pickup))\b/i,
  /^(?:i|we) (?:just )?(?:wanted|want|would like|'d like) to (?:let you know|inform you|update you)\b/i,
  /^(?:this is to inform|(?:we are|we're|i am|i'm) writing (?:to|about|regarding|concerning|in regard to|with regard to))\b/i,
  // A check-in on the order's arrival asked first: "Your rum cake reach safe in Brooklyn?", "Did
  // your lamp arrive in one piece?"
  /^(?:did |has |have )?(?:your|ur)\b[^.!?]{0,40}?\b(?:arrive|arrived|reach|reached|land|landed|turn up|turned up|get there|got there|make it|made it)\b[^.!?]{0,30}\?/i,
  // The seller's own system or team acting on the order: "our system has put your order on hold".
  /^(?:our|the) (?:system|team|warehouse|payment system|fraud team|security team)\b[^.!?]{0,30}?\b(?:has|have|had) (?:put|placed|flagged|held|paused|cancelled|canceled)\b/i,
  // A headline: "Order 44817 – dispatch postponed.", "Order 44817: shipping delayed."
  /^order\b[^.!?]{0,20}\s[–—:-]\s/i,
  /^order\s#?[\w-]{1,20}:\s/i,
]
/**
 * An opening that points back at the seller's own earlier message ("Per my last message", "in case
 * my earlier reply got buried", "As promised, here's…", "circling back"): a follow-up the seller
 * starts, or an answer repeated; thanks for a message before it is false or reads as sarcasm.
 */
const REFERS_TO_OWN_MESSAGE =
  /\b(?:my|our) (?:last|earlier|previous|other|first) (?:(?:two|three|few) )?(?:message|reply|note|email|answer|response)s?\b|^(?:as promised|circling back)\b/i
/** A greeting word, with its comma or "!" when it has one: "hi", "Hey", "hello,". */
const GREETING_WORD =
  /^(?:hi|hey|hello|hiya|heya|howdy|dear|respected|g'day|gday|morning|mornin'?|evening|afternoon)[,!.]?$/i

/**
 * Whether the reply opens the way a message the seller starts does, after a greeting and a name of
 * up to two words, however punctuated: "hi mate just a heads up", "Hey Tenzin, following up".
 */
function startsConversation(first: Sentence): boolean {
  const words = first.text.split(/\s+/)
  const openings = [first.text]
  if (GREETING_WORD.test(words[0] ?? ''))
    for (let skip = 1; skip <= 3 && skip < words.length; skip++)
      openings.push(
        words
          .slice(skip)
          .join(' ')
          .replace(/^[,!]\s*/, ''),
      )
  // "Good evening Ma, your fabric…": what follows a short salutation set off by a comma.
  const comma = first.text.indexOf(', ')
  if (comma > 0 && first.text.slice(0, comma).split(/\s+/).length <= SALUTATION_WORDS)
    openings.push(first.text.slice(comma + 2))
  return openings.some((opening) => STARTS_CONVERSATION.some((pattern) => pattern.test(opening)))
}
/** The most words of a salutation before its comma: "Good evening Ma,". */
const SALUTATION_WORDS = 4
/** An apology anywhere in the reply: the stock "anything else" closing does not follow one. */
const APOLOGY = /\b(?:sorry|apologi[sz]e[sd]?|apologies|apologising|apologizing)\b/i
/** A curt note of receipt ("Noted.", "Understood.") or a flat "No.": thanks after it reads as stilted. */
const CURT_NOTE =
  /^(?:noted|understood|no|nope|not happening|no way|no chance|not a chance|absolutely not|nah)[.!]*$/i
/**
 * A reply that opens with an informal "got it" ("Ok.", "Say no more, Hannah.", "Hi Jess, no dramas."):
 * a stock thanks before or after it reads as pasted in.
 */
const INFORMAL_OPENING =
  /^(?:(?:hi|hey|hello|hiya|heya|morning|evening)\b[^,.!?\n]{0,30}[,.!]\s{0,3})?(?:ok|okay|okey|k|kk|sure|sure thing|righto|right you are|got it|gotcha|no worries|no dramas|no drama|no problem|no probs|no bother|say no more|will do|of course|absolutely|all good|aye|yep|yup|yeah|can do|cheers|ta|thx|ty|not at all)\b/i
/**
 * A reaction before anything else ("Aww, of course", "Nah, you're fine", "Ah no."): it already
 * answers the message, and stock thanks before it reads as pasted in.
 */
const INTERJECTION_OPENING = /^(?:a+w+|a+h+|o+h+|oo+h+|na+h+|naw|ha(?:ha)*|hah|well|hm+|erm|um+|lol)\b/i
/** An opening that reports the order's payment, refund or return: "Your refund for the lamp has been approved". */
const ORDER_NEWS =
  /^(?:(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,30}[,.!]?\s{0,3})?(?:your|ur) (?:payment|refund|return|order|parcel|package|item|delivery)\b[^.!?\n]{0,40}\b(?:has been|have been|was|is|are|didn't|did not|went|came|failed|bounced|arrived|approved|processed|received|declined|showing)\b|^(?:(?:hi|hello|hey|dear)\b[^,.!?\n]{0,30}[,.!]?\s{0,3})?(?:we've|we have|i've|i have) (?:received|processed|approved|issued) your\b/i
// An invitation, not a promise: the rewrite promises nothing the draft did not.
const NEXT_STEPS = "Reply here if there's anything else we can help with."

type Part = 'ack' | 'status' | 'next'

interface Clause {
  readonly words: readonly Word[]
  readonly question: boolean
  /** The sentence ends with a question mark. */
  readonly sentenceQuestion: boolean
  /** The sentence's first word. */
  readonly sentenceFirst: Word
}

interface Reading {
  readonly parts: Set<Part>
  /** Sentences that carry something (not a bare greeting, sign-off or closing wish). */
  readonly content: Sentence[]
  /** The greeting that opens the reply, when there is one. */
  readonly greeting: { sentence: Sentence; words: readonly Word[]; wholeSentence: boolean } | undefined
  /** Words of the sentences that carry something. */
  readonly wordCount: number
}

export default createRule({
  id: 'require-structure',
  meta: {
    description:
      "Flags a reply that does not acknowledge the customer, state the current status, or give next steps (the seller guide's formula).",
    recommended: false,
    defaultSeverity: 'info',
    hasSuggestions: true,
    defaultOptions: {
      /**
       * A reply of at most this many words that states a status (a short factual answer to a
       * direct question) needs no next steps. 0 turns the allowance off.
       */
      shortAnswerWords: 12,
      /** The sentence suggested when the acknowledgement is missing. */
      acknowledgement: ACKNOWLEDGEMENT,
      /** The sentence suggested when next steps are missing. */
      nextSteps: NEXT_STEPS,
      ...LEARNED_OPTION,
    },
    validateOptions: (options) =>
      !Number.isInteger(options.shortAnswerWords) || options.shortAnswerWords < 0
        ? '"shortAnswerWords" must be a whole number, 0 or more.'
        : options.acknowledgement.trim() === '' || options.nextSteps.trim() === ''
          ? '"acknowledgement" and "nextSteps" must not be empty.'
          : undefined,
  },
  messages: {
    missingAcknowledgement: 'The reply does not acknowledge the customer. {{advice}}',
    missingStatus:
      'The reply does not say where things stand. State what you know or have done; customers who get no status write again or open a dispute.',
    missingNextSteps:
      'The reply does not say what happens next. Tell the customer what you will do or what they should do, so the conversation does not stall.',
    suggestAcknowledgement: 'Open with "{{sentence}}"',
    suggestNextSteps: 'Add "{{sentence}}"',
  },
  check(context) {
    const reading = read(context.sentences, context.memo, context.options.learned)
    const first = reading.content[0]
    const last = reading.content[reading.content.length - 1]
    if (!first || !last) return
    const { parts } = reading
    const missing = (part: Part) =>
      context.options.learned ? learnedMissing(part, parts, context.sentences) : !parts.has(part)
    const missingStatus = missing('status')
    const proactive = context.replyContext.messageKind === 'proactive'
    const { wordCount } = reading
    const answersQuestion = (context.replyContext.customerMessage ?? '').includes('?')
    const shortAnswer =
      answersQuestion &&
      !missingStatus &&
      context.options.shortAnswerWords > 0 &&
      wordCount <= context.options.shortAnswerWords

    // A reply that rebukes or complains about the customer's messages ("this is the fourth time you
    // are asking", "kindly do not message me"): stock thanks or a stock invitation to reply beside
    // it reads as sarcasm. The seller rewrites the reply. Read only when a stock sentence is in play.
    let rebuking: boolean | undefined
    const rebukes = () =>
      (rebuking ??= context.sentences.some(
        (sentence) =>
          hostile()
            .find(sentence)
            .some((match) => isPointed(sentence, match)) ||
          signalFlags('no-hostile-tone', sentence) ||
          hostileCues()
            .find(sentence)
            .some((match) => match.tag === 'repeat') ||
          // A name called or a threat: "Which kind mumu question be this?"
          profanityPhrases()
            .find(sentence)
            .some((match) => match.tag === 'insult' || match.tag === 'threat') ||
          DONT_MESSAGE.test(sentence.text) ||
          ASKED_AGAIN.test(sentence.text),
      ))
    // A stock sentence in sentence case does not fit a draft typed in lower case, nor one written in
    // Pidgin or Singlish. Read only when a stock sentence is in play.
    let lowerCase: boolean | undefined
    const casual = () =>
      (lowerCase ??= writtenInLowerCase(context.sentences) || writtenInContactLanguage(context.sentences))
    if (missing('ack')) {
      const sentence = context.options.acknowledgement.trim()
      // A reply that opens as the seller's own news or check-in ("hope the cot bumper is keeping…",
      // "heads up, …") may answer no message at all: thanks for one could be false.
      // After a curt "Noted." the stock thanks reads as stilted, before it as false.
      const opening = openingOf(context.sentences, reading, first)
      const noThanks =
        proactive ||
        parts.has('ack') ||
        // The opening, or a line before it the reading skipped ("Greetings from…", a headline).
        context.sentences.some(
          (sentence) =>
            sentence.range[0] <= opening.range[0] &&
            (startsConversation(sentence) || REFERS_TO_OWN_MESSAGE.test(sentence.text)),
        ) ||
        context.sentences.some(
          (sentence) => sentence.range[0] <= opening.range[0] && CURT_NOTE.test(sentence.text),
        ) ||
        INFORMAL_OPENING.test(context.text.trimStart()) ||
        INTERJECTION_OPENING.test(context.text.trimStart()) ||
        // The same after a greeting: "Hi Dana, / Well, the tracking photo shows…".
        INFORMAL_OPENING.test(opening.text) ||
        INTERJECTION_OPENING.test(opening.text) ||
        // The order's own news first ("your parcel was handed to DPD today", "your payment didn't go
        // through") and no message known to answer: a notice the seller starts, where thanks for a
        // message would be false. Reviewers accepted 3 of 11 such thanks.
        (!context.replyContext.customerMessage &&
          (shippingNews().find(opening).length > 0 || ORDER_NEWS.test(opening.text))) ||
        // Thanks before a rebuke or a threat reads as sarcasm: "Thanks for your message. There's no need for that tone."
        rebukes()
      context.report({
        messageId: 'missingAcknowledgement',
        node: first,
        data: { advice: proactive ? ADVICE_PROACTIVE : ADVICE_REPLY },
        suggestions:
          noThanks || casual()
            ? []
            : offer('suggestAcknowledgement', acknowledgementEdits(reading, opening, sentence), { sentence }),
      })
    }
    if (missingStatus) context.report({ messageId: 'missingStatus', node: first })
    if (missing('next') && !shortAnswer) {
      const chosen = context.options.nextSteps.trim()
      // The built-in sentence speaks as the writer does; one the seller configured stays as written.
      const sentence = chosen === NEXT_STEPS ? inWritersVoice(context.sentences, chosen) : chosen
      // The stock promise to update fits only a reply about an order under way, not a
      // correction, a request or a code.
      const fits =
        !parts.has('next') &&
        context.sentences.some((candidate) => ORDER_UNDER_WAY.test(candidate.text)) &&
        !context.sentences.some((candidate) => NO_FURTHER_HELP.test(candidate.text)) &&
        // After an apology the reply is about a problem, and "anything else" reads as if it were
        // settled; only the seller knows the step that fits.
        !context.sentences.some((candidate) => APOLOGY.test(candidate.text)) &&
        !rebukes()
      context.report({
        messageId: 'missingNextSteps',
        node: last,
        suggestions:
          fits && !casual()
            ? offer(
                'suggestNextSteps',
                closingLineEdits(context.sentences, reading.content, last, sentence),
                {
                  sentence,
                },
              )
            : [],
      })
    }
  },
})

/**
 * How to acknowledge. A message the seller starts answers nothing, so its acknowledgement is thanks
 * for the order or the customer's patience, or an apology for the news: there is no stock sentence
 * for it, as only the seller knows which fits.
 */
const ADVICE_REPLY = 'Open with thanks or a specific apology so they know their message was read.'
const ADVICE_PROACTIVE =
  'Open with thanks for their order or their patience, or a specific apology, so the news reads as meant for them.'

/**
 * A sentence the part's learned signal scores this high carries the part though no cue saw it
 * (the threshold below which no sentence carries it is the signal's own). Chosen with
 * `scripts/train-signals.ts --folds --structure`.
 */
const SIGNAL_SURE = 0.7

/**
 * Whether the reply lacks the part: no sentence reaches its signal's threshold, or the cues miss it
 * and no sentence is sure. The cues alone decide when no signal for the part was trained.
 */
function learnedMissing(part: Part, parts: ReadonlySet<Part>, sentences: readonly Sentence[]): boolean {
  const name = `require-structure/${part}`
  let carried = false
  let sure = false
  for (const sentence of sentences) {
    if (sentence.words.length === 0) continue
    const probability = signalProbability(name, sentence)
    if (probability === undefined) return !parts.has(part)
    if (probability >= SIGNAL_SURE) sure = true
    if (signalFlags(name, sentence)) carried = true
  }
  return !carried || (!parts.has(part) && !sure)
}

/** What one sentence says, on its own: worked out once per sentence and kept while it is unchanged. */
interface SentenceReading {
  /** Its words, without quoted words and part markers ("1/2"). */
  readonly words: readonly Word[]
  readonly segments: readonly {
    readonly words: readonly Word[]
    readonly greeting: boolean
    readonly clauses: readonly {
      /** The parts the clause carries as the reply's first clause, and anywhere else. */
      readonly asOpening: ReadonlySet<Part>
      readonly elsewhere: ReadonlySet<Part>
      readonly closing: boolean
    }[]
  }[]
}

/** Reads every clause of the reply and notes which parts of the formula it carries. */
function read(
  sentences: readonly Sentence[],
  memo: (
    sentence: Sentence,
    key: string,
    compute: (sentence: Sentence) => SentenceReading,
  ) => SentenceReading,
  learned: boolean,
): Reading {
  const parts = new Set<Part>()
  const content: Sentence[] = []
  let greeting: Reading['greeting']
  let seenContent = false
  let wordCount = 0
  for (const sentence of sentences) {
    const reading = learned
      ? memo(sentence, 'reading', readWithSignal)
      : memo(sentence, 'readingListsOnly', readListsOnly)
    if (reading.words.length === 0) continue
    let carries = false
    for (const segment of reading.segments) {
      if (!seenContent && segment.greeting) {
        greeting ??= {
          sentence,
          words: segment.words,
          wholeSentence: segment.words.length === reading.words.length,
        }
        continue
      }
      for (const clause of segment.clauses) {
        const found = seenContent ? clause.elsewhere : clause.asOpening
        seenContent = true
        for (const part of found) parts.add(part)
        if (found.size > 0 || !clause.closing) carries = true
      }
    }
    if (carries) {
      content.push(sentence)
      wordCount += reading.words.length
    }
  }
  return { parts, content, greeting, wordCount }
}

const readWithSignal = (sentence: Sentence) => readSentence(sentence, true)
const readListsOnly = (sentence: Sentence) => readSentence(sentence, false)

function readSentence(sentence: Sentence, learned: boolean): SentenceReading {
  const words = sentence.words.filter((word) => !word.quoted && !isPartMarker(word.normal))
  if (words.length === 0) return { words, segments: [] }
  const cues: Cues = {
    ack: matchesByWord(acknowledgements().find(sentence)),
    next: matchesByWord(nextSteps().find(sentence)),
    status: matchesByWord(statuses().find(sentence)),
    neutral: matchesByWord(neutrals().find(sentence)),
  }
  const aside = asides().find(sentence).length > 0
  // A hostile clause (an argument, a jibe, a threat) is no status or next step, whatever its verbs.
  const hostileWords = new Set<Word>()
  // Judged as no-hostile-tone judges it: "I'll check the tracking again" is the writer's own step.
  for (const match of hostile().find(sentence))
    if (isPointed(sentence, match)) for (const word of match.words) hostileWords.add(word)
  // A threat is neither ("try a chargeback and see what happens"); a sentence whose whole tone is
  // hostile gives no next step and no acknowledgement ("Report away.", "Cheers for that, genius.").
  const threatens = profanityPhrases()
    .find(sentence)
    .some((match) => match.tag === 'threat')
  const noHostileReading = learned && signalFlags('no-hostile-tone', sentence)
  // A "?" in the closing run of punctuation; most sentences hold no "?" at all and skip the scan.
  const sentenceQuestion = sentence.text.includes('?') && closingRunHasQuestionMark(sentence.text)
  return {
    words,
    segments: segments(sentence, words).map((segment) => ({
      words: segment.words,
      greeting: isGreeting(segment.words),
      clauses: clauses(segment.words).map((clause) => {
        const read = readClause(
          { words: clause, question: segment.question, sentenceQuestion, sentenceFirst: words[0] as Word },
          cues,
        )
        const hostileClause = threatens || clause.some((word) => hostileWords.has(word))
        // Thanks or sympathy inside a jibe ("Lovely message, thanks. Very mature.") is sarcasm, and
        // acknowledges nothing either. A review request or a sales pitch is neither the case's
        // status nor its next step.
        const elsewhere = hostileClause
          ? new Set<Part>()
          : aside
            ? new Set<Part>([...read].filter((part) => part === 'ack'))
            : noHostileReading
              ? new Set<Part>([...read].filter((part) => part !== 'next' && part !== 'ack'))
              : read
        // "We're sorry…" style subjects acknowledge only when they open the reply.
        const asOpening =
          cues.ack.get(clause[0] as Word) === 'ackSubject' && !elsewhere.has('ack')
            ? new Set<Part>([...elsewhere, 'ack'])
            : elsewhere
        return { asOpening, elsewhere, closing: isClosing(clause) }
      }),
    })),
  }
}

type Cues = Record<'ack' | 'next' | 'status' | 'neutral', ReadonlyMap<Word, string | undefined>>

function readClause(clause: Clause, cues: Cues): Set<Part> {
  const found = new Set<Part>()
  const { words } = clause
  const firstWord = words[0] as Word
  let hasAck = false
  let hasNext = false
  let hasStatus = false
  let hasNeutral = false
  let hasStatusInAck = false
  for (const word of words) {
    const ackTag = cues.ack.get(word)
    if (cues.ack.has(word)) {
      if (ackTag === 'ack') hasAck = true
      // "Perfect!", "Great, thanks": only as the sentence's first word ("– perfect for birthdays" is praise of a product).
      else if (ackTag === 'ackOpener' && word === firstWord && word === clause.sentenceFirst) hasAck = true
    }
    if (cues.next.has(word)) hasNext = true
    const statusTag = cues.status.get(word)
    if (statusTag === 'statusInAck') hasStatusInAck = true
    else if (cues.status.has(word)) hasStatus = true
    if (cues.neutral.has(word)) hasNeutral = true
  }
  const question = clause.question || startsQuestion(words, clause.sentenceQuestion)
  const instruction = startsImperative(words) || startsInstruction(words)
  if (question || instruction) hasNext = true
  // What lies ahead, said any way: a forecast, an offer, or work the writer has under way.
  const ahead = isForecast(words) || isOffer(words) || isActionUnderWay(words) || isDelegated(words)
  if (hasAck) found.add('ack')
  if (hasNext || ahead) found.add('next')
  if (question || hasNeutral || SUBORDINATORS.has(firstWord.normal)) return found
  if (hasStatusInAck || (!hasAck && (hasStatus || ANSWERS.has(firstWord.normal)))) found.add('status')
  else if (!hasAck && !hasNext && !ahead && !instruction && isStatement(words)) found.add('status')
  return found
}

/** Maps each word that starts a cue match to the match's tag. */
function matchesByWord(
  matches: ReadonlyArray<{ words: readonly Word[]; tag: string | undefined }>,
): Map<Word, string | undefined> {
  const byWord = new Map<Word, string | undefined>()
  for (const match of matches) {
    const first = match.words[0]
    if (first) byWord.set(first, match.tag)
  }
  return byWord
}

/** Stretches of a sentence between punctuation; `question` when a "?" ends the stretch. */
function segments(sentence: Sentence, words: readonly Word[]): { words: Word[]; question: boolean }[] {
  const result: { words: Word[]; question: boolean }[] = []
  let current: Word[] = []
  const close = (end: number) => {
    if (current.length === 0) return
    const lastWord = current[current.length - 1] as Word
    const between = sentence.text.slice(lastWord.range[1] - sentence.range[0], end - sentence.range[0])
    result.push({ words: current, question: between.includes('?') })
    current = []
  }
  let previous: Word | undefined
  for (const word of words) {
    const dashEnded = !!previous && /[-–—]$/.test(previous.text) && previous.range[1] < word.range[0]
    if ((word.breakBefore || dashEnded) && current.length > 0 && previous) {
      const between = sentence.text.slice(
        previous.range[1] - sentence.range[0],
        word.range[0] - sentence.range[0],
      )
      const joined =
        JOINING.test(between.trim()) ||
        (between.trim() === '-' && !/\s/.test(between)) ||
        // "Hello Mr. Kim": the full stop of a title, not the end of the greeting.
        (between.trim() === '.' && TITLES.test(previous.normal))
      if (!joined) close(word.range[0])
    }
    current.push(word)
    previous = word
  }
  close(sentence.range[1])
  return result
}

/** Titles written with a full stop before a name: "Mr.", "Dr.". */
const TITLES = /^(?:mr|mrs|ms|mx|dr|prof|sr|sra|srta|messrs)$/

/** Splits a stretch at clause-joining words ("…, but we can…", "…and we'll…"). */
function clauses(words: readonly Word[]): Word[][] {
  const result: Word[][] = []
  let current: Word[] = []
  for (const [i, word] of words.entries()) {
    const following = words[i + 1]
    if (
      clauseBreaks.has(word.normal) &&
      current.length > 0 &&
      following &&
      CLAUSE_SUBJECTS.has(following.normal)
    ) {
      result.push(current)
      current = []
    }
    current.push(word)
  }
  if (current.length > 0) result.push(current)
  return result
}

function isGreeting(words: readonly Word[]): boolean {
  const first = words[0]
  if (first?.normal === 'to') return words[1]?.normal === 'whom' && words.length <= 5
  // "My dear,", "Mi dear," (Jamaican): an address, as "Dear" is.
  if ((first?.normal === 'my' || first?.normal === 'mi') && words.length <= 4)
    return /^(dear|friend|sister|brother|bro|sis)$/.test(words[1]?.normal ?? '')
  if (!first || !greetings.has(first.normal) || words.length > 4) return false
  // "hey sorry about that": a greeting run into an apology or thanks is more than a greeting.
  if (words.some((word) => GREETING_BREAKERS.has(word.normal))) return false
  if (first.normal === 'good') return /^(morning|afternoon|evening|day)$/.test(words[1]?.normal ?? '')
  if (first.normal === 'kia') return words[1]?.normal === 'ora'
  return true
}

/** Words that open a sign-off whatever follows them: "regards soundkart team". */
const SIGN_OFF_STARTERS: ReadonlySet<string> = new Set([
  'regards',
  'sincerely',
  'best',
  'kind',
  'warm',
  'warmest',
  'yours',
  'respectfully',
])

/** Words a short greeting-led stretch cannot hold and still be only a greeting. */
const GREETING_BREAKERS: ReadonlySet<string> = new Set([
  'sorry',
  'thanks',
  'thank',
  'apologies',
  'cheers',
  'ta',
])

/** A sign-off, a name, a closing wish: nothing of the formula. */
function isClosing(words: readonly Word[]): boolean {
  // "Contact Evri.", "Check tracking.": a direction, however short, is not a sign-off ("Order
  // 5512", a heading with its number, still is no sentence of content).
  if (words.length <= 2)
    return (
      !imperativeVerbs.has((words[0] as Word | undefined)?.normal ?? '') || /\d/.test(words[1]?.text ?? '')
    )
  // "regards soundkart team", "kind regards, the Oakline crew": a sign-off and who signs.
  if (words.length <= 5 && SIGN_OFF_STARTERS.has((words[0] as Word).normal)) return true
  return words.every((word) => signOffs.has(word.normal) || /^\p{Lu}/u.test(word.text))
}

function startsQuestion(words: readonly Word[], sentenceQuestion: boolean): boolean {
  const [first, second] = words
  if (!first) return false
  if (WH_WORDS.has(first.normal))
    return sentenceQuestion || (!!second && (FINITE.has(second.normal) || CONTRACTED_VERB.test(first.normal)))
  return !!second && QUESTION_AUXILIARIES.has(first.normal) && QUESTION_SUBJECTS.has(second.normal)
}

function startsImperative(words: readonly Word[]): boolean {
  let i = 0
  while (i < words.length - 1 && imperativeLeads.has((words[i] as Word).normal)) i++
  const verb = words[i]
  if (!verb || !imperativeVerbs.has(verb.normal)) return false
  const follower = words[i + 1]
  return (
    !follower ||
    imperativeFollowers.has(follower.normal) ||
    /ing$/.test(follower.normal) ||
    // A name after the verb: "Contact Evri", "Ask Sam at the desk".
    (/^\p{Lu}/u.test(follower.text) && !follower.breakBefore)
  )
}

/**
 * A clause that can state a fact on its own: three words or more, a finite verb (an auxiliary, a
 * contraction, a past tense, or a subject pronoun with its verb), and not a subordinate clause.
 * Only the words before a modal count: "it will arrive", "we can send" and "it's due to leave"
 * say what may come, not where things stand; nor does a habit ("we usually ship…").
 */
function isStatement(allWords: readonly Word[]): boolean {
  if (allWords.length < 3 || isClosing(allWords)) return false
  const first = (allWords[0] as Word).normal
  if (SUBORDINATORS.has(first) || YOU_SUBJECTS.has(first)) return false
  const words = allWords.slice(0, writerModalAt(allWords))
  const reportsEvent = words.some((word) => /^(has|have|had|was|were|did)$|'ve$/.test(word.normal))
  if (words.some((word) => habitual.has(word.normal)) && !reportsEvent) return false
  if (DETERMINERS.has(first) && words.length >= 4) return true
  return words.some((word, i) => {
    const normal = word.normal
    if (FINITE.has(normal) || CONTRACTED_VERB.test(normal)) return true
    if (normal.length > 4 && normal.endsWith('ed') && !NOT_PAST_TENSE.has(normal)) return true
    if (i > 1 || i + 1 >= allWords.length || words.length < allWords.length) return false
    if (SUBJECT_PRONOUNS.has(normal)) return true
    return (normal === 'this' || normal === 'that') && /[^s]s$/.test((words[i + 1] as Word).normal)
  })
}

/** Modals of ability and wish, which, like the future ones, do not state a fact. */
const OTHER_MODALS = new Set([
  'can',
  'could',
  'would',
  'may',
  'might',
  'must',
  "can't",
  "couldn't",
  "won't",
  "wouldn't",
])
const OBJECT_PRONOUNS = new Set(['it', 'them', 'me', 'us', 'him', 'her', 'this', 'that'])
const STILL_AHEAD = new Set(['now', 'currently', 'still', 'already', 'just', 'actively', 'busy'])
const TIME_LEADS = new Set(['next', 'by', 'on', 'this', 'until', 'till', 'in', 'within', 'over', 'before'])
const DATE_OR_HOUR = /^\d{1,2}(?:am|pm|:\d\d|st|nd|rd|th)?$/
const NOT_A_FUTURE_VERB = new Set([
  ...DETERMINERS,
  'a',
  'an',
  'high',
  'heavy',
  'unforeseen',
  'circumstances',
  'weather',
  'demand',
])

function isModal(words: readonly Word[], i: number): boolean {
  const normal = (words[i] as Word).normal
  if (futureModals.has(normal) || OTHER_MODALS.has(normal)) {
    // "should have arrived" looks back, and is a status.
    const next = words[i + 1]?.normal
    return !(
      (normal === 'should' || normal === 'must' || normal === 'could') &&
      (next === 'have' || next === "'ve")
    )
  }
  if (normal.endsWith("'ll") || normal.endsWith("'d")) return true
  return (
    futureLinks.has(normal) &&
    words[i + 1]?.normal === 'to' &&
    !NOT_A_FUTURE_VERB.has(words[i + 2]?.normal ?? 'the')
  )
}

/** Where the first modal of a clause is ("It [will] arrive"), or its length when there is none. */
function modalAt(words: readonly Word[]): number {
  for (let i = 0; i < words.length; i++) {
    if (!isModal(words, i)) continue
    // "it's going to", "is due to": the copula belongs to the modal.
    const before = words[i - 1]?.normal ?? ''
    return futureLinks.has((words[i] as Word).normal) && /^(is|are|am|was|were)$|'s$|'re$|'m$/.test(before)
      ? i - 1
      : i
  }
  return words.length
}

const WRITER = new Set(['i', 'we', "i'll", "we'll", "i'd", "we'd", 'and', 'then', 'but', 'so'])

/**
 * Where the writer's own modal is ("I can send", "we'll refund", "…and will let you know"): an
 * offer or a commitment. A forecast about the parcel ("it'll clear by Monday") still says where
 * things stand.
 */
function writerModalAt(words: readonly Word[]): number {
  const at = modalAt(words)
  if (at === words.length) return at
  const modal = (words[at] as Word).normal
  const before = words[at - 1]?.normal
  if (WRITER.has(modal) || before === undefined || WRITER.has(before)) return at
  return words.length
}

function isPast(word: Word): boolean {
  const normal = word.normal
  return (
    (normal.length > 4 && normal.endsWith('ed') && !NOT_PAST_TENSE.has(normal)) || irregularPast.has(normal)
  )
}

/**
 * A forecast or a commitment: a future modal with its verb ("should go out", "will let you know",
 * "it'll clear"), or a time ahead with no past tense ("goes out tomorrow", "lands by Friday").
 */
function isForecast(words: readonly Word[]): boolean {
  // "We usually ship within 2 days" is a policy; "it usually takes 2-4 days to Bengaluru" or "banks
  // usually take 3-5 days to show it" says how long this order's next step will take.
  if (words.some((word) => habitual.has(word.normal))) return aboutThisOrder(words) && namesDuration(words)
  const timeAhead = hasTimeAhead(words)
  for (let i = 0; i < words.length; i++) {
    const normal = (words[i] as Word).normal
    const modal = futureModals.has(normal) || normal.endsWith("'ll") || futureLinks.has(normal)
    if (!modal || !isModal(words, i) || i + 1 >= words.length) continue
    const subject = normal.endsWith("'ll") ? normal.slice(0, -3) : words[i - 1]?.normal
    if (timeAhead || subject === undefined || WRITER.has(subject) || movesTheCase(words, i + 1)) return true
  }
  return timeAhead && !words.some(isPastEvent)
}

/** The clause points at this order: "it", "your order", "yours", "the refund". */
function aboutThisOrder(words: readonly Word[]): boolean {
  return words.some((word) => THIS_ORDER.has(word.normal))
}
const THIS_ORDER: ReadonlySet<string> = new Set(['it', "it's", 'its', 'your', 'yours', 'ur', 'them', 'they'])

const DURATION_LEADS: ReadonlySet<string> = new Set([
  'few',
  'couple',
  'next',
  'several',
  'to',
  'or',
  'take',
  'takes',
  'within',
])

/** A stretch of time: "2-4 days", "3 to 5 working days", "a few days", "the next working day". */
function namesDuration(words: readonly Word[]): boolean {
  return words.some((word, i) => {
    if (!durationUnits.has(word.normal)) return false
    const before = words[i - 1]?.normal ?? ''
    const count = /^(working|business|calendar)$/.test(before) ? (words[i - 2]?.normal ?? '') : before
    // Small counts are left out of a clause's words (they may be part markers, "1/2"): "takes 2-4
    // days" reaches here as "takes days", "3 to 5 working days" as "to working days".
    return /^\d/.test(count) || numberWords.has(count) || DURATION_LEADS.has(count)
  })
}

const COPULAS = /^(is|are|am|be|been|being|get|gets|got)$|'s$|'re$|'m$/

/** A past tense that reports an event, not a state after a copula ("it's packed and goes out…"). */
function isPastEvent(word: Word, i: number, words: readonly Word[]): boolean {
  return isPast(word) && (irregularPast.has(word.normal) || !COPULAS.test(words[i - 1]?.normal ?? ''))
}

/** The writer has asked someone to act: "I've asked them to go and get it back". */
function isDelegated(words: readonly Word[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!/^(asked|told|instructed|requested|reminded)$/.test((words[i] as Word).normal)) continue
    for (let j = i + 1; j <= i + 3 && j + 1 < words.length; j++)
      if ((words[j] as Word).normal === 'to') return !NOT_A_FUTURE_VERB.has((words[j + 1] as Word).normal)
  }
  return false
}

const MODAL_FILLERS = /^(to|not|definitely|still|also|then|probably|likely|hopefully|just|now|all|be)$|ly$/

/** After a modal: a verb that moves the order or acts on it, or "be" with a state of the order. */
function movesTheCase(words: readonly Word[], from: number): boolean {
  let i = from
  let be = false
  while (i < words.length && MODAL_FILLERS.test((words[i] as Word).normal)) {
    if ((words[i] as Word).normal === 'be') be = true
    i++
  }
  const next = words[i]?.normal ?? ''
  return be ? forecastStates.has(next) || next === 'been' : forecastVerbs.has(next)
}

/** A time ahead: "tomorrow", "by Friday", "in 3 days", "next week", "goes out today". */
function hasTimeAhead(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const normal = (words[i] as Word).normal
    const previous = words[i - 1]?.normal
    if (previous === 'every') continue
    if (futureTimes.has(normal) && !(normal === 'soon' && previous === 'as')) return true
    // "goes out today", "the box ships Friday": a day named beside a move still to come.
    if (normal === 'today' || normal === 'tonight' || weekdays.has(normal))
      if (words.some((word) => presentMoves.has(word.normal) || /ing$/.test(word.normal))) return true
    if (!TIME_LEADS.has(normal)) continue
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const ahead = (words[j] as Word).normal
      if (normal === 'in' && j === i + 1 && !/^(a|an|the|\d+|two|three|four|five|few|couple)$/.test(ahead))
        break
      if (timeWords.has(ahead) || (j === i + 1 && normal !== 'in' && DATE_OR_HOUR.test(ahead))) return true
    }
  }
  return false
}

/** An offer from the writer: "happy to swap it", "I can cancel it for you". */
function isOffer(words: readonly Word[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    const normal = (words[i] as Word).normal
    const next = (words[i + 1] as Word).normal
    let verb = (words[i + 2] as Word).normal
    if (/^(happy|glad|pleased|delighted)$/.test(normal) && next === 'to') return !reportingVerbs.has(verb)
    if ((normal === 'i' || normal === 'we') && (next === 'can' || next === 'could')) {
      if (STILL_AHEAD.has(verb) || (/ly$/.test(verb) && verb !== 'only')) verb = words[i + 3]?.normal ?? ''
      return (
        verb !== '' && !/^(see|confirm|assure|tell|understand|imagine|only|not|guarantee|promise)$/.test(verb)
      )
    }
  }
  return false
}

/** Work the writer has under way: "I'm filing a complaint today", "sending them the photos now". */
function isActionUnderWay(words: readonly Word[]): boolean {
  const first = (words[0] as Word).normal
  const second = words[1]?.normal ?? ''
  if (/..ing$/.test(first) && !notActions.has(first) && OBJECT_PRONOUNS.has(second)) return true
  for (let i = 0; i + 1 < words.length; i++) {
    const normal = (words[i] as Word).normal
    const writer = normal === "i'm" || normal === "we're" || (i === 0 && normal === 'were')
    const spelledOut =
      (normal === 'i' && words[i + 1]?.normal === 'am') || (normal === 'we' && words[i + 1]?.normal === 'are')
    if (!writer && !spelledOut) continue
    let j = i + (spelledOut ? 2 : 1)
    while (j < words.length && STILL_AHEAD.has((words[j] as Word).normal)) j++
    const verb = words[j]?.normal ?? ''
    return /...ing$/.test(verb) && !notActions.has(verb)
  }
  return false
}

/** A bare verb with its object opening a clause: "mist it twice a day", "leave it with me". */
function startsInstruction(words: readonly Word[]): boolean {
  let i = 0
  while (i < words.length - 1 && imperativeLeads.has((words[i] as Word).normal)) i++
  const verb = words[i]
  const object = words[i + 1]
  if (!verb || !object) return false
  // "mist it", "start the return": a verb and its object; "this"/"that" could be the subject instead.
  const objectFollows =
    (OBJECT_PRONOUNS.has(object.normal) && object.normal !== 'this' && object.normal !== 'that') ||
    /^(the|your|ur|a|an|my|our)$/.test(object.normal)
  if (!objectFollows) return false
  const normal = verb.normal
  return (
    /^\p{L}+$/u.test(normal) &&
    !notInstructionVerbs.has(normal) &&
    !CLAUSE_SUBJECTS.has(normal) &&
    !greetings.has(normal) &&
    !signOffs.has(normal) &&
    !ANSWERS.has(normal) &&
    !isPast(verb) &&
    !/ing$|s$|ly$/.test(normal)
  )
}

/**
 * The closing line goes after the last sentence of content, before a postscript and before what
 * signs off: a line that ends in a comma ("Happy cooking,", "Kind regards,\nAnnie"), a short
 * thanks with a name ("Thanks a million, Siobhán"), a sentence that ends in kisses. None when
 * nothing but sign-offs is left.
 */
function closingLineEdits(
  sentences: readonly Sentence[],
  content: readonly Sentence[],
  last: Sentence,
  sentence: string,
): Edit[] | undefined {
  let at = content.indexOf(beforePostscript(content, last))
  if (at < 0) return appendSentence(last, sentence)
  // A line after a valediction ("Kind regards,") is the signature.
  const signature = (i: number) => {
    const before = sentences[(content[i] as Sentence).index - 1]
    return before !== undefined && isValediction(before.text.trim())
  }
  while (at >= 0 && (signsOff(content[at] as Sentence) || signature(at))) at--
  return at < 0 ? undefined : appendSentence(content[at] as Sentence, sentence)
}

/** A kiss at the end of a sentence: "…to the wedding xxx". */
const ENDS_IN_KISSES = /\sx{1,4}o?x?[.!]*$/i
/** Words a short closing thanks opens with: "Thanks a million, Siobhán". */
const CLOSING_THANKS = /^(?:thanks|thank|cheers|many thanks|ta)\b/i
/** The most words a closing thanks with a name may have. */
const CLOSING_THANKS_WORDS = 5

/** A line that ends in a comma: "Happy cooking,", "Kind regards,". */
const VALEDICTION = /,$/
/** A closing formula on a line of its own, in English or another language, with no comma after it: "Mit freundlichen Grüßen". */
const VALEDICTION_LINE =
  /^(?:kind regards|best regards|warm regards|regards|best wishes|many thanks|sincerely|yours sincerely|yours faithfully|yours truly|mit freundlichen grüßen|freundliche grüße|viele grüße|liebe grüße|beste grüße|mfg|cordialement|bien à vous|bien cordialement|saludos|saludos cordiales|un saludo|atentamente|cordiali saluti|distinti saluti|un saluto|met vriendelijke groet|vriendelijke groeten|groeten|med vänliga hälsningar|med venlig hilsen|pozdrawiam|atenciosamente|abraços)[.!]?$/i

/** A closing line: one that ends in a comma, or a closing formula standing alone. */
function isValediction(line: string): boolean {
  return VALEDICTION.test(line) || VALEDICTION_LINE.test(line)
}

function signsOff(sentence: Sentence): boolean {
  const text = sentence.text.trim()
  const firstLine = text.split('\n')[0]?.trim() ?? ''
  if (ENDS_IN_KISSES.test(text) || isValediction(firstLine)) return true
  const words = sentence.words
  return (
    CLOSING_THANKS.test(text) &&
    words.length <= CLOSING_THANKS_WORDS &&
    !endsSentence(text) &&
    /^\p{Lu}/u.test((words[words.length - 1] as Word | undefined)?.text ?? '')
  )
}

/** The sentence a stock closing follows: the last one before a "P.S." that ends the reply. */
function beforePostscript(content: readonly Sentence[], last: Sentence): Sentence {
  const postscript = content.findIndex((sentence) => POSTSCRIPT.test(sentence.text))
  return postscript > 0 ? (content[postscript - 1] as Sentence) : last
}
const POSTSCRIPT = /^p\.? ?s\.?\b/i

const ANSWER_WORDS =
  /^(?:ok|okay|yes|yep|yeah|sure|right|no|nope|great|perfect|lovely|brilliant|noted|understood|got it|of course)\b/i

/** A greeting whose name is a template slot: "Hello {first_name},", "Dear [Customer Name],". */
function isSlotGreeting(sentence: Sentence): boolean {
  const first = sentence.words[0]
  if (!first || !/^(?:hi|hello|hey|hiya|dear)$/.test(first.normal)) return false
  const text = sentence.text
  const after = first.range[1] - sentence.range[0]
  const slot = protectedSpans(text).find(([start]) => start >= after)
  if (!slot || text.slice(after, slot[0]).trim() !== '') return false
  return /^[\s,!]*$/.test(text.slice(slot[1]))
}

/**
 * Where the reply opens after its greeting: a short first sentence that carries nothing of the
 * formula ("Shipped.") still comes after the thanks, not before it.
 */
function openingOf(sentences: readonly Sentence[], reading: Reading, first: Sentence): Sentence {
  const { greeting } = reading
  for (const sentence of sentences) {
    if (sentence === first) return first
    if (sentence.words.length === 0) continue
    if (greeting?.sentence === sentence && greeting.wholeSentence) continue
    // "Hello {first_name},": a greeting to a template slot is a greeting too.
    if (isSlotGreeting(sentence)) continue
    // An answer word ("Ok.", "Yes!") replies to the customer before the thanks would; a sign-off or
    // name before the content is no opening either.
    if (sentence.words.length > 2 || ANSWER_WORDS.test(sentence.text) || !/^\p{Lu}/u.test(sentence.text))
      continue
    return sentence
  }
  return first
}

function acknowledgementEdits(reading: Reading, first: Sentence, sentence: string): Edit[] | undefined {
  const { greeting } = reading
  const greetingEnd =
    greeting && !greeting.wholeSentence && greeting.sentence === first
      ? greeting.words[greeting.words.length - 1]
      : runOnGreetingEnd(first)
  return insertSentenceBefore(first, sentence, greetingEnd)
}

/**
 * The last word of a greeting run straight into the reply, with no comma: "hey so the gift card…",
 * "hi there the parcel…", "hey mate your parcel…". The thanks then follows it.
 */
function runOnGreetingEnd(sentence: Sentence): Word | undefined {
  const [opener, second, third] = sentence.words
  if (!opener || opener.range[0] !== sentence.range[0] || !GREETING_WORDS.test(opener.normal))
    return undefined
  // "hi priya ur kettle…", "G'day Lachlan yep…": a word before what starts a clause is the customer's name.
  const named =
    !!second &&
    !!third &&
    !second.breakBefore &&
    !third.breakBefore &&
    /^\p{L}+$/u.test(second.text) &&
    !CLAUSE_OPENERS.test(second.normal) &&
    CLAUSE_OPENERS.test(third.normal)
  const tail = !!second && (GREETING_TAILS.test(second.normal) || named) && !second.breakBefore
  const next = tail ? third : second
  return next && !next.breakBefore && /^\p{Ll}/u.test(next.text) ? (tail ? second : opener) : undefined
}

/** Words a clause of the reply opens with, after a name run on from the greeting: "hi priya ur kettle…". */
const CLAUSE_OPENERS =
  /^(?:ur|your|you|u|the|its|it's|it|i|i'm|im|i've|ive|i'll|ill|we|we're|we've|weve|this|that|thanks|thank|sorry|just|yes|yeah|yep|no|so|ok|okay)$/

/** Greeting words a seller may run straight into the reply without a comma. */
const GREETING_WORDS =
  /^(?:hey|hi|hello|hiya|heya|howdy|howya|g'day|gday|sir|madam|namaste|bonjour|hallo|aloha|ciao)$/
/** What may complete the greeting word: "hi there", "hey mate". */
const GREETING_TAILS = /^(?:there|all|everyone|folks|guys|team|mate|friend|again)$/

/** The reply says the seller can do no more: an invitation to reply for more help would contradict it. */
const NO_FURTHER_HELP =
  /\b(?:not able|unable|can(?:no|')t|won't be able) to (?:help|assist|do (?:anything|any) more)(?: you)? (?:further|any further|any more|anymore|with this)\b/i

/** The customer's asking counted against them: "the fourth time you are asking", "forty messages a day". */
const ASKED_AGAIN =
  /\b(?:second|third|fourth|fifth|sixth|nth|umpteenth) time (?:you|u)\b|\basking (?:me )?(?:the same|again)\b|\b(?:\d{1,4}|two|three|four|five|six|ten|twenty|forty|fifty|hundred) (?:messages|emails|texts) (?:a|an|per|in|today)\b|\bevery (?:other )?time you(?:'ve| have)? asked\b/i
/** Asking the customer to stop writing: "kindly do not message me", "stop following up every hour". */
const DONT_MESSAGE =
  /\b(?:do not|don't|dont|stop|quit|no need to|wag ka na mag)\s(?:keep\s)?(?:messaging|message|writing|chasing|following up|follow up|asking)\b|\bbefore writing again\b/i

/** An order, parcel or refund on its way: where a reply without a next step leaves the customer waiting. */
const ORDER_UNDER_WAY =
  /\b(?:parcel|package|deliver(?:y|ed|ing)?|tracking|track|ship(?:ped|ping|ment)?|dispatch(?:ed)?|posted|transit|courier|customs|refund(?:ed)?|replacement|resend|return(?:ed)?|claim|arriv(?:e|ed|al|ing)|on (?:its|the) way|back ?order(?:ed)?|delay(?:ed)?|on hold|(?:out of|back in|in) stock|restock(?:ed)?|repair(?:ed)?|investigat(?:e|ing|ion)|looking into|checking|chas(?:e|ing))\b/i
