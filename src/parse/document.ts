import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst'
import type { Position, Range } from '../types.js'
import { isSwearWord, normalizeVisible, standardSpellings, unmask } from './normalize.js'
import {
  commonPrefixLength,
  commonSuffixLength,
  cutIntoPieces,
  isEdit,
  keptPieces,
  keptSentences,
  movedPieces,
  NO_PIECES,
  type ParsedPiece,
  type Piece,
  type PieceSizes,
  parsedPiece,
} from './pieces.js'
import { LineIndex } from './positions.js'
import { parseWithRetext } from './retext.js'
import { endsSentenceAt, joinSentences } from './segment.js'

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
  /**
   * The form phrase lists match against: lower case, apostrophes and dashes unified, invisible
   * characters dropped, and the standard spelling of noisy writing ("dont" -> "don't", "ill send"
   * -> "i'll send", "definately" -> "definitely", "f***ed" -> "fucked"; see `spelling.ts`).
   */
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

/** A line that is this short and followed by a capitalised line is a greeting, sign-off or list item. */
const SHORT_LINE = 40
const LINE_BREAK = /[\n\r\u2028\u2029]/

/** Parses `text` into a frozen {@link ReplyDocument}. Offsets are UTF-16 code units into `text`. */
export function parseDocument(text: string): ReplyDocument {
  return parseDocumentInPieces(text, PIECE_SIZES)
}

/**
 * parse-latin tokenizes its whole input as one sentence and merges tokens with `Array#splice`, so
 * its time grows with the square of the input (1 MB in one piece takes seconds, 100 KB of "a/a/a…"
 * too) and its tree is garbage only once the whole text is parsed. Long texts are therefore parsed
 * piece by piece, cut where parse-latin itself always splits: a blank line between words (a new
 * paragraph), or a word that is not an abbreviation and "." (or a letter and "!"/"?") before a
 * capital (a new sentence). Those cuts give the same document as one parse (test/properties.test.ts
 * checks it). A run of `anySpace` without either is cut at white space, and a run of `anySpace`
 * without white space anywhere, so only such runs (a "sentence" or a "word" thousands of characters
 * long) can end up split.
 */
export const PIECE_SIZES: PieceSizes = { blankLine: 2_048, sentenceEnd: 4_096, anySpace: 8_192 }

/** The engine of {@link parseDocument}, with the piece sizes as a parameter (tests use tiny ones). */
export function parseDocumentInPieces(text: string, sizes: PieceSizes): ReplyDocument {
  return buildDocument(text, sizes).document
}

/** A parsed document with the pieces it was parsed in, so a later parse of an edited text can reuse some. */
export interface PiecewiseDocument {
  readonly document: ReplyDocument
  readonly pieces: readonly ParsedPiece[]
}

/**
 * Parses `text` piece by piece. With `previous`, an edit of the previous text: the pieces before the
 * edit keep the previous document's sentence and word objects (and its paragraph objects where a
 * paragraph ends before the edit), and the unchanged text after the edit is moved rather than parsed
 * again where it can be (see `movedPieces`). Either way the result equals a fresh parse.
 */
export function buildDocument(
  text: string,
  sizes: PieceSizes,
  previous?: PiecewiseDocument,
  /** Sizes for the text after the kept pieces, when `text` is an edit of the previous text. */
  editedSizes: PieceSizes = sizes,
): PiecewiseDocument {
  const builder = new DocumentBuilder(text)
  const oldText = previous?.document.text ?? ''
  const same = previous ? commonPrefixLength(oldText, text) : 0
  const suffix = previous ? commonSuffixLength(oldText, text, same) : 0
  const whole = previous ? keptPieces(previous, same) : NO_PIECES
  const edited = previous !== undefined && isEdit(oldText.length, text.length, same, suffix)
  const continues = previous?.pieces[whole.length]?.continuesParagraph ?? false
  const pieces = cutIntoPieces(text, edited ? editedSizes : sizes, whole, continues)
  const kept = previous && edited ? keptSentences(previous, pieces, whole, same) : whole
  const moved =
    previous && edited && Math.max(text.length, oldText.length) < editedSizes.anySpace
      ? movedPieces(previous, text, pieces, kept.length, suffix, builder.lines)
      : undefined

  if (previous && kept.length > 0) builder.keep(previous.document, kept)
  for (const piece of pieces.slice(kept.length, moved ? moved.from : pieces.length)) builder.parse(piece)
  if (previous && moved) builder.move(previous, moved.previousFrom, moved.delta)
  return builder.finish()
}

