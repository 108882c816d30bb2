import type { Edit, Sentence, Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import { CASE_NOUNS, JARGON } from './lexicons/jargon.js'
import { offer, replaceWords } from './shared/prose-fixer.js'

/**
 * A reply is judged as a whole (its length), so the rule runs at reply scope; sentence length
 * and jargon are checked per sentence inside that one pass.
 */
export default createRule({
  id: 'readable-length',
  meta: {
    description:
      'Flags sentences over 25 words, replies over 150 words, and internal jargon (RMA, SLA, WISMO).',
    recommended: true,
    defaultSeverity: 'warn',
    hasSuggestions: true,
    defaultOptions: {
      /** A sentence may have this many words; one more is reported. */
      maxSentenceWords: 25,
      /** A reply may have this many words; one more is reported. */
      maxReplyWords: 150,
      /** More terms to flag: "PO", "dispatch hub". Terms in capitals match in capitals only. */
      jargon: [] as string[],
      /** Built-in terms your customers know, never flagged: "FBA". */
      allowJargon: [] as string[],
      /** Plain wording to offer for a term: `{ "PO": "purchase order" }` (adds to or replaces the built-in ones). */
      plainWords: {} as Record<string, string>,
    },
    validateOptions(options) {
      for (const key of ['maxSentenceWords', 'maxReplyWords'] as const)
        if (!Number.isInteger(options[key]) || options[key] < 1)
          return `"${key}" must be a whole number of at least 1.`
      for (const [term, plain] of Object.entries(options.plainWords))
        if (typeof plain !== 'string' || plain.trim() === '')
          return `"plainWords.${term}" must be a non-empty string.`
      if ([...options.jargon, ...options.allowJargon].some((term) => term.trim() === ''))
        return '"jargon" and "allowJargon" must not hold empty terms.'
      return undefined
    },
  },
  messages: {
    longSentence:
      'This sentence has {{count}} words (more than {{max}}). Customers skim replies, often on a phone; split it so each sentence makes one point.',
    longReply:
      'This reply has {{count}} words (more than {{max}}) and passes the limit here. Long replies get skimmed and the next step gets missed; keep to the status and what happens next.',
    jargon:
      '"{{term}}" is internal shorthand the customer may not know. Use plain words so the reply does not need a follow-up question.',
    suggestPlain: 'Write "{{plain}}" instead.',
  },
  check(context) {
    const { maxSentenceWords, maxReplyWords } = context.options
    // Lines quoted from the customer's e-mail ("> …") are theirs, not the reply's.
    const counted = context.sentences.map((sentence) =>
      context.memo(sentence, 'segments', (own) => (isQuotedLine(own) ? [] : segmentsOf(own))),
    )
    let total = 0
    let replyReported = false
    for (const segments of counted)
      for (const segment of segments) {
        const count = segment.wordStarts.length
        if (count > maxSentenceWords)
          context.report({
            messageId: 'longSentence',
            range: segment.range,
            data: { count, max: maxSentenceWords },
          })
        if (!replyReported && total + count > maxReplyWords) {
          replyReported = true
          const start = segment.wordStarts[maxReplyWords - total] as number
          context.report({
            messageId: 'longReply',
            range: [start, segment.range[1]],
            data: { count: countAll(counted), max: maxReplyWords },
          })
        }
        total += count
      }
    const table = termTable(context.options)
    const hits = context.sentences.flatMap((sentence) =>
      context.memo(sentence, 'jargon', (own) => jargonIn(own, table)),
    )
    // The plain words must not push their sentence or the reply over its limit: the fix would
    // raise the very report it clears.
    const segments = counted.flat()
    const fits = (found: JargonHit) => {
      const added = wordCount(found.plain ?? '') - wordCount(found.text)
      const segment = segments.find((s) => s.range[0] <= found.range[0] && found.range[1] <= s.range[1])
      const count = segment?.wordStarts.length ?? 0
      return (
        (count + added <= maxSentenceWords || count > maxSentenceWords) &&
        (total + added <= maxReplyWords || total > maxReplyWords)
      )
    }
    for (const found of withoutSpelledOut(hits)) {
      context.report({
        messageId: 'jargon',
        range: found.range,
        data: { term: found.text },
        suggestions:
          found.plain && fits(found) ? offer('suggestPlain', found.edits, { plain: found.plain }) : [],
      })
    }
  },
})

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}

