import { LinkifyIt } from 'linkify-it'
import {
  type Edit,
  lazyLexicon,
  type Range,
  type ReplyDocument,
  type Sentence,
  type SuggestionDescriptor,
} from '../src/core.js'
import { createRule } from './create-rule.js'
import { channelLexicon, offPlatformLexicon } from './lexicons/off-platform.js'
import { AMOUNT_WORDS, NUMBER_OWNERS, PHONE_CUES, REFERENCE_CUES } from './lexicons/phone-cues.js'
import { type DigitRun, findDigitRuns } from './shared/digit-runs.js'
import { findHiddenContacts } from './shared/hidden-contacts.js'
import { cutsProtected, offer, removeSentence, replaceSentence } from './shared/prose-fixer.js'
import { anyQuotedIn, firstWordEndingAfter } from './shared/words-at.js'

const lexicon = lazyLexicon(offPlatformLexicon)
const channels = lazyLexicon(channelLexicon)
let linkify: LinkifyIt | undefined
const phoneCues = new Set(PHONE_CUES)
const referenceCues = new Set(REFERENCE_CUES)
const amountWords = new Set(AMOUNT_WORDS)
const numberOwners = new Set(NUMBER_OWNERS)
/** `<URL>` and `<LINK>` stand for a real link in templates. */
const LINK_STAND_IN = /<\s*(?:url|link)\s*>/gi
const MAY_HOLD_LINK = /[@:]|\.[^\s.]/
/**
 * What linkify needs to find anything: an @ (e-mail), a scheme it knows (`http:`, `https:`, `ftp:`,
 * `mailto:`, `//`) or a dot before a top-level domain (ASCII letters, `xn--`, or `рф`).
 */
const LINK_NEEDS = /@|(?:https?|ftp|mailto):|\/\/|\.[a-zр]/i
/** Fewer digits are never a phone number. */
const MIN_PHONE_DIGITS = 7

const messages = {
  email:
    'An e-mail address moves the conversation off the platform. Keep it in the order messages, where the platform can see it if a dispute is opened.',
  phone:
    'A phone number moves the conversation off the platform, where nothing is on record if a dispute is opened. Keep it in the order messages.',
  link: 'This link sends the customer off the platform ({{host}}). Marketplaces forbid outside links in order messages; answer here instead.',
  linkStandIn:
    'This stands for a link that sends the customer elsewhere. Marketplaces forbid outside links in order messages; answer here instead.',
  invitation:
    '"{{phrase}}" invites contact outside the platform. Keep the conversation in the order messages so it stays on record.',
  app: '"{{phrase}}" moves the conversation to another app. Keep it in the order messages so it stays on record.',
  payment:
    '"{{phrase}}" suggests paying outside the platform, which breaks marketplace rules and removes buyer protection.',
  contactRequest:
    '"{{phrase}}" asks for contact details to talk elsewhere. Keep the conversation in the order messages.',
  suggestReplyHere: 'Replace the sentence with an invitation to reply here.',
  suggestRemoveSentence: 'Remove the sentence.',
} as const

