import {
  type Edit,
  isNegated,
  lazyLexicon,
  NEGATORS,
  type PhraseMatch,
  type Range,
  type Sentence,
  type Word,
} from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  CARD_CUES,
  CONCEALED,
  CONCEALING,
  DESTINATIONS,
  ELSEWHERE,
  HANDOVER_VERBS,
  INBOX_VERBS,
  NEGATION_BREAKERS,
  NOT_A_VALUE_BEFORE,
  OTHER_CUSTOMER,
  type PersonalTag,
  PLACE_FILLERS,
  PRIVATE_CHANNEL,
  PROHIBITIONS,
  personalLexicon,
  REFERENCE_CUES,
  REPLY_VERBS,
  type SecretTag,
  SOFT_REQUEST_WORDS,
  secretLexicon,
  VERB_OBJECTS,
} from './lexicons/sensitive-data.js'
import { findDigitRuns } from './shared/digit-runs.js'
import { passesLuhn } from './shared/luhn.js'
import { cutsProtected, offer, replaceWords, shorten } from './shared/prose-fixer.js'
import { wordsBefore } from './shared/words-at.js'

const secrets = lazyLexicon(secretLexicon)
const personal = lazyLexicon(personalLexicon)
const handoverVerbs = new Set(HANDOVER_VERBS)
const replyVerbs = new Set(REPLY_VERBS)
const placeFillers = new Set(PLACE_FILLERS)
const softWords = new Set(SOFT_REQUEST_WORDS)
/** Words that send the details somewhere other than this conversation: the request is fine. */
const privateOrElsewhere = new Set([...PRIVATE_CHANNEL, ...ELSEWHERE])
const prohibitions = new Set(PROHIBITIONS)
const concealing = new Set(CONCEALING)
const concealed = new Set(CONCEALED)
const negationBreakers = new Set(NEGATION_BREAKERS)
const notAValueBefore = new Set(NOT_A_VALUE_BEFORE)
const verbObjects = new Set(VERB_OBJECTS)
const cardCues = new Set(CARD_CUES)
const referenceCues = new Set(REFERENCE_CUES)
const destinations = new Set(DESTINATIONS)
const inboxVerbs = new Set(INBOX_VERBS)
const WE = new Set(['we', 'i', "we'll", "i'll", "we'd", "i'd", 'will', 'would', 'may', 'might'])
/** Subjects that start the cue's own clause. */
const CUE_SUBJECTS = new Set(['we', 'i', "we'll", "i'll", "we'd", "i'd", 'ill'])
/** Words that may open a request whose subject is left out: "just need the CVV". */
const ELIDED_LEADS = new Set(['just', 'only', 'still', 'also', 'really', 'will', 'would'])
const handoverForms = new Set(HANDOVER_VERBS.map((verb) => `${verb.replace(/e$/, '')}ing`))
/** Words before a gerund that make it a request: "mind typing", "try sending". */
const GERUND_ASKS = new Set(['mind', 'try', 'start', 'suggest', 'recommend', 'consider'])

const SECRET_NAMES: Record<SecretTag, string> = {
  cvv: 'the card security code',
  pin: 'a PIN',
  password: 'a password or security answer',
  otp: 'a one-time code',
  card: 'full card details',
  bank: 'bank details',
}
const PERSONAL_NAMES: Record<Exclude<PersonalTag, 'ignore'>, string> = {
  email: 'email address',
  emailBare: 'email address',
  phone: 'phone number',
  phoneBare: 'phone number',
  address: 'address',
  addressBare: 'address',
  name: 'full name',
  nameBare: 'full name',
  account: 'account number',
  dob: 'date of birth',
  govId: 'ID number',
}
/** What else gives a card away: "expiring 11/26", "security code 482". */
const OTHER_CARD_SECRETS =
  /\b(?:exp|expiry|expiring|expires|valid thru|security code|cvv|cvc|csc)\b|\b(?:0[1-9]|1[0-2])\/\d{2}\b/i
