/**
 * Sentence boundaries retext does not draw, or draws wrongly, in the way sellers write: chat in
 * lower case ("sorry. most parcels…"), "!"/"?" before a lower-case word, initialisms before a stop
 * ("photo ID. They…"), emoji that end a sentence ("Great news 😊 It shipped"), and "No. 4456",
 * which retext cuts in two. Every decision reads only the tokens of one paragraph of one parsed
 * piece, and never joins across a capital (where a long text may be cut into pieces), so a text
 * parsed whole and piece by piece still gives the same sentences.
 */
import type { Range } from '../types.js'
import type { Token } from './document.js'

/**
 * Abbreviations a number follows: "No. 4456", "approx. 3 days", "vs. 4 pin", and currencies written
 * with a stop ("Rs. 2,499", "Ksh. 600", "Tk. 900"). Lower case, no stop.
 */
const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'rs',
  'rp',
  'tk',
  'ksh',
  'kshs',
  'dhs',
  'no',
  'nos',
  'nr',
  'num',
  'approx',
  'appx',
  'ca',
  'ref',
  'vs',
  'vol',
  'art',
  'fig',
  'pp',
  'pg',
  'ch',
  'sec',
  'tel',
  'ext',
  'ph',
  'apt',
  'ste',
  'est',
  'min',
  'max',
  'qty',
])

/** Abbreviations a lower-case word may follow inside a sentence: "etc. and", "approx. three". */
const BEFORE_LOWER: ReadonlySet<string> = new Set([
  ...BEFORE_NUMBER,
  'etc',
  'incl',
  'excl',
  'esp',
  'dept',
  'govt',
  'misc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'co',
  'ltd',
  'inc',
  'corp',
  'jr',
  'sr',
  'pcs',
  'pkg',
  'cf',
  'viz',
  'al',
])

/**
 * Units and dates that end sentences as often as they shorten a word ("at about 4 mins. sorry",
 * "2 lbs. and fits"): a stop after one ends the sentence unless the next word carries it on.
 */
const UNIT_LIKE: ReadonlySet<string> = new Set([
  'lbs',
  'lb',
  'oz',
  'kg',
  'hrs',
  'hr',
  'mins',
  'wk',
  'wks',
  'yr',
  'yrs',
  'mt',
  'ft',
  'rd',
  'ave',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
])
/** Units of measure retext reads as abbreviations: only after a number do they not end a sentence. */
const MEASURES: ReadonlySet<string> = new Set([
  'in',
  'ft',
  'oz',
  'lb',
  'lbs',
  'kg',
  'hr',
  'hrs',
  'mins',
  'wk',
  'wks',
  'yr',
  'yrs',
])

/** Words that carry a sentence on after a unit: "2 lbs. and fits", "3 hrs. each way". */
const CONTINUATION: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'so',
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'from',
  'each',
  'per',
  'total',
  'max',
  'maximum',
  'minimum',
  'approx',
  'roughly',
  'at',
  'by',
  'then',
  'plus',
  'tops',
  'ago',
  'later',
  'long',
  'wide',
])

/**
 * Words that open a sentence: after a stop that retext takes for an abbreviation ("came in. If
 * you'd like", "on 5 Jan. The parcel"), one of these starts a new sentence.
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'she',
  "she's",
  "she'll",
  'he',
  "he's",
  "he'll",
  'what',
  'how',
  'why',
  'where',
  'who',
  'i',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  'if',
  'it',
  "it's",
  'we',
  "we're",
  "we've",
  "we'll",
  'you',
  "you're",
  'your',
  'the',
  'this',
  'that',
  'these',
  'those',
  'there',
  'they',
  'please',
  'thanks',
  'thank',
  'so',
  'but',
  'and',
  'our',
  'my',
  'let',
  "let's",
  'just',
  'sorry',
  'unfortunately',
  'also',
  'however',
  'hope',
  'can',
  'could',
  'would',
  'will',
  'do',
  'did',
  'is',
  'are',
  'any',
  'once',
  'when',
  'as',
  'since',
  'yes',
  'ok',
  'okay',
  'hi',
  'hello',
  'best',
  'regards',
  'kind',
  'cheers',
  'sadly',
  'luckily',
  'meanwhile',
])
/** Abbreviations a name follows: "Mr. Smith", "St. Albans". Never a sentence end before a capital. */
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'messrs',
  'mt',
  'rev',
  'hon',
  'gen',
  'capt',
  'sgt',
  'lt',
  'col',
  'gov',
  'sen',
  'rep',
  'fr',
  'sr',
  'jr',
])
/** Words before an initial that make it part of a name: "signed by A. Khan". */
const NAME_PRECEDERS: ReadonlySet<string> = new Set([
  'by',
  'to',
  'from',
  'with',
  'for',
  'and',
  'of',
  'dear',
  'hi',
  'hello',
  'contact',
  'ask',
  'asked',
  'mr',
  'mrs',
  'ms',
  'dr',
  'named',
  'called',
  'signed',
])

