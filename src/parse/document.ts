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

type Processor = ReturnType<typeof createProcessor>
let processor: Processor | undefined
function createProcessor() {
  return unified().use(retextEnglish).freeze()
}

/** A line that is this short and followed by a capitalised line is a greeting, sign-off or list item. */
const SHORT_LINE = 40
const LINE_BREAK = /[\n\r\u2028\u2029]/

/** Parses `text` into a frozen {@link ReplyDocument}. Offsets are UTF-16 code units into `text`. */
export function parseDocument(text: string): ReplyDocument {
  return parseDocumentInPieces(text, PIECE_SIZES)
}

/**
 * When a long text may be cut into pieces for parsing (in UTF-16 code units since the last cut):
 * at a blank line after `blankLine`, at a plain sentence end after `sentenceEnd`, at any white space
 * (or anywhere in a run without white space as long) after `anySpace`.
 */
export interface PieceSizes {
  blankLine: number
  sentenceEnd: number
  anySpace: number
}

/**
 * parse-latin tokenizes its whole input as one sentence and merges tokens with `Array#splice`, so its
 * time grows with the square of the input (1 MB in one piece takes seconds, 100 KB of "a/a/a…" too)
 * and its tree is garbage only once the whole text is parsed. Long texts are therefore parsed piece by piece, cut where
 * parse-latin itself always splits: a blank line between words (a new paragraph), or a long word and
 * "." (or a letter and "!"/"?") before a capital (a new sentence). Those cuts give the same document
 * as one parse (test/properties.test.ts checks it). A run of `anySpace` without either is cut at
 * white space, and a run of `anySpace` without white space anywhere, so only such runs (a "sentence"
 * or a "word" thousands of characters long) can end up split.
 */
const PIECE_SIZES: PieceSizes = { blankLine: 2_048, sentenceEnd: 4_096, anySpace: 8_192 }

/** The engine of {@link parseDocument}, with the piece sizes as a parameter (tests use tiny ones). */
export function parseDocumentInPieces(text: string, sizes: PieceSizes): ReplyDocument {
  return buildDocument(text, sizes).document
}

/** A parsed document with the pieces it was parsed in, so a later parse of an edited text can reuse some. */
export interface PiecewiseDocument {
  readonly document: ReplyDocument
  readonly pieces: readonly ParsedPiece[]
}

/** One piece of a parse and how far the document had got once the piece was built. */
export interface ParsedPiece extends Piece {
  /** Sentences and words of the document up to the end of this piece. */
  readonly sentenceCount: number
  readonly wordCount: number
}

/**
 * Parses `text` piece by piece. With `previous`, the pieces at the start of the text that are unchanged
 * since the previous document (same text at the same offsets) keep that document's sentence and word
 * objects, and its paragraph objects where a paragraph ends before the edit: they would be built
 * equal anyway.
 */
