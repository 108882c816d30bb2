import type { Root as NlcstRoot } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import {
  buildDocument,
  type PieceSizes,
  type PiecewiseDocument,
  parseDocument,
  type ReplyDocument,
} from './document.js'

/**
 * Cut at every blank line between paragraphs, not only in long texts, so that an edit re-parses only
 * the paragraphs it touches. Cutting there gives the same document as one parse (see
 * `parseDocumentInPieces`); the other sizes are those of `parseDocument`.
 */
const PARAGRAPH_PIECES: PieceSizes = { blankLine: 0, sentenceEnd: 4_096, anySpace: 8_192 }

/** A text this long is a document, not a draft being typed: parsed afresh, nothing kept. */
const LONGEST_DRAFT = 65_536

/**
 * Parses the successive versions of one draft, as an editor produces them on every keystroke.
 *
 * - The unchanged paragraphs at the start of the text keep the previous document's objects, so
 *   work keyed on a sentence object (rule results, `context.memo`) carries over.
 * - retext's trees of the previous document's paragraphs are kept by their text, so a paragraph
 *   that only moved (an edit earlier in the draft) is not tokenized again. Only the previous
 *   document's: anything kept longer survives into the old generation and slows every GC.
 *
 * The result always equals `parseDocument(text)`.
 */
export class IncrementalParser {
  private previous: PiecewiseDocument | undefined
  /** retext's trees of the previous document's pieces, by piece text. */
  private trees = new Map<string, NlcstRoot>()
  private readonly processor = unified().use(retextEnglish).freeze()

  parse(text: string): ReplyDocument {
    if (text.length > LONGEST_DRAFT) {
      this.previous = undefined
      this.trees.clear()
      return parseDocument(text)
    }
    const trees = new Map<string, NlcstRoot>()
    const built = buildDocument(text, PARAGRAPH_PIECES, {
      previous: this.previous,
      parse: (piece) => {
        const tree = this.trees.get(piece) ?? (this.processor.parse(piece) as NlcstRoot)
        trees.set(piece, tree)
        return tree
      },
    })
    this.previous = built
    this.trees = trees
    return built.document
  }
}
