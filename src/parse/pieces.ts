/**
 * Where a text may be cut so that parsing it piece by piece gives the same document as one parse,
 * and, for an edited text, which pieces of the previous parse it still has.
 */
import type { PiecewiseDocument, Sentence, Word } from './document.js'
import { joinsNextSentence } from './retext.js'

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

/** One piece of a parse and how far the document had got once the piece was built. */
export interface ParsedPiece extends Piece {
  /** Sentences and words of the document up to the end of this piece. */
  readonly sentenceCount: number
  readonly wordCount: number
}

export const NO_PIECES: readonly ParsedPiece[] = Object.freeze([])

/**
 * `piece`, `delta` code units further on, with the counts the document had reached at its end: one
 * shape wherever a piece is recorded. Written out, not spread: V8 spreads an object literal far
 * slower, and this runs for every piece of every lint.
 */
export function parsedPiece(piece: Piece, sentenceCount: number, wordCount: number, delta = 0): ParsedPiece {
  return {
    start: piece.start + delta,
    end: piece.end + delta,
    continuesParagraph: piece.continuesParagraph,
    sentenceCount,
    wordCount,
  }
}

/**
 * The leading pieces of the previous document that `text` still has: those ending before the first
 * changed character, and not at it, since whether a cut is made reads the character after it (a
 * capital after "…delivered. "). The cuts before that point fall where they did, so the text is cut
 * again only from the last of them on, and everything these pieces built is kept. The last kept
 * piece may end inside a paragraph, at a sentence end parse-latin always splits at: the sentences
 * before such a cut do not depend on the text after it. The previous document's last piece is never
 * kept, so the piece after every kept one, and whether it continues a paragraph, is known.
 */
export function keptPieces(previous: PiecewiseDocument, same: number): readonly ParsedPiece[] {
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
export function keptSentences(
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
    kept.push(parsedPiece(piece, sentenceCount, wordCount))
  }
  return kept
}

/**
 * Where the unchanged text after an edit starts being the previous document's pieces again: the
 * first new piece `from` (after at least one parsed piece) that starts where a previous piece
 * `previousFrom` started, `delta` code units earlier, inside the last `suffix` code units both texts
 * share, on a line that starts inside them too, and continuing a paragraph exactly when that piece
 * did. From there
 * on, everything a sentence is built from (its text, the line it is on, whether the line is an
 * e-mail quote or short) is the same, so the previous sentences can be moved instead of parsed.
 * Only for texts shorter than `anySpace` (see {@link PieceSizes}): there, every cut is one
 * parse-latin always makes, so the previous cuts are as good as a fresh scan's.
 */
export function movedPieces(
  previous: PiecewiseDocument,
  text: string,
  pieces: readonly Piece[],
  reused: number,
  suffix: number,
  lines: { lineStart(offset: number): number },
): { from: number; previousFrom: number; delta: number } | undefined {
  const delta = text.length - previous.document.text.length
  const shared = text.length - suffix
  let previousFrom = 0
  for (let from = reused + 1; from < pieces.length; from++) {
    const piece = pieces[from] as Piece
    // The line break before the piece's line must be shared too, or its line may start elsewhere.
    if (piece.start <= shared || lines.lineStart(piece.start) <= shared) continue
    while (
      previousFrom < previous.pieces.length - 1 &&
      (previous.pieces[previousFrom] as Piece).start < piece.start - delta
    )
      previousFrom++
    const candidate = previous.pieces[previousFrom] as Piece
    if (candidate.start === piece.start - delta && candidate.continuesParagraph === piece.continuesParagraph)
      return { from, previousFrom, delta }
  }
  return undefined
}

/**
 * A text of `length` that shares its first `same` and last `suffix` code units with one of
 * `oldLength` is an edit of it: one stretch of at most a quarter of it changed (a keystroke, a
 * paste), not another text. A linter that lints unrelated replies one after another cuts each as a
 * first draft.
 */
export function isEdit(oldLength: number, length: number, same: number, suffix: number): boolean {
  const longer = Math.max(oldLength, length)
  return longer - same - suffix <= longer / 4
}

/** How many trailing UTF-16 code units `a` and `b` share, beyond the `same` leading ones. */
export function commonSuffixLength(a: string, b: string, same: number): number {
  const limit = Math.min(a.length, b.length) - same
  let suffix = 0
  while (suffix < limit && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix))
    suffix++
  return suffix
}

/** How many leading UTF-16 code units `a` and `b` share. */
export function commonPrefixLength(a: string, b: string): number {
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
 * Cuts a text into pieces where `sizes` allows (see {@link PieceSizes}), in one linear pass. With
 * `kept`, the text up to the end of those pieces is already cut: the pass starts there, and
 * `nextContinues` tells whether the piece after them continues a paragraph.
 */
export function cutIntoPieces(
  text: string,
  sizes: PieceSizes,
  kept: readonly Piece[] = NO_PIECES,
  nextContinues = false,
): Piece[] {
  const resumeAt = kept.length > 0 ? (kept[kept.length - 1] as Piece).end : 0
  if (text.length - resumeAt <= Math.min(sizes.blankLine, sizes.anySpace))
    return [...kept, { start: resumeAt, end: text.length, continuesParagraph: nextContinues }]
  const pieces: Piece[] = [...kept]
  let start = resumeAt
  let continuesParagraph = nextContinues
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
 * "…delivered. The", "…DM us. We": a word before the stop that retext does not take for an
 * abbreviation (it joins "etc.", "Dr.", "Y." or "Calif." to the next sentence; see
 * `joinsNextSentence`), or "!"/"?" after a letter, and a capital after the white space (a
 * lower-case start joins the previous sentence).
 */
function endsSentence(text: string, spaceStart: number, spaceEnd: number): boolean {
  const stop = text.charAt(spaceStart - 1)
  if (!/[A-Z]/.test(text.charAt(spaceEnd))) return false
  if (stop === '!' || stop === '?') return ALPHA.test(text.charAt(spaceStart - 2))
  if (stop !== '.') return false
  let start = spaceStart - 1
  while (start > 0 && ALPHA.test(text.charAt(start - 1))) start--
  if (start === spaceStart - 1) return false
  // retext's word may reach further back ("5am", "e-mail"), never less far; its abbreviations are
  // whole words of letters, so a longer word is never one the letters alone are not.
  return !joinsNextSentence(text.slice(start, spaceStart - 1))
}
