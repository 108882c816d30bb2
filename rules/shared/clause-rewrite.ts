import { type Edit, matchCase, type Sentence, type Token, type Word } from '../../src/core.js'

/** Words that open a dependent clause: a rewrite cannot start after "If you'd like," alone. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'once',
  'as',
  'since',
  'because',
  'although',
  'though',
  'unless',
  'while',
  'whilst',
  'after',
  'before',
  'so',
  'until',
  'whether',
])
/** Words that cannot open a sentence of their own: "Or, we'll refund you" is replaced whole. */
const JOINERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'so',
  'then',
  'also',
  'plus',
  'otherwise',
  'alternatively',
  'however',
  'instead',
])
/** A short lead-in opening with one of these is a greeting: "Hi Priya, <rewrite>" keeps its comma. */
const GREETINGS: ReadonlySet<string> = new Set([
  'hi',
  'hello',
  'hey',
  'dear',
  'hiya',
  'morning',
  'afternoon',
  'evening',
  'good',
])
/** Punctuation that may separate a kept lead-in from the rewritten clause. */
const SOFT_BREAK = /^[\s,;:\u2013\u2014-]+$/

/**
 * One edit that replaces the clause holding `word` and the rest of its sentence with `replacement`
 * (a sentence without its final full stop). A lead-in before a comma or semicolon is kept as its
 * own sentence ("I'm sorry, I'll refund you now." -> "I'm sorry. <replacement>."), unless it is a
 * single word, a dependent clause ("If you like, ...") or opens with a joining word ("Or, ..."),
 * in which case the whole sentence is replaced. A greeting keeps its comma: "Hi Priya, <replacement>". The
 * sentence's closing punctuation is kept; a question mark becomes a full stop.
 */
export function rewriteClause(sentence: Sentence, word: Word, replacement: string): Edit {
  const words = sentence.words
  let start = word.indexInSentence
  while (start > 0 && !clauseBreakBefore(sentence, words[start] as Word)) start--
  const terminal = sentence.text.slice(sentence.text.length - terminalLength(sentence.text))
  // The closing punctuation stays outside the edit, except a question mark, which becomes a full stop.
  const question = terminal.includes('?')
  const end = question ? sentence.range[1] : sentence.range[1] - terminal.length
  const ending = question ? '.' : ''
  const first = words[0] as Word
  if (start > 0) {
    const previous = words[start - 1] as Word
    const between = sentence.text.slice(
      previous.range[1] - sentence.range[0],
      (words[start] as Word).range[0] - sentence.range[0],
    )
    if (GREETINGS.has(first.normal) && start <= 4 && between.trim() === ',')
      return { range: [(words[start] as Word).range[0], end], text: `${lowerFirst(replacement)}${ending}` }
    const keepLead = start >= 2 && !SUBORDINATORS.has(first.normal) && !JOINERS.has(first.normal)
    if (keepLead && SOFT_BREAK.test(between)) {
      return { range: [previous.range[1], end], text: `. ${capitalise(replacement)}${ending}` }
    }
  }
  // Whole sentence: keep any opening symbol or bullet before the first word.
  const opening = leadingNonWords(sentence.tokens)
  return {
    range: [Math.max(sentence.range[0], opening), end],
    text: `${matchCase(first.text, replacement)}${ending}`,
  }
}

/** "Your request..." -> "your request...", but "I'm looking..." keeps its capital. */
function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Offset of the first word token (bullets, emoji and dashes before it stay). */
function leadingNonWords(tokens: readonly Token[]): number {
  const firstWord = tokens.find((token) => token.kind === 'word')
  return firstWord ? firstWord.range[0] : 0
}

/** Punctuation that ends a clause; currency signs, "%", "#" and "&" do not. */
const CLAUSE_PUNCTUATION = /[,;:!?.()[\]{}"\u201C\u201D\u00AB\u00BB\u2013\u2014]|\s-\s/

/** True when punctuation that ends a clause stands between `word` and the word before it. */
export function clauseBreakBefore(sentence: Sentence, word: Word): boolean {
  if (!word.breakBefore) return false
  const previous = sentence.words[word.indexInSentence - 1]
  if (!previous) return false
  return CLAUSE_PUNCTUATION.test(
    sentence.text.slice(previous.range[1] - sentence.range[0], word.range[0] - sentence.range[0]),
  )
}

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')'])
const STOPS = new Set(['.', '!', '?', '\u2026'])

/**
 * Length of the closing punctuation of a sentence: full stops, "!", "?" or "…", then any closing
 * quotes or brackets ("Really?!)" -> 3), then any emoji or symbols set apart from the words
 * ("today. 🙂" -> 3, "today 🙂" -> 3), so that what is added at the end goes before them. A
 * backward scan, linear on any input.
 */
export function terminalLength(text: string): number {
  const symbols = trailingSymbolsStart(text)
  let end = symbols
  while (end > 0 && CLOSERS.has(text.charAt(end - 1))) end--
  let start = end
  while (start > 0 && STOPS.has(text.charAt(start - 1))) start--
  return start === end ? text.length - symbols : text.length - start
}

/** One code point of an emoji or a symbol, or a joiner, modifier or variation selector inside an emoji. */
const SYMBOL = /^(?:[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Emoji_Modifier}]|\u200D|\uFE0F|\u20E3)$/u
const SPACE = /^\s$/

/**
 * Where the emoji and symbols at the end of `text` start, with the spaces before them; `text.length`
 * when there are none. Only a run set apart by a space or punctuation counts: "Delivery™" keeps its
 * sign, "today 🙂" and "today.🙂" do not.
 */
function trailingSymbolsStart(text: string): number {
  let end = text.length
  let first = text.length
  while (end > 0) {
    const code = text.charCodeAt(end - 1)
    const width = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? 2 : 1
    const char = text.slice(end - width, end)
    if (SYMBOL.test(char)) first = end - width
    else if (!SPACE.test(char)) break
    end -= width
  }
  if (first === text.length || first === 0) return text.length
  let start = first
  while (start > 0 && SPACE.test(text.charAt(start - 1))) start--
  if (start < first) return start
  const before = text.charAt(first - 1)
  return STOPS.has(before) || CLOSERS.has(before) ? first : text.length
}