/** Personal data that is sensitive on its own; a name or an address only together. */
const SENSITIVE_ALONE = new Set(['email', 'phone', 'account', 'dob', 'govId'])
const otherCustomer = new Set(OTHER_CUSTOMER)
/** A street address: "14 Elm Road", "3 Mill Lane". Bounded, so linear. */
const STREET =
  /\b\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z]+ ){1,3}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Court|Ct|Place|Pl|Terrace|Gardens|Grove|Park|Hill|Row|Square|Sq|Boulevard|Blvd|Mews|Walk)\b/g
/** A UK postcode: "HA1 2XY", "DE45 1AA". */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g
/** Someone else's order number: "His order was 1147". */
const THEIR_ORDER = /\b(?:[Hh]is|[Hh]er|[Tt]heir) order (?:number |no\.? )?(?:was |is )?#?\d{3,}/g
/** A phone-like run: seven or more digits with spaces. */
// Not inside a code of letters and digits: "tracking JD014600012345".
const PHONE_LIKE = /(?<![\p{L}\d-])\+?\d[\d ]{6,16}\d(?![\p{L}\d-])/gu

/** How far into the first sentence a title still belongs to its greeting: "Good morning Mrs Tan". */
const GREETING_TITLE_AT = 3

const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/g
const SORT_CODE = /(?<!\d)\d{2}-\d{2}-\d{2}(?![\d-])/g
const SHARED_VALUE = /^\s*(?:is|was|:|=)\s*["'“]?([^\s"',;”]*\d[^\s"',;”]*)/i

const messages = {
  cardNumber:
    'This looks like a full card number. Card numbers must never travel in messages (PCI DSS), and a leaked one turns into a fraud claim; show only the last four digits.',
  bankDetails:
    'This looks like full bank details. They should not travel in order messages, where they can be copied and misused; pay and refund through the platform.',
  credentialRequest:
    '"{{phrase}}" asks the customer for {{what}}. No seller needs it, customers are told never to share it, and asking looks like a scam; the platform handles payment and sign-in.',
  secretShared:
    'This message contains {{what}}. Anyone who can read the conversation could use it; never send it in a message.',
  thirdPartyData:
    "This shares another person's {{what}}. Other customers' details must never be passed on in a message; let the platform arrange any exchange.",
  personalDataRequest:
    '"{{phrase}}" asks the customer to post personal details ({{what}}) in this conversation. Ask for them by private message, and only what you need.',
  suggestMask: 'Show only the last four digits: "{{masked}}".',
  suggestPrivate: 'Ask for the details by private message.',
} as const