/** Collects a document's paragraphs, sentences and words in text order, and the pieces they came from. */
class DocumentBuilder {
  readonly lines: LineIndex
  private readonly paragraphs: Paragraph[] = []
  private readonly sentences: Sentence[] = []
  private readonly words: Word[] = []
  private readonly pieces: ParsedPiece[] = []
  /** Sentences of the paragraph being built; it stays open across a cut inside a paragraph. */
  private open: Sentence[] = []
  /** The line the last quote-line question was about, and its answer. */
  private quoteLineStart = -1
  private quoteLineQuoted = false

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text)
  }

  /** Whether the line holding `offset` is an e-mail quote line (asked line after line, so the last answer is kept). */
  private readonly onQuoteLine = (offset: number): boolean => {
    const lineStart = this.lines.lineStart(offset)
    if (lineStart !== this.quoteLineStart) {
      this.quoteLineStart = lineStart
      this.quoteLineQuoted = isQuoteLine(this.text, lineStart)
    }
    return this.quoteLineQuoted
  }

  /** The previous document's sentences and words up to the end of the `kept` pieces, as they are. */
  keep(old: ReplyDocument, kept: readonly ParsedPiece[]): void {
    const last = kept[kept.length - 1] as ParsedPiece
    // Index loops: every keystroke copies these, and the document's arrays are frozen (see linter.ts).
    for (let i = 0; i < last.sentenceCount; i++) this.sentences.push(old.sentences[i] as Sentence)
    for (let i = 0; i < last.wordCount; i++) this.words.push(old.words[i] as Word)
    for (let i = 0; i < old.paragraphs.length; i++) {
      const paragraph = old.paragraphs[i] as Paragraph
      if (paragraph.range[1] > last.end) break
      this.paragraphs.push(paragraph)
    }
    // Cut inside a paragraph: its sentences so far stay open for the pieces after the cut.
    let first = this.sentences.length
    while (first > 0 && (this.sentences[first - 1] as Sentence).paragraphIndex === this.paragraphs.length)
      first--
    this.open = this.sentences.slice(first)
    for (let i = 0; i < kept.length; i++) this.pieces.push(kept[i] as ParsedPiece)
  }

  /** Parses one piece with retext and adds its sentences. */
  parse(piece: Piece): void {
    const tree = parseWithRetext(this.text.slice(piece.start, piece.end))
    let first = true
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      if (!(first && piece.continuesParagraph)) this.closeParagraph()
      first = false
      for (const tokens of splitParagraph(child, this.text, this.lines, piece.start, this.onQuoteLine))
        this.add(
          buildSentence(
            tokens,
            this.text,
            this.onQuoteLine,
            this.sentences.length,
            this.paragraphs.length,
            this.words,
          ),
        )
    }
    this.pieces.push(parsedPiece(piece, this.sentences.length, this.words.length))
  }

  /**
   * The previous document's sentences from its piece `from` on, moved `delta` code units and
   * renumbered: the unchanged text after an edit.
   */
  move(previous: PiecewiseDocument, from: number, delta: number): void {
    const old = previous.document
    const before = from > 0 ? (previous.pieces[from - 1] as ParsedPiece) : undefined
    const firstSentence = before?.sentenceCount ?? 0
    const sentenceShift = this.sentences.length - firstSentence
    const wordShift = this.words.length - (before?.wordCount ?? 0)
    if (!(previous.pieces[from] as ParsedPiece).continuesParagraph) this.closeParagraph()
    for (let i = firstSentence; i < old.sentences.length; i++) {
      const sentence = old.sentences[i] as Sentence
      if (i > firstSentence && sentence.paragraphIndex !== (old.sentences[i - 1] as Sentence).paragraphIndex)
        this.closeParagraph()
      this.add(
        moveSentence(sentence, this.text, delta, this.sentences.length, this.paragraphs.length, this.words),
      )
    }
    for (let j = from; j < previous.pieces.length; j++) {
      const piece = previous.pieces[j] as ParsedPiece
      this.pieces.push(
        parsedPiece(piece, piece.sentenceCount + sentenceShift, piece.wordCount + wordShift, delta),
      )
    }
  }

  finish(): PiecewiseDocument {
    this.closeParagraph()
    const lines = this.lines
    const document: ReplyDocument = Object.freeze({
      text: this.text,
      paragraphs: Object.freeze(this.paragraphs),
      sentences: Object.freeze(this.sentences),
      words: Object.freeze(this.words),
      position: (offset: number) => lines.position(offset),
    })
    return { document, pieces: this.pieces }
  }

  private add(sentence: Sentence): void {
    this.sentences.push(sentence)
    this.open.push(sentence)
  }

  private closeParagraph(): void {
    if (this.open.length === 0) return
    const range = rangeOf(this.open)
    this.paragraphs.push(
      Object.freeze({
        index: this.paragraphs.length,
        text: this.text.slice(range[0], range[1]),
        range,
        sentences: Object.freeze(this.open),
      }),
    )
    this.open = []
  }
}

