import type { Position, Range } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'

/**
 * How a position's `character` counts: UTF-16 code units (the protocol's default, and what
 * reply-lint's offsets are) or UTF-8 bytes, for clients that keep their text as UTF-8 and say they
 * prefer it. Lines are the same in both.
 */
export type PositionEncoding = 'utf-16' | 'utf-8'

/**
 * The encoding for a client that lists `offered` (`general.positionEncodings`, most preferred
 * first): the first one this server speaks, else UTF-16, which every client must accept.
 */
export function negotiateEncoding(offered: readonly string[] | undefined): PositionEncoding {
  for (const encoding of offered ?? []) if (encoding === 'utf-16' || encoding === 'utf-8') return encoding
  return 'utf-16'
}

/** The protocol position of a UTF-16 offset into `document`. */
export function positionAt(document: TextDocument, offset: number, encoding: PositionEncoding): Position {
  const position = document.positionAt(offset)
  if (encoding === 'utf-16') return position
  const lineStart = document.offsetAt({ line: position.line, character: 0 })
  return {
    line: position.line,
    character: utf8Length(document.getText(), lineStart, lineStart + position.character),
  }
}

export function rangeAt(
  document: TextDocument,
  range: readonly [number, number],
  encoding: PositionEncoding,
): Range {
  return { start: positionAt(document, range[0], encoding), end: positionAt(document, range[1], encoding) }
}

/**
 * The UTF-16 offset of a protocol position. A character past the end of its line is the line's end
 * (before its line break), as the protocol says; a UTF-8 position inside a character is that
 * character's start.
 */
export function offsetAt(document: TextDocument, position: Position, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return document.offsetAt(position)
  const lineStart = document.offsetAt({ line: position.line, character: 0 })
  const lineEnd = document.offsetAt({ line: position.line, character: Number.MAX_SAFE_INTEGER })
  const text = document.getText()
  let bytes = 0
  let offset = lineStart
  while (offset < lineEnd) {
    const width = utf8Width(text, offset)
    if (bytes + width.bytes > position.character) break
    bytes += width.bytes
    offset += width.units
  }
  return offset
}

/** A protocol range as UTF-16 positions, for `TextDocument.update`. */
export function toUtf16Range(document: TextDocument, range: Range, encoding: PositionEncoding): Range {
  if (encoding === 'utf-16') return range
  return {
    start: document.positionAt(offsetAt(document, range.start, encoding)),
    end: document.positionAt(offsetAt(document, range.end, encoding)),
  }
}

/** Bytes of `text.slice(from, to)` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0
  let offset = from
  while (offset < to) {
    const width = utf8Width(text, offset)
    bytes += width.bytes
    offset += width.units
  }
  return bytes
}

/** The character at `offset`: its UTF-8 bytes and its UTF-16 code units. */
function utf8Width(text: string, offset: number): { bytes: number; units: number } {
  const unit = text.charCodeAt(offset)
  if (unit < 0x80) return { bytes: 1, units: 1 }
  if (unit < 0x800) return { bytes: 2, units: 1 }
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(offset + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return { bytes: 4, units: 2 }
  }
  return { bytes: 3, units: 1 }
}
