import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import type { Position, Range } from '../types.js'
import { normalizeWord } from './normalize.js'
import { LineIndex } from './positions.js'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

/** A leaf of the sentence: a word, a run of punctuation, a symbol (emoji, `#`, `@`) or whitespace. */
export interface Token {
  readonly kind: TokenKind
  readonly text: string
  readonly range: Range
}

export interface Word {
  /** Position in `document.words`. */
  readonly index: number
  /** Position in its sentence's `words`. */
  readonly indexInSentence: number
  readonly sentenceIndex: number
  /** Exactly as written. */
  readonly text: string
  /** Lower case, apostrophes and dashes unified: the form phrase lists match against. */
  readonly normal: string
  readonly range: Range
  /** Punctuation or a symbol stands between this word and the previous word of the sentence. */
  readonly breakBefore: boolean
  /** Inside a quotation ("…", “…”) or on an e-mail quote line (`> …`): the writer is citing, not saying. */
  readonly quoted: boolean
}

export interface Sentence {
  readonly index: number
  readonly paragraphIndex: number
  readonly text: string
  readonly range: Range
  readonly tokens: readonly Token[]
  readonly words: readonly Word[]
}

export interface Paragraph {
  readonly index: number
  readonly text: string
  readonly range: Range
  readonly sentences: readonly Sentence[]
}

/** The parsed draft: paragraphs, sentences and words with offsets into the original string. */
export interface ReplyDocument {
  readonly text: string
  readonly paragraphs: readonly Paragraph[]
  readonly sentences: readonly Sentence[]
  readonly words: readonly Word[]
  position(offset: number): Position
}

let processor: ReturnType<typeof createProcessor> | undefined
function createProcessor() {
  return unified().use(retextEnglish).freeze()
}

/** A line that is this short and followed by a capitalised line is a greeting, sign-off or list item. */
const SHORT_LINE = 40
const LINE_BREAK = /[\n\r\u2028\u2029]/

/** Parses `text` into a frozen {@link ReplyDocument}. Offsets are UTF-16 code units into `text`. */
export function parseDocument(text: string): ReplyDocument {
  processor ??= createProcessor()
  const tree = processor.parse(text) as NlcstRoot
  const lines = new LineIndex(text)
  const quoteLines = new Map<number, boolean>()
  const onQuoteLine = (offset: number) => {
    const lineStart = lines.lineStart(offset)
    let quoted = quoteLines.get(lineStart)
    if (quoted === undefined) {
      quoted = isQuoteLine(text, lineStart)
      quoteLines.set(lineStart, quoted)
    }
    return quoted
  }
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  const words: Word[] = []

  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    const paragraphIndex = paragraphs.length
    const paragraphSentences: Sentence[] = []
    for (const tokens of splitParagraph(child, text, lines)) {
      const sentence = buildSentence(tokens, text, onQuoteLine, sentences.length, paragraphIndex, words)
      sentences.push(sentence)
      paragraphSentences.push(sentence)
    }
    if (paragraphSentences.length === 0) continue
    const range = rangeOf(paragraphSentences)
    paragraphs.push(
      Object.freeze({
        index: paragraphIndex,
        text: text.slice(range[0], range[1]),
        range,
        sentences: Object.freeze(paragraphSentences),
      }),
    )
  }

  return Object.freeze({
    text,
    paragraphs: Object.freeze(paragraphs),
    sentences: Object.freeze(sentences),
    words: Object.freeze(words),
    position: (offset: number) => lines.position(offset),
  })
}

function rangeOf(sentences: readonly Sentence[]): Range {
  const first = sentences[0] as Sentence
  const last = sentences[sentences.length - 1] as Sentence
  return Object.freeze([first.range[0], last.range[1]]) as Range
}

/** Flattens retext's sentences into token lists, splitting further at line breaks that end a line of its own. */
function splitParagraph(paragraph: NlcstParagraph, text: string, lines: LineIndex): Token[][] {
  const result: Token[][] = []
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') continue
    let current: Token[] = []
    const tokens = flattenSentence(node, text)
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token
      if (token.kind === 'whitespace' && LINE_BREAK.test(token.text) && endsLine(tokens, i, lines)) {
        if (current.length > 0) result.push(current)
        current = []
        continue
      }
      current.push(token)
    }
    if (current.length > 0) result.push(current)
  }
  return result.map(trimWhitespace).filter((tokens) => tokens.length > 0)
}

