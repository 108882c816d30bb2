import type { Range } from '../types.js'

const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0
const isBreak = (code: number) => code === 10 || code === 13

/**
 * What to delete with a sentence, read from the characters around it only (so a sentence reads the
 * same wherever it stands): the spaces before it when something precedes it on its line, else the
 * spaces after it when something follows on its line; a sentence that is its whole line goes with
 * the line break(s) before it, or after it when it opens the reply. Undefined when nothing but the
 * sentence itself could go.
 *
 * The sentence cache keys on whether this is defined: a range always reaches past the sentence, so
 * a report offering it is never cached, and one without it is reused only where it is undefined too.
 */
export function sentenceRemovalRange(text: string, [start, end]: Range): Range | undefined {
  const at = (i: number) => text.charCodeAt(i)
  // The last sentence takes what trails it to the end, so it and the sentence before it on its
  // line can both go in one pass (their edits do not share the space between them).
  if (start > 0 && end < text.length && !isBreak(at(start - 1)) && onlyWhiteSpaceFrom(text, end))
    return [start, text.length]
  let before = start
  while (before > 0 && isSpace(at(before - 1))) before--
  if (before < start && before > 0 && !isBreak(at(before - 1))) return [before, end]
  let after = end
  while (after < text.length && isSpace(at(after))) after++
  if (after > end && after < text.length && !isBreak(at(after))) return [start, after]
  let lineStart = start
  while (lineStart > 0 && isBreak(at(lineStart - 1))) lineStart--
  if (lineStart < start) return [lineStart, end]
  let lineEnd = end
  while (lineEnd < text.length && (isBreak(at(lineEnd)) || isSpace(at(lineEnd)))) lineEnd++
  return lineEnd > end ? [start, lineEnd] : undefined
}

/** Only white space (as `trim` sees it) from `from` to the end; stops at the first other character. */
function onlyWhiteSpaceFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!WHITE_SPACE.test(text.charAt(i))) return false
  return true
}

const WHITE_SPACE = /\s/