function rangeOf(sentences: readonly Sentence[]): Range {
  const first = sentences[0] as Sentence
  const last = sentences[sentences.length - 1] as Sentence
  return Object.freeze([first.range[0], last.range[1]]) as Range
}

/**
 * Flattens retext's sentences into token lists, joins the ones retext cut wrongly, and splits them
 * further at line breaks that end a line of their own and at sentence ends retext reads past (see
 * `segment.ts`).
 */
function splitParagraph(
  paragraph: NlcstParagraph,
  text: string,
  lines: LineIndex,
  base: number,
  onQuoteLine: (offset: number) => boolean,
): Token[][] {
  const flattened: Token[][] = []
  for (const node of paragraph.children)
    if (node.type === 'SentenceNode') {
      const tokens = flattenSentence(node, text, base)
      if (tokens.length > 0) flattened.push(tokens)
    }
  const result: Token[][] = []
  for (const tokens of joinSentences(flattened, text)) {
    let current: Token[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token
      if (
        token.kind === 'whitespace' &&
        (LINE_BREAK.test(token.text)
          ? endsLine(tokens, i, text, lines, onQuoteLine)
          : endsSentenceAt(tokens, i))
      ) {
        if (current.length > 0) result.push(current)
        current = []
        continue
      }
      current.push(token)
    }
    if (current.length > 0) result.push(current)
  }
  const sentences: Token[][] = []
  for (let i = 0; i < result.length; i++) {
    const trimmed = trimWhitespace(result[i] as Token[])
    if (trimmed.length > 0) sentences.push(trimmed)
  }
  return sentences
}

/** A line that is only a greeting, with or without a name: "hi", "Hello Sam", "hey there!". */
const GREETING_LINE =
  /^\s*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening))\b[^.?!\n]{0,24}$/i
/** A list item's marker at the start of a line: "b)", "2.", "iii)". */
const LIST_MARKER = /^(?:\p{L}|\d{1,2}|[ivx]{1,4})[.)]$/u

/**
 * retext joins lines without a full stop into one sentence ("Hi Tom,\nThanks for…").
 * A line break ends a sentence when punctuation or a symbol precedes it, a list marker or
 * number follows it, the line before is a greeting, a short line is followed by a capitalised one,
 * or an e-mail quote (`> …`) starts or ends there (the customer's words never run into the
 * seller's). Hard-wrapped prose (lower-case continuation) stays one sentence.
 */
function endsLine(
  tokens: readonly Token[],
  index: number,
  text: string,
  lines: LineIndex,
  onQuoteLine: (offset: number) => boolean,
): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (!before || !after) return false
  if (onQuoteLine(before.range[0]) !== onQuoteLine(after.range[0])) return true
  if (before.kind !== 'word') return true
  if (after.kind !== 'word') return true
  const first = after.text.charAt(0)
  if (/\d/.test(first)) return true
  const marker = tokens[index + 2]
  if (marker?.kind === 'punctuation' && LIST_MARKER.test(after.text + marker.text.charAt(0))) return true
  const lineStart = lines.lineStart(before.range[0])
  if (GREETING_LINE.test(text.slice(lineStart, before.range[1]))) return true
  if (first === first.toLowerCase()) return false
  return before.range[1] - lineStart <= SHORT_LINE
}