export default createRule({
  id: 'no-off-platform',
  meta: {
    description: 'Flags e-mail addresses, phone numbers, outside links, messaging apps and outside payment.',
    recommended: true,
    // Not 'sentence': whether a contact's sentence can go depends on what points back at it elsewhere
    // ("…a bulk price over there").
    scope: 'reply',
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: {
      /** Domains links may point to, besides `context.allowedDomains` (subdomains included). */
      allowedDomains: [] as string[],
      /**
       * A sentence offered in place of one that is only a contact ("Please reply here and we'll
       * help."); empty, the default, offers removing it.
       */
      replacement: '',
    },
  },
  messages,
  check(context) {
    // Both lists are needed only once a link or a long digit run turns up: most sentences have neither.
    let known: string[] | undefined
    const knownValues = () =>
      (known ??= [context.replyContext.order?.id, context.replyContext.order?.trackingNumber]
        .filter((value): value is string => !!value)
        .map((value) => value.replace(/\D/g, '')))
    for (const sentence of context.sentences) {
      const found: Finding[] = []
      for (const link of findLinks(sentence)) {
        if (link.kind === 'link' && isAllowed(link.host, allowedDomains(context))) continue
        if (insideSlot(sentence, link.range)) continue
        if (link.kind === 'linkStandIn' && asksWhereOrdered(sentence)) continue
        if (isQuoted(sentence, link.range)) continue
        found.push({ messageId: link.kind, range: link.range, data: { host: link.host } })
      }
      for (const run of findDigitRuns(sentence.text)) {
        if (run.digits.length < MIN_PHONE_DIGITS || !looksLikePhone(run, sentence, knownValues())) continue
        const range: [number, number] = [sentence.range[0] + run.start, sentence.range[0] + run.end]
        if (isQuoted(sentence, range)) continue
        found.push({ messageId: 'phone', range })
      }
      for (const hidden of findHiddenContacts(sentence)) {
        if (isQuoted(sentence, hidden.range)) continue
        found.push({ messageId: hidden.kind, range: hidden.range })
      }
      for (const match of lexicon().find(sentence)) {
        found.push({ messageId: match.tag ?? 'invitation', range: match.range, data: { phrase: match.text } })
      }
      // Also beside other findings, so the sentence's one rewrite has to clear it too.
      const channel = channelFrame(sentence)
      if (
        channel &&
        !found.some((finding) => finding.range[0] < channel.range[1] && channel.range[0] < finding.range[1])
      )
        found.push({ messageId: 'app', range: channel.range, data: { phrase: channel.text } })
      if (found.length === 0) continue
      // One rewrite for the sentence, so it clears every finding in it.
      const suggestions = rewrites(context.document, sentence, found, context.options.replacement)
      for (const finding of found) context.report({ ...finding, suggestions })
    }
  },
})