export function buildDocument(
  text: string,
  sizes: PieceSizes,
  previous?: PiecewiseDocument,
  /** Sizes for the text after the kept pieces, when `text` is an edit of the previous text. */
  editedSizes: PieceSizes = sizes,
): PiecewiseDocument {
  processor ??= createProcessor()
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
  /** Sentences of the paragraph being built; it stays open across a cut inside a paragraph. */
  let open: Sentence[] = []
  const closeParagraph = () => {
    if (open.length === 0) return
    const range = rangeOf(open)
    paragraphs.push(
      Object.freeze({
        index: paragraphs.length,
        text: text.slice(range[0], range[1]),
        range,
        sentences: Object.freeze(open),
      }),
    )
    open = []
  }

  const same = previous ? commonPrefixLength(previous.document.text, text) : 0
  const whole = previous ? keptPieces(previous, same) : NO_PIECES
  const edited = previous !== undefined && isEdit(previous.document.text, text, same)
  const continues = previous?.pieces[whole.length]?.continuesParagraph ?? false
  const pieces = cutIntoPieces(text, edited ? editedSizes : sizes, whole, continues)
  const kept = previous && edited ? keptSentences(previous, pieces, whole, same) : whole
  const reused = kept.length
  const parsed: ParsedPiece[] = []
  if (previous && reused > 0) {
    const last = kept[reused - 1] as ParsedPiece
    const old = previous.document
    sentences.push(...old.sentences.slice(0, last.sentenceCount))
    words.push(...old.words.slice(0, last.wordCount))
    for (const paragraph of old.paragraphs) {
      if (paragraph.range[1] > last.end) break
      paragraphs.push(paragraph)
    }
    // Cut inside a paragraph: its sentences so far stay open for the pieces after the cut.
    let first = sentences.length
    while (first > 0 && (sentences[first - 1] as Sentence).paragraphIndex === paragraphs.length) first--
    open = sentences.slice(first)
    parsed.push(...kept)
  }
  for (const piece of pieces.slice(reused)) {
    const tree = (processor as Processor).parse(text.slice(piece.start, piece.end)) as NlcstRoot
    let first = true
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      if (!(first && piece.continuesParagraph)) closeParagraph()
      first = false
      for (const tokens of splitParagraph(child, text, lines, piece.start, onQuoteLine)) {
        const sentence = buildSentence(tokens, text, onQuoteLine, sentences.length, paragraphs.length, words)
        sentences.push(sentence)
        open.push(sentence)
      }
    }
    parsed.push({ ...piece, sentenceCount: sentences.length, wordCount: words.length })
  }
  closeParagraph()

  const document: ReplyDocument = Object.freeze({
    text,
    paragraphs: Object.freeze(paragraphs),
    sentences: Object.freeze(sentences),
    words: Object.freeze(words),
    position: (offset: number) => lines.position(offset),
  })
  return { document, pieces: parsed }
}

const NO_PIECES: readonly ParsedPiece[] = Object.freeze([])

/**
 * The leading pieces of the previous document that `text` still has: those ending before the first
 * changed character, and not at it, since whether a cut is made reads the character after it (a
 * capital after "…delivered. "). The cuts before that point fall where they did, so the text is cut
 * again only from the last of them on, and everything these pieces built is kept. The last kept
 * piece may end inside a paragraph, at a sentence end parse-latin always splits at: the sentences
 * before such a cut do not depend on the text after it. The previous document's last piece is never
 * kept, so the piece after every kept one, and whether it continues a paragraph, is known.
 */
function keptPieces(previous: PiecewiseDocument, same: number): readonly ParsedPiece[] {
  let count = 0
  while (count < previous.pieces.length - 1 && (previous.pieces[count] as ParsedPiece).end < same) count++
  return previous.pieces.slice(0, count)
}

/**
 * `whole`, and after it the new pieces that end before the first change: the previous document had
 * that text in one coarser piece, but a cut that is valid now was valid in it too, so its
 * sentences before the cut are the ones this parse would build, and are kept. (The first edit of a
 * draft linted as a whole then re-parses from the sentence it touches, not from its paragraph.)
 */
function keptSentences(
  previous: PiecewiseDocument,
  pieces: readonly Piece[],
  whole: readonly ParsedPiece[],
  same: number,
): readonly ParsedPiece[] {
  const old = previous.document
  const kept = [...whole]
  let sentenceCount = whole.length > 0 ? (whole[whole.length - 1] as ParsedPiece).sentenceCount : 0
  let wordCount = whole.length > 0 ? (whole[whole.length - 1] as ParsedPiece).wordCount : 0
  for (let k = whole.length; k < pieces.length - 1; k++) {
    const piece = pieces[k] as Piece
    if (piece.end >= same) break
    while (
      sentenceCount < old.sentences.length &&
      (old.sentences[sentenceCount] as Sentence).range[0] < piece.end
    )
      sentenceCount++
    // Every valid cut falls between two sentences; should one not, keep nothing from here on.
    if (sentenceCount > 0 && (old.sentences[sentenceCount - 1] as Sentence).range[1] > piece.end) break
    while (wordCount < old.words.length && (old.words[wordCount] as Word).range[0] < piece.end) wordCount++
    kept.push({ ...piece, sentenceCount, wordCount })
  }
  return kept
}

/**
 * `text` is `old` with one stretch of at most a quarter of it changed (a keystroke, a paste), not
 * another text: a linter that lints unrelated replies one after another cuts each as a first draft.
 */
