import { lazyLexicon, type Range, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  abuseExchangeLexicon,
  CASE_NAMES,
  caseTalkLexicon,
  type EscalationTag,
  escalationLexicon,
  handoverLexicon,
  NOT_A_CASE,
  OFFER_CUES,
  OFFERED_AMOUNT,
  PROMISE_CUES,
} from './lexicons/escalation.js'
import { hostileToneLexicon } from './lexicons/hostile-tone.js'

const lexicon = lazyLexicon(escalationLexicon)
const handovers = lazyLexicon(handoverLexicon)
const abuseExchange = lazyLexicon(abuseExchangeLexicon)
const caseTalk = lazyLexicon(caseTalkLexicon)
const hostile = lazyLexicon(hostileToneLexicon)
/** A sentence longer than this is saying more than a hand-over. */
const HANDOVER_WORDS = 30
/** A courtesy longer than this carries more than thanks or sympathy ("I understand the late arrival was disappointing" fits). */
const COURTESY_WORDS = 16
const offerCues = new Set<string>(OFFER_CUES)
const promiseCues = new Set<string>(PROMISE_CUES)
const DEFAULT_PLATFORM = 'the platform'

export default createRule({
  id: 'escalate-instead',
  meta: {
    description:
      'Flags replies that should go to platform support instead: an active dispute, an abusive customer, private settlement offers and answering abuse in kind.',
    recommended: true,
    defaultSeverity: 'error',
    hasSuggestions: false,
    defaultOptions: {},
  },
  messages: {
    disputeActive:
      "A dispute is open on this order. Contact {{platform}}'s support instead of messaging the customer; anything you write now can be read as part of the dispute.",
    customerAbusive:
      "This customer has been abusive. Hand the conversation to {{platform}}'s support instead of replying; an answer can escalate it further.",
    disputeAndAbuse:
      "A dispute is open and the customer has been abusive. Contact {{platform}}'s support instead of replying.",
    settlement:
      '"{{phrase}}" tries to settle a case or claim outside the platform. Marketplaces treat that as interfering with a dispute; let the case run and talk to support.',
    abuseReply:
      '"{{phrase}}" answers the customer\'s behaviour in kind. Arguing back escalates; stop replying and pass the conversation to platform support.',
  },
  check(context) {
    const { disputeActive, customerAbusive, platformName } = context.replyContext
    const sentences = context.sentences
    const first = sentences[0]
    const last = sentences[sentences.length - 1]
    if (
      first &&
      last &&
      (disputeActive === true || customerAbusive === true) &&
      !isHandover(context, sentences, platformName)
    ) {
      context.report({
        messageId:
          disputeActive === true && customerAbusive === true
            ? 'disputeAndAbuse'
            : disputeActive === true
              ? 'disputeActive'
              : 'customerAbusive',
        range: [first.range[0], last.range[1]],
        data: { platform: platformName || DEFAULT_PLATFORM },
      })
    }
    let caseNamed: boolean | undefined
    const answeredInKind = retortsToNamedAbuse(context, sentences)
    for (const [at, sentence] of sentences.entries()) {
      const retort = answeredInKind.get(sentence)
      if (retort) {
        context.report({
          messageId: 'abuseReply',
          range: retort,
          data: { phrase: context.text.slice(retort[0], retort[1]) },
        })
        continue
      }
      let offers: number | undefined
      for (const match of context.memo(sentence, 'matches', (own) => lexicon().find(own))) {
        const tag = match.tag as EscalationTag
        if (tag === 'referentAction') {
          // "If you mark it resolved" asks to close a case only where the reply names one.
          caseNamed ??= sentences.some((each) => namesCase(each.text))
          if (!caseNamed) continue
        }
        if (tag === 'caseAction' || tag === 'referentAction') {
          offers ??= offersIn(sentence) + strictOffersIn(sentences[at + 1])
          // Something is offered or promised outside the request itself.
          if (offers - match.words.filter(isOfferWord).length === 0) continue
        }
        if (tag === 'abuseReply') {
          context.report({ messageId: 'abuseReply', range: match.range, data: { phrase: match.text } })
          break
        }
        context.report({
          messageId: 'settlement',
          range: match.range,
          data: { phrase: match.text },
        })
        break // one report per sentence
      }
    }
  },
})

/**
 * Retorts (threats, names called back) in a reply that also names the customer's abuse ("Call me a
 * thief once more and I'll…", "I won't be called a liar. Say that again and…"): the retort's range
 * per sentence. Without abuse named in the draft a threat is no-hostile-tone's alone.
 */
function retortsToNamedAbuse(
  context: { memo<T>(sentence: Sentence, key: string, compute: (sentence: Sentence) => T): T },
  sentences: readonly Sentence[],
): Map<Sentence, Range> {
  const retorts = new Map<Sentence, Range>()
  let named = false
  for (const sentence of sentences) {
    const matches = context.memo(sentence, 'abuseExchange', (own) =>
      abuseExchange().find(own, { overlapping: true }),
    )
    for (const match of matches) {
      if (match.tag === 'named') named = true
      else if (!retorts.has(sentence)) retorts.set(sentence, match.range)
    }
  }
  return named ? retorts : new Map()
}

/** Offer and promise words in a sentence, and a sum or share in figures ("£30 off", "40% back"). */
function offersIn(sentence: Sentence): number {
  return sentence.words.filter(isOfferWord).length + (OFFERED_AMOUNT.test(sentence.text) ? 1 : 0)
}

