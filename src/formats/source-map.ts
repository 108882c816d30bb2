import { mapSuggestions } from '../engine/deferred-suggestions.js'
import { textFingerprint } from '../fix/fingerprint.js'
import { LineIndex } from '../parse/positions.js'
import type { Diagnostic, Edit, LintResult, Range, Suggestion } from '../types.js'
import { type AlignOptions, align, type Piece, type PieceKind } from './align.js'

/**
 * Markdown and HTML drafts are linted through a derived plain text ("the prose"): the words a
 * reader sees, with paragraph breaks between blocks, `> ` before quoted lines (so the core treats
 * them as quoted, as in a plain-text e-mail) and a placeholder for inline code. The prose is
 * built piece by piece, and each piece remembers the source span it stands for, so every offset
 * the rules report maps back to the original markup.
 */

/** Stands in for inline code and images: a symbol, so no phrase runs across it and no rule reads it. */
export const PLACEHOLDER = '\uFFFC'

/** One piece of the prose and where it lives in both strings. */
export interface Segment {
  readonly kind: PieceKind
  /** Start in the prose. */
  readonly at: number
  /** Length in the prose. */
  readonly length: number
  /** Half-open span in the source. */
  readonly from: number
  readonly to: number
}

/** A comment in the markup (`<!-- … -->`): never shown to the reader, so it may hold directives. */
export interface SourceComment {
  /** What stands between `<!--` and `-->`. */
  readonly body: string
  /** The whole comment in the source, `<!--` and `-->` included. */
  readonly range: Range
}

/** The prose of a marked-up draft and the way back to the draft's own offsets. */
export class ProseMap {
  constructor(
    readonly source: string,
    readonly text: string,
    readonly segments: readonly Segment[],
    private readonly options: ProseOptions = {},
    /** The markup's comments, in source order. */
    readonly comments: readonly SourceComment[] = [],
  ) {}

  /** Whether some prose (not markup, not a gap between pieces) comes from `[from, to)` of the source. */
  holdsProse(from: number, to: number): boolean {
    for (let index = this.firstSegmentEndingAfter(from); index < this.segments.length; index++) {
      const segment = this.segments[index] as Segment
      if (segment.from >= to) break
      if (segment.kind !== 'markup' && segment.to > from && segment.to > segment.from) return true
    }
    return false
  }

