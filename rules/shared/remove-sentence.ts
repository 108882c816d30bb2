import type { Range, ReplyDocument, Sentence } from '../../src/core.js'

/**
 * The range that deletes `sentence` and the space that separates it from its neighbour, so the
 * reply reads on without a double space or an empty line. `undefined` when the sentence is the
 * whole reply (deleting it leaves nothing to send).
 */
export function sentenceRemovalRange(document: ReplyDocument, sentence: Sentence): Range | undefined {
  const next = document.sentences[sentence.index + 1]
  const previous = document.sentences[sentence.index - 1]
  if (next && next.paragraphIndex === sentence.paragraphIndex) return [sentence.range[0], next.range[0]]
  if (previous && previous.paragraphIndex === sentence.paragraphIndex)
    return [previous.range[1], sentence.range[1]]
  // Alone in its paragraph: take the blank line(s) after it, or before it when it ends the reply.
  if (next) return [sentence.range[0], next.range[0]]
  if (previous) return [previous.range[1], sentence.range[1]]
  return undefined
}
