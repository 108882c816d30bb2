import { describe, expect, it } from 'vitest'
import { align } from '../../src/formats/align.js'

const pieces = (source: string, value: string, options = {}) =>
  align(source, 0, value, options)?.pieces.map((piece) => [
    piece.kind,
    piece.prose,
    source.slice(piece.from, piece.to),
  ])

describe('align', () => {
  it('maps identical text one to one', () => {
    expect(pieces('Hello there', 'Hello there')).toEqual([['text', 'Hello there', 'Hello there']])
  })

  it('keeps character references whole', () => {
    expect(pieces('Tom &amp; Jerry &#39;s &#x1F600;!', "Tom & Jerry 's \u{1F600}!")).toEqual([
      ['text', 'Tom ', 'Tom '],
      ['escape', '&', '&amp;'],
      ['text', ' Jerry ', ' Jerry '],
      ['escape', "'", '&#39;'],
      ['text', 's ', 's '],
      ['escape', '\u{1F600}', '&#x1F600;'],
      ['text', '!', '!'],
    ])
  })

  it('reads HTML references without a semicolon by what follows', () => {
    expect(pieces('&copy2024 Acme', '\u00A92024 Acme')).toEqual([
      ['escape', '\u00A9', '&copy'],
      ['text', '2024 Acme', '2024 Acme'],
    ])
  })

  it('leaves text that only looks like a reference alone', () => {
    expect(pieces('AT&T; R&D', 'AT&T; R&D')).toEqual([['text', 'AT&T; R&D', 'AT&T; R&D']])
  })

  it('keeps Markdown backslash escapes whole, only when asked', () => {
    expect(pieces('2\\*3 \\\\ x', '2*3 \\ x', { backslashEscapes: true })).toEqual([
      ['text', '2', '2'],
      ['escape', '*', '\\*'],
      ['text', '3 ', '3 '],
      ['escape', '\\', '\\\\'],
      ['text', ' x', ' x'],
    ])
    expect(pieces('C:\\temp', 'C:\\temp')).toEqual([['text', 'C:\\temp', 'C:\\temp']])
  })

  it('skips line prefixes the parser stripped (indentation, quote markers)', () => {
    expect(pieces('one\n  > two\r\n> three', 'one\ntwo\r\nthree')).toEqual([
      ['text', 'one\n', 'one\n'],
      ['text', 'two\r\n', 'two\r\n'],
      ['text', 'three', 'three'],
    ])
  })

  it('maps a normalised CRLF as one escape', () => {
    expect(pieces('a\r\nb', 'a\nb')).toEqual([
      ['text', 'a', 'a'],
      ['escape', '\n', '\r\n'],
      ['text', 'b', 'b'],
    ])
  })

  it('collapses HTML whitespace runs to one space', () => {
    expect(pieces('Hi  Tom,\r\n   thanks', 'Hi  Tom,\n   thanks', { collapseWhitespace: true })).toEqual([
      ['text', 'Hi', 'Hi'],
      ['escape', ' ', '  '],
      ['text', 'Tom,', 'Tom,'],
      ['escape', ' ', '\r\n   '],
      ['text', 'thanks', 'thanks'],
    ])
  })

  it('gives up on text it cannot line up', () => {
    expect(align('completely different', 0, 'other words')).toBeUndefined()
  })
})