export default createRule({
  id: 'no-sensitive-data',
  meta: {
    description:
      'Flags full card numbers, bank details, requests for card codes, PINs, passwords or one-time codes, and requests to post personal details in the conversation.',
    recommended: true,
    // Not 'sentence': a secret named in the sentence before ("your PIN?") decides what this one asks for.
    scope: 'reply',
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages,
  check(context) {
    const order = context.replyContext.order
    // Needed only for a digit run that could be a card number: most sentences have none.
    let known: string[] | undefined
    const knownValues = () =>
      (known ??= [order?.id, order?.trackingNumber]
        .filter((value): value is string => !!value)
        .map((value) => value.replace(/\D/g, '')))
    for (const sentence of context.sentences) {
      // "You'll get a code by text. Just paste it here.": the request points back to the secret.
      const range = pointsBack(sentence)
      const named =
        range && !NOT_ASKED.test(sentence.text) && namedSecret(context.document.sentences[sentence.index - 1])
      if (range && named) {
        context.report({
          messageId: 'credentialRequest',
          range,
          data: { phrase: shorten(textOf(sentence, range)), what: SECRET_NAMES[named.tag as SecretTag] },
        })
        continue
      }
      for (const card of findCardNumbers(sentence, knownValues)) {
        const masked = `**** ${card.digits.slice(-4)}`
        context.report({
          messageId: 'cardNumber',
          range: card.range,
          // Beside an expiry date or a security code the card is still given away, masked or not.
          suggestions: OTHER_CARD_SECRETS.test(sentence.text)
            ? []
            : [{ messageId: 'suggestMask', data: { masked }, edits: [{ range: card.range, text: masked }] }],
        })
      }
      for (const range of findBankDetails(sentence)) context.report({ messageId: 'bankDetails', range })

      const secretMatches = secrets().find(sentence)
      const requested: PhraseMatch<SecretTag>[] = []
      let requestStart = Number.POSITIVE_INFINITY
      for (const match of secretMatches) {
        const value = sharedValue(sentence, match)
        if (value) {
          context.report({
            messageId: 'secretShared',
            range: value,
            data: { what: SECRET_NAMES[match.tag as SecretTag] },
          })
          continue
        }
        // "…with your card details hidden": the detail kept out, not asked for.
        if (concealed.has(sentence.words[lastIndex(match) + 1]?.normal ?? '')) continue
        // A PIN code in a reply about the delivery address is the Indian postcode.
        if (match.tag === 'pin' && POSTAL_PIN.test(match.text) && POSTAL_CONTEXT.test(context.text)) continue
        const cue =
          requestCue(sentence.words, firstIndex(match), true) ??
          handedOverAfter(sentence.words, lastIndex(match))
        if (cue === undefined) continue
        requested.push(match)
        requestStart = Math.min(requestStart, cue.range[0], match.range[0])
      }
      if (requested.length > 0) {
        const range: Range = [requestStart, (requested[requested.length - 1] as PhraseMatch).range[1]]
        context.report({
          messageId: 'credentialRequest',
          range,
          data: {
            phrase: shorten(textOf(sentence, range)),
            what: listOf([...new Set(requested.map((match) => SECRET_NAMES[match.tag as SecretTag]))]),
          },
          // No rewrite: the request is the reply's next step ("the payment failed, could you send
          // the 3 digits on the back?"), and what to ask for instead (nothing: the platform takes
          // payment and sign-in) is the seller's to say. Removed, it left replies with no next step.
        })
        continue
      }
      const shared = otherPersonsData(sentence, context.document.sentences[sentence.index - 1])
      if (shared) {
        context.report({ messageId: 'thirdPartyData', range: shared.range, data: { what: shared.what } })
        continue
      }
      const request = personalRequest(sentence)
      if (request) {
        context.report({
          messageId: 'personalDataRequest',
          range: request.range,
          data: {
            phrase: shorten(textOf(sentence, request.range)),
            what: request.what,
          },
          // Moved to a private message, a passport number or a birth date is still sent: only what a
          // delivery needs may go that way.
          suggestions: request.forDelivery
            ? offer('suggestPrivate', privately(sentence, request.range[1]))
            : [],
        })
      }
    }
  },
})

/** A secret a sentence names, not negated ("we'll never ask for your PIN" names none). */
function namedSecret(sentence: Sentence | undefined): PhraseMatch<SecretTag> | undefined {
  if (!sentence) return undefined
  return secrets()
    .find(sentence)
    .find((match) => !isNegated(sentence.words, firstIndex(match), 6))
}

/** Verbs of a request for what the previous sentence named: "Just paste it here", "Please send it to me here". */
const POINTING_VERBS: ReadonlySet<string> = new Set([
  'send',
  'upload',
  'attach',
  'paste',
  'type',
  'share',
  'give',
  'tell',
  'forward',
  'pop',
  'put',
  'read',
  'text',
  'message',
  'pass',
  'relay',
  'copy',
  'drop',
])
const POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'them', 'this'])

/** Where a sentence asks for "it" ("paste it", "send me that"), by its words. */
function pointsBack(sentence: Sentence): Range | undefined {
  const words = sentence.words
  for (let i = 0; i < words.length - 1; i++) {
    if (!POINTING_VERBS.has((words[i] as Word).normal)) continue
    const pointer = words[words[i + 1]?.normal === 'me' ? i + 2 : i + 1]
    if (pointer && !pointer.breakBefore && POINTERS.has(pointer.normal))
      return [(words[i] as Word).range[0], pointer.range[1]]
  }
  return undefined
}