/**
 * What the next sentence offers, without bare promise words: "Would you close the request? I can
 * offer a £15 voucher instead." A plain "we can" after a request is no trade.
 */
function strictOffersIn(sentence: Sentence | undefined): number {
  if (!sentence) return 0
  return (
    sentence.words.filter((word) => offerCues.has(word.normal)).length +
    (OFFERED_AMOUNT.test(sentence.text) ? 1 : 0)
  )
}

/** The text names a case, claim or chargeback ("in case" and "phone case" are not one). */
function namesCase(text: string): boolean {
  return CASE_NAMES.test(text.replace(NOT_A_CASE, ''))
}

/** A word that offers or promises something: a request to close a case with one is a settlement. */
function isOfferWord(word: Word): boolean {
  return offerCues.has(word.normal) || promiseCues.has(word.normal)
}

/** A name on a line of its own: up to four words, each capitalised, with no stop. */
const SIGNATURE_WORDS = 4
function isSignature(sentence: Sentence): boolean {
  const { words } = sentence
  return (
    words.length > 0 &&
    words.length <= SIGNATURE_WORDS &&
    /^[^\n.!?]*$/.test(sentence.text) &&
    words.every((word) => /^\p{Lu}/u.test(word.text))
  )
}

/** A closing line: "Kind regards,", "Yours sincerely", "Respectfully,", "Thank you,". */
const SIGN_OFF =
  /^(?:(?:kind|warm|warmest|best|many|with best|with kind)\s)?(?:regards|wishes|sincerely|faithfully|respectfully|thanks|thank you|cheers|yours(?:\ssincerely|\sfaithfully|\struly)?)[,!.]?$/i
/** The most lines of name, role and shop signed under a closing line. */
const SIGNATURE_LINES = 3

/**
 * Where the signature starts: the lines after the last closing line ("Kind regards,") when each
 * is short and has no stop ("Oliver Grant", "Customer Care, BrightHome Appliances"), or a last
 * name alone; `sentences.length` when there is none.
 */
function signatureStart(sentences: readonly Sentence[]): number {
  for (let at = sentences.length - 1; at >= Math.max(0, sentences.length - 1 - SIGNATURE_LINES); at--) {
    if (!SIGN_OFF.test((sentences[at] as Sentence).text.trim())) continue
    const after = sentences.slice(at + 1)
    if (after.every((line) => line.words.length <= 6 && !/[.!?]$/.test(line.text.trim()))) return at + 1
  }
  const last = sentences[sentences.length - 1]
  return last && isSignature(last) ? sentences.length - 1 : sentences.length
}

/**
 * The reply only hands the matter to platform support: at least one sentence says so, every
 * sentence is short, without a question or a "but" after the hand-over, and none goes into the
 * case itself (its facts, a remedy, fault, a deal: {@link caseTalkLexicon}). Besides hand-overs and
 * courtesies (thanks, an apology, a greeting) up to {@link OTHER_SENTENCES} other sentences may
 * stand ("Delivery for this order is managed by the platform"), where support is named as the
 * one taking the case.
 */
function isHandover(
  context: { memo<T>(sentence: Sentence, key: string, compute: (sentence: Sentence) => T): T },
  sentences: readonly Sentence[],
  platformName: string | undefined,
): boolean {
  let handedOver = false
  let supportNamed = false
  let others = 0
  const signedFrom = signatureStart(sentences)
  for (const [at, sentence] of sentences.entries()) {
    // The writer's name and shop signed under it: "Tomás", "Annie / Silverbirch Studio".
    if (at >= signedFrom) continue
    const found = context.memo(sentence, 'handover', (own) => handovers().find(own))
    const tags = found.map((match) => match.tag)
    const words = sentence.words
    if (words.length > HANDOVER_WORDS || sentence.text.includes('?')) return false
    // "I want to help, but I'm not able to continue this conversation": a "but" that leads into
    // the hand-over keeps it; one after it qualifies it.
    const turn = words.find((word) => /^(but|however|although|though|unless)$/.test(word.normal))
    if (turn && !found.some((match) => match.tag === 'handover' && match.range[0] > turn.range[0]))
      return false
    // A hand-over is calm: nothing in it reads as hostile ("Frankly that's ridiculous…").
    if (context.memo(sentence, 'hostileWording', (own) => hostile().find(own).length > 0)) return false
    if (tags.includes('handover')) {
      handedOver = true
      supportNamed ||= found.some(
        (match) => match.tag === 'handover' && namesSupport(match.text, sentence.text, platformName),
      )
    } else if (context.memo(sentence, 'caseTalk', (own) => caseTalk().find(own).length > 0)) return false
    else if (!tags.includes('courtesy') || words.length > COURTESY_WORDS) others++
  }
  return handedOver && (others === 0 || (supportNamed && others <= OTHER_SENTENCES))
}

/** Sentences besides hand-overs and courtesies a hand-over that names support may hold. */
const OTHER_SENTENCES = 2
const SUPPORT_NAMED =
  /\b(?:support|team|customer service|resolution|trust and safety|the platform|marketplace|they|they'll|who)\b/i

/** The hand-over names who takes the case: support, a team, the platform by name, or "they". */
function namesSupport(handover: string, sentence: string, platformName: string | undefined): boolean {
  return (
    SUPPORT_NAMED.test(handover) ||
    (!!platformName && sentence.toLowerCase().includes(platformName.toLowerCase()))
  )
}