interface Segment {
  range: [number, number]
  /** Offsets of the words a reader counts. */
  wordStarts: number[]
}

const HAS_WORD = /[\p{L}\p{N}]/u
const URL_LIKE = /:\/\/|^[("'<[]?www\./i
const SENTENCE_END = /[.!?]["'”’)\]]*$/
const STARTS_CAPITAL = /^["'“‘([]?\p{Lu}/u
const STARTS_NEW_LINE_ITEM = /^["'“‘([]?[\p{Lu}\p{N}•*–-]/u
/** A smiley or a run of emoji ends a sentence for the reader: "Happy to help :) There is…". */
const ENDS_LIKE_A_SENTENCE =
  /^(?:[:;=8][-^']?[)(DPp\][/\\|]{1,3}|(?:\p{Extended_Pictographic}|\u200d|\ufe0f){1,12})$/u
/** Only the end of a chunk is tested for a full stop, so a pathological chunk costs no more than a short one. */
const TAIL = 8
/** Longer words are never jargon terms (and are not run through the term pattern). */
const MAX_TERM_LENGTH = 16

/**
 * Words as a person counts them: runs of non-space characters holding a letter or digit, so a
 * URL, "3-5", "1-866-216-1072" and "don't" are one word each and "&" or "-" is none. The parser's
 * sentence is split further where a reader sees a new sentence: after a URL, a smiley or emoji
 * followed by a capital ("…here: https://… We have…", "happy to help :) There is…"), before a URL
 * that follows a full stop, and at a line break followed by a capital, digit or bullet.
 */
function segmentsOf(sentence: Sentence): Segment[] {
  const base = sentence.range[0]
  const text = sentence.text
  const segments: Segment[] = []
  let current: Segment | undefined
  let previous = ''
  let previousEnd = 0
  // The chunks of `/\S+/g`, found by hand: the match objects of `matchAll` were most of this rule's
  // garbage, and this runs on every new sentence.
  let at = 0
  while (at < text.length) {
    while (at < text.length && isJsSpace(text.charCodeAt(at))) at++
    if (at >= text.length) break
    const from = at
    while (at < text.length && !isJsSpace(text.charCodeAt(at))) at++
    const chunk = text.slice(from, at)
    const start = base + from
    const end = base + at
    if (current) {
      // Cheapest tests first; the result is the same in any order.
      const splits =
        (STARTS_CAPITAL.test(chunk) && (URL_LIKE.test(previous) || ENDS_LIKE_A_SENTENCE.test(previous))) ||
        (URL_LIKE.test(chunk) && SENTENCE_END.test(previous.slice(-TAIL))) ||
        (hasLineBreak(text, previousEnd, from) && STARTS_NEW_LINE_ITEM.test(chunk))
      if (splits) {
        segments.push(current)
        current = undefined
      }
    }
    current ??= { range: [start, end], wordStarts: [] }
    current.range[1] = end
    if (HAS_WORD.test(chunk)) current.wordStarts.push(start)
    previous = chunk
    previousEnd = at
  }
  if (current) segments.push(current)
  return segments
}

/** White space as `\s` sees it (ECMAScript WhiteSpace and LineTerminator). */
function isJsSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A line break (`\n`, `\r`, U+2028 or U+2029) in `text` between `from` and `to`. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true
  }
  return false
}

function isQuotedLine(sentence: Sentence): boolean {
  return (
    sentence.words.length > 0 && sentence.words.every((word) => word.quoted) && /^\s*>/.test(sentence.text)
  )
}

/** Every counted word of the reply: the segments of a sentence hold all its words between them. */
function countAll(counted: readonly (readonly Segment[])[]): number {
  let count = 0
  for (const segments of counted) for (const segment of segments) count += segment.wordStarts.length
  return count
}

interface JargonOptions {
  jargon: readonly string[]
  allowJargon: readonly string[]
  plainWords: Readonly<Record<string, string>>
}

interface FoundJargon {
  range: [number, number]
  text: string
  plain: string | undefined
  edits: Edit[]
}

const BUILT_IN = new Map(JARGON.map((entry) => [entry.term, entry.plain]))
/** A term in capitals ("RMA", "3PL") with an optional plural or possessive: "RMAs", "RMA's". */
const CAPITALS_TERM = /^([A-Z0-9]+)(s|'s|’s)?$/
const IS_CAPITALS = /^[A-Z0-9]+$/
const HAS_CAPITAL = /[A-Z]/

interface JargonPhrase {
  words: string[]
  term: string
  plain: string | undefined
}

interface TermTable {
  capitals: Map<string, string | undefined>
  /** Phrase terms by their first word: a word is compared with the phrases it can start, not all. */
  phrases: Map<string, JargonPhrase[]>
}

let cachedKey = ''
let cachedTable: TermTable | undefined
/** A linter passes the same frozen options to every lint: known without building the key. */
let cachedOptions: JargonOptions | undefined

function termTable(options: JargonOptions): TermTable {
  if (cachedTable && options === cachedOptions) return cachedTable
  const key = JSON.stringify([options.jargon, options.allowJargon, options.plainWords])
  cachedOptions = Object.isFrozen(options) ? options : undefined
  if (cachedTable && key === cachedKey) return cachedTable
  const allowed = new Set(options.allowJargon.map((term) => term.trim().toLowerCase()))
  const capitals = new Map<string, string | undefined>()
  const phrases: TermTable['phrases'] = new Map()
  const plainFor = (term: string, fallback?: string) => options.plainWords[term] ?? fallback
  for (const [term, plain] of BUILT_IN)
    if (!allowed.has(term.toLowerCase())) capitals.set(term, plainFor(term, plain))
  for (const raw of options.jargon) {
    const term = raw.trim()
    if (allowed.has(term.toLowerCase())) continue
    if (IS_CAPITALS.test(term) && HAS_CAPITAL.test(term))
      capitals.set(term, plainFor(term, BUILT_IN.get(term)))
    else {
      const words = term.toLowerCase().split(/\s+/)
      const first = words[0] as string
      const starting = phrases.get(first) ?? []
      starting.push({ words, term, plain: plainFor(term) })
      phrases.set(first, starting)
    }
  }
  cachedKey = key
  cachedTable = { capitals, phrases }
  return cachedTable
}

type JargonHit = FoundJargon & { term: string; explained: boolean }

const NO_PHRASES: readonly JargonPhrase[] = []

function jargonIn(sentence: Sentence, table: TermTable): JargonHit[] {
  const hits: JargonHit[] = []
  const words = sentence.words
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    if (word.quoted) continue
    const capitals = word.text.length <= MAX_TERM_LENGTH ? CAPITALS_TERM.exec(word.text) : null
    if (capitals && HAS_CAPITAL.test(capitals[1] as string) && table.capitals.has(capitals[1] as string)) {
      if (insideLinkOrSlot(sentence, word.range[0], word.range[1])) continue
      const term = capitals[1] as string
      const plain = beforeNoun(inflect(table.capitals.get(term), capitals[2]), words[i + 1])
      hits.push({
        term,
        range: [word.range[0], word.range[1]],
        text: word.text,
        plain,
        edits: plain ? plainEdits(sentence, i, i, plain) : [],
        explained: explained(sentence, word.range[0], word.range[1]),
      })
      continue
    }
    for (const phrase of table.phrases.get(word.normal) ?? NO_PHRASES) {
      const last = i + phrase.words.length - 1
      if (last >= words.length) continue
      let matches = true
      for (let k = 0; k < phrase.words.length && matches; k++) {
        const candidate = words[i + k] as Word
        matches = candidate.normal === phrase.words[k] && (k === 0 || !candidate.breakBefore)
      }
      if (!matches) continue
      const end = (words[last] as Word).range[1]
      if (insideLinkOrSlot(sentence, word.range[0], end)) continue
      hits.push({
        term: phrase.term.toLowerCase(),
        range: [word.range[0], end],
        text: sentence.text.slice(word.range[0] - sentence.range[0], end - sentence.range[0]),
        plain: phrase.plain,
        edits: phrase.plain ? plainEdits(sentence, i, last, phrase.plain) : [],
        explained: explained(sentence, word.range[0], end),
      })
      i = last
      break
    }
  }
  return hits
}

/** A term spelled out once ("return authorisation (RMA)") is fine everywhere in the reply. */
function withoutSpelledOut(hits: readonly JargonHit[]): JargonHit[] {
  const spelledOut = new Set(hits.filter((hit) => hit.explained).map((hit) => hit.term))
  return hits.filter((hit) => !spelledOut.has(hit.term))
}

/** "INR claim": the plain "item-not-received claim" drops its noun before the draft's own. */
function beforeNoun(plain: string | undefined, next: Word | undefined): string | undefined {
  if (!plain || !next || next.breakBefore || !CASE_NOUNS.has(next.normal)) return plain
  const space = plain.lastIndexOf(' ')
  return space > 0 && CASE_NOUNS.has(plain.slice(space + 1).toLowerCase()) ? plain.slice(0, space) : plain
}

function inflect(plain: string | undefined, suffix: string | undefined): string | undefined {
  if (!plain || !suffix) return plain
  if (suffix === 's') return plain.endsWith('s') ? plain : `${plain}s`
  return `${plain}'s`
}

/** Replaces words[first..last] with `plain`; no edit inside a template slot, link or quotation. */
function plainEdits(sentence: Sentence, first: number, last: number, plain: string): Edit[] {
  // "INR 1,800" is rupees, not "item not received": before an amount the letters are a currency.
  const next = sentence.words[last + 1]
  if (/^\d/.test(next?.text ?? '')) return []
  // Before a noun a phrase of three words or more is one modifier: "your item-not-received claim".
  const modifier =
    next && !next.breakBefore && MODIFIED_NOUNS.has(next.normal) && plain.split(' ').length >= 3
      ? plain.replace(/ /g, '-')
      : plain
  return replaceWords(sentence, sentence.words[first] as Word, sentence.words[last] as Word, modifier) ?? []
}

/** Nouns a spelled-out term often qualifies: "INR claim", "SNAD case". */
const MODIFIED_NOUNS: ReadonlySet<string> = new Set(
  'claim claims case cases dispute disputes request requests report reports issue issues ticket tickets form label flag status'.split(
    ' ',
  ),
)

/** How far around a term to look for the rest of a link or slot it may sit in. */
const LINK_REACH = 500

/** The term sits in a link, an e-mail address or a template slot, not in the prose. */
function insideLinkOrSlot(sentence: Sentence, start: number, end: number): boolean {
  const text = sentence.text
  const first = start - sentence.range[0]
  const last = end - sentence.range[0]
  let from = first
  let to = last
  while (from > 0 && first - from < LINK_REACH && !/\s/.test(text.charAt(from - 1))) from--
  while (to < text.length && to - last < LINK_REACH && !/\s/.test(text.charAt(to))) to++
  return /:\/\/|www\.|@|[{}<>$]/i.test(text.slice(from, to))
}

/** "RMA (return authorisation)" or "return authorisation (RMA)": the writer explains the term. */
function explained(sentence: Sentence, start: number, end: number): boolean {
  const text = sentence.text
  let before = start - sentence.range[0] - 1
  while (before >= 0 && /\s/.test(text.charAt(before))) before--
  let after = end - sentence.range[0]
  while (after < text.length && /\s/.test(text.charAt(after))) after++
  const next = text.charAt(after)
  return next === '(' || (text.charAt(before) === '(' && next === ')')
}