/**
 * retext joins lines without a full stop into one sentence ("Hi Tom,\nThanks for…").
 * A line break ends a sentence when punctuation or a symbol precedes it, a list marker or
 * number follows it, or a short line is followed by a capitalised one. Hard-wrapped prose
 * (lower-case continuation) stays one sentence.
 */
function endsLine(tokens: readonly Token[], index: number, lines: LineIndex): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (!before || !after) return false
  if (before.kind !== 'word') return true
  if (after.kind !== 'word') return true
  const first = after.text.charAt(0)
  if (/\d/.test(first)) return true
  if (first === first.toLowerCase()) return false
  return before.range[1] - lines.lineStart(before.range[0]) <= SHORT_LINE
}

function trimWhitespace(tokens: Token[]): Token[] {
  let start = 0
  let end = tokens.length
  while (start < end && (tokens[start] as Token).kind === 'whitespace') start++
  while (end > start && (tokens[end - 1] as Token).kind === 'whitespace') end--
  return tokens.slice(start, end)
}

function flattenSentence(sentence: NlcstSentence, text: string): Token[] {
  const tokens: Token[] = []
  for (const node of sentence.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const kind: TokenKind =
      node.type === 'WordNode'
        ? 'word'
        : node.type === 'WhiteSpaceNode'
          ? 'whitespace'
          : node.type === 'PunctuationNode'
            ? 'punctuation'
            : 'symbol'
    tokens.push({ kind, text: text.slice(start, end), range: [start, end] })
  }
  return tokens
}

function buildSentence(
  rawTokens: readonly Token[],
  text: string,
  onQuoteLine: (offset: number) => boolean,
  index: number,
  paragraphIndex: number,
  allWords: Word[],
): Sentence {
  const tokens = rawTokens.map((token) =>
    Object.freeze({ kind: token.kind, text: token.text, range: Object.freeze(token.range) as Range }),
  )
  const quoted = quotedTokens(tokens, onQuoteLine)
  const words: Word[] = []
  let breakBefore = false
  tokens.forEach((token, tokenIndex) => {
    if (token.kind === 'whitespace') return
    if (token.kind !== 'word') {
      breakBefore = true
      return
    }
    const word: Word = Object.freeze({
      index: allWords.length,
      indexInSentence: words.length,
      sentenceIndex: index,
      text: token.text,
      normal: normalizeWord(token.text),
      range: token.range,
      breakBefore: words.length > 0 && breakBefore,
      quoted: quoted.has(tokenIndex),
    })
    breakBefore = false
    words.push(word)
    allWords.push(word)
  })
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  const range = Object.freeze([first.range[0], last.range[1]]) as Range
  return Object.freeze({
    index,
    paragraphIndex,
    text: text.slice(range[0], range[1]),
    range,
    tokens: Object.freeze(tokens),
    words: Object.freeze(words),
  })
}

const OPENING_QUOTES = new Set(['"', '\u201C', '\u201E', '\u00AB'])
const CLOSING_QUOTES: Record<string, string> = {
  '"': '"',
  '\u201C': '\u201D',
  '\u201E': '\u201C',
  '\u00AB': '\u00BB',
}

/** Indexes of tokens inside balanced double quotes, or on a line that starts with `>`. */
function quotedTokens(tokens: readonly Token[], onQuoteLine: (offset: number) => boolean): Set<number> {
  const inside = new Set<number>()
  let openAt = -1
  let closing = ''
  tokens.forEach((token, i) => {
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') return
    for (const char of token.text) {
      if (openAt >= 0 && char === closing) {
        for (let j = openAt + 1; j < i; j++) inside.add(j)
        openAt = -1
      } else if (openAt < 0 && OPENING_QUOTES.has(char)) {
        openAt = i
        closing = CLOSING_QUOTES[char] as string
      }
    }
  })
  tokens.forEach((token, i) => {
    if (token.kind === 'word' && onQuoteLine(token.range[0])) inside.add(i)
  })
  return inside
}

/** E-mail quoting: the line starts (after indentation) with `>`. */
function isQuoteLine(text: string, lineStart: number): boolean {
  let start = lineStart
  while (text.charAt(start) === ' ' || text.charAt(start) === '\t') start++
  return text.charAt(start) === '>'
}
