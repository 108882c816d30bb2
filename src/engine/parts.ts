import { PIECE_SIZES } from '../parse/document.js'
import { cutIntoPieces } from '../parse/pieces.js'

/**
 * The longest text linted as one document. A reply is a few kilobytes; a text past this is a
 * document (an export, a log, a whole mailbox), and holding its every sentence, word and token at
 * once costs about 100 bytes per character. It is linted in parts instead, each a document of its
 * own, so memory stays at what one part needs however long the text is.
 */
export const LONGEST_PART = 256 * 1024

/**
 * Where a long text is cut into parts, as `[start, end)` spans that cover it in order. Parts end
 * where the parser cuts its pieces anyway (see `cutIntoPieces`): at a paragraph break when one
 * falls in the second half of the part, else at a sentence end or white space. So every sentence
 * is the one a parse of the whole text builds, and sentence-scoped rules find exactly what they
 * would; rules that judge the whole reply judge each part.
 */
export function partsOf(text: string, longest = LONGEST_PART): Array<[number, number]> {
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