  /** Index of the first segment whose source span ends after `offset` (source spans only move forward). */
  private firstSegmentEndingAfter(offset: number): number {
    let low = 0
    let high = this.segments.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((this.segments[mid] as Segment).to <= offset) low = mid + 1
      else high = mid
    }
    return low
  }

  /** Source offset for a prose offset where a range starts. */
  sourceStart(offset: number): number {
    const segment = this.segments[this.segmentAt(offset)]
    if (!segment) return this.segments[this.segments.length - 1]?.to ?? 0
    if (offset >= segment.at + segment.length) return segment.to
    return segment.kind === 'text' ? segment.from + (offset - segment.at) : segment.from
  }

  /** Source offset for a prose offset where a range ends. */
  sourceEnd(offset: number): number {
    if (offset <= 0) return this.segments[0]?.from ?? 0
    const segment = this.segments[this.segmentAt(offset - 1)]
    if (!segment) return 0
    return segment.kind === 'text' ? segment.from + (offset - segment.at) : segment.to
  }

  /** A prose range as a source range. Ranges touching markup or an escape grow to cover all of it. */
  range(range: Range): Range {
    const start = this.sourceStart(range[0])
    if (range[1] <= range[0]) return [start, start]
    return [start, Math.max(start, this.sourceEnd(range[1]))]
  }

  /**
   * A prose edit as a source edit, or undefined when applying it to the source could break the
   * markup: it would straddle a markup boundary (`**`, a tag, a paragraph break, a quote marker),
   * cut into an escape or character reference, or touch inline code. `escape` makes the
   * replacement text safe for the format (`<` -> `&lt;` in HTML).
   */
  edit(edit: Edit, escapeText: (text: string) => string = identity): Edit | undefined {
    const [start, end] = edit.range
    if (edit.text.includes(PLACEHOLDER)) return undefined
    const text = escapeText(edit.text)
    if (start === end) {
      const at = this.insertionPoint(start, text)
      return at !== undefined && this.keepsBoundaries([at, at], text) && this.keepsLineStart([at, at], text)
        ? { range: [at, at], text }
        : undefined
    }
    let previous: Segment | undefined
    for (let index = this.segmentAt(start); index < this.segments.length; index++) {
      const segment = this.segments[index] as Segment
      if (segment.at >= end) break
      if (segment.kind === 'markup' || segment.kind === 'opaque') return undefined
      if (segment.kind === 'escape' && (segment.at < start || segment.at + segment.length > end))
        return undefined
      if (previous && previous.to !== segment.from) return undefined
      previous = segment
    }
    if (!previous) return undefined
    const range = this.range(edit.range)
    return this.keepsBoundaries(range, text) && this.keepsLineStart(range, text) ? { range, text } : undefined
  }

  /**
   * Markdown reads the start of a line as block syntax (`#`, `>`, `- `, `1. `, a code fence, four
   * spaces of indent): an edit that starts where a line's text starts must not bring such a
   * character to the front (removing "Email me. " before "```" would open a code block), nor leave
   * the line blank (which would split the paragraph).
   */
  private keepsLineStart(range: Range, text: string): boolean {
    if (!this.options.lineStartSensitive) return true
    const [start, end] = range
    const source = this.source
    const lineStart = source.lastIndexOf('\n', start - 1) + 1
    if (!LINE_CONTAINER_PREFIX.test(source.slice(lineStart, start))) return true
    const original = source.slice(start, start + LOOKAHEAD)
    const result = (text + source.slice(end, end + LOOKAHEAD)).slice(0, LOOKAHEAD)
    if (result === original) return true
    if (/^[ \t]*(?:\n|$)/u.test(result) && end < source.length) return false
    return BLOCK_START.test(original) || !BLOCK_START.test(result)
  }

  /**
   * Markdown decides whether `*`, `_` or `~` open or close emphasis by the characters beside them
   * (CommonMark's flanking rules): an edit right next to one of them, as markup or as a literal a
   * changed neighbour could turn into markup, must leave the character beside it of the same kind
   * (whitespace, punctuation, other). Other markup (a line break, a link bracket) does not care.
   */
  private keepsBoundaries(range: Range, text: string): boolean {
    if (!this.options.boundarySensitive) return true
    const [start, end] = range
    const source = this.source
    if (start > 0 && DELIMITERS.has(source.charAt(start - 1))) {
      const before = source.charAt(start)
      const after = text === '' ? source.charAt(end) : text.charAt(0)
      if (charClass(before) !== charClass(after)) return false
    }
    if (end < source.length && DELIMITERS.has(source.charAt(end))) {
      const before = end > start ? source.charAt(end - 1) : source.charAt(start - 1)
      const after = text === '' ? source.charAt(start - 1) : text.charAt(text.length - 1)
      if (charClass(before) !== charClass(after)) return false
    }
    return true
  }

  /**
   * Where an insertion at a prose offset goes: only next to or inside prose, never into markup.
   * Between two pieces of prose with markup in between (`**today**.`), text that continues the
   * sentence (", and we'll update you") goes after the markup and text that leads into the next
   * words ("Sorry, ") before it, so the emphasis or link keeps exactly its own words.
   */
  private insertionPoint(offset: number, text: string): number | undefined {
    const index = this.segmentAt(offset)
    const segment = this.segments[index]
    const before = segment && segment.at === offset ? this.segments[index - 1] : segment
    const afterPrevious = before && before.at + before.length === offset && editable(before.kind)
    const beforeNext = segment && segment.at === offset && editable(segment.kind)
    if (afterPrevious && beforeNext && before.to !== segment.from)
      return /^[\s\p{P}]/u.test(text) ? segment.from : before.to
    if (afterPrevious) return before.to
    if (beforeNext) return segment.from
    if (segment && segment.kind === 'text' && segment.at < offset && offset < segment.at + segment.length)
      return segment.from + (offset - segment.at)
    return undefined
  }

  /** Index of the segment holding prose offset `offset` (the last one starting at or before it). */
  private segmentAt(offset: number): number {
    let low = 0
    let high = this.segments.length - 1
    if (high < 0 || offset < 0) return 0
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.segments[mid] as Segment).at <= offset) low = mid
      else high = mid - 1
    }
    return low
  }
}