/** …unless it is a warning or sends it elsewhere: "never send it to anyone", "give it only to him, not in this chat". */
const NOT_ASKED =
  /\b(?:never|don't|do not|dont|no need to|without|nobody|no one|anyone|only to|not (?:in|on|here|to me|to us))\b/i

interface CardNumber {
  range: Range
  digits: string
}

/**
 * Luhn-valid runs of 13–19 digits that start like a card (2–6), written as one block or in card
 * groups (4-4-4-4, 4-6-5…), and not claimed by a reference word ("tracking", "order") or a known order value.
 */
function findCardNumbers(sentence: Sentence, knownValues: () => readonly string[]): CardNumber[] {
  const found: CardNumber[] = []
  if (!/\d{4}/.test(sentence.text)) return found
  for (const run of findDigitRuns(sentence.text)) {
    const { digits, groups } = run
    if (digits.length < 13 || digits.length > 19 || run.hasPlus || run.hasParentheses) continue
    if (!/^[2-6]/.test(digits) || knownValues().includes(digits)) continue
    const shape = groups.join('-')
    const cardGrouping =
      groups.length === 1 ||
      shape === '4-6-5' ||
      shape === '4-6-4' ||
      groups.every((size, i) => (i < groups.length - 1 ? size === 4 : size >= 1 && size <= 4))
    if (!cardGrouping) continue
    const start = sentence.range[0] + run.start
    if (sentence.text.charAt(run.start - 1) === '#') continue
    const before = wordsBefore(sentence.words, start, 6)
    const hasCardCue = before.some((word) => cardCues.has(word.normal))
    // A number that fails the card checksum is a card only when written as one beside the word:
    // "card 4716 5550 1234 9987" (a mistyped or made-up card is still one the customer would share).
    if (!passesLuhn(digits) && !(hasCardCue && shape === '4-4-4-4')) continue
    if (!hasCardCue && before.slice(-4).some((word) => referenceCues.has(word.normal))) continue
    found.push({ range: [start, sentence.range[0] + run.end], digits })
  }
  return found
}

/** Valid IBANs (mod-97 checked) and UK sort codes written next to the words "sort code". */
function findBankDetails(sentence: Sentence): Range[] {
  const ranges: Range[] = []
  const text = sentence.text
  if (/[A-Z]{2}\d{2}/.test(text)) {
    for (const match of text.matchAll(IBAN)) {
      const length = validIbanLength(match[0])
      if (length > 0) ranges.push([sentence.range[0] + match.index, sentence.range[0] + match.index + length])
    }
  }
  // A sort code is written with dashes: test for one before the case-insensitive search.
  if (text.includes('-') && /sort\s*code/i.test(text)) {
    for (const match of text.matchAll(SORT_CODE))
      ranges.push([sentence.range[0] + match.index, sentence.range[0] + match.index + match[0].length])
  }
  return ranges
}

/** The length (in the written text, spaces included) of the longest prefix that is a valid IBAN, or 0. */
function validIbanLength(written: string): number {
  const compact = written.replace(/ /g, '')
  for (let length = Math.min(34, compact.length); length >= 15; length--) {
    if (!ibanChecksumOk(compact.slice(0, length))) continue
    let seen = 0
    for (let i = 0; i < written.length; i++) {
      if (written[i] !== ' ') seen++
      if (seen === length) return i + 1
    }
  }
  return 0
}

function ibanChecksumOk(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const code = char.charCodeAt(0)
    const value = code >= 65 ? String(code - 55) : char
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97
  }
  return remainder === 1
}

/** "Your PIN is 4821", "temporary password: Xk29!": the secret itself, written into the reply. */
function sharedValue(sentence: Sentence, match: PhraseMatch): Range | undefined {
  const offset = match.range[1] - sentence.range[0]
  const value = SHARED_VALUE.exec(sentence.text.slice(offset, offset + 80))
  if (!value || (value[1] as string).length < 4) return undefined
  const start = match.range[1] + (value[0].length - (value[1] as string).length)
  return [start, start + (value[1] as string).length]
}

