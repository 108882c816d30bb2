import { buildDocument, type PiecewiseDocument, parseDocument, type ReplyDocument } from './document.js'
import type { PieceSizes } from './pieces.js'

/**
 * A draft linted for the first time is cut at every blank line between paragraphs (not only in long
 * texts); in an edit of the previous draft, the text after the edit is also cut at every plain
 * sentence end ("…delivered. The"), so the next keystroke re-parses only from the sentence it touches. (Cutting every draft that
 * finely from the start costs a fresh lint 3-7% in parse overhead.) Any of these cuts gives the same
 * document as one parse (see `parseDocumentInPieces`); `anySpace` is that of `parseDocument`.
 */
const FIRST_PIECES: PieceSizes = { blankLine: 0, sentenceEnd: 4_096, anySpace: 8_192 }
const EDITED_PIECES: PieceSizes = { blankLine: 0, sentenceEnd: 0, anySpace: 8_192 }

/** A text this long is a document, not a draft being typed: parsed afresh, nothing kept. */
export const LONGEST_DRAFT = 65_536

/**
 * Parses the successive versions of one draft, as an editor produces them on every keystroke.
 *
 * - The unchanged sentences at the start of the text keep the previous document's objects, so
 *   work keyed on a sentence object (rule results, `context.memo`) carries over.
 * - The text from the last cut before the edit is parsed again. Keeping retext's trees to skip that
 *   was tried: the trees are large, and holding them between lints made every young-generation GC
 *   slower than the parse they saved.
 *
 * The result always equals `parseDocument(text)`.
 */
export class IncrementalParser {
  private previous: PiecewiseDocument | undefined

  parse(text: string): ReplyDocument {
    if (text.length > LONGEST_DRAFT) {
      this.previous = undefined
      return parseDocument(text)
    }
    // The same text again (a relint on focus or on a cursor move): the same document.
    if (this.previous?.document.text === text) return this.previous.document
    const built = buildDocument(text, FIRST_PIECES, this.previous, EDITED_PIECES)
    this.previous = built
    return built.document
  }
}
