import type { Root as NlcstRoot } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { LruMap } from '../lru-map.js'
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

/** retext trees kept per piece text; a reply has a handful of paragraphs. */
const TREES_KEPT = 64
/** A text this long is a document, not a draft being typed: parsed afresh, nothing kept. */
const LONGEST_DRAFT = 65_536

/**
 * Parses the successive versions of one draft, as an editor produces them on every keystroke.
 *
 * - The unchanged paragraphs at the start of the text keep the previous document's objects, so
 *   work keyed on a sentence object (rule results, `context.memo`) carries over.
 * - retext's tree of every paragraph is remembered by its text, so a paragraph that only moved
 *   (an edit earlier in the draft) is not tokenized again.
 *
 * The result always equals `parseDocument(text)`.
 */
export class IncrementalParser {
  private previous: PiecewiseDocument | undefined
  private readonly trees = new LruMap<string, NlcstRoot>(TREES_KEPT)
  private readonly processor = unified().use(retextEnglish).freeze()

  parse(text: string): ReplyDocument {
    if (text.length > LONGEST_DRAFT) {
      this.previous = undefined
      return parseDocument(text)
    }
    const built = buildDocument(text, PARAGRAPH_PIECES, {
      previous: this.previous,
      parse: (piece) => this.tree(piece),
    })
    this.previous = built
    return built.document
  }

  private tree(piece: string): NlcstRoot {
    let tree = this.trees.get(piece)
    if (!tree) {
      tree = this.processor.parse(piece) as NlcstRoot
      this.trees.set(piece, tree)
    }
    return tree
  }
}