/** `tokens` without white space at either end (the same array when there is none). */
function trimWhitespace(tokens: Token[]): Token[] {
  let start = 0
  let end = tokens.length
  while (start < end && (tokens[start] as Token).kind === 'whitespace') start++
  while (end > start && (tokens[end - 1] as Token).kind === 'whitespace') end--
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end)
}

/** `base`: where the parsed piece starts in `text`. */
function flattenSentence(sentence: NlcstSentence, text: string, base: number): Token[] {
  const tokens: Token[] = []
  for (const node of sentence.children) {
    const pieceStart = node.position?.start.offset
    const pieceEnd = node.position?.end.offset
    if (pieceStart === undefined || pieceEnd === undefined) continue
    const start = base + pieceStart
    const end = base + pieceEnd
    const kind: TokenKind =
      node.type === 'WordNode'
        ? 'word'
        : node.type === 'WhiteSpaceNode'
          ? 'whitespace'
          : node.type === 'PunctuationNode'
            ? 'punctuation'
            : 'symbol'
    const word = text.slice(start, end)
    if (kind === 'word' && endsWithLoneStop(word)) {
      // parse-latin keeps a full stop on a word when a lower-case word follows ("ASAP. then"):
      // the stop is punctuation, so "asap" matches phrase lists and phrases stop there.
      tokens.push(token(kind, word.slice(0, -1), start, end - 1))
      tokens.push(token('punctuation', '.', end - 1, end))
      continue
    }
    tokens.push(token(kind, word, start, end))
  }
  return joinSpacedLetters(joinHiddenWords(tokens, text), text)
}

/** The most letters a spaced-out word may have ("f u c k i n g"). */
const SPACED_LETTERS = 12

/**
 * One word token for a swear word spelled out letter by letter with spaces ("f u c k"), so phrase
 * lists see it; any other run of single letters ("a b c") stays as it is.
 */
function joinSpacedLetters(tokens: Token[], text: string): Token[] {
  let out: Token[] | undefined
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token
    let end = i
    if (isSingleLetter(first)) {
      while (
        end + 2 < tokens.length &&
        (end + 2 - i) / 2 < SPACED_LETTERS &&
        (tokens[end + 1] as Token).text === ' ' &&
        isSingleLetter(tokens[end + 2] as Token)
      )
        end += 2
    }
    if (end - i >= 4) {
      const joined = text.slice(first.range[0], (tokens[end] as Token).range[1])
      if (isSwearWord(joined.replace(/ /g, '').toLowerCase())) {
        out ??= tokens.slice(0, i)
        out.push(token('word', joined, first.range[0], (tokens[end] as Token).range[1]))
        i = end
        continue
      }
    }
    out?.push(first)
  }
  return out ?? tokens
}

const isSingleLetter = (token: Token) =>
  token.kind === 'word' && token.text.length === 1 && /\p{L}/u.test(token.text)