function isEdit(old: string, text: string, same: number): boolean {
  const longer = Math.max(old.length, text.length)
  const limit = Math.min(old.length, text.length) - same
  let suffix = 0
  while (
    suffix < limit &&
    old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  )
    suffix++
  return longer - same - suffix <= longer / 4
}

/** How many leading UTF-16 code units `a` and `b` share. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let same = 0
  while (same < limit && a.charCodeAt(same) === b.charCodeAt(same)) same++
  return same
}

export interface Piece {
  readonly start: number
  readonly end: number
  /** The cut was inside a retext paragraph: the piece's first paragraph continues the previous one. */
  readonly continuesParagraph: boolean
}

/** White space as parse-latin sees it (Unicode White_Space, which leaves out U+FEFF). */
const LATIN_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
function isLatinSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === 32 || (code > 126 || code < 32 ? LATIN_SPACE.test(text.charAt(at)) : false)
}

/**
 * Cuts a text into pieces at the places {@link PIECE_SIZES} describes, in one linear pass. With
 * `kept`, the text up to the end of those pieces is already cut: the pass starts there, and
 * `continues` tells whether the piece after them continues a paragraph.
 */
function cutIntoPieces(
  text: string,
  sizes: PieceSizes,
  kept: readonly Piece[] = NO_PIECES,
  continues = false,
): Piece[] {
  const resumeAt = kept.length > 0 ? (kept[kept.length - 1] as Piece).end : 0
  if (text.length - resumeAt <= Math.min(sizes.blankLine, sizes.anySpace))
    return [...kept, { start: resumeAt, end: text.length, continuesParagraph: continues }]
  const pieces: Piece[] = [...kept]
  let start = resumeAt
  let continuesParagraph = continues
  const cut = (end: number, continues: boolean) => {
    pieces.push({ start, end, continuesParagraph })
    start = end
    continuesParagraph = continues
  }
  /** Where the current run of characters other than white space started. */
  let solidStart = start
  let at = start
  while (at < text.length) {
    if (!isLatinSpace(text, at)) {
      // parse-latin is quadratic in a long "word" ("a/a/a…") and overflows the stack at ~100K: cut it up.
      if (at - solidStart >= sizes.anySpace && at - start >= sizes.anySpace && !splitsPair(text, at)) {
        cut(at, true)
        solidStart = at
      }
      at++
      continue
    }
    // A maximal run of white space starts here: which cut, if any, may end after it?
    let end = at
    let plain = true
    let lineBreaks = 0
    for (; end < text.length && isLatinSpace(text, end); end++) {
      const char = text.charAt(end)
      if (char === '\n') lineBreaks++
      else if (char === '\r') {
        if (text.charAt(end + 1) !== '\n') lineBreaks++
      } else if (char !== ' ' && char !== '\t') plain = false
    }
    const length = at - start
    solidStart = end
    if (end >= text.length || length < sizes.blankLine) {
      at = end
      continue
    }
    const blank = plain && lineBreaks >= 2
    if (
      blank &&
      (wordsAround(text, at, end) || closesAfterWord(text, at, end) || endsSentence(text, at, end))
    )
      cut(end, false)
    else if (plain && length >= sizes.sentenceEnd && endsSentence(text, at, end)) cut(end, lineBreaks === 0)
    else if (length >= sizes.anySpace) cut(end, true)
    at = end
  }
  pieces.push({ start, end: text.length, continuesParagraph })
  return pieces
}

/** `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** ASCII letters and digits: word characters for every version of parse-latin's Unicode tables. */
const ALNUM = /[A-Za-z0-9]/
const ALPHA = /[A-Za-z]/

/**
 * A blank line between two words: parse-latin splits there and merges nothing across. (Before a
 * blank line after a stop, it first joins a sentence starting in lower case or with a digit, or one
 * without words, to the previous one: "chat.\n\nplease" makes the word "chat.".)
 */
function wordsAround(text: string, spaceStart: number, spaceEnd: number): boolean {
  return ALNUM.test(text.charAt(spaceStart - 1)) && ALNUM.test(text.charAt(spaceEnd))
}

/** Punctuation that closes a sentence or a clause. */
const CLOSING = /[.!?…)"”'’,;:]/

