import {
  buildDocument,
  type PieceSizes,
  type PiecewiseDocument,
  parseDocument,
  type ReplyDocument,
} from './document.js'

/**
 * Cut at every blank line between paragraphs and every plain sentence end ("…delivered. The"), not
 * only in long texts, so that an edit re-parses only from the sentence it touches. Cutting there
 * gives the same document as one parse (see `parseDocumentInPieces`); `anySpace` is that of
 * `parseDocument`.
 */
const PARAGRAPH_PIECES: PieceSizes = { blankLine: 0, sentenceEnd: 0, anySpace: 8_192 }

/** A text this long is a document, not a draft being typed: parsed afresh, nothing kept. */
const LONGEST_DRAFT = 65_536

/**
 * Parses the successive versions of one draft, as an editor produces them on every keystroke.
 *
 * - The unchanged sentences at the start of the text keep the previous document's objects, so
 *   work keyed on a sentence object (rule results, `context.memo`) carries over.
 * - The text from the last cut before the edit is parsed again. Keeping retext's trees to skip that was tried:
 *   the trees are large, and holding them between lints made every young-generation GC slower
 *   than the parse they saved.
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
    const built = buildDocument(text, PARAGRAPH_PIECES, this.previous)
    this.previous = built
    return built.document
  }
}