interface PersonalRequest {
  range: Range
  what: string
  /** Only what a delivery needs (a name, an address, a phone number): fine to ask by private message. */
  forDelivery: boolean
}

/** Details a seller may ask for privately to deliver an order; an ID, a birth date or an e-mail is not asked for at all. */
const DELIVERY_DETAILS: ReadonlySet<string> = new Set(['name', 'address', 'phone'])

/** A request to post personal details here: sensitive data asked for, not privately, not via a form. */
function personalRequest(sentence: Sentence): PersonalRequest | undefined {
  const words = sentence.words
  for (const word of words)
    if (privateOrElsewhere.has(word.normal) && !isDocumentPage(words, word)) return undefined
  if (/https?:|<url>|www\./i.test(sentence.text)) return undefined
  const all = personal().find(sentence)
  const counted = all.filter((match) => countsAsValue(words, match, all.length > 1))
  if (counted.length === 0) return undefined
  const categories = new Set(counted.map((match) => (match.tag as string).replace(/Bare$/, '')))
  const sensitive =
    [...categories].some((category) => SENSITIVE_ALONE.has(category)) ||
    (categories.has('name') && categories.has('address'))
  if (!sensitive) return undefined

  const first = counted[0] as PhraseMatch
  const last = counted[counted.length - 1] as PhraseMatch
  if (words.slice(0, firstIndex(first)).some((word) => prohibitions.has(word.normal))) return undefined
  const cue = requestCue(words, firstIndex(first), false) ?? handedOverAfter(words, lastIndex(last))
  let start: number
  if (cue) start = Math.min(cue.range[0], first.range[0])
  else if (pleaseAfter(words, lastIndex(last)) || isQuestionAbout(sentence, first)) start = first.range[0]
  else return undefined
  const what = listOf([
    ...new Set(counted.map((match) => PERSONAL_NAMES[match.tag as Exclude<PersonalTag, 'ignore'>])),
  ])
  const forDelivery = [...categories].every((category) => DELIVERY_DETAILS.has(category))
  return { range: [start, last.range[1]], what, forDelivery }
}

/** "the first page of your passport", "your passport's photo page": a page of the document, not a web page to send it through. */
const DOCUMENT_PAGES: ReadonlySet<string> = new Set([
  'first',
  'front',
  'photo',
  'data',
  'bio',
  'main',
  'personal',
  'details',
  'information',
  'last',
  'back',
  'signature',
])
function isDocumentPage(words: readonly Word[], word: Word): boolean {
  return word.normal === 'page' && DOCUMENT_PAGES.has(words[word.indexInSentence - 1]?.normal ?? '')
}

/** Words that make what follows a list of details a clause of its own. */
const NOT_A_LIST: ReadonlySet<string> = new Set(
  'please i we you it they he she so then if in case is are was be will can could should would do does did'.split(
    ' ',
  ),
)

/** The seller means to call or text the customer. */
const TO_CALL =
  /\b(?:call|ring|phone|text|whatsapp|facetime)\s+(?:you|u)\b|\bgive (?:you|u) a (?:ring|call|bell|buzz)\b|\bon the phone\b/i

/**
 * Where "by private message" goes: in place of a "here" or "in this chat" that follows the details,
 * or right after details that end the sentence. None for "What's your email?" (the question cannot
 * take it) or where anything follows the details: a list that runs on, a phrase that goes on ("the
 * email on the account") or another clause.
 */