/**
 * A blank line between a word of two letters or more with closing punctuation and a word ("…a closer
 * look.\n\nWe'd", "…let us know!\n\nplease"): parse-latin merges nothing across it either. (After a
 * lone letter or a number and a stop, "Y.\n\nWe" or "5.\n\nWe", after an emoji, or before a line
 * without words, it can.)
 */
function closesAfterWord(text: string, spaceStart: number, spaceEnd: number): boolean {
  if (!ALNUM.test(text.charAt(spaceEnd))) return false
  let end = spaceStart
  while (end > 0 && CLOSING.test(text.charAt(end - 1))) end--
  if (end === spaceStart) return false
  let start = end
  while (start > 0 && ALPHA.test(text.charAt(start - 1))) start--
  // A plain word: not the end of a link, an address or an abbreviation ("x.com.", "e.g.").
  return end - start >= 2 && (start === 0 || WORD_BEFORE.test(text.charAt(start - 1)))
}

const WORD_BEFORE = /[\s"“‘'(]/

/**
 * "…delivered. The": a word of five or more letters before the stop (parse-latin joins short
 * abbreviations such as "etc.", "Dr." or "Y." to the next sentence), or "!"/"?" after a letter, and
 * a capital after the white space (a lower-case start joins the previous sentence).
 */
function endsSentence(text: string, spaceStart: number, spaceEnd: number): boolean {
  const stop = text.charAt(spaceStart - 1)
  if (!/[A-Z]/.test(text.charAt(spaceEnd))) return false
  if (stop === '!' || stop === '?') return ALPHA.test(text.charAt(spaceStart - 2))
  if (stop !== '.') return false
  for (let i = spaceStart - 6; i < spaceStart - 1; i++) if (!ALPHA.test(text.charAt(i))) return false
  return true
}

function rangeOf(sentences: readonly Sentence[]): Range {
  const first = sentences[0] as Sentence
  const last = sentences[sentences.length - 1] as Sentence
  return Object.freeze([first.range[0], last.range[1]]) as Range
}

/** Flattens retext's sentences into token lists, splitting further at line breaks that end a line of its own. */
function splitParagraph(
  paragraph: NlcstParagraph,
  text: string,
  lines: LineIndex,
  base: number,
  onQuoteLine: (offset: number) => boolean,
): Token[][] {
  const result: Token[][] = []
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') continue
    let current: Token[] = []
    const tokens = flattenSentence(node, text, base)
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token
      if (
        token.kind === 'whitespace' &&
        LINE_BREAK.test(token.text) &&
        endsLine(tokens, i, lines, onQuoteLine)
      ) {
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
 * number follows it, a short line is followed by a capitalised one, or an e-mail quote (`> …`)
 * starts or ends there (the customer's words never run into the seller's). Hard-wrapped prose
 * (lower-case continuation) stays one sentence.
 */
function endsLine(
  tokens: readonly Token[],
  index: number,
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
  return tokens
}

/** Tokens are built once, frozen, and handed to the document as they are. */
const token = (kind: TokenKind, text: string, start: number, end: number): Token =>
  Object.freeze({ kind, text, range: Object.freeze([start, end]) as Range })

/** "ASAP." or "location." but not "e.g." or "U.S." (abbreviations with inner stops stay whole). */
function endsWithLoneStop(word: string): boolean {
  return (
    word.length > 2 &&
    word.endsWith('.') &&
    word.indexOf('.') === word.length - 1 &&
    /\p{L}/u.test(word.charAt(word.length - 2))
  )
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
      quoted: quoted?.has(tokenIndex) ?? false,
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

/** Indexes of tokens inside balanced double quotes, or on a line that starts with `>`; undefined for none. */
function quotedTokens(
  tokens: readonly Token[],
  onQuoteLine: (offset: number) => boolean,
): Set<number> | undefined {
  let inside: Set<number> | undefined
  let openAt = -1
  let closing = ''
  tokens.forEach((token, i) => {
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') return
    for (const char of token.text) {
      if (openAt >= 0 && char === closing) {
        inside ??= new Set()
        for (let j = openAt + 1; j < i; j++) inside.add(j)
        openAt = -1
      } else if (openAt < 0 && OPENING_QUOTES.has(char)) {
        openAt = i
        closing = CLOSING_QUOTES[char] as string
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