/** Words after "…" that carry the sentence on ("red, blue… and green"), rather than start one. */
const CARRY_ON: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'nor',
  'plus',
  'all',
  'actually',
  'then',
  'etc',
])

/**
 * Lower-case words that open a new clause after an emoji in chat ("thanks 😊 ill check"); any
 * other word carries the sentence on ("it's coming 😀 tomorrow").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'i',
  'ill',
  "i'll",
  'im',
  "i'm",
  "i've",
  'ive',
  'we',
  "we'll",
  "we're",
  "we've",
  'you',
  "you'll",
  'it',
  "it's",
  'they',
  "they'll",
  'this',
  'there',
  'let',
  "let's",
  'please',
  'pls',
  'thanks',
  'thank',
  'hope',
  'sorry',
  'yes',
  'no',
  'ok',
  'okay',
  'just',
  'will',
  'can',
  'any',
])

/** Words before a lone capital letter that make it a noun (a size, a grade), not an initial. */
const BEFORE_LETTER_NOUN: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'size',
  'sizes',
  'grade',
  'your',
  'our',
  'my',
  'uk',
  'us',
  'eu',
  'au',
])

const STOP_MARKS = /^[.!?…]+['"’”)\]]*$/
/** Quotes and brackets around a stop: "choose 'Exchange'. ive checked". */
const QUOTES = /['"’”)\]]/g
const QUOTE_MARK = /^['"’”)\]]+$/

function isStopOrQuote(token: Token): boolean {
  return token.kind === 'punctuation' && (STOP_MARKS.test(token.text) || QUOTE_MARK.test(token.text))
}
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F)+$/u
const LOWER_START = /^\p{Ll}/u
const UPPER_START = /^\p{Lu}/u
const LETTER = /\p{L}/u

/**
 * Joins retext sentences that belong together: "Your order No." + "4456 shipped.", and an emoji
 * retext puts at the start of the next sentence goes back to the end of the one it closes ("…way!
 * 🚚" + "It should…"). Neither join crosses a capital, where a long text may be cut into pieces.
 */
export function joinSentences(sentences: Token[][], text: string): Token[][] {
  const out: Token[][] = []
  for (const current of sentences) {
    const previous = out[out.length - 1]
    if (previous && gapIsInline(text, previous, current)) {
      if (endsWithNumberAbbreviation(previous) && startsWithDigit(current)) {
        out[out.length - 1] = [...previous, gapToken(text, previous, current), ...current]
        continue
      }
      const emoji = leadingEmoji(current)
      if (emoji > 0 && endsWithStop(previous)) {
        out[out.length - 1] = [...previous, gapToken(text, previous, current), ...current.slice(0, emoji)]
        const rest = trimStart(current.slice(emoji))
        if (rest.length > 0) out.push(rest)
        continue
      }
    }
    out.push(current)
  }
  return out
}

/**
 * Whether a sentence ends at the white space `tokens[index]`, inside what retext parsed as one
 * sentence: after a stop before a lower-case word that is not an abbreviation's ("sorry. most"),
 * after "!" or "?" ("Thanks!! we"), after "…" before a new clause ("ok... ill"), after an initialism
 * ("photo ID. They"), after a number or code ("£5. thanks", "#A-77120. thanks"), or after an emoji
 * before a new clause ("Great news 😊 It shipped").
 */
export function endsSentenceAt(tokens: readonly Token[], index: number): boolean {
  const space = tokens[index] as Token
  if (space.kind !== 'whitespace' || /[\n\r\u2028\u2029]/.test(space.text)) return false
  const next = tokens[index + 1]
  const mark = tokens[index - 1]
  if (next?.kind !== 'word' || !mark || !LETTER.test(next.text.charAt(0))) return false
  const lower = LOWER_START.test(next.text)
  const upper = UPPER_START.test(next.text)

  // An emoji, with the variation selector parse-latin makes a word of ("☀️" is "☀" + "\uFE0F").
  let emojiStart = index - 1
  while (
    emojiStart > 0 &&
    isEmojiToken(tokens[emojiStart - 1] as Token) &&
    isEmojiToken(tokens[emojiStart] as Token)
  )
    emojiStart--
  if (isEmojiToken(mark) && (tokens[emojiStart] as Token).kind === 'symbol') {
    const space = tokens[emojiStart - 1]
    if (space?.kind !== 'whitespace' || tokens[emojiStart - 2]?.kind !== 'word') return false
    return upper || CLAUSE_OPENERS.has(next.text.toLowerCase().replace(/’/g, "'"))
  }
  if (mark.kind === 'symbol') return false

  if (mark.kind === 'word') {
    // A word that kept its stop: "5.", "A-77120.", "L." (but not "e.g." or "p.m.").
    const body = mark.text.slice(0, -1)
    if (!mark.text.endsWith('.') || body.includes('.') || body === '') return false
    if (/^\p{Lu}$/u.test(body)) {
      // "the L. A prepaid", "a modern S. Laid flat": a size or grade; "signed by A. Khan": an initial.
      const before = tokens[index - 3]
      if (before?.kind !== 'word') return false
      const previous = before.text.toLowerCase()
      return (
        BEFORE_LETTER_NOUN.has(previous) ||
        (/^\p{Ll}/u.test(before.text) && !NAME_PRECEDERS.has(previous) && !before.text.endsWith('.'))
      )
    }
    if (!/\d/.test(body)) return false
    // "1. Open the parcel": a list number, not the end of a sentence.
    return hasWordBefore(tokens, index - 1)
  }

  if (mark.kind !== 'punctuation' || !STOP_MARKS.test(mark.text)) return false
  let stopStart = index - 1
  while (stopStart > 0 && isStopOrQuote(tokens[stopStart - 1] as Token)) stopStart--
  const marks = tokens
    .slice(stopStart, index)
    .map((token) => token.text)
    .join('')
    .replace(QUOTES, '')
  if (marks === '') return false
  const word = tokens[stopStart - 1]
  if (word?.kind !== 'word') return false
  if (/[!?]/.test(marks)) return true
  if (marks.length > 1 || marks === '…') return !CARRY_ON.has(next.text.toLowerCase())
  const normal = word.text.toLowerCase()
  const following = next.text.toLowerCase().replace(/\u2019/g, "'")
  if (lower) {
    if (UNIT_LIKE.has(normal)) return !CONTINUATION.has(following)
    return !BEFORE_LOWER.has(normal) && !/^\p{L}$/u.test(word.text) && !word.text.includes('.')
  }
  // A measure is one only after a number ("5 in. Wide"): "Thanks for checking in. Don't worry" ends there.
  if (MEASURES.has(normal) && !/\d/.test(tokens[stopStart - 3]?.text ?? '')) return true
  // retext keeps a capital after these: "photo ID. They", "24 etc. Which", "came in. If you'd like".
  // An abbreviation's word written in lower case before a capital is the word itself ending a
  // sentence: "fade in strong sun. Simply wash it" (not "Sun."), "out of the mar. Some".
  return (
    normal === 'etc' ||
    (LOWER_START.test(word.text) && !TITLES.has(normal) && !BEFORE_LOWER.has(normal)) ||
    /^\p{Lu}{2,5}s?$/u.test(word.text) ||
    (SENTENCE_STARTERS.has(following) && !TITLES.has(normal))
  )
}

/** An emoji, or the selector or joiner parse-latin splits off one. */
function isEmojiToken(token: Token): boolean {
  return (token.kind === 'symbol' || token.kind === 'word') && EMOJI.test(token.text)
}

/** A word stands before `tokens[at]` on its line (each call stops at the nearest word or line break). */
function hasWordBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i] as Token
    if (token.kind === 'word') return true
    if (token.kind === 'whitespace' && /[\n\r\u2028\u2029]/.test(token.text)) return false
  }
  return false
}

