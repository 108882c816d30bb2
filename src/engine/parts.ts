import { PIECE_SIZES } from '../parse/document.js'
import { LONGEST_DRAFT } from '../parse/incremental.js'
import { cutIntoPieces } from '../parse/pieces.js'

/**
 * The longest text linted as one document: a reply is a few kilobytes, a draft in an editor rarely
 * more than a few dozen (the incremental parser draws the same line). A longer text is a
 * document (an export, a log, a whole mailbox) and is linted in parts of about `PART_LENGTH`.
 */
export const LONGEST_WHOLE = LONGEST_DRAFT

/**
 * How long a part of a long text is. Holding every sentence, word and token of a text costs about
 * 100 bytes per character, and the garbage collector's work grows with what is held: a part this
 * size lives and dies in V8's young generation, so a megabyte of one-letter lines lints in a
 * third of the time it took in parts of 256 KB, at a third of the memory.
 */
export const PART_LENGTH = 16 * 1024

/**
 * Where a long text is cut into parts, as `[start, end)` spans that cover it in order. Parts end
 * where the parser cuts its pieces anyway (see `cutIntoPieces`): at a paragraph break when one
 * falls in the second half of the part, else at a sentence end or white space. So every sentence
 * is the one a parse of the whole text builds, and sentence-scoped rules find exactly what they
 * would; rules that judge the whole reply judge each part.
 */
export function partsOf(text: string, longest = PART_LENGTH): Array<[number, number]> {
  if (text.length <= longest) return [[0, text.length]]
  const parts: Array<[number, number]> = []
  let partStart = 0
  let paragraphCut = -1
  for (const piece of cutIntoPieces(text, PIECE_SIZES)) {
    if (piece.start > partStart && piece.end - partStart > longest) {
      const cut = paragraphCut - partStart >= longest / 2 ? paragraphCut : piece.start
      parts.push([partStart, cut])
      partStart = cut
    }
    if (piece.start > partStart && !piece.continuesParagraph) paragraphCut = piece.start
  }
  parts.push([partStart, text.length])
  return parts
}