/** How the prose is mapped back. */
export interface ProseOptions {
  /** Markup whose meaning depends on neighbouring characters (Markdown emphasis). */
  boundarySensitive?: boolean
  /** Markup whose meaning depends on what starts a line (Markdown blocks). */
  lineStartSensitive?: boolean
}

/** What may stand before a line's text without being text itself: indent, quote markers, a list marker. */
const LINE_CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?$/u

/** Characters at a line's start that Markdown reads as a block (heading, quote, list, fence, rule, table, HTML, indent). */
const BLOCK_START =
  /^(?: {4}|\t| {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|<|[=\-*_|]))/u

/** How far past an edit the line-start check looks: enough for any block marker above. */
const LOOKAHEAD = 16

/** Emphasis and strikethrough delimiters, whose meaning depends on their neighbours. */
const DELIMITERS = new Set(['*', '_', '~'])

/** Whitespace (or a line edge), punctuation, or anything else: what CommonMark's flanking rules look at. */
function charClass(char: string): 'space' | 'punctuation' | 'other' {
  if (char === '' || /\s/u.test(char)) return 'space'
  if (/[\p{P}\p{S}]/u.test(char)) return 'punctuation'
  return 'other'
}

function editable(kind: PieceKind): boolean {
  return kind === 'text' || kind === 'escape'
}

function identity(text: string): string {
  return text
}

/**
 * Builds the prose of a marked-up draft in source order. Format walkers call `text` for text
 * nodes, `placeholder` for inline code, `block` between blocks and `lineBreak` for hard breaks;
 * the builder adds separators lazily, so empty blocks leave no trace.
 */
export class ProseBuilder {
  private readonly parts: string[] = []
  private readonly segments: Segment[] = []
  private readonly comments: SourceComment[] = []
  private length = 0
  /** Source offset where the last piece ended. */
  private sourceEnd = 0
  /** 0: nothing pending; 1: a line break; 2: a paragraph break. */
  private pending = 0
  /** Inside a blockquote: lines start with `> ` so the core reads them as quoted. */
  quoted = false

  constructor(
    readonly source: string,
    private readonly options: ProseOptions = {},
  ) {}

  /** Ends the current block: the next prose starts a new paragraph. */
  block(): void {
    this.pending = 2
  }

  /** A hard line break inside a block (`<br>`, two trailing spaces). */
  lineBreak(): void {
    this.pending = Math.max(this.pending, 1)
  }

  /**
   * Adds a parsed text value found at `[from, to)` in the source. Falls back to an `opaque` piece
   * when the value cannot be aligned with its source.
   */
  text(value: string, from: number, to: number, options?: AlignOptions): void {
    if (value === '') return
    const aligned = align(this.source, from, value, options)
    if (!aligned || aligned.end > to) {
      this.push({ kind: 'opaque', prose: value, from, to })
      return
    }
    for (const piece of aligned.pieces) this.push(piece)
  }

  /** Adds one aligned piece as is (used by callers that align themselves). */
  piece(piece: Piece): void {
    this.push(piece)
  }

  /** Markup the prose needs but the source does not spell the same way (`> ` before a quoted line). */
  markup(prose: string, at: number): void {
    this.push({ kind: 'markup', prose, from: at, to: at })
  }

  /** The next piece starts a line of the prose. */
  get atLineStart(): boolean {
    return this.length === 0 || this.pending > 0 || this.parts[this.parts.length - 1]?.endsWith('\n') === true
  }

  /** Inline code, an image: not prose, but it separates the words around it. */
  placeholder(from: number, to: number): void {
    this.push({ kind: 'markup', prose: PLACEHOLDER, from, to })
  }