function gapIsInline(text: string, previous: readonly Token[], current: readonly Token[]): boolean {
  const gap = text.slice(endOf(previous), startOf(current))
  return gap !== '' && /^[ \t\u00A0]+$/.test(gap)
}

function endsWithNumberAbbreviation(tokens: readonly Token[]): boolean {
  const stop = tokens[tokens.length - 1]
  const word = tokens[tokens.length - 2]
  if (stop?.text !== '.' || word?.kind !== 'word') return false
  const normal = word.text.toLowerCase()
  if (!BEFORE_NUMBER.has(normal)) return false
  // "Is it in stock? No. 2 weeks" opens with "No"; "order No. 4456" does not.
  return normal !== 'no' || tokens.slice(0, -2).some((token) => token.kind === 'word')
}

function startsWithDigit(tokens: readonly Token[]): boolean {
  const first = tokens[0]
  return first?.kind === 'word' && /^\d/.test(first.text)
}

function endsWithStop(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]
  return last?.kind === 'punctuation' && /[.!?…]$/.test(last.text)
}

/** How many tokens open `tokens` as a run of emoji (with the spaces between them). */
function leadingEmoji(tokens: readonly Token[]): number {
  let count = 0
  while (count < tokens.length) {
    const token = tokens[count] as Token
    if (token.kind === 'symbol' && EMOJI.test(token.text)) count++
    else if (token.kind === 'whitespace' && count > 0 && tokens[count + 1]?.kind === 'symbol') count++
    else break
  }
  return tokens[count - 1]?.kind === 'symbol' ? count : 0
}

function trimStart(tokens: Token[]): Token[] {
  let start = 0
  while (start < tokens.length && (tokens[start] as Token).kind === 'whitespace') start++
  return tokens.slice(start)
}

const startOf = (tokens: readonly Token[]) => (tokens[0] as Token).range[0]
const endOf = (tokens: readonly Token[]) => (tokens[tokens.length - 1] as Token).range[1]

function gapToken(text: string, previous: readonly Token[], current: readonly Token[]): Token {
  const start = endOf(previous)
  const end = startOf(current)
  return Object.freeze({
    kind: 'whitespace',
    text: text.slice(start, end),
    range: Object.freeze([start, end]) as Range,
  })
}