function privately(sentence: Sentence, after: number): Edit[] | undefined {
  const words = sentence.words
  if (/^(what's|whats|what)$/.test(words[0]?.normal ?? '')) return undefined
  // Asked for a call or a text ("pop your mobile here and I'll give you a ring"): sent privately,
  // the number still takes the conversation off the platform.
  if (TO_CALL.test(sentence.text)) return undefined
  const nextIndex = words.findIndex((word) => word.range[0] >= after)
  const next = words[nextIndex]
  const here = next && /^(here|below)$/.test(next.normal) ? [next] : undefined
  const chat =
    next?.normal === 'in' &&
    /^(this|the)$/.test(words[nextIndex + 1]?.normal ?? '') &&
    /^(chat|thread|conversation)$/.test(words[nextIndex + 2]?.normal ?? '')
      ? [next, words[nextIndex + 1] as Word, words[nextIndex + 2] as Word]
      : undefined
  const said = here ?? chat
  if (said)
    return replaceWords(sentence, said[0] as Word, said[said.length - 1] as Word, 'by private message')
  // Where the details end the sentence, or a list of them runs on to its end ("your full name,
  // address, barcode and receipt?"); anywhere else the phrase would land mid-list ("your date of
  // birth by private message and your address") or on another clause ("…, please delete it after").
  let at = after
  if (next) {
    const rest = words.slice(nextIndex)
    const listGoesOn =
      sentence.text.slice(after - sentence.range[0], next.range[0] - sentence.range[0]).trim() === ',' &&
      !rest.some((word) => NOT_A_LIST.has(word.normal) || /'(?:ll|re|s|ve|d|m)$/.test(word.normal))
    const politeEnd = rest.length === 1 && /^(please|pls|thanks|thx)$/.test(next.normal)
    if (listGoesOn) at = (rest[rest.length - 1] as Word).range[1]
    else if (!politeEnd) return undefined
  }
  const edits: Edit[] = [{ range: [at, at], text: ' by private message' }]
  return cutsProtected(sentence, edits) ? undefined : edits
}

/** Does this noun name a value the customer would type in (not the inbox, a verb, or a destination)? */
function countsAsValue(words: readonly Word[], match: PhraseMatch, hasCompany: boolean): boolean {
  if (match.tag === 'ignore') return false
  const first = firstIndex(match)
  const previous = words[first - 1]
  const next = words[lastIndex(match) + 1]
  if (previous && !(match.words[0] as Word).breakBefore) {
    // Look past a possessive: "update your account details", "sent to your email address".
    const governing =
      (previous.normal === 'your' || previous.normal === 'the') && !(words[first - 1] as Word).breakBefore
        ? (words[first - 2] ?? previous)
        : previous
    for (const word of new Set([previous, governing]))
      if (destinations.has(word.normal) || inboxVerbs.has(word.normal)) return false
  }
  if (!(match.tag as string).endsWith('Bare')) return true
  // A bare noun ("email", "address") is a value only in a list of details: "order ID and email".
  if (previous && !(match.words[0] as Word).breakBefore && notAValueBefore.has(previous.normal)) return false
  if (next && !next.breakBefore && verbObjects.has(next.normal)) return false
  return hasCompany || previous?.normal === 'and' || previous?.normal === 'or'
}

/**
 * The word that makes the sentence ask for something before `index`: a hand-over verb ("send",
 * "give", "what's"), a frame ("can I have", "let us know", "we need") or, for personal details, a
 * softer word ("please", "along with"). A negated or prohibited request ("never ask", "don't share",
 * "without providing") is no request.
 */
function requestCue(words: readonly Word[], index: number, strict: boolean): Word | undefined {
  for (let i = 0; i < index; i++) if (prohibitions.has((words[i] as Word).normal)) return undefined
  // The detail named to be hidden is not asked for ("hide the card number", "blur out your CVV").
  for (let i = index - 1; i >= 0 && i >= index - 3; i--)
    if (concealing.has((words[i] as Word).normal)) return undefined
  for (let i = index - 1; i >= 0; i--) {
    if (!isCue(words, i, strict)) continue
    return negatedAt(words, i) ? undefined : (words[i] as Word)
  }
  return undefined
}

function isCue(words: readonly Word[], i: number, strict: boolean): boolean {
  const word = (words[i] as Word).normal
  const previous = words[i - 1]?.normal
  const next = words[i + 1]?.normal
  // "They may text you a one-time code": sent to the customer, not asked of them. After an article
  // the word is a noun: "sends a text or card with the payment details".
  if (handoverVerbs.has(word)) return next !== 'you' && next !== 'u' && !ARTICLES.test(previous ?? '')
  if (word === 'what' && (next === 'is' || next === 'are' || next === 'was')) return true
  if (word === 'know' && (previous === 'us' || previous === 'me')) return true
  if ((word === 'have' || word === 'get' || word === 'take') && (previous === 'i' || previous === 'we')) {
    const modal = words[i - 2]?.normal
    return modal === 'can' || modal === 'could' || modal === 'may'
  }
  if (word === 'ask' && (previous === 'i' || previous === 'we' || previous === 'to')) return true
  if (word === 'need' || word === 'needs' || word === 'require') {
    if ([words[i - 1], words[i - 2]].some((before) => before !== undefined && WE.has(before.normal)))
      return true
    // The writer's subject left out ("Just need the CVV…") or the writer's own team ("Our tech needs…").
    if (i === 0 || (i === 1 && ELIDED_LEADS.has(previous ?? ''))) return true
    return [words[i - 2], words[i - 3]].some((before) => before?.normal === 'our' || before?.normal === 'my')
  }
  // "Mind typing out the security code…": the hand-over verb as the gerund a polite ask takes
  // ("before posting the phone in" asks nothing).
  if (handoverForms.has(word)) return GERUND_ASKS.has(previous ?? '') && next !== 'you' && next !== 'u'
  if (strict) return false
  if ((word === 'along' || word === 'together') && next === 'with') return true
  return softWords.has(word)
}

/**
 * A negator up to three words before the cue, in the same clause, unless "forget"/"hesitate" follows
 * it. The cue's own subject ends the search: "…isn't unlocking I'll need your password" asks.
 */
function negatedAt(words: readonly Word[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    if ((words[i + 1] as Word).breakBefore) return false
    const word = (words[i] as Word).normal
    if (CUE_SUBJECTS.has(word)) return false
    if (NEGATORS.has(word)) {
      for (let j = i + 1; j < index; j++) if (negationBreakers.has((words[j] as Word).normal)) return false
      return true
    }
  }
  return false
}

/** "…order ID and email please": a bare "please" right after the list. */
function pleaseAfter(words: readonly Word[], index: number): boolean {
  for (let i = index + 1; i <= index + 2 && i < words.length; i++) {
    const word = (words[i] as Word).normal
    if (word === 'please' || word === 'pls' || word === 'plz') return true
  }
  return false
}

/** "Your full name, address and email?": a question that opens with the details. */
function isQuestionAbout(sentence: Sentence, first: PhraseMatch): boolean {
  if (!sentence.tokens.some((token) => token.kind === 'punctuation' && token.text.includes('?'))) return false
  return firstIndex(first) === 0 || (firstIndex(first) === 1 && sentence.words[0]?.normal === 'your')
}

function firstIndex(match: PhraseMatch): number {
  return (match.words[0] as Word).indexInSentence
}

function lastIndex(match: PhraseMatch): number {
  return (match.words[match.words.length - 1] as Word).indexInSentence
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The text of a range inside the sentence (a sentence-scoped rule reads only its sentence). */
function textOf(sentence: Sentence, [start, end]: Range): string {
  return sentence.text.slice(start - sentence.range[0], end - sentence.range[0])
}

const MODALS = /^(?:can|could|will|would|should|may|might|'ll|must)$/
const POSTAL_PIN = /\bpin[ -]?codes?\b/i
/** A six-digit postcode, or the address it belongs to, anywhere in the reply. */
const POSTAL_CONTEXT = /\b\d{6}\b|\b(?:address|area|locality|district|city|delivery|courier)\b/i
const ARTICLES = /^(?:a|an|the|another)$/

/**
 * "…send the card number to me here": the secret first, then a hand-over of it ("paste it here",
 * "read it back to me", "send it over here").
 */
function handedOverAfter(words: readonly Word[], index: number): Word | undefined {
  for (let i = index + 1; i < words.length - 1; i++) {
    const word = words[i] as Word
    if (!handoverVerbs.has(word.normal) && !replyVerbs.has(word.normal)) continue
    // "…your bank can confirm it too": someone else's act, not the customer's.
    const modal = words[i - 1]
    if (modal && MODALS.test(modal.normal) && !/^(?:you|u|please)$/.test(words[i - 2]?.normal ?? '')) continue
    // "send it", "reply here with it", "pop it back": a few place words may stand before the pronoun.
    let at = i + 1
    while (at < i + 4 && placeFillers.has(words[at]?.normal ?? '')) at++
    if (/^(it|them|that|this)$/.test(words[at]?.normal ?? '')) return negatedAt(words, i) ? undefined : word
  }
  return undefined
}

/**
 * Another person's details passed on: a street address, postcode, e-mail or phone number in a
 * sentence about someone else ("another buyer, Mrs Patel at 14 Elm Road", "her number is …").
 */
function otherPersonsData(
  sentence: Sentence,
  previous: Sentence | undefined,
): { range: Range; what: string } | undefined {
  const words = sentence.words
  const aboutSomeoneElse =
    words.some(
      (word, i) =>
        // "her number", "his address"; "Mrs Patel"
        ((word.normal === 'his' || word.normal === 'her' || word.normal === 'their') &&
          /^(number|address|email|e-mail|phone|mobile|details|order|house|flat|postcode)$/.test(
            words[i + 1]?.normal ?? '',
          )) ||
        // The reader greeted by name ("Morning Miss Grant,") is the customer, not someone else.
        (/^(mr|mrs|ms|miss)$/.test(word.normal) &&
          /^\p{Lu}/u.test(words[i + 1]?.text ?? '') &&
          !(sentence.index === 0 && i <= GREETING_TITLE_AT)),
    ) ||
    /\b(?:went|sent|delivered|posted|given) to \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence.text) ||
    words.some(
      (word, i) =>
        otherCustomer.has(word.normal) && /^(another|other|different)$/.test(words[i - 1]?.normal ?? ''),
    ) ||
    (previous?.words.some(
      (word, i) =>
        otherCustomer.has(word.normal) &&
        /^(another|other|different)$/.test(previous.words[i - 1]?.normal ?? ''),
    ) ??
      false)
  if (!aboutSomeoneElse) return undefined
  const found: { range: Range; what: string }[] = []
  const scan = (pattern: RegExp, what: string) => {
    pattern.lastIndex = 0
    for (const match of sentence.text.matchAll(pattern)) {
      const start = sentence.range[0] + match.index
      found.push({ range: [start, start + match[0].length], what })
    }
  }
  scan(STREET, 'address')
  scan(POSTCODE, 'address')
  for (const [start, end] of emailsIn(sentence.text))
    found.push({ range: [sentence.range[0] + start, sentence.range[0] + end], what: 'e-mail address' })
  scan(PHONE_LIKE, 'phone number')
  // A name right after "another customer,": "another customer, David Lowe".
  words.forEach((word, i) => {
    const [first, second] = [words[i + 1], words[i + 2]]
    if (
      otherCustomer.has(word.normal) &&
      /^(another|other)$/.test(words[i - 1]?.normal ?? '') &&
      first &&
      second &&
      /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(second.text) &&
      !second.breakBefore
    )
      found.push({ range: [first.range[0], second.range[1]], what: 'name' })
  })
  scan(THEIR_ORDER, 'order')
  if (found.length === 0) return undefined
  found.sort((a, b) => a.range[0] - b.range[0])
  const first = found[0] as { range: Range; what: string }
  const last = found[found.length - 1] as { range: Range; what: string }
  return {
    range: [first.range[0], last.range[1]],
    what: listOf([...new Set(found.map((item) => item.what))]),
  }
}

const LOCAL_CHAR = /[\w.+-]/
const DOMAIN_CHAR = /[\w.-]/

/** E-mail addresses, found around each "@" (each scan stops at the next "@", so the whole is linear). */
function emailsIn(text: string): Range[] {
  const found: Range[] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && LOCAL_CHAR.test(text.charAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && DOMAIN_CHAR.test(text.charAt(end))) end++
    while (end > at + 1 && text.charAt(end - 1) === '.') end--
    const domain = text.slice(at + 1, end)
    if (start < at && domain.includes('.') && !domain.startsWith('.')) found.push([start, end])
  }
  return found
}