  /** A comment of the markup at `[from, to)`; `body` is what stands between `<!--` and `-->`. */
  comment(body: string, from: number, to: number): void {
    this.comments.push(Object.freeze({ body, range: Object.freeze([from, to]) as Range }))
  }

  build(): ProseMap {
    return new ProseMap(
      this.source,
      this.parts.join(''),
      Object.freeze(this.segments),
      this.options,
      Object.freeze(this.comments),
    )
  }

  private push(piece: Piece): void {
    if (piece.prose === '') return
    // Indentation and the whitespace between tags say nothing at the start of a line.
    if (this.atLineStart && piece.kind !== 'markup' && /^[ \t\f]+$/.test(piece.prose)) return
    const from = Math.max(piece.from, this.sourceEnd)
    const to = Math.max(from, piece.to)
    // Source spans only move forward; a piece that would overlap the previous one is kept, unedited.
    if (from !== piece.from && piece.kind !== 'markup') {
      this.push({ kind: 'opaque', prose: piece.prose, from, to })
      return
    }
    if (this.length === 0) {
      this.pending = 0
      if (this.quoted) this.add('markup', '> ', from, from)
    } else if (this.pending > 0) {
      this.add('markup', `${'\n'.repeat(this.pending)}${this.quoted ? '> ' : ''}`, this.sourceEnd, from)
      this.pending = 0
    }
    if (!this.quoted || !piece.prose.includes('\n')) {
      this.add(piece.kind, piece.prose, from, to)
      return
    }
    // A quoted paragraph that runs over several lines: every line of the prose starts with "> ".
    if (piece.kind !== 'text') {
      this.add(piece.kind, piece.prose, from, to)
      if (piece.prose.endsWith('\n')) this.add('markup', '> ', to, to)
      return
    }
    let start = 0
    while (start < piece.prose.length) {
      const newline = piece.prose.indexOf('\n', start)
      const end = newline < 0 ? piece.prose.length : newline + 1
      this.add('text', piece.prose.slice(start, end), from + start, from + end)
      if (newline >= 0) this.add('markup', '> ', from + end, from + end)
      start = end
    }
  }

  private add(kind: PieceKind, prose: string, from: number, to: number): void {
    this.segments.push(Object.freeze({ kind, at: this.length, length: prose.length, from, to }))
    this.parts.push(prose)
    this.length += prose.length
    this.sourceEnd = Math.max(this.sourceEnd, to)
  }
}

/**
 * Maps a result linted on the prose back to the source: ranges, line/column, excerpts and
 * suggestion edits. A suggestion with any edit that cannot be mapped safely is dropped whole
 * (its edits only make sense together); the diagnostic itself always stays.
 */
export function mapResult(
  result: LintResult,
  map: ProseMap,
  escapeText?: (text: string) => string,
): LintResult {
  const lines = new LineIndex(map.source)
  const fingerprint = result.diagnostics.length > 0 ? textFingerprint(map.source) : ''
  const diagnostics = result.diagnostics.map((diagnostic) =>
    mapDiagnostic(diagnostic, map, lines, escapeText, fingerprint),
  )
  return { ...result, diagnostics }
}

function mapDiagnostic(
  diagnostic: Diagnostic,
  map: ProseMap,
  lines: LineIndex,
  escapeText: ((text: string) => string) | undefined,
  fingerprint: string,
): Diagnostic {
  const range = Object.freeze(map.range(diagnostic.range)) as Range
  return mapSuggestions(
    diagnostic,
    {
      range,
      start: lines.position(range[0]),
      end: lines.position(range[1]),
      excerpt: map.source.slice(range[0], range[1]),
      textFingerprint: fingerprint,
    },
    (found) => {
      const suggestions: Suggestion[] = []
      for (const suggestion of found) {
        const edits: Edit[] = []
        for (const edit of suggestion.edits) {
          const mapped = map.edit(edit, escapeText)
          if (!mapped) break
          edits.push(Object.freeze({ range: Object.freeze(mapped.range) as Range, text: mapped.text }))
        }
        if (edits.length === suggestion.edits.length)
          suggestions.push(Object.freeze({ ...suggestion, edits: Object.freeze(edits) as Edit[] }))
      }
      return suggestions
    },
  )
}