/** Characters a writer hides a word behind: mask characters and invisible ones. */
const HIDING = /^(?:[*#%@$!]+|[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]+)$/
/** The longest run of tokens looked at as one hidden word ("a", "$$", "hole"). */
const HIDDEN_WORD_TOKENS = 5

/**
 * One word token for a word split by masks or invisible characters, so phrase lists see it whole:
 * "f***ed" and "a$$hole" when they spell a swear word, "Whats\u200BApp" always.
 */
function joinHiddenWords(tokens: Token[], text: string): Token[] {
  let out: Token[] | undefined
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token
    let end = i
    if (first.kind === 'word' || HIDING.test(first.text)) {
      let hides = first.kind !== 'word'
      let invisible = hides && !/[*#%@$!]/.test(first.text)
      while (end + 1 < tokens.length && end + 1 - i < HIDDEN_WORD_TOKENS) {
        const next = tokens[end + 1] as Token
        if (next.range[0] !== (tokens[end] as Token).range[1] || next.kind === 'whitespace') break
        if (next.kind !== 'word' && !HIDING.test(next.text)) break
        if (next.kind !== 'word') {
          hides = true
          if (!/[*#%@$!]/.test(next.text)) invisible = true
        }
        end++
      }
      if (end > i && hides) {
        const start = first.range[0]
        let stop = (tokens[end] as Token).range[1]
        // "pr*t." at the end of a sentence: the last piece reads as an initial ("t."), its stop the sentence's.
        const stopAfter = !invisible && endsWithStop(text.slice(start, stop)) ? stop - 1 : undefined
        if (stopAfter !== undefined) stop = stopAfter
        const joined = text.slice(start, stop)
        const wordy = (tokens[end] as Token).kind === 'word' || !invisible
        if (wordy && (invisible ? /\p{L}/u.test(joined) : unmask(normalizeVisible(joined)) !== undefined)) {
          out ??= tokens.slice(0, i)
          out.push(token('word', joined, start, stop))
          if (stopAfter !== undefined) out.push(token('punctuation', '.', stopAfter, stopAfter + 1))
          i = end
          continue
        }
      }
    }
    out?.push(first)
  }
  return out ?? tokens
}

/** A stop at the word's end and nowhere before it: "sh*t." (a masked word that took the sentence's stop), "ASAP.". */
const endsWithStop = (word: string) =>
  word.length > 2 && word.endsWith('.') && !word.slice(0, -1).includes('.')

/** Tokens are built once, frozen, and handed to the document as they are. */
const token = (kind: TokenKind, text: string, start: number, end: number): Token =>
  Object.freeze({ kind, text, range: Object.freeze([start, end]) as Range })

/** "ASAP." or "location." but not "e.g." or "U.S." (abbreviations with inner stops stay whole). */
function endsWithLoneStop(word: string): boolean {
  return endsWithStop(word) && /\p{L}/u.test(word.charAt(word.length - 2))
}

function buildSentence(
  tokens: Token[],
  text: string,
  onQuoteLine: (offset: number) => boolean,
  index: number,
  paragraphIndex: number,
  allWords: Word[],
): Sentence {
  const quoted = quotedTokens(tokens, onQuoteLine)
  const words: Word[] = []
  // The standard spelling of a word can depend on the next one ("ill send" is "I'll send").
  const normals = standardSpellings(
    tokens.filter((token) => token.kind === 'word').map((token) => normalizeVisible(token.text)),
  )
  let breakBefore = false
  tokens.forEach((token, tokenIndex) => {
    if (token.kind === 'whitespace') return
    if (token.kind !== 'word') {
      if (!isPartOfAmount(tokens, tokenIndex)) breakBefore = true
      return
    }
    const word = wordOf(token, allWords.length, words.length, index, normals[words.length] as string, {
      breakBefore: words.length > 0 && breakBefore,
      quoted: quoted?.has(tokenIndex) ?? false,
    })
    breakBefore = false
    words.push(word)
    allWords.push(word)
  })
  return sentenceOf(text, index, paragraphIndex, tokens, words)
}

const CURRENCY = /^[£$€¥₹]$/
const DIGIT_START = /^\d/
const DIGIT_END = /\d$/

/**
 * "£10", "100%" and "2–3": the sign belongs to the number, and the dash of a range joins its ends,
 * so a phrase may run through them ("a £10 refund", "running 2–3 weeks behind").
 */
function isPartOfAmount(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  if (RANGE_DASH.test(token.text)) {
    const before = neighbourWord(tokens, index, -1)
    const after = neighbourWord(tokens, index, 1)
    return !!before && !!after && DIGIT_END.test(before.text) && DIGIT_START.test(after.text)
  }
  if (token.kind !== 'symbol') return false
  const next = tokens[index + 1]
  const previous = tokens[index - 1]
  if (CURRENCY.test(token.text))
    return next?.kind === 'word' && next.range[0] === token.range[1] && DIGIT_START.test(next.text)
  if (token.text === '%')
    return previous?.kind === 'word' && previous.range[1] === token.range[0] && DIGIT_END.test(previous.text)
  // A number sign on an order or item number ("order #KE-55102") is part of it, not a break.
  if (NUMBER_SIGN.test(token.text))
    return next?.kind === 'word' && next.range[0] === token.range[1] && HAS_DIGIT.test(next.text)
  return false
}

const NUMBER_SIGN = /^[#№]$/
const HAS_DIGIT = /\d/

const RANGE_DASH = /^[-\u2013]$/

/** The word next to `index` in direction `step`, past one run of white space at most. */
function neighbourWord(tokens: readonly Token[], index: number, step: 1 | -1): Token | undefined {
  let at = index + step
  if (tokens[at]?.kind === 'whitespace') at += step
  const token = tokens[at]
  return token?.kind === 'word' ? token : undefined
}

/** A word as the document holds it; parsed and moved words are built here alike, so both have one shape. */
function wordOf(
  token: Token,
  index: number,
  indexInSentence: number,
  sentenceIndex: number,
  normal: string,
  { breakBefore, quoted }: { breakBefore: boolean; quoted: boolean },
): Word {
  return Object.freeze({
    index,
    indexInSentence,
    sentenceIndex,
    text: token.text,
    normal,
    range: token.range,
    breakBefore,
    quoted,
  })
}

/** A sentence as the document holds it, from its tokens (at least one) and words; one shape for parsed and moved ones. */
function sentenceOf(
  text: string,
  index: number,
  paragraphIndex: number,
  tokens: Token[],
  words: Word[],
): Sentence {
  const range = Object.freeze([
    (tokens[0] as Token).range[0],
    (tokens[tokens.length - 1] as Token).range[1],
  ]) as Range
  return Object.freeze({
    index,
    paragraphIndex,
    text: text.slice(range[0], range[1]),
    range,
    tokens: Object.freeze(tokens),
    words: Object.freeze(words),
  })
}

/**
 * `sentence` of the previous document, `delta` code units further on in `text`, renumbered: what
 * parsing the same text at its new place builds (see `movedPieces` for when that holds).
 */
function moveSentence(
  sentence: Sentence,
  text: string,
  delta: number,
  index: number,
  paragraphIndex: number,
  allWords: Word[],
): Sentence {
  const movedTokens = new Map<Range, Token>()
  const tokens = sentence.tokens.map((old) => {
    const start = old.range[0] + delta
    const end = old.range[1] + delta
    const moved = token(old.kind, text.slice(start, end), start, end)
    movedTokens.set(old.range, moved)
    return moved
  })
  const words = sentence.words.map((old) => {
    const word = wordOf(
      movedTokens.get(old.range) as Token,
      allWords.length,
      old.indexInSentence,
      index,
      old.normal,
      old,
    )
    allWords.push(word)
    return word
  })
  return sentenceOf(text, index, paragraphIndex, tokens, words)
}

/** Opening double quotes by character code, each with the code of the quote that closes it. */
const CLOSING_QUOTE_OF = new Map([
  [0x22, 0x22], // "…"
  [0x201c, 0x201d], // “…”
  [0x201e, 0x201c], // „…“
  [0xab, 0xbb], // «…»
])

/** Indexes of tokens inside balanced double quotes, or on a line that starts with `>`; undefined for none. */
function quotedTokens(
  tokens: readonly Token[],
  onQuoteLine: (offset: number) => boolean,
): Set<number> | undefined {
  let inside: Set<number> | undefined
  let openAt = -1
  let closing = -1
  tokens.forEach((token, i) => {
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') return
    const text = token.text
    // By code unit: every quote is one, and half a surrogate pair never equals one.
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if (openAt >= 0 && code === closing) {
        inside ??= new Set()
        for (let j = openAt + 1; j < i; j++) inside.add(j)
        openAt = -1
      } else if (openAt < 0 && CLOSING_QUOTE_OF.has(code)) {
        openAt = i
        closing = CLOSING_QUOTE_OF.get(code) as number
      }
    }
  })
  tokens.forEach((token, i) => {
    if (token.kind === 'word' && onQuoteLine(token.range[0])) {
      inside ??= new Set()
      inside.add(i)
    }
  })
  return inside
}

/** E-mail quoting: the line starts (after indentation) with `>`. */
function isQuoteLine(text: string, lineStart: number): boolean {
  let start = lineStart
  while (text.charAt(start) === ' ' || text.charAt(start) === '\t') start++
  return text.charAt(start) === '>'
}
