/**
 * How a piece of prose relates to the source it came from.
 * - `text`: the prose is exactly the source characters (offsets map one to one).
 * - `escape`: the prose is a decoded form of the source (`&amp;` -> `&`, `\*` -> `*`, CRLF -> LF,
 *   a run of HTML whitespace -> one space). An edit may replace it only as a whole.
 * - `opaque`: prose that could not be aligned with its source; it is linted, never edited.
 * - `markup`: not prose at all (a paragraph break between blocks, `> ` before a quoted line, a
 *   placeholder for inline code). Never edited; ranges that touch it cover its whole source span.
 */
export type PieceKind = 'text' | 'escape' | 'opaque' | 'markup'

/** A run of prose and the half-open source span it stands for. */
export interface Piece {
  kind: PieceKind
  prose: string
  from: number
  to: number
}

export interface AlignOptions {
  /** Markdown: `\*` in the source is `*` in the value. */
  backslashEscapes?: boolean
  /** HTML: a run of whitespace renders as one space, so the prose gets one space for it. */
  collapseWhitespace?: boolean
}

const ENTITY = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
/** What a parser may drop from a text value: indentation, line endings' CR, blockquote markers. */
const SKIPPABLE = /[ \t\r\n\f>]/
const HTML_WHITESPACE = /[ \t\r\n\f]/

/**
 * Lines up a parser's decoded text `value` with the source it was parsed from, starting at `from`.
 *
 * Parsers hand back text with escapes and character references decoded, CRLF normalised and line
 * prefixes (indentation, `>` markers) stripped; their positions only say where the whole node starts
 * and ends. Walking both strings side by side recovers which source characters each prose character
 * came from, so results can be mapped back exactly.
 *
 * @example
 * align('one &amp; two', 0, 'one & two') // text "one " [0,4], escape "&" [4,9], text " two" [9,13]
 *
 * Returns undefined when the value cannot be lined up (the caller then keeps it as `opaque`).
 */
export function align(
  source: string,
  from: number,
  value: string,
  options: AlignOptions = {},
): { pieces: Piece[]; end: number } | undefined {
  const pieces: Piece[] = []
  let i = 0
  let j = from
  let runI = 0
  let runJ = from
  const flush = () => {
    if (i > runI) pieces.push({ kind: 'text', prose: value.slice(runI, i), from: runJ, to: j })
  }
  const decoded = (prose: string, valueLength: number, sourceLength: number) => {
    flush()
    pieces.push({ kind: 'escape', prose, from: j, to: j + sourceLength })
    i += valueLength
    j += sourceLength
    runI = i
    runJ = j
  }

  while (i < value.length) {
    const v = value.charAt(i)
    const s = source.charAt(j)

    if (options.collapseWhitespace && HTML_WHITESPACE.test(v) && HTML_WHITESPACE.test(s)) {
      let vEnd = i
      while (vEnd < value.length && HTML_WHITESPACE.test(value.charAt(vEnd))) vEnd++
      let sEnd = j
      while (sEnd < source.length && HTML_WHITESPACE.test(source.charAt(sEnd))) sEnd++
      if (vEnd - i > 1 || sEnd - j > 1 || v !== ' ' || s !== ' ') {
        decoded(' ', vEnd - i, sEnd - j)
        continue
      }
    }

    if (s === '&') {
      ENTITY.lastIndex = j
      const length = ENTITY.exec(source)?.[0].length ?? 0
      if (length > 1 && source.slice(j, j + length) !== value.slice(i, i + length)) {
        const fit = fitReference(source, j, length, value, i)
        if (fit) {
          decoded(value.slice(i, i + fit[1]), fit[1], fit[0])
          continue
        }
      }
    }

    if (options.backslashEscapes && s === '\\' && source.charAt(j + 1) === v && ASCII_PUNCTUATION.test(v)) {
      decoded(v, 1, 2)
      continue
    }
    if (s === v && s !== '') {
      i++
      j++
      continue
    }
    if (s === '\r' && v === '\n' && source.charAt(j + 1) === '\n') {
      decoded('\n', 1, 2)
      continue
    }
    if (s !== '' && SKIPPABLE.test(s)) {
      flush()
      j++
      runI = i
      runJ = j
      continue
    }
    return undefined
  }
  flush()
  return { pieces, end: j }
}

/**
 * How many source characters a character reference at `at` spans and how many value characters it
 * decoded to. HTML allows some named references without `;` (`&copy2024` is `©2024`), so every
 * split is scored by how far source and value agree after it, and the best one wins.
 */
function fitReference(
  source: string,
  at: number,
  longest: number,
  value: string,
  i: number,
): [sourceLength: number, valueLength: number] | undefined {
  const LOOKAHEAD = 8
  let best: [number, number] | undefined
  let bestScore = 0
  // Most references decode to one UTF-16 unit: on a tie, one unit wins.
  for (const valueLength of [1, 2]) {
    for (let sourceLength = longest; sourceLength >= 2; sourceLength--) {
      if (i + valueLength > value.length) break
      // Never split a surrogate pair: an astral character is two UTF-16 units.
      if (valueLength === 1 && isHighSurrogate(value.charCodeAt(i))) continue
      let score = 0
      while (
        score < LOOKAHEAD &&
        i + valueLength + score < value.length &&
        source.charAt(at + sourceLength + score) === value.charAt(i + valueLength + score)
      )
        score++
      if (i + valueLength + score >= value.length) score = LOOKAHEAD
      if (score > bestScore) {
        best = [sourceLength, valueLength]
        bestScore = score
      }
    }
  }
  if (best) return best
  // Nothing agrees right after: accept the longest reference followed by something that is itself
  // decoded or skipped (another reference, a backslash escape, a line prefix).
  const next = source.charAt(at + longest)
  if (next === '&' || next === '\\' || SKIPPABLE.test(next))
    return [longest, isHighSurrogate(value.charCodeAt(i)) ? 2 : 1]
  return undefined
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