/** "@lunaclay", "(@luna.clay)": a handle, not the "@" inside an email address. */
const HANDLE = /(?:^|[\s("'“])@[\p{L}\p{N}._]{3,}/u

/** A channel and a way to reach the writer through it in one sentence (see {@link channelLexicon}). */
function channelFrame(sentence: Sentence): { range: Range; text: string } | undefined {
  let channel: Range | undefined
  let reach = false
  for (const match of channels().find(sentence)) {
    if (match.tag === 'channel') channel ??= match.range
    else reach = true
  }
  // An account handle beside a network's name is the way to reach the writer there: "on Instagram (@lunaclay)".
  if (!channel || !(reach || HANDLE.test(sentence.text))) return undefined
  const text = sentence.text.slice(channel[0] - sentence.range[0], channel[1] - sentence.range[0])
  return { range: channel, text }
}

interface Finding {
  messageId: keyof typeof messages & string
  range: Range
  data?: Record<string, string>
}

type FoundLink = { kind: 'email' | 'link' | 'linkStandIn'; range: [number, number]; host: string }

function findLinks(sentence: Sentence): FoundLink[] {
  const found: FoundLink[] = []
  const base = sentence.range[0]
  const text = sentence.text
  // linkify is the slow part: only ask it about sentences with an @, a colon or a dot inside a word.
  if (MAY_HOLD_LINK.test(text)) {
    for (const piece of piecesThatMayLink(text)) {
      for (const match of linksIn(piece.text)) {
        const email = match.schema === 'mailto:'
        found.push({
          kind: email ? 'email' : 'link',
          range: [base + piece.start + match.index, base + piece.start + match.lastIndex],
          host: email ? (match.raw.split('@').pop() ?? '') : hostOf(match.url),
        })
      }
    }
  }
  if (text.includes('<')) {
    for (const match of text.matchAll(LINK_STAND_IN)) {
      found.push({
        kind: 'linkStandIn',
        range: [base + match.index, base + match.index + match[0].length],
        host: '',
      })
    }
  }
  return found
}

type LinkMatch = Readonly<{ index: number; lastIndex: number; schema: string; raw: string; url: string }>

/**
 * linkify's matches by piece. While a writer edits a sentence that holds a link, the link's piece
 * stays the same, and linkify's scan of a long URL is the slowest part of this rule. Cleared when
 * full; pieces longer than any real link are not kept.
 */
const linksByPiece = new Map<string, readonly LinkMatch[]>()
const MAX_KEPT_PIECES = 512
const LONGEST_KEPT_PIECE = 2048

function linksIn(piece: string): readonly LinkMatch[] {
  let links = linksByPiece.get(piece)
  if (links === undefined) {
    linkify ??= new LinkifyIt({ fuzzyLink: true })
    links = (linkify.match(piece) ?? []).map(({ index, lastIndex, schema, raw, url }) =>
      Object.freeze({ index, lastIndex, schema, raw, url }),
    )
    if (piece.length <= LONGEST_KEPT_PIECE) {
      if (linksByPiece.size >= MAX_KEPT_PIECES) linksByPiece.clear()
      linksByPiece.set(piece, links)
    }
  }
  return links
}

/**
 * The space-separated pieces of `text` that linkify could find a link in. A link never holds a
 * space, tab or line break, and linkify treats them exactly like the start or end of its input,
 * so matching piece by piece finds the same links as matching the whole text, and the many
 * pieces that are plain words are skipped.
 */
function piecesThatMayLink(text: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = []
  let start = 0
  while (start < text.length) {
    let end = start
    while (end < text.length && !isLinkBreak(text.charCodeAt(end))) end++
    if (end > start) {
      const piece = text.slice(start, end)
      if (LINK_NEEDS.test(piece)) pieces.push({ text: piece, start })
    }
    start = end + 1
  }
  return pieces
}

/** Space, tab, line feed, carriage return: never inside a link, and a link boundary for linkify. */
function isLinkBreak(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** The customer's own words, quoted back (`"…"` or a `> ` line), are not the seller's invitation. */
function isQuoted(sentence: Sentence, range: readonly [number, number]): boolean {
  return anyQuotedIn(sentence.words, range[0], range[1])
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return (
      url
        .replace(/^[a-z]+:\/\//i, '')
        .split(/[/?#:]/)[0]
        ?.toLowerCase() ?? ''
    )
  }
}

/**
 * The allowed domains, lower-cased, without leading dots, as a set: made once for each pair of lists
 * (a linter's options and its reply context are the same arrays lint after lint), not per sentence.
 */
let allowedSet: { options: readonly string[]; context: readonly string[] | undefined; domains: Set<string> } =
  { options: [], context: undefined, domains: new Set() }

function allowedDomains(context: {
  options: { allowedDomains: readonly string[] }
  replyContext: { allowedDomains?: readonly string[] }
}): Set<string> {
  const options = context.options.allowedDomains
  const fromContext = context.replyContext.allowedDomains
  if (allowedSet.options !== options || allowedSet.context !== fromContext) {
    const domains = new Set<string>()
    for (const list of [options, fromContext ?? []])
      for (const domain of list) domains.add(domain.toLowerCase().replace(/^\.+/, ''))
    allowedSet = { options, context: fromContext, domains }
  }
  return allowedSet.domains
}

/** `host` is an allowed domain or a subdomain of one: each of its suffixes at a dot is looked up once. */
function isAllowed(host: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.size === 0) return false
  let suffix = host
  for (;;) {
    if (allowed.has(suffix)) return true
    const dot = suffix.indexOf('.')
    if (dot < 0) return false
    suffix = suffix.slice(dot + 1)
  }
}

/**
 * Order ids, tracking numbers, dates and prices are digit runs too. A run is a phone number when it is
 * written like one (+country code, parentheses, 2–4 digit groups) or a phone word stands near it,
 * and no reference word ("order", "tracking", "#") claims it.
 */
function looksLikePhone(run: DigitRun, sentence: Sentence, known: readonly string[]): boolean {
  const digits = run.digits.length
  if (digits < 7 || digits > 15) return false
  if (known.includes(run.digits)) return false
  const before = sentence.text.slice(Math.max(0, run.start - 2), run.start)
  if (/[$£€¥#]\s?$/.test(before)) return false
  // "PSU-2410-0450", "AB 1234 5678": digits glued to a code's letters are a model or part number.
  if (/\p{L}[-/]?$/u.test(before) || /^[-/]?\p{L}/u.test(sentence.text.slice(run.end, run.end + 2)))
    return false
  if (isDateLike(run.groups, run.digits)) return false
  if (isCardShaped(run)) return false
  // "1Z 999 AA1 01 2345 6784": the tail of a code whose last group mixes letters and digits.
  if (CODE_GROUP_BEFORE.test(sentence.text.slice(Math.max(0, run.start - 24), run.start))) return false

  const start = sentence.range[0] + run.start
  const end = sentence.range[0] + run.end
  // "1 234 567 yen", "12 500 points": an amount.
  const words = sentence.words
  let next = firstWordEndingAfter(words, end)
  while (next < words.length && (words[next] as Sentence['words'][number]).range[0] < end) next++
  const after = words[next]
  if (after && amountWords.has(after.normal)) return false
  // A reference word claims the run from anywhere in its clause: "the part number for those pads is …".
  const nearby = clauseBefore(sentence, start, 8)
  const hasPhoneCue = hasPhoneCueIn(sentence)
  const hasReferenceCue = nearby.some((word) => referenceCues.has(word.normal))
  if (hasReferenceCue && !hasPhoneCue) return false
  if (run.hasPlus && digits >= 8) return true
  const groups = run.groups
  const formatted =
    run.hasParentheses ||
    // A lone 0 before the groups ("Bosch 0 986 494 524") is how part numbers are printed, not phone numbers.
    (groups.length >= 2 &&
      !(groups[0] === 1 && run.digits.startsWith('0')) &&
      groups.every((size, i) => (i === 0 ? size <= 4 : size >= 2 && size <= 4))) ||
    // National formats: "07700 900219", "01632 960 123" (a trunk 0), "98450 12345" (Indian mobiles).
    // A UK mobile ("07700 900219") reads as a phone number on its own.
    (digits === 11 && groups.length <= 3 && run.digits.startsWith('07') && (groups[0] ?? 0) >= 4)
  return formatted || (hasPhoneCue && digits >= 7)
}

const CODE_GROUP_BEFORE = /(?:^|\s)(?=[\p{L}\d]*\p{L})(?=[\p{L}\d]*\d)[\p{L}\d]{2,6} $/u

/** Whether a phone word stands anywhere in the sentence: asked for every digit run, looked for once. */
let phoneCueSentence: { sentence: Sentence; has: boolean } | undefined
function hasPhoneCueIn(sentence: Sentence): boolean {
  if (phoneCueSentence?.sentence !== sentence)
    phoneCueSentence = {
      sentence,
      has: sentence.words.some(
        (word, i) =>
          phoneCues.has(word.normal) ||
          (word.normal === 'number' && numberOwners.has(sentence.words[i - 1]?.normal ?? '')),
      ),
    }
  return phoneCueSentence.has
}

/**
 * "4539 1488 0343 646": groups of four, thirteen digits or more, and no trunk 0 or "+": a card
 * number (no-sensitive-data's matter), not a phone number.
 */
function isCardShaped(run: DigitRun): boolean {
  const [first, second, third] = run.groups
  return (
    run.digits.length >= 13 &&
    !run.hasPlus &&
    !run.digits.startsWith('0') &&
    first === 4 &&
    second === 4 &&
    third === 4
  )
}

function isDateLike(groups: readonly number[], digits = ''): boolean {
  // "the 2014-2018 models": a range of years.
  if (groups.length === 2 && groups[0] === 4 && groups[1] === 4 && /^(19|20)\d\d(19|20)\d\d$/.test(digits))
    return true
  const shape = groups.join('-')
  return shape === '4-2-2' || shape === '2-2-4' || shape === '1-2-4' || shape === '2-1-4' || shape === '1-1-4'
}

/**
 * An invitation that opens with the other channel becomes "Reply here", keeping what follows; a
 * sentence that is nothing but the contact can go. Anything else is the seller's to rewrite.
 */
function rewrites(
  document: ReplyDocument,
  sentence: Sentence,
  found: readonly Finding[],
  replacement: string,
): SuggestionDescriptor<SuggestionId>[] {
  // A number alone ("the pads are Bosch 0 986 494 052") may be a part or a reference: no rewrite
  // unless the sentence speaks of getting in touch or of a number ("our line", "the digits").
  const onlyNumbers = found.every((finding) => finding.messageId === 'phone')
  if (
    onlyNumbers &&
    !CONTACT_WORDS.test(sentence.text) &&
    !/\b(?:number|digits|line|tel|mob)\b/i.test(sentence.text)
  )
    return []
  // "Text me on <number> and I'll measure it tonight" -> "Reply here and I'll measure it tonight":
  // the channel changes and the offer stays.
  // Payment elsewhere is not a contact: "Reply here and I'll send the £24 back to it" still pays
  // outside, and the details that are left ("Account 2153…") still need the rest to be any use.
  const payment = found.some((finding) => finding.messageId === 'payment')
  if (payment) return []
  // "Call me on\n07700 900219": the contact runs on past the sentence's end, so the sentence cannot
  // go without leaving the contact behind.
  if (/(?:\b(?:on|at|via|to|is|are)|:)\s*$/i.test(sentence.text)) return []
  // "…bulk price for 80+ over there": what points back at the other channel would point at nothing.
  // "It's easier to show you swatches by email.": the channel named elsewhere still sends them there.
  const elsewhere = `${document.text.slice(0, sentence.range[0])}\n${document.text.slice(sentence.range[1])}`
  if (CHANNEL_POINTER.test(document.text) || CHANNEL_NAMED.test(elsewhere)) return []
  const withOffer = replyHereWithOffer(sentence, found)
  if (withOffer) return offer('suggestReplyHere', withOffer)
  // Otherwise the contact goes only with a sentence that holds nothing else. Cutting it out of a
  // longer sentence leaves what followed it pointing at nothing ("Step 4 covers the fix", "my name
  // there is…"), and a stock sentence in its place loses the request or the offer it carried.
  if (wordsOutside(sentence, found) > MAX_WORDS_LOST || saysOwnWork(sentence, found)) return []
  // A stock invitation only where the seller configured one: by default the sentence just goes.
  if (replacement) return offer('suggestReplyHere', replaceSentence(sentence, replacement))
  // A question to the customer ("What's your number?") is the reply's next step: removed, the
  // reply loses what it asked for.
  if (sentence.text.includes('?')) return []
  // A signature whose name stands on its own line above the contacts ("Siobhán\nsiobhan@… | 087…"):
  // the contact lines go, the name stays.
  const firstFound = Math.min(...found.map((finding) => finding.range[0]))
  const lineBreak = document.text.lastIndexOf('\n', firstFound - 1)
  const head = document.text.slice(sentence.range[0], Math.max(sentence.range[0], lineBreak)).trim()
  if (
    lineBreak > sentence.range[0] &&
    /\p{L}/u.test(head) &&
    head.split(/\s+/).length <= 4 &&
    !CONTACT_WORDS.test(head) &&
    !/(?:[:,]|\b(?:on|at|to|me|us|is))$/i.test(head)
  )
    return offer('suggestRemoveSentence', [{ range: [lineBreak, sentence.range[1]], text: '' }])
  return offer('suggestRemoveSentence', removeSentence(document, sentence, 0))
}

type SuggestionId = 'suggestReplyHere' | 'suggestRemoveSentence'

/** A clause about getting in touch goes with the contact it introduces ("write to me:", "or call us"). */
const CONTACT_WORDS =
  /\b(?:e-?mail|phone|call|ring|text|whatsapp|dm|instagram|insta|facebook|tiktok|snap(?:chat)?|telegram|signal|wechat|paypal|venmo|revolut|bank|write|contact|reach|get in touch|message|mobile|landline)\b/i

/** The most words of its own a sentence may hold besides the contact, for the sentence to go. */
const MAX_WORDS_LOST = 1
/** Words that say nothing without the contact they go with: "please", "us", "on", "a line". */
const CONTACT_GLUE: ReadonlySet<string> = new Set(
  'please pls just kindly also and or but so then for to on at via in with of by us me you your our my it a an the any line quick drop give add hit up shoot ping reach contact message text call ring email e-mail dm whatsapp here there directly instead bank transfer sort code account iban bic paypal number details works'.split(
    ' ',
  ),
)

/**
 * The words of the sentence outside what was found that carry something of their own: what
 * removing the sentence would lose ("with a photo of the batch number", "to agree a time slot").
 */
function wordsOutside(sentence: Sentence, found: readonly Finding[]): number {
  return sentence.words.filter((word) => !CONTACT_GLUE.has(word.normal) && !inFinding(word, found)).length
}

function inFinding(word: Sentence['words'][number], found: readonly Finding[]): boolean {
  return found.some((finding) => word.range[0] < finding.range[1] && finding.range[0] < word.range[1])
}

/** The writer as the subject of what they did or will do: "I've checked the order, so email me…". */
const WRITER = /^(?:i|i've|ive|i'm|im|i'll|ill|we|we've|weve|we're|we'll)$/

/** Outside what was found, the sentence says what the writer did or does: that goes with it if it goes. */
function saysOwnWork(sentence: Sentence, found: readonly Finding[]): boolean {
  return sentence.words.some((word) => WRITER.test(word.normal) && !inFinding(word, found))
}

/** An opening that asks to be contacted elsewhere: "Text me…", "Please drop me a line…". */
const CONTACT_VERB =
  /^(text|call|ring|phone|email|e-mail|message|msg|dm|whatsapp|drop|give|add|contact|reach|hit|shoot|ping|write|fill|visit|go|head|click|use|follow|check|complete|submit|send)$/
/** What the seller offers to do once contacted: "and I'll…", "and we can…". */
const OFFER_SUBJECT = /^(i'll|ill|we'll|i|we|i'd|we'd)$/

/**
 * The opening clause that sends the customer elsewhere becomes "Reply here" and the offer that
 * follows it stays: "Drop me a line at <email> and I'll send the PDF" -> "Reply here and I'll send
 * the PDF". Undefined unless every finding stands before the "and" that opens the offer.
 */
function replyHereWithOffer(sentence: Sentence, found: readonly Finding[]): Edit[] | undefined {
  const words = sentence.words
  let opener = 0
  while (/^(please|pls|just|kindly)$/.test(words[opener]?.normal ?? '')) opener++
  if (!CONTACT_VERB.test(words[opener]?.normal ?? '')) return undefined
  const lastFinding = Math.max(...found.map((finding) => finding.range[1]))
  const firstFinding = Math.min(...found.map((finding) => finding.range[0]))
  // "Send the photo to <email> and I'll…" asks for the photo: "Reply here and I'll…" would lose it.
  if (words.some((word, i) => i > opener && word.range[1] <= firstFinding && !CONTACT_GLUE.has(word.normal)))
    return undefined
  // Only "and" joins an offer: "…on snap so I can send you a video" is what the other app is for.
  const joiner = words.findIndex(
    (word, i) =>
      word.range[0] >= lastFinding && word.normal === 'and' && OFFER_SUBJECT.test(words[i + 1]?.normal ?? ''),
  )
  // What the customer is asked to send stays with the invitation: "Text me on <number> with the
  // size you're after" -> "Reply here with the size you're after".
  const afterFinding = words.find((word) => word.range[0] >= lastFinding)
  const complement = afterFinding?.normal === 'with' && (joiner < 0 || afterFinding.indexInSentence < joiner)
  if (!complement && (joiner < 0 || joiner + 2 >= words.length)) return undefined
  const first = words[0] as Sentence['words'][number]
  const text = first.normal === 'please' ? 'Please reply here ' : 'Reply here '
  const end = complement
    ? (afterFinding as Sentence['words'][number]).range[0]
    : (words[joiner] as Sentence['words'][number]).range[0]
  // Everything replaced must be the contact or its glue: "Text me a pic on <number> if it's still
  // sulking next week and I'll…" would lose the photo and the condition.
  if (
    words.some(
      (word) =>
        word.range[0] < end &&
        !inFinding(word, found) &&
        !CONTACT_GLUE.has(word.normal) &&
        word.indexInSentence > opener,
    )
  )
    return undefined
  // What the offer is for happens off the platform whatever the channel: "…and we can do a live video".
  const rest = sentence.text.slice(end - sentence.range[0])
  if (OFF_PLATFORM_ACTIVITY.test(rest) || CHANNEL_REASON.test(rest) || MONEY_OFFER.test(rest))
    return undefined
  const edits: Edit[] = [{ range: [first.range[0], end], text }]
  return cutsProtected(sentence, edits) ? undefined : edits
}

/** Things that cannot happen in a marketplace conversation: a call, a live or video chat. */
const OFF_PLATFORM_ACTIVITY =
  /\b(?:video|videos|facetime|zoom|skype|call (?:you|u)|ring (?:you|u)|phone (?:you|u)|give you a (?:ring|call|bell)|on the phone|live stream|livestream)\b/i

/** Another channel named as the way to go on: "by email", "over WhatsApp", "on Insta". */
const CHANNEL_NAMED =
  /\b(?:by|via|over|on|through) (?:e-?mail|whats ?app|instagram|insta|ig|facebook|fb|messenger|telegram|wechat|signal|text|sms|phone|dm)\b/i
/** Words that point back at a channel named before: "over there", "on that number". */
const CHANNEL_POINTER =
  /\b(?:over there|on there|via (?:that|there)|(?:on|at|to) that (?:number|email|address|account|app))\b/i

/**
 * Money the offer moves ("…and ill push the money back to u"): asked for on another channel, it is
 * paid there too, so "Reply here and …" leaves the payment where it was and says nothing of how.
 */
const MONEY_OFFER = /\b(?:money|refund|refunds|payment|cash|pay (?:you|u)|the difference)\b/i

/** Why the other channel is better ("easier than typing it all out"): beside "Reply here" it contradicts it. */
const CHANNEL_REASON =
  /\b(?:easier|quicker|faster|simpler)\b[^.!?]{0,24}\b(?:than (?:typing|messaging|writing|texting|messages|emails?)|(?:to|over|on|by) (?:the )?(?:phone|chat|talk|explain|call))\b/i

/** Up to `limit` words before `offset`, back to the start of their clause (a comma or stop ends it). */
function clauseBefore(sentence: Sentence, offset: number, limit: number) {
  // The words that end before `offset` are the first `count`: found by binary search, not a filter.
  const before = sentence.words
  const count = firstWordEndingAfter(before, offset)
  const kept = []
  for (let i = count - 1; i >= 0 && kept.length < limit; i--) {
    const word = before[i] as Sentence['words'][number]
    kept.push(word)
    if (
      word.breakBefore &&
      /[,.;:!?]/.test(
        sentence.text.slice(
          (before[i - 1]?.range[1] ?? 0) - sentence.range[0],
          word.range[0] - sentence.range[0],
        ),
      )
    )
      break
  }
  return kept
}

/** "{{order.id}}" is a template slot (no-placeholders' business), not a link to "order.id". */
function insideSlot(sentence: Sentence, range: readonly [number, number]): boolean {
  const base = sentence.range[0]
  const before = sentence.text.slice(0, range[0] - base)
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('${'), before.lastIndexOf('{%'))
  return open >= 0 && before.lastIndexOf('}') < open
}

/** "Did you order through Kingston Express or through <URL>?": asking which site, not sending there. */
function asksWhereOrdered(sentence: Sentence): boolean {
  return (
    /\?["'”’)\]]*$/.test(sentence.text) &&
    sentence.words.some((word) => /^(order|ordered|buy|bought|purchase|purchased)$/.test(word.normal))
  )
}
